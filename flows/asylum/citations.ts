// The sources the summary cites, by id: what the summary cites. Titles are proper names of the sources
// (shown as they are in both languages); the summary explains them in locales/.

export const CITATIONS = {
  'ina-208': {
    title: 'INA § 208 / 8 U.S.C. § 1158 (asylum)',
    url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1158&num=0&edition=prelim',
  },
  'ina-101-a-42': {
    title: '8 U.S.C. § 1101(a)(42) (refugee definition)',
    url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1101&num=0&edition=prelim',
  },
  'ina-241-b-3': {
    title: '8 U.S.C. § 1231(b)(3) (withholding of removal)',
    url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1231&num=0&edition=prelim',
  },
  'cfr-208-4': {
    title: '8 CFR § 208.4 (filing, one-year period, exceptions)',
    url: 'https://www.ecfr.gov/current/title-8/section-208.4',
  },
  'cfr-208-13': {
    title: '8 CFR § 208.13 (eligibility, relocation, bars)',
    url: 'https://www.ecfr.gov/current/title-8/section-208.13',
  },
  'cfr-208-16': {
    title: '8 CFR §§ 208.16–208.18 (withholding, Convention Against Torture)',
    url: 'https://www.ecfr.gov/current/title-8/section-208.16',
  },
  'cfr-208-30': {
    title: '8 CFR § 208.30 (credible fear; Safe Third Country Agreement)',
    url: 'https://www.ecfr.gov/current/title-8/section-208.30',
  },
  'cfr-208-7': {
    title: '8 CFR § 208.7 (work permit while the application is pending)',
    url: 'https://www.ecfr.gov/current/title-8/section-208.7',
  },
  'usc-5-6103': {
    title: '5 U.S.C. § 6103 (federal legal holidays)',
    url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-section6103&num=0&edition=prelim',
  },
  'uscis-asylum': {
    title: 'USCIS: Obtaining Asylum in the United States',
    url: 'https://www.uscis.gov/humanitarian/refugees-and-asylum/asylum/obtaining-asylum-in-the-united-states',
  },
  'uscis-i589': { title: 'USCIS: Form I-589', url: 'https://www.uscis.gov/i-589' },
  'eoir-acis': { title: 'EOIR Automated Case Information', url: 'https://acis.eoir.justice.gov/' },
  'eoir-pro-bono': {
    title: 'EOIR: List of Pro Bono Legal Service Providers',
    url: 'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers',
  },
  'eoir-ra-roster': {
    title: 'DOJ: Recognized Organizations and Accredited Representatives',
    url: 'https://www.justice.gov/eoir/recognition-accreditation-roster-reports',
  },
  'uscis-legal-services': {
    title: 'USCIS: Find Legal Services',
    url: 'https://www.uscis.gov/scams-fraud-and-misconduct/avoid-scams/find-legal-services',
  },
  'uscis-avoid-scams': { title: 'USCIS: Avoid Scams', url: 'https://www.uscis.gov/scams-fraud-and-misconduct/avoid-scams' },
  'ian-directory': {
    title: 'Immigration Advocates Network: Legal Directory',
    url: 'https://www.immigrationadvocates.org/legaldirectory/',
  },
  'aila-search': { title: 'AILA Immigration Lawyer Search', url: 'https://www.ailalawyer.com/' },
  'uscis-processing-times': { title: 'USCIS: Processing Times', url: 'https://egov.uscis.gov/processing-times/' },
  'uscis-fees': { title: 'USCIS: Fee Schedule (G-1055)', url: 'https://www.uscis.gov/g-1055' },
  'fr-2025-20622': {
    title: '90 FR 52693: H.R. 1 immigration fees, inflation adjustment for FY2026',
    url: 'https://www.federalregister.gov/d/2025-20622',
  },
  'uscis-ar-11': { title: 'USCIS: Form AR-11, change of address', url: 'https://www.uscis.gov/ar-11' },
  'eoir-33': {
    title: 'EOIR: Form EOIR-33, change of address (immigration court)',
    url: 'https://www.justice.gov/eoir/form-eoir-33-eoir-immigration-court-listing',
  },
  'usc-8-1225': {
    title: '8 U.S.C. § 1225(b)(1) (expedited removal, credible fear)',
    url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1225&num=0&edition=prelim',
  },
  'usc-8-1229a': {
    title: '8 U.S.C. § 1229a(b)(5) (a hearing missed: removal order in absence)',
    url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1229a&num=0&edition=prelim',
  },
  'usc-8-1232': {
    title: '8 U.S.C. § 1232 (unaccompanied children)',
    url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1232&num=0&edition=prelim',
  },
  'bia-h-a-a-v': {
    title: 'Matter of H-A-A-V-, 29 I&N Dec. 233 (BIA 2025)',
    url: 'https://www.justice.gov/eoir/ag-bia-decisions',
  },
  'cfr-106-2': { title: '8 CFR § 106.2 (USCIS form fees, Form I-765)', url: 'https://www.ecfr.gov/current/title-8/section-106.2' },
  'cfr-208-8': { title: '8 CFR § 208.8 (travel abroad while the application is pending)', url: 'https://www.ecfr.gov/current/title-8/section-208.8' },
  'fr-91-45637': {
    title: '91 FR 45637: Annual Asylum Fee rule, correction (2026)',
    url: 'https://www.govinfo.gov/link/fr/91/45637',
  },
  'fr-2026-15190': {
    title: 'FR Doc. 2026-15190: referral of asylum applications to immigration court without an interview (2026)',
    url: 'https://www.federalregister.gov/d/2026-15190',
  },
  'scotus-al-otro-lado': {
    title: 'Mullin v. Al Otro Lado, No. 25-5 (U.S. 2026)',
    url: 'https://www.supremecourt.gov/opinions/slipopinion/25',
  },
  'bia-delcarmen-lara': {
    title: 'Matter of Delcarmen-Lara, 29 I&N Dec. 830 (BIA 2026)',
    url: 'https://www.justice.gov/eoir/ag-bia-decisions',
  },
  'uscis-i765': { title: 'USCIS: Form I-765', url: 'https://www.uscis.gov/i-765' },
  kind: { title: 'Kids in Need of Defense (KIND)', url: 'https://kindusa.org/' },
  'state-refugee-admissions': {
    title: 'U.S. Refugee Admissions Program',
    url: 'https://www.state.gov/refugee-admissions/',
  },
} as const satisfies Record<string, { title: string; url: string }>;

export type CitationId = keyof typeof CITATIONS;

export const CITATION_IDS = Object.keys(CITATIONS) as CitationId[];

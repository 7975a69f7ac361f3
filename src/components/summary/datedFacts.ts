// Dated, unsettled facts the summary mentions. They change with court rulings and
// new rules, so they live here, in one place, with the date they were last checked; the summary words
// them as "may" and "as of <asOf>". Update asOf together with RULES_REVIEWED (flows/asylum/assess.ts).

import type { CitationId } from '../../../flows/asylum/citations';

export const DATED_FACTS = {
  /** When these facts were last checked against their sources. */
  asOf: '2026-11-25',

  /**
   * Border rules that may limit asylum for people who entered at the southern border.
   * `from`/`to` bound the arrival dates each rule may reach (inclusive; `to` null = no end known).
   */
  borderRules: [
    // Circumvention of Lawful Pathways rule (88 FR 31314; 8 CFR 208.33): arrivals 2023-05-11..2025-05-11,
    // not for a CBP One appointment (`parole`). Vacated by N.D. Cal. but stayed pending appeal.
    { key: 'clp', from: '2023-05-11', to: '2025-05-11' },
    // Securing the Border rule (89 FR 48710; 8 CFR 208.35): from 2024-06-05; vacated in key parts by the
    // D.D.C. on 2025-05-09 (Las Americas v. DHS), on appeal.
    { key: 'securingBorder', from: '2024-06-05', to: null, vacated: '2025-05-09' },
    // Proclamation 10888 (2025-01-20): southern-border arrivals; held unlawful in part (RAICES v. Noem,
    // D.D.C., July 2025), on appeal.
    { key: 'proclamation', from: '2025-01-20', to: null },
  ],

  /**
   * Expanded expedited removal: DHS notice of 2025-01-21 extends it to people anywhere in
   * the U.S. who cannot show two years' presence; partly blocked (Make the Road NY v. Noem).
   */
  expeditedRemoval: { since: '2025-01-21', years: 2 },

  /** H.R. 1 fees, in U.S. dollars; "verify current fee" at uscis-i589. */
  fees: { i589: 100, annualAsylum: 100, since: '2025-07-22', ead: 550 },

  /** Work permit while the application is pending (8 CFR 208.7): may apply after 150 days, granted from day 180. */
  workPermit: { applyAfterDays: 150, earliestGrantDays: 180 },

  /** Refugee admissions from abroad suspended by EO 14163. */
  refugeeAdmissionsSuspended: '2025-01-20',

  /** Humanitarian parole; not in flows/asylum/citations.ts yet. */
  humanitarianParoleUrl: 'https://www.uscis.gov/humanitarian/humanitarian-parole',
} as const;

export type BorderRuleKey = (typeof DATED_FACTS.borderRules)[number]['key'];

/** The border rules that may reach an arrival on `arrival` ('YYYY-MM-DD'). */
export function borderRulesFor(arrival: string): BorderRuleKey[] {
  return DATED_FACTS.borderRules.filter((rule) => arrival >= rule.from && (rule.to === null || arrival <= rule.to)).map((rule) => rule.key);
}

/** Whether `arrival` is less than `years` calendar years before `today` (both 'YYYY-MM-DD'). */
export function withinYears(arrival: string, today: string, years: number): boolean {
  const year = Number(today.slice(0, 4)) - years;
  let cutoff = `${String(year).padStart(4, '0')}${today.slice(4)}`;
  if (cutoff.endsWith('-02-29')) cutoff = cutoff.replace(/-02-29$/, '-02-28');
  return arrival > cutoff && arrival <= today;
}

/** Whether `reviewed` is more than `months` calendar months before `today`. */
export function isStale(reviewed: string, today: string, months = 6): boolean {
  const [y, m, d] = reviewed.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const limitYear = Math.floor(total / 12);
  const limitMonth = (total % 12) + 1;
  const daysInLimitMonth = new Date(Date.UTC(limitYear, limitMonth, 0)).getUTCDate();
  const limit = `${String(limitYear).padStart(4, '0')}-${String(limitMonth).padStart(2, '0')}-${String(Math.min(d, daysInLimitMonth)).padStart(2, '0')}`;
  return today > limit;
}

/** Lawyer-finding sources, in the order shown. */
export const LAWYER_SOURCES = ['eoir-pro-bono', 'eoir-ra-roster', 'uscis-legal-services', 'ian-directory', 'aila-search'] as const satisfies readonly CitationId[];

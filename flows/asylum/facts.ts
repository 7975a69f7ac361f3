// Dated facts: every fee, waiting time and rule window the summary states, each with the window it is true
// in, its official source and the day it was last checked. The summary chooses by `today` (as GOV.UK Smart
// Answers chooses rates by their start and end dates), so a known change switches on its day without a
// deploy. A fact whose window has ended is never stated: the official page is linked instead.

import { arrivalBounds } from './deadline';
import type { CitationId } from './citations';
import { addDays, isIsoDate } from './dates';

export interface DatedFact {
  /** U.S. dollars for a fee, days for a waiting time, or a 'YYYY-MM-DD' date. */
  value: number | string;
  /** First day it is true (inclusive). */
  validFrom: string;
  /** First day it is no longer true (exclusive), when known. */
  validTo?: string;
  /** The official page the summary links for it. */
  source: CitationId;
  /** Other pages this fact was checked against (kept here, never shown). */
  record?: readonly string[];
  /** The day it was last checked against its sources. */
  checkedOn: string;
}

/** The review of LEGAL.md §11 (2026-11-29) and of §12 (2026-12-06), which re-checked every fee and wait. */
const CHECKED_NOV = '2026-11-29';
const CHECKED = '2026-12-06';
/** H.R. 1 fees are adjusted every year for inflation by a notice taking effect on 1 January. */
const FEE_RECORD = [
  'https://www.govinfo.gov/ (FR Doc. 2025-20622, FY2026 inflation notice, 2025-11-21)',
  'hstoday.us',
  'visajourney.com (USCIS e-mail)',
  'no FY2027 notice for the USCIS H.R. 1 fees found on 2026-12-06; EOIR moved its own H.R. 1 fees +3.4 % from 2026-10-01 (91 FR 54211)',
];

/**
 * The month of the newest source found on the court fights and agency moves the summary reports ("as of
 * September 2026"): LEGAL.md §12 found nothing later than late August and early September 2026. It is the date
 * a status was last seen, not the review date (RULES_REVIEWED).
 */
export const STATUS_AS_OF = '2026-09-01';

/** Every version of every dated fact; several versions of one fact may follow each other in time. */
export const DATED_FACTS = {
  /** Form I-589 fee (H.R. 1), not waivable; the same in court (EOIR's +3.4 % of 2026-10-01 rounds down to $0). */
  i589Fee: [
    { value: 100, validFrom: '2025-07-22', validTo: '2026-01-01', source: 'uscis-fees', record: FEE_RECORD, checkedOn: CHECKED },
    { value: 100, validFrom: '2026-01-01', validTo: '2027-01-01', source: 'fr-2025-20622', record: FEE_RECORD, checkedOn: CHECKED },
  ],
  /** Annual Asylum Fee, each year the application is pending, paid within 30 days of USCIS's notice. */
  annualAsylumFee: [
    { value: 102, validFrom: '2026-01-01', validTo: '2027-01-01', source: 'fr-2025-20622', record: ['visaverge.com', 'anwarilaw.com', 'asaptogether.org/en/annual-asylum-fees'], checkedOn: CHECKED },
  ],
  /** Work permit (EAD, category c(8)) fee, first application: the H.R. 1 fee alone (no regular I-765 fee). */
  workPermitFee: [{ value: 560, validFrom: '2026-01-01', validTo: '2027-01-01', source: 'fr-2025-20622', record: ['mondaq.com', 'fragomen.com'], checkedOn: CHECKED }],
  /**
   * Work permit renewal: the H.R. 1 part, charged "in addition to any other fee" (90 FR 34511), so a renewal
   * also pays the regular Form I-765 fee below.
   */
  workPermitRenewalFee: [
    { value: 275, validFrom: '2026-01-01', validTo: '2027-01-01', source: 'fr-2025-20622', record: ['90 FR 34511 ("in addition to any other fee")', 'mondaq.com', 'fragomen.com'], checkedOn: CHECKED },
  ],
  /** The regular Form I-765 fee (8 CFR 106.2, the 2024 fee rule), filed online; a renewal pays it on top of the H.R. 1 fee. */
  i765FeeOnline: [{ value: 470, validFrom: '2024-04-01', source: 'cfr-106-2', record: ['uscis.gov/g-1055'], checkedOn: CHECKED }],
  /** The regular Form I-765 fee, filed on paper. */
  i765FeePaper: [{ value: 520, validFrom: '2024-04-01', source: 'cfr-106-2', record: ['uscis.gov/g-1055'], checkedOn: CHECKED }],
  // The waiting times of 8 CFR 208.7, known true on the day they were checked (a 365-day wait is only
  // proposed: 91 FR 8616, 2026-02-23). A final rule gets a new version with its start date. They do not
  // depend on the fees: they stay when no fee amount is in force.
  /** Days after a complete I-589 before the work permit may be asked for. */
  workPermitWaitDays: [{ value: 150, validFrom: CHECKED_NOV, source: 'cfr-208-7', record: ['mondaq.com', 'fragomen.com'], checkedOn: CHECKED }],
  /** Day on which the work permit may be granted at the earliest. */
  workPermitGrantDays: [{ value: 180, validFrom: CHECKED_NOV, source: 'cfr-208-7', checkedOn: CHECKED }],
  /**
   * Courts paused parts of the 2026 rule that lets USCIS reject an application for an unpaid Annual Asylum Fee
   * (reported from this day; the rule itself is in force since 2026-05-29, corrected by 91 FR 45637).
   */
  annualFeeRulePaused: [
    { value: '2026-08-05', validFrom: '2026-08-05', source: 'fr-91-45637', record: ['DHS interim final rule in force 2026-05-29', 'reports of the court orders from 2026-08-05'], checkedOn: CHECKED },
  ],
  /** USCIS may send an affirmative application to court without an interview when the papers show a bar (FR Doc. 2026-15190). */
  referralWithoutInterview: [{ value: '2026-07-28', validFrom: '2026-07-28', source: 'fr-2026-15190', record: ['8 CFR 208.4(a)(4)-(5)'], checkedOn: CHECKED }],
  /** Officers may turn people back at a crossing before they step onto U.S. soil (Mullin v. Al Otro Lado, U.S. 2026). */
  borderTurnBacks: [{ value: '2026-06-25', validFrom: '2026-06-25', source: 'scotus-al-otro-lado', record: ['Proclamation 10888 still operates at the southern border'], checkedOn: CHECKED }],
  /** A trip abroad on advance parole can count as a departure that bars coming back (Matter of Delcarmen-Lara, BIA 2026). */
  advanceParoleDeparture: [{ value: '2026-08-13', validFrom: '2026-08-13', source: 'bia-delcarmen-lara', record: ['8 CFR 208.8'], checkedOn: CHECKED }],
  /** Refugee admissions from abroad suspended (Executive Order 14163); largely closed since. */
  refugeeAdmissionsSuspended: [{ value: '2025-01-20', validFrom: '2025-01-20', source: 'state-refugee-admissions', record: ['cwsglobal.org'], checkedOn: CHECKED_NOV }],
} as const satisfies Record<string, readonly DatedFact[]>;

export type FactId = keyof typeof DATED_FACTS;

/** A fact as it stands on a day: its value, and whether the summary must say it may change. */
export interface FactOnDay {
  value: number | string;
  validFrom: string;
  source: CitationId;
  /** Within 60 days of a known end, or last checked more than 6 months ago: "may change; check the official page". */
  mayChange: boolean;
}

export const CHANGE_WARNING_DAYS = 60;
export const STALE_AFTER_MONTHS = 6;

/** Whether `from` is more than `months` calendar months before `today` (both 'YYYY-MM-DD'). */
export function monthsPassed(from: string, today: string, months: number): boolean {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const limit = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
  return today > limit;
}

/** The version of fact `id` in force on `today`, or null when none is (then link the official page). */
export function factOn(id: FactId, today: string): FactOnDay | null {
  const versions: readonly DatedFact[] = DATED_FACTS[id];
  const fact = versions.find((f) => f.validFrom <= today && (f.validTo === undefined || today < f.validTo));
  if (!fact) return null;
  const endsSoon = fact.validTo !== undefined && addDays(today, CHANGE_WARNING_DAYS) >= fact.validTo;
  return { value: fact.value, validFrom: fact.validFrom, source: fact.source, mayChange: endsSoon || monthsPassed(fact.checkedOn, today, STALE_AFTER_MONTHS) };
}

/** What is wrong with a dated fact (empty when it is sound): used by the tests of every fact. */
export function factProblems(fact: DatedFact): string[] {
  const problems: string[] = [];
  if (!fact.source) problems.push('no source');
  if (!isIsoDate(fact.checkedOn)) problems.push('no valid checkedOn date');
  if (!isIsoDate(fact.validFrom)) problems.push('no valid validFrom date');
  if (fact.validTo !== undefined && (!isIsoDate(fact.validTo) || fact.validTo <= fact.validFrom)) problems.push('validTo is not a date after validFrom');
  const valid = typeof fact.value === 'number' ? Number.isFinite(fact.value) && fact.value > 0 : isIsoDate(fact.value);
  if (!valid) problems.push('no valid amount or date');
  return problems;
}

/** Whether `arrival` is less than `years` calendar years before `today` (both 'YYYY-MM-DD'). */
export function withinYears(arrival: string, today: string, years: number): boolean {
  const year = Number(today.slice(0, 4)) - years;
  let cutoff = `${String(year).padStart(4, '0')}${today.slice(4)}`;
  if (cutoff.endsWith('-02-29')) cutoff = cutoff.replace(/-02-29$/, '-02-28');
  return arrival > cutoff && arrival <= today;
}

/**
 * Border rules that may limit asylum for people who crossed the southern border, by arrival date
 * (`from`/`to` inclusive; `to` null: no end known). Still moving in the courts: the summary tells the risk
 * and sends the person to a lawyer, never which court said what.
 */
export const BORDER_RULES = [
  // Circumvention of Lawful Pathways rule (88 FR 31314; 8 CFR 208.33): entries 2023-05-11..2025-05-11.
  { key: 'clp', from: '2023-05-11', to: '2025-05-11', source: 'cfr-208-13', checkedOn: CHECKED },
  // Securing the Border rule (89 FR 48710; 8 CFR 208.35), from 2024-06-05; set aside in key parts, on appeal.
  { key: 'securingBorder', from: '2024-06-05', to: null, source: 'cfr-208-13', checkedOn: CHECKED },
  // Proclamation 10888 (2025-01-20): parts blocked by courts, but its asylum bar still operates at the southern border (LEGAL.md §12).
  { key: 'proclamation', from: '2025-01-20', to: null, source: 'ina-208', checkedOn: CHECKED },
] as const;

export type BorderRuleKey = (typeof BORDER_RULES)[number]['key'];

/**
 * The border rules that may reach an entry on `arrival` ('YYYY-MM-DD'); for a month-only arrival ('YYYY-MM'),
 * each rule whose window holds ANY day of that month (FLOW.md §1, "Only the month": the safe end).
 */
export function borderRulesFor(arrival: string): BorderRuleKey[] {
  const days = arrivalBounds(arrival) ?? { first: arrival, last: arrival };
  return BORDER_RULES.filter((rule) => days.last >= rule.from && (rule.to === null || days.first <= rule.to)).map((rule) => rule.key);
}

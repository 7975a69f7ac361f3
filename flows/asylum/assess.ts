// assess(answers, today): the non-binding assessment (flows/asylum/README.md, "The assessment"). Pure: no clock, no I/O, never throws.
// Only answers to questions on the current path count.

import type { Answers } from './answers';
import type { CitationId } from './citations';
import { isIsoDate } from './dates';
import { daysUntil, isArrival, latestDeadline, oneYearDeadline } from './deadline';
import { answersOnPath } from './questions';

/** The date the rules behind `assess` and the sources they cite were last checked. */
export const RULES_REVIEWED = '2026-12-06';

export const OUTCOMES = [
  'outside_us',
  'lawyer_first',
  'weak_claim',
  'credible_fear',
  'deadline_passed',
  'may_qualify_exception',
  'may_qualify',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const FLAGS = [
  'deadline_soon',
  'deadline_passed',
  'deadline_uncertain',
  'exception_claimed',
  'unaccompanied_minor',
  'check_proceedings',
  'prior_denial',
  'bar_crime',
  'bar_persecutor',
  'bar_terrorism',
  'bars_undisclosed',
  'other_country',
  'canada_stca',
  'entry_review',
  'non_state_actor',
  'relocation_possible',
  'military_refusal_nuance',
] as const;
export type Flag = (typeof FLAGS)[number];

export const FILINGS = ['affirmative_uscis', 'defensive_court', 'credible_fear', 'not_applicable'] as const;
export type Filing = (typeof FILINGS)[number];

export const TIMINGS = ['in_time', 'uncertain', 'passed', 'exempt_minor', 'not_applicable'] as const;
export type Timing = (typeof TIMINGS)[number];

export type Alternative = 'withholding' | 'cat';

export interface Assessment {
  outcome: Outcome;
  claim: 'fits' | 'weak';
  filing: Filing;
  deadline: string | null;
  daysLeft: number | null;
  /**
   * 'uncertain': only the month of arrival is known, and today is past the deadline counted from its first
   * day but not past `latestDeadline` (FLOW.md §1, "Only the month").
   */
  timing: Timing;
  /** Month-only: the deadline counted from the month's last day; else the deadline. */
  latestDeadline: string | null;
  flags: Flag[];
  alternatives: Alternative[];
  citations: CitationId[];
}

/** A deadline counts as "soon" when this many days or fewer are left. */
export const DEADLINE_SOON_DAYS = 60;

const has = <T>(list: readonly T[] | undefined, code: T): boolean => Array.isArray(list) && list.includes(code);
const hasOtherThan = <T>(list: readonly T[] | undefined, code: T): boolean => Array.isArray(list) && list.some((c) => c !== code);

/** Flags that make the outcome `lawyer_first` (and `canada_stca` at the border). */
export const LAWYER_FIRST_FLAGS: readonly Flag[] = ['prior_denial', 'bar_crime', 'bar_persecutor', 'bar_terrorism', 'bars_undisclosed', 'other_country'];
/** Bars that block withholding of removal too: only deferral under CAT remains. */
export const HARD_BARS: readonly Flag[] = ['bar_crime', 'bar_persecutor', 'bar_terrorism'];

const OUTCOME_CITATIONS: Record<Outcome, CitationId[]> = {
  outside_us: ['ina-208', 'ina-101-a-42', 'state-refugee-admissions'],
  lawyer_first: ['ina-208', 'cfr-208-13'],
  weak_claim: ['ina-101-a-42', 'cfr-208-13'],
  credible_fear: ['cfr-208-30', 'ina-208'],
  deadline_passed: ['ina-208', 'cfr-208-4', 'ina-241-b-3', 'cfr-208-16'],
  may_qualify_exception: ['ina-208', 'cfr-208-4'],
  may_qualify: ['ina-208', 'ina-101-a-42', 'cfr-208-4', 'uscis-asylum'],
};

const FLAG_CITATIONS: Record<Flag, CitationId[]> = {
  deadline_soon: ['cfr-208-4', 'usc-5-6103'],
  deadline_passed: ['ina-208', 'cfr-208-4'],
  deadline_uncertain: ['ina-208', 'cfr-208-4'],
  exception_claimed: ['ina-208', 'cfr-208-4'],
  unaccompanied_minor: ['ina-208'],
  check_proceedings: ['eoir-acis'],
  prior_denial: ['ina-208', 'cfr-208-4'],
  bar_crime: ['ina-208', 'cfr-208-13', 'ina-241-b-3', 'cfr-208-16'],
  bar_persecutor: ['ina-208', 'cfr-208-13', 'ina-241-b-3', 'cfr-208-16'],
  bar_terrorism: ['ina-208', 'cfr-208-13', 'ina-241-b-3', 'cfr-208-16'],
  bars_undisclosed: ['ina-208', 'cfr-208-13'],
  other_country: ['ina-208', 'cfr-208-13'],
  canada_stca: ['ina-208', 'cfr-208-30'],
  entry_review: ['ina-208', 'cfr-208-13'],
  non_state_actor: ['ina-101-a-42', 'cfr-208-13'],
  relocation_possible: ['cfr-208-13'],
  military_refusal_nuance: ['ina-101-a-42'],
};

const FILING_CITATIONS: Record<Filing, CitationId[]> = {
  affirmative_uscis: ['uscis-i589', 'uscis-asylum'],
  defensive_court: ['eoir-acis', 'uscis-i589'],
  credible_fear: ['cfr-208-30'],
  not_applicable: [],
};

/** Every result recommends a lawyer (the lists in citations.ts). */
const LAWYER_CITATIONS: CitationId[] = ['eoir-pro-bono', 'eoir-ra-roster', 'uscis-legal-services', 'ian-directory', 'aila-search', 'uscis-avoid-scams'];

/** The deadline (from the first day of a month-only arrival) and the latest one (from its last day). */
function safeDeadlines(lastArrival: string | undefined): { deadline: string; latest: string } | null {
  if (typeof lastArrival !== 'string' || !isArrival(lastArrival)) return null;
  try {
    return { deadline: oneYearDeadline(lastArrival), latest: latestDeadline(lastArrival) };
  } catch {
    return null; // an arrival in 9999: the deadline cannot be written as YYYY-MM-DD (assess never throws)
  }
}

export function assess(allAnswers: Answers, today: string): Assessment {
  const a = answersOnPath(allAnswers, today);
  const inUs = a.location === 'in_us';
  const minor = a.minor === 'yes';

  const claim: Assessment['claim'] =
    hasOtherThan(a.grounds, 'none') &&
    a.harm !== 'neither' &&
    (a.harmBy === 'government' || (a.harmBy === 'non_state_uncontrolled' && a.relocation !== 'yes'))
      ? 'fits'
      : 'weak';

  const deadlines = inUs && isIsoDate(today) ? safeDeadlines(a.lastArrival) : null;
  const deadline = deadlines?.deadline ?? null;
  const latest = deadlines?.latest ?? null;
  const daysLeft = deadline === null ? null : daysUntil(today, deadline);

  let timing: Timing;
  if (!inUs) timing = 'not_applicable';
  else if (minor) timing = 'exempt_minor';
  else if (deadline === null || latest === null) timing = 'not_applicable';
  else if (today > latest) timing = 'passed';
  // Never a false "passed": some day of the month would still be in time.
  else if (today > deadline) timing = 'uncertain';
  else timing = 'in_time';
  const late = timing === 'passed' || timing === 'uncertain';

  let filing: Filing;
  if (a.location === 'outside_us') filing = 'not_applicable';
  else if (minor) filing = 'affirmative_uscis';
  else if (a.location === 'at_border') filing = 'credible_fear';
  else if (a.proceedings === 'yes') filing = 'defensive_court';
  else filing = 'affirmative_uscis';

  const flags: Flag[] = [];
  const flagIf = (condition: boolean, flag: Flag) => {
    if (condition) flags.push(flag);
  };
  flagIf(timing === 'in_time' && daysLeft !== null && daysLeft <= DEADLINE_SOON_DAYS, 'deadline_soon');
  flagIf(timing === 'passed', 'deadline_passed');
  flagIf(timing === 'uncertain', 'deadline_uncertain');
  flagIf(late && hasOtherThan(a.exceptions, 'none'), 'exception_claimed');
  flagIf(minor, 'unaccompanied_minor');
  flagIf(a.proceedings === 'unsure', 'check_proceedings');
  flagIf(a.priorDenial === 'yes', 'prior_denial');
  flagIf(has(a.bars, 'crime'), 'bar_crime');
  flagIf(has(a.bars, 'persecutor'), 'bar_persecutor');
  flagIf(has(a.bars, 'terrorism'), 'bar_terrorism');
  flagIf(has(a.bars, 'prefer_not_say'), 'bars_undisclosed');
  flagIf(a.otherCountry === 'yes', 'other_country');
  flagIf(a.entry === 'canada_land' && !minor, 'canada_stca');
  flagIf(a.entry === 'between_ports' || a.entry === 'other', 'entry_review');
  flagIf(a.harmBy === 'non_state_uncontrolled' || a.harmBy === 'non_state_other', 'non_state_actor');
  flagIf(a.relocation === 'yes', 'relocation_possible');
  flagIf(has(a.grounds, 'military_refusal'), 'military_refusal_nuance');

  const flagged = (flag: Flag) => flags.includes(flag);

  let outcome: Outcome;
  if (a.location === 'outside_us') outcome = 'outside_us';
  else if (LAWYER_FIRST_FLAGS.some(flagged) || (flagged('canada_stca') && a.location === 'at_border')) outcome = 'lawyer_first';
  else if (claim === 'weak') outcome = 'weak_claim';
  else if (a.location === 'at_border' && !minor) outcome = 'credible_fear';
  else if (timing === 'passed' && !flagged('exception_claimed')) outcome = 'deadline_passed';
  else if (timing === 'passed') outcome = 'may_qualify_exception';
  else outcome = 'may_qualify';

  let alternatives: Alternative[] = [];
  const harmed = a.harm !== 'neither'; // a missing answer satisfies "≠ x"
  if (harmed && (outcome === 'lawyer_first' || outcome === 'deadline_passed' || outcome === 'may_qualify_exception')) {
    alternatives = HARD_BARS.some(flagged) ? ['cat'] : ['withholding', 'cat'];
  } else if (outcome === 'weak_claim' && a.harmBy === 'government') {
    alternatives = ['cat'];
  }

  const citations = new Set<CitationId>([...OUTCOME_CITATIONS[outcome], ...FILING_CITATIONS[filing]]);
  for (const flag of flags) FLAG_CITATIONS[flag].forEach((id) => citations.add(id));
  if (alternatives.includes('withholding')) ['ina-241-b-3', 'cfr-208-16'].forEach((id) => citations.add(id as CitationId));
  if (alternatives.includes('cat')) citations.add('cfr-208-16');
  if (deadline !== null) ['cfr-208-4', 'usc-5-6103'].forEach((id) => citations.add(id as CitationId));
  LAWYER_CITATIONS.forEach((id) => citations.add(id));

  return { outcome, claim, filing, deadline, daysLeft, timing, latestDeadline: latest, flags, alternatives, citations: [...citations] };
}

// The path rules ("asked when" in flows/asylum/README.md), written out again independently of questions.ts: the oracle
// that the flows tests (questions, assess, machine) compare the real path against. Test-only.

import type { Answers } from '../answers';
import type { Assessment } from '../assess';
import { daysUntil, oneYearDeadline } from '../deadline';
import type { QuestionId } from '../questions';

/** Any answers, valid or not, keyed by question id. */
export type FlowAnswers = { readonly [K in QuestionId]?: unknown };

/** The order of the question table in flows/asylum/README.md. */
export const FLOW_ORDER: readonly QuestionId[] = [
  'location', 'minor', 'grounds', 'harm', 'harmBy', 'relocation', 'otherCountry',
  'lastArrival', 'entry', 'proceedings', 'nextHearing', 'priorDenial', 'exceptions', 'bars',
];

/**
 * The first and the last day an arrival may have been, read again here from FLOW.md §1 ("Only the month"):
 * 'YYYY-MM' is every day of that month (the last day through Date.UTC's day 0 of the next month).
 */
export function flowArrivalDays(arrival: string): { first: string; last: string } {
  if (arrival.length === 10) return { first: arrival, last: arrival };
  const [year, month] = arrival.split('-').map(Number) as [number, number];
  // Day 0 of the next month in 2000 (a leap year), one day fewer for February of a common year.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lastDay = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !leap ? 1 : 0);
  return { first: `${arrival}-01`, last: `${arrival}-${String(lastDay).padStart(2, '0')}` };
}

/** Whether question `id` is asked for answers `a`, given whether the one-year deadline has passed. */
export function flowAsked(id: QuestionId, a: FlowAnswers, passed: boolean): boolean {
  const notOutside = a.location !== 'outside_us';
  const inUs = a.location === 'in_us';
  const rules: Record<QuestionId, boolean> = {
    location: true,
    minor: notOutside,
    grounds: true,
    harm: true,
    harmBy: a.harm !== 'neither',
    // harmBy counts only while it is itself on the path (answers off the path are ignored).
    relocation: a.harm !== 'neither' && (a.harmBy === 'non_state_uncontrolled' || a.harmBy === 'non_state_other'),
    otherCountry: notOutside,
    lastArrival: inUs,
    entry: notOutside,
    proceedings: inUs,
    nextHearing: inUs && a.proceedings === 'yes',
    priorDenial: inUs,
    exceptions: inUs && a.minor !== 'yes' && a.lastArrival !== undefined && passed,
    bars: notOutside,
  };
  return rules[id];
}

/** The questions on the path for valid answers `a` on `today`, in order. */
export function flowPath(a: FlowAnswers, today: string): QuestionId[] {
  // A month-only arrival counts from its first day for whether `exceptions` is asked.
  const passed = typeof a.lastArrival === 'string' && today > oneYearDeadline(flowArrivalDays(a.lastArrival).first);
  return FLOW_ORDER.filter((id) => flowAsked(id, a, passed));
}

// ---------------------------------------------------------------------------------------------
// The assessment rules (outcome, claim, filing, timing, flags, alternatives), written out again from the
// tables in flows/asylum/README.md, independently of assess.ts: the oracle of the assess property tests.

export function flowAssess(all: Answers, today: string): Omit<Assessment, 'citations'> {
  const path = flowPath(all, today);
  const a: Answers = Object.fromEntries(path.filter((id) => all[id] !== undefined).map((id) => [id, all[id]]));
  const minor = a.minor === 'yes';
  const claim = (a.grounds ?? []).some((g) => g !== 'none') && a.harm !== 'neither' &&
    (a.harmBy === 'government' || (a.harmBy === 'non_state_uncontrolled' && a.relocation !== 'yes')) ? 'fits' : 'weak';
  const days = a.location === 'in_us' && a.lastArrival !== undefined ? flowArrivalDays(a.lastArrival) : null;
  const deadline = days === null ? null : oneYearDeadline(days.first);
  const latestDeadline = days === null ? null : oneYearDeadline(days.last);
  const daysLeft = deadline === null ? null : daysUntil(today, deadline);
  const timing: Assessment['timing'] = a.location !== 'in_us' ? 'not_applicable' : minor ? 'exempt_minor' : deadline === null || latestDeadline === null ? 'not_applicable'
    : today > latestDeadline ? 'passed' : today > deadline ? 'uncertain' : 'in_time';
  const filing = a.location === 'outside_us' ? 'not_applicable' : minor ? 'affirmative_uscis' : a.location === 'at_border' ? 'credible_fear' : a.proceedings === 'yes' ? 'defensive_court' : 'affirmative_uscis';
  const when = flagRules(a, timing, daysLeft);

  const flags = Object.keys(when).filter((f) => when[f]) as Assessment['flags'];
  const lawyerFirst = ['prior_denial', 'bar_crime', 'bar_persecutor', 'bar_terrorism', 'bars_undisclosed', 'other_country'].some((f) => when[f]) ||
    (when.canada_stca && a.location === 'at_border');
  const outcome = a.location === 'outside_us' ? 'outside_us'
    : lawyerFirst ? 'lawyer_first'
    : claim === 'weak' ? 'weak_claim'
    : a.location === 'at_border' && !minor ? 'credible_fear'
    : timing === 'passed' && !when.exception_claimed ? 'deadline_passed'
    : timing === 'passed' ? 'may_qualify_exception'
    : 'may_qualify';
  const hardBar = when.bar_crime || when.bar_persecutor || when.bar_terrorism;
  const alternatives: Assessment['alternatives'] =
    a.harm !== 'neither' && ['lawyer_first', 'deadline_passed', 'may_qualify_exception'].includes(outcome) ? (hardBar ? ['cat'] : ['withholding', 'cat'])
    : outcome === 'weak_claim' && a.harmBy === 'government' ? ['cat']
    : [];
  return { outcome, claim, filing, deadline, daysLeft, timing, latestDeadline, flags, alternatives };
}

/** Each flag's rule, for answers on the path; the keys are the flags. */
function flagRules(a: Answers, timing: Assessment['timing'], daysLeft: number | null): Record<string, boolean> {
  const minor = a.minor === 'yes';
  return {
    deadline_soon: timing === 'in_time' && daysLeft !== null && daysLeft <= 60,
    deadline_passed: timing === 'passed',
    deadline_uncertain: timing === 'uncertain',
    exception_claimed: (timing === 'passed' || timing === 'uncertain') && (a.exceptions ?? []).some((e) => e !== 'none'),
    unaccompanied_minor: minor,
    check_proceedings: a.proceedings === 'unsure',
    prior_denial: a.priorDenial === 'yes',
    bar_crime: a.bars?.includes('crime') ?? false,
    bar_persecutor: a.bars?.includes('persecutor') ?? false,
    bar_terrorism: a.bars?.includes('terrorism') ?? false,
    bars_undisclosed: a.bars?.includes('prefer_not_say') ?? false,
    other_country: a.otherCountry === 'yes',
    canada_stca: a.entry === 'canada_land' && !minor,
    entry_review: a.entry === 'between_ports' || a.entry === 'other',
    non_state_actor: a.harmBy === 'non_state_uncontrolled' || a.harmBy === 'non_state_other',
    relocation_possible: a.relocation === 'yes',
    military_refusal_nuance: a.grounds?.includes('military_refusal') ?? false,
  };}

/** Every flag, as the oracle names them. */
export const FLOW_FLAGS: readonly string[] = Object.keys(flagRules({}, 'not_applicable', null));

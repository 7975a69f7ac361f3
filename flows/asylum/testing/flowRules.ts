// FLOW.md §1 "asked when", written out again from the table, independently of questions.ts: the oracle
// that the flows tests (questions, assess, machine) compare the real path against. Test-only.

import { oneYearDeadline } from '../deadline';
import type { QuestionId } from '../questions';

/** Any answers, valid or not, keyed by question id. */
export type FlowAnswers = { readonly [K in QuestionId]?: unknown };

/** The order of FLOW.md §1's table. */
export const FLOW_ORDER: readonly QuestionId[] = [
  'location', 'minor', 'grounds', 'harm', 'harmBy', 'relocation', 'otherCountry',
  'lastArrival', 'entry', 'proceedings', 'priorDenial', 'exceptions', 'bars',
];

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
    priorDenial: inUs,
    exceptions: inUs && a.minor !== 'yes' && a.lastArrival !== undefined && passed,
    bars: notOutside,
  };
  return rules[id];
}

/** The questions on the path for valid answers `a` on `today`, in order. */
export function flowPath(a: FlowAnswers, today: string): QuestionId[] {
  const passed = typeof a.lastArrival === 'string' && today > oneYearDeadline(a.lastArrival);
  return FLOW_ORDER.filter((id) => flowAsked(id, a, passed));
}

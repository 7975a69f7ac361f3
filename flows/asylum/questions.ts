// The questions of FLOW.md §1: ids, kinds, answer codes, and when each is asked.
// Pure data and predicates; wording lives in locales/ under questions.<id>.

import { isIsoDate } from './dates';
import { oneYearDeadline } from './deadline';
import type { Answers } from './answers';

export const QUESTIONS = {
  location: { kind: 'single', codes: ['in_us', 'at_border', 'outside_us'] },
  minor: { kind: 'single', codes: ['yes', 'no'] },
  grounds: {
    kind: 'multi',
    codes: ['political', 'lgbt', 'ethnicity', 'religion', 'military_refusal', 'other_group', 'none'],
    exclusive: ['none'],
  },
  harm: { kind: 'single', codes: ['past_harm', 'fear_only', 'neither'] },
  harmBy: { kind: 'single', codes: ['government', 'non_state_uncontrolled', 'non_state_other'] },
  relocation: { kind: 'single', codes: ['yes', 'no', 'unsure'] },
  otherCountry: { kind: 'single', codes: ['yes', 'no'] },
  lastArrival: { kind: 'date' },
  entry: { kind: 'single', codes: ['visa', 'parole', 'between_ports', 'canada_land', 'other'] },
  proceedings: { kind: 'single', codes: ['yes', 'no', 'unsure'] },
  priorDenial: { kind: 'single', codes: ['yes', 'no'] },
  exceptions: {
    kind: 'multi',
    codes: ['changed_circumstances', 'extraordinary_circumstances', 'maintained_status', 'none'],
    exclusive: ['none'],
  },
  bars: {
    kind: 'multi',
    codes: ['crime', 'persecutor', 'terrorism', 'none', 'prefer_not_say'],
    exclusive: ['none', 'prefer_not_say'],
  },
} as const;

export type QuestionId = keyof typeof QUESTIONS;
export type Question = (typeof QUESTIONS)[QuestionId];

/** The questions in the order they are asked (FLOW.md §1). */
export const QUESTION_ORDER: readonly QuestionId[] = [
  'location',
  'minor',
  'grounds',
  'harm',
  'harmBy',
  'relocation',
  'otherCountry',
  'lastArrival',
  'entry',
  'proceedings',
  'priorDenial',
  'exceptions',
  'bars',
];

export type Step = 'start' | QuestionId | 'summary';
export const STEPS: readonly Step[] = ['start', ...QUESTION_ORDER, 'summary'];

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && Object.hasOwn(QUESTIONS, value);
}

export function isStep(value: unknown): value is Step {
  return value === 'start' || value === 'summary' || isQuestionId(value);
}

/** The exclusive codes of a multi question ('none', 'prefer_not_say'), empty for other kinds. */
export function exclusiveCodes(id: QuestionId): readonly string[] {
  const question: Question = QUESTIONS[id];
  return 'exclusive' in question ? question.exclusive : [];
}

/**
 * Applies a checkbox click to a multi answer: ticking an exclusive option clears the others,
 * ticking any other clears the exclusive ones (FLOW.md §1 "Exclusive options").
 */
export function toggleMultiCode(id: QuestionId, current: readonly string[], code: string, checked: boolean): string[] {
  if (!checked) return current.filter((c) => c !== code);
  const exclusive = exclusiveCodes(id);
  if (exclusive.includes(code)) return [code];
  return [...current.filter((c) => c !== code && !exclusive.includes(c)), code];
}

/** Whether the one-year deadline has passed on `today` (the deadline day itself is still in time). */
export function deadlinePassed(lastArrival: string, today: string): boolean {
  if (!isIsoDate(lastArrival)) return false;
  try {
    return today > oneYearDeadline(lastArrival);
  } catch {
    return false; // an arrival in 9999: the deadline cannot be written as YYYY-MM-DD
  }
}

/**
 * FLOW.md §1 "asked when", read literally: a missing answer satisfies "≠ x" and fails "= x".
 */
export function isAsked(id: QuestionId, a: Answers, today: string): boolean {
  switch (id) {
    case 'location':
    case 'grounds':
    case 'harm':
      return true;
    case 'minor':
    case 'otherCountry':
    case 'entry':
    case 'bars':
      return a.location !== 'outside_us';
    case 'harmBy':
      return a.harm !== 'neither';
    case 'relocation':
      // harmBy counts only while it is on the path itself (harm ≠ neither): a stale harmBy is ignored.
      return a.harm !== 'neither' && (a.harmBy === 'non_state_uncontrolled' || a.harmBy === 'non_state_other');
    case 'lastArrival':
    case 'proceedings':
    case 'priorDenial':
      return a.location === 'in_us';
    case 'exceptions':
      return a.location === 'in_us' && a.minor !== 'yes' && typeof a.lastArrival === 'string' && deadlinePassed(a.lastArrival, today);
  }
}

/** The questions on the path for these answers, in order. */
export function questionPath(answers: Answers, today: string): QuestionId[] {
  return QUESTION_ORDER.filter((id) => isAsked(id, answers, today));
}

export function isAnswered(id: QuestionId, answers: Answers): boolean {
  const value = answers[id];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** The first unanswered question on the path, or 'summary' when every question on it is answered. */
export function firstOpenStep(answers: Answers, today: string): QuestionId | 'summary' {
  return questionPath(answers, today).find((id) => !isAnswered(id, answers)) ?? 'summary';
}

/** Only the answers to questions on the current path (FLOW.md §1: the others are ignored). */
export function answersOnPath(answers: Answers, today: string): Answers {
  const result: Record<string, unknown> = {};
  for (const id of questionPath(answers, today)) {
    if (answers[id] !== undefined) result[id] = answers[id];
  }
  return result;
}

/**
 * Whether a step may be shown: the start page always; a question when it is on the path and every
 * question before it on the path is answered; the summary when every question on the path is answered.
 */
export function isReachable(step: Step, answers: Answers, today: string): boolean {
  if (step === 'start') return true;
  const open = firstOpenStep(answers, today);
  if (step === 'summary') return open === 'summary';
  const path = questionPath(answers, today);
  const index = path.indexOf(step);
  if (index < 0) return false;
  return open === 'summary' || index <= path.indexOf(open);
}

/** Where a request for `step` lands: the step itself when reachable, else the first open step. */
export function resolveStep(step: unknown, answers: Answers, today: string): Step {
  return isStep(step) && isReachable(step, answers, today) ? step : firstOpenStep(answers, today);
}

/** The step after answering `id`: the next question on the path, or the first open step past the end. */
export function stepAfter(id: QuestionId, answers: Answers, today: string, returnToSummary: boolean): QuestionId | 'summary' {
  const open = firstOpenStep(answers, today);
  if (returnToSummary) return open;
  const path = questionPath(answers, today);
  const next = path[path.indexOf(id) + 1];
  if (next === undefined) return open;
  // Never skip over an unanswered question: the path may have grown behind the user.
  return open !== 'summary' && path.indexOf(open) < path.indexOf(next) ? open : next;
}

/** The step before `step` on the path (the start page before the first question). */
export function stepBefore(step: Step, answers: Answers, today: string): Step {
  if (step === 'start') return 'start';
  const path = questionPath(answers, today);
  if (step === 'summary') return path[path.length - 1] ?? 'start';
  const index = path.indexOf(step);
  if (index > 0) return path[index - 1] ?? 'start';
  if (index === 0) return 'start';
  // Not on the path (should not happen): the last answered question on the path before it in order.
  const order = QUESTION_ORDER.indexOf(step);
  return [...path].reverse().find((id) => QUESTION_ORDER.indexOf(id) < order) ?? 'start';
}

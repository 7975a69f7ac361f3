// The question registry: every question of the questionnaire, declared once, in the order asked, with its
// kind, its answer codes (exclusive ones too) and when it is asked. Everything else derives from it: the
// order, the Answers type, answersSchema, the per-question validator, the path, the pages and the tests.
// Pure data and predicates; wording lives in locales/ under questions.<id>. The contract is written out
// for people in flows/asylum/README.md.

import { isArrival, oneYearDeadline } from './deadline';

export type Kind = 'single' | 'multi' | 'date';

/** The shape of one question, without its `when`. */
export interface QuestionSpec<K extends Kind = Kind, C extends string = string> {
  readonly kind: K;
  /** Answer codes, in the order shown (radios or checkboxes); none for a date. */
  readonly codes: readonly C[];
  /** Codes that must stand alone in a multi answer ('none', 'prefer_not_say'). */
  readonly exclusive: readonly C[];
  /** A date question's declaration (its range and the other answers it allows); none for a choice. */
  readonly date?: DateSpec;
}

/**
 * The one date kind, declared per question: its range, and whether a month-only answer ('YYYY-MM', the box
 * "I don't remember the exact day", `<id>-dayUnknown`) or "unknown" (the box "I don't know the date",
 * `<id>-unknown`) is allowed. Validation, error keys, the form, the answers list and the fixtures follow it.
 */
export interface DateSpec<R extends DateRange = DateRange> {
  /** 'past': from `earliest` to today; 'future': from today to `yearsAhead` years after today. */
  readonly range: R;
  /** The earliest date allowed (a past date). */
  readonly earliest: string;
  /** How many years ahead a future date may be. */
  readonly yearsAhead: number;
  readonly monthOnly: boolean;
  readonly unknown: boolean;
}
export type DateRange = 'past' | 'future';

/** The stored answer of a date question whose day is not known ('YYYY-MM'), and of one whose date is not known. */
export const UNKNOWN_DATE = 'unknown';

/** The stored answer of a question of shape S: a code, a list of codes, or a 'YYYY-MM-DD' date. */
export type AnswerOf<S> =
  S extends QuestionSpec<'single', infer C> ? C : S extends QuestionSpec<'multi', infer C> ? C[] : S extends QuestionSpec<'date'> ? string : never;

/** Answers keyed by question id, every one optional. */
export type AnswersOf<T> = { -readonly [K in keyof T]?: AnswerOf<T[K]> };

/**
 * When a question is asked, from the answers to the questions declared before it and today's date.
 * A missing answer reads literally: it satisfies "≠ x" and fails "= x".
 */
export type When<T> = (answers: AnswersOf<T>, today: string) => boolean;

/** One radio per code. */
export const single = <const C extends string>(codes: readonly C[]): QuestionSpec<'single', C> => ({ kind: 'single', codes, exclusive: [] });
/** One checkbox per code; an exclusive code clears the others and is cleared by them. */
export const multi = <const C extends string>(codes: readonly C[], exclusive: readonly NoInfer<C>[] = []): QuestionSpec<'multi', C> => ({
  kind: 'multi',
  codes,
  exclusive,
});
export const EARLIEST_DATE = '1900-01-01';

/**
 * A memorable date (day, month, year). `past` (the default): a real date from EARLIEST_DATE on, never after
 * today; `future`: from today to `yearsAhead` years after it. `monthOnly`: the day may be left out
 * ('YYYY-MM'); `unknown`: "I don't know the date" is an answer ('unknown').
 */
export const date = <const R extends DateRange = 'past'>(
  options: { range?: R; earliest?: string; yearsAhead?: number; monthOnly?: boolean; unknown?: boolean } = {},
): QuestionSpec<'date', never> & { readonly date: DateSpec<R> } => ({
  kind: 'date',
  codes: [],
  exclusive: [],
  date: {
    range: options.range ?? ('past' as R),
    earliest: options.earliest ?? EARLIEST_DATE,
    yearsAhead: options.yearsAhead ?? 0,
    monthOnly: options.monthOnly ?? false,
    unknown: options.unknown ?? false,
  },
});

interface Registry<T> {
  /** Declares the next question; its `when` reads only the questions declared before it. */
  ask<const Id extends string, S extends QuestionSpec>(id: Id, spec: S, when: When<T>): Registry<T & { readonly [K in Id]: S }>;
  readonly questions: { readonly [K in keyof T]: T[K] & { readonly when: When<T> } };
  readonly order: readonly (keyof T & string)[];
}

function registry<T>(questions: Record<string, unknown>, order: readonly string[]): Registry<T> {
  return {
    ask: (id, spec, when) => registry({ ...questions, [id]: { ...spec, when } }, [...order, id]),
    // The builder's accumulated type describes exactly what was added above.
    questions: questions as Registry<T>['questions'],
    order: order as Registry<T>['order'],
  };
}

const always = () => true;

/**
 * Whether the one-year deadline has passed on `today` (the deadline day itself is still in time). For a
 * month-only arrival the deadline counts from the month's first day (FLOW.md §1, "Only the month").
 */
export function deadlinePassed(lastArrival: string, today: string): boolean {
  if (!isArrival(lastArrival)) return false;
  try {
    return today > oneYearDeadline(lastArrival);
  } catch {
    return false; // an arrival in 9999: the deadline cannot be written as YYYY-MM-DD
  }
}

const REGISTRY = registry<object>({}, [])
  .ask('location', single(['in_us', 'at_border', 'outside_us']), always)
  .ask('minor', single(['yes', 'no']), (a) => a.location !== 'outside_us')
  .ask('grounds', multi(['political', 'lgbt', 'ethnicity', 'religion', 'military_refusal', 'other_group', 'none'], ['none']), always)
  .ask('harm', single(['past_harm', 'fear_only', 'neither']), always)
  .ask('harmBy', single(['government', 'non_state_uncontrolled', 'non_state_other']), (a) => a.harm !== 'neither')
  // harmBy counts only while it is on the path itself (harm ≠ neither): a stale harmBy is ignored.
  .ask('relocation', single(['yes', 'no', 'unsure']), (a) => a.harm !== 'neither' && (a.harmBy === 'non_state_uncontrolled' || a.harmBy === 'non_state_other'))
  .ask('otherCountry', single(['yes', 'no']), (a) => a.location !== 'outside_us')
  .ask('lastArrival', date({ monthOnly: true }), (a) => a.location === 'in_us')
  .ask('entry', single(['visa', 'parole', 'between_ports', 'canada_land', 'other']), (a) => a.location !== 'outside_us')
  .ask('proceedings', single(['yes', 'no', 'unsure']), (a) => a.location === 'in_us')
  .ask('nextHearing', date({ range: 'future', yearsAhead: 5, unknown: true }), (a) => a.location === 'in_us' && a.proceedings === 'yes')
  .ask('priorDenial', single(['yes', 'no']), (a) => a.location === 'in_us')
  .ask(
    'exceptions',
    multi(['changed_circumstances', 'extraordinary_circumstances', 'maintained_status', 'none'], ['none']),
    (a, today) => a.location === 'in_us' && a.minor !== 'yes' && typeof a.lastArrival === 'string' && deadlinePassed(a.lastArrival, today),
  )
  .ask('bars', multi(['crime', 'persecutor', 'terrorism', 'none', 'prefer_not_say'], ['none', 'prefer_not_say']), (a) => a.location !== 'outside_us');

/** Every question, by id. */
export const QUESTIONS = REGISTRY.questions;
/** The questions in the order they are asked. */
export const QUESTION_ORDER = REGISTRY.order;

export type QuestionId = (typeof QUESTION_ORDER)[number];
export type Question = (typeof QUESTIONS)[QuestionId];
/** Answers keyed by question id (re-exported as `Answers` from answers.ts). */
export type RegistryAnswers = AnswersOf<typeof QUESTIONS>;
/** Any one stored answer. */
export type AnswerValue = NonNullable<RegistryAnswers[QuestionId]>;

export type Step = 'start' | QuestionId | 'summary';

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && Object.hasOwn(QUESTIONS, value);
}

export function isStep(value: unknown): value is Step {
  return value === 'start' || value === 'summary' || isQuestionId(value);
}

/** The question's shape, read through the common interface (kind, codes, exclusive codes). */
export function spec(id: QuestionId): QuestionSpec {
  return QUESTIONS[id];
}

/** A date question's declaration; null for a choice. */
export function dateSpec(id: QuestionId): DateSpec | null {
  return spec(id).date ?? null;
}

/**
 * Applies a checkbox click to a multi answer: ticking an exclusive option clears the others,
 * ticking any other clears the exclusive ones.
 */
export function toggleMultiCode(id: QuestionId, current: readonly string[], code: string, checked: boolean): string[] {
  if (!checked) return current.filter((c) => c !== code);
  const { exclusive } = spec(id);
  if (exclusive.includes(code)) return [code];
  return [...current.filter((c) => c !== code && !exclusive.includes(c)), code];
}

/** Whether question `id` is on the path for these answers on `today`. */
export function isAsked(id: QuestionId, answers: RegistryAnswers, today: string): boolean {
  const when: When<typeof QUESTIONS> = QUESTIONS[id].when;
  return when(answers, today);
}

/** The questions on the path for these answers, in order. */
export function questionPath(answers: RegistryAnswers, today: string): QuestionId[] {
  return QUESTION_ORDER.filter((id) => isAsked(id, answers, today));
}

export function isAnswered(id: QuestionId, answers: RegistryAnswers): boolean {
  const value = answers[id];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** The first unanswered question on the path, or 'summary' when every question on it is answered. */
export function firstOpenStep(answers: RegistryAnswers, today: string): QuestionId | 'summary' {
  return firstOpenOn(questionPath(answers, today), answers);
}

/** firstOpenStep on a path already worked out (a step needs the path and its first open step: one questionPath). */
function firstOpenOn(path: readonly QuestionId[], answers: RegistryAnswers): QuestionId | 'summary' {
  return path.find((id) => !isAnswered(id, answers)) ?? 'summary';
}

/** Only the answers to questions on the current path (the others are ignored, though kept). */
export function answersOnPath(answers: RegistryAnswers, today: string): RegistryAnswers {
  const result: RegistryAnswers = {};
  for (const id of questionPath(answers, today)) Object.assign(result, { [id]: answers[id] });
  return result;
}

/**
 * Whether a step may be shown: the start page always; a question when it is on the path and every
 * question before it on the path is answered; the summary when every question on the path is answered.
 */
export function isReachable(step: Step, answers: RegistryAnswers, today: string): boolean {
  if (step === 'start') return true;
  const path = questionPath(answers, today);
  const open = firstOpenOn(path, answers);
  if (step === 'summary') return open === 'summary';
  const index = path.indexOf(step);
  if (index < 0) return false;
  return open === 'summary' || index <= path.indexOf(open);
}

/** Where a request for `step` lands: the step itself when reachable, else the first open step. */
export function resolveStep(step: unknown, answers: RegistryAnswers, today: string): Step {
  return isStep(step) && isReachable(step, answers, today) ? step : firstOpenStep(answers, today);
}

/** The step after answering `id`: the next question on the path, or the first open step past the end. */
export function stepAfter(id: QuestionId, answers: RegistryAnswers, today: string, returnToSummary: boolean): QuestionId | 'summary' {
  const path = questionPath(answers, today);
  const open = firstOpenOn(path, answers);
  if (returnToSummary) return open;
  const next = path[path.indexOf(id) + 1];
  if (next === undefined) return open;
  // Never skip over an unanswered question: the path may have grown behind the user.
  return open !== 'summary' && path.indexOf(open) < path.indexOf(next) ? open : next;
}

/** The step before `step` on the path (the start page before the first question). */
export function stepBefore(step: Step, answers: RegistryAnswers, today: string): Step {
  if (step === 'start') return 'start';
  const path = questionPath(answers, today);
  if (step === 'summary') return path[path.length - 1] ?? 'start';
  const index = path.indexOf(step);
  if (index > 0) return path[index - 1] ?? 'start';
  if (index === 0) return 'start';
  // Not on the path (should not happen): the last question on the path before it in order.
  const order = QUESTION_ORDER.indexOf(step);
  return [...path].reverse().find((id) => QUESTION_ORDER.indexOf(id) < order) ?? 'start';
}

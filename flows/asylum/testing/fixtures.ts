// Test fixtures derived from the question registry, so that a new question needs no line here: sample
// values of each question by its kind, fast-check generators, and completeAnswers, which walks the path
// and answers every question on it. Test-only.

import fc from 'fast-check';
import type { Answers } from '../answers';
import { addDays } from '../dates';
import { QUESTION_ORDER, UNKNOWN_DATE, questionPath, spec, type AnswerValue, type DateSpec, type QuestionId } from '../questions';

/**
 * A date question's values, by its declaration: a past date one in time and one whose one-year deadline has
 * passed (and, where a month is allowed, a month whose deadline is uncertain: counted from its first day it
 * has passed, from its last day not yet); 'unknown' where allowed; a future date in 23 days and in a year.
 */
function dateValues(declared: DateSpec, today: string): string[] {
  const values =
    declared.range === 'past'
      ? [addDays(today, -30), addDays(today, -700), ...(declared.monthOnly ? [addDays(today, -380).slice(0, 7)] : [])]
      : [addDays(today, 23), addDays(today, 365)];
  // "I don't know the date" first where allowed: the typical answer (valid on any day, and no date to keep).
  return declared.unknown ? [UNKNOWN_DATE, ...values] : values;
}

/** Each question's values by its kind: every single code; each exclusive code alone and the other codes together. */
function valuesByKind(id: QuestionId, today: string): AnswerValue[] {
  const { kind, codes, exclusive, date } = spec(id);
  if (date) return dateValues(date, today);
  if (kind === 'date') return [addDays(today, -30), addDays(today, -700)];
  if (kind === 'single') return [...codes] as AnswerValue[];
  const others = codes.filter((c) => !exclusive.includes(c));
  return [others, ...exclusive.map((c) => [c])] as AnswerValue[];
}

/**
 * The answer completeAnswers gives when not told otherwise: a typical adult in the U.S. who fears the
 * authorities, arrived a month ago, and has no bar. A question not listed here gets its benign code ('no',
 * 'none') or its first value by kind.
 */
const TYPICAL: Answers = {
  location: 'in_us',
  minor: 'no',
  grounds: ['political'],
  harm: 'past_harm',
  harmBy: 'government',
  relocation: 'no',
  otherCountry: 'no',
  entry: 'visa',
  proceedings: 'no',
  priorDenial: 'no',
  exceptions: ['none'],
  bars: ['none'],
};

/** The typical answer: from TYPICAL, else the benign code of a new question ('no', or 'none' alone), else its first value. */
export function typicalAnswer(id: QuestionId, today: string): AnswerValue {
  const listed = TYPICAL[id];
  if (listed !== undefined) return listed;
  const { kind, codes } = spec(id);
  if (kind === 'single' && codes.includes('no')) return 'no';
  if (kind === 'multi' && codes.includes('none')) return ['none'] as AnswerValue;
  return valuesByKind(id, today)[0] as AnswerValue;
}

/**
 * Sample answers of question `id`: the typical answer first, then its values by kind (for a date, one in
 * time and one whose one-year deadline has passed).
 */
export function sampleValues(id: QuestionId, today: string): AnswerValue[] {
  const values = [typicalAnswer(id, today), ...valuesByKind(id, today)];
  return values.filter((value, i) => values.findIndex((other) => JSON.stringify(other) === JSON.stringify(value)) === i);
}

/**
 * Complete answers: walks the path question by question, taking `overrides` where given and the typical
 * answer elsewhere, so the result has exactly the questions of its path answered (plus any override off it).
 */
export function completeAnswers(overrides: Answers, today: string): Answers {
  const answers: Answers = { ...overrides };
  for (let i = 0; i <= QUESTION_ORDER.length; i++) {
    const open = questionPath(answers, today).find((id) => answers[id] === undefined);
    if (open === undefined) return answers;
    Object.assign(answers, { [open]: typicalAnswer(open, today) });
  }
  return answers;
}

/**
 * The longest path: every question asked, relocation, the next hearing and exceptions too (harmed by others the
 * authorities cannot stop, a court case, arrived 2024-03-10 so the deadline has long passed, changed circumstances
 * claimed): may_qualify_exception.
 * The browser walks share it, in Chromium (tests/e2e/helpers.ts) and in Firefox and WebKit (tests/engines/).
 */
export const EVERY_QUESTION_ANSWERS: Answers = {
  location: 'in_us',
  minor: 'no',
  grounds: ['political', 'military_refusal'],
  harm: 'past_harm',
  harmBy: 'non_state_uncontrolled',
  relocation: 'unsure',
  otherCountry: 'no',
  lastArrival: '2024-03-10',
  entry: 'visa',
  proceedings: 'yes',
  // Valid on every day (a date would become past): the date fields are filled in the walks that test them.
  nextHearing: 'unknown',
  priorDenial: 'no',
  exceptions: ['changed_circumstances'],
  bars: ['none'],
};

const day = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/**
 * Any valid answer of question `id`, by its declaration (a date from 1900 to 2100: a later one is refused on
 * input; a month where allowed; 'unknown' where allowed).
 */
export function answerArb(id: QuestionId): fc.Arbitrary<AnswerValue> {
  const { kind, codes, exclusive, date } = spec(id);
  if (kind === 'date') {
    const days = day('1900-01-01', '2100-12-31');
    return fc.oneof(days, ...(date?.monthOnly ? [days.map((d) => d.slice(0, 7))] : []), ...(date?.unknown ? [fc.constant(UNKNOWN_DATE)] : []));
  }
  if (kind === 'single') return fc.constantFrom(...codes);
  const others = codes.filter((c) => !exclusive.includes(c));
  return fc.oneof(fc.subarray(others, { minLength: 1 }), fc.constantFrom(...exclusive.map((c) => [c]))) as fc.Arbitrary<AnswerValue>;
}

/** Any answers: each question answered or not, with any valid value. */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTION_ORDER.map((id) => [id, answerArb(id)])) as Record<QuestionId, fc.Arbitrary<AnswerValue>>,
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

/** Answers drawn from each question's sample values (small, so that every branch comes up often). */
export function sampleAnswersArb(today: string): fc.Arbitrary<Answers> {
  return fc.record(
    Object.fromEntries(QUESTION_ORDER.map((id) => [id, fc.constantFrom(...sampleValues(id, today))])) as Record<QuestionId, fc.Arbitrary<AnswerValue>>,
    { requiredKeys: [] },
  ) as fc.Arbitrary<Answers>;
}


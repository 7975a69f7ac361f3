// One validator per question, by its kind: `checkAnswer` is what the question page's form uses (through
// its resolver) and what the machine uses before it saves an answer, so the two can never disagree.
// Errors are locale keys `errors.<id>.<error>`, shown next to the field and in the error summary.

import { answerSchema, type Answers } from './answers';
import { EARLIEST_DATE, QUESTION_ORDER, spec, type AnswerValue, type QuestionId } from './questions';
import { formatIsoDate, parseIsoDate } from './dates';

export const DATE_ERRORS = ['required', 'incomplete', 'invalid', 'future', 'too_early'] as const;
export type DateError = (typeof DATE_ERRORS)[number];
export type AnswerError = 'required' | DateError;

export function isAnswerError(value: unknown): value is AnswerError {
  return (DATE_ERRORS as readonly unknown[]).includes(value);
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DateField = keyof DateParts;
export const DATE_FIELDS: readonly DateField[] = ['day', 'month', 'year'];

export type DateResult = { ok: true; value: string } | { ok: false; error: DateError; fields: DateField[] };

/** The result of checking one answer: the value to store, or the error and the date fields to highlight. */
export type AnswerCheck = { ok: true; value: AnswerValue } | { ok: false; error: AnswerError; fields: DateField[] };

const DIGITS = /^\d+$/;

/**
 * The memorable-date check: all three fields, digits only, a real calendar date with a four-digit year,
 * not after `today`, not before EARLIEST_DATE. `fields` names the inputs to highlight.
 */
export function validateDateParts(parts: DateParts, today: string): DateResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const empty = DATE_FIELDS.filter((k) => ({ day, month, year })[k] === '');
  if (empty.length === 3) return { ok: false, error: 'required', fields: [...DATE_FIELDS] };
  if (empty.length > 0) return { ok: false, error: 'incomplete', fields: [...empty] };
  const bad: DateField[] = [];
  if (!DIGITS.test(day) || day.length > 2 || Number(day) < 1 || Number(day) > 31) bad.push('day');
  if (!DIGITS.test(month) || month.length > 2 || Number(month) < 1 || Number(month) > 12) bad.push('month');
  if (!DIGITS.test(year) || year.length !== 4) bad.push('year');
  if (bad.length > 0) return { ok: false, error: 'invalid', fields: bad };
  const iso = formatIsoDate({ year: Number(year), month: Number(month), day: Number(day) });
  return checkIsoDate(iso, today);
}

function checkIsoDate(iso: string, today: string): DateResult {
  if (!parseIsoDate(iso)) return { ok: false, error: 'invalid', fields: [...DATE_FIELDS] };
  if (iso > today) return { ok: false, error: 'future', fields: [...DATE_FIELDS] };
  if (iso < EARLIEST_DATE) return { ok: false, error: 'too_early', fields: ['year'] };
  return { ok: true, value: iso };
}

/** Splits a stored 'YYYY-MM-DD' into the three fields (for showing a saved answer). */
export function toDateParts(iso: unknown): DateParts {
  const parsed = typeof iso === 'string' ? parseIsoDate(iso) : null;
  if (!parsed) return { day: '', month: '', year: '' };
  return { day: String(parsed.day), month: String(parsed.month), year: String(parsed.year) };
}

function isDateParts(input: unknown): input is DateParts {
  return typeof input === 'object' && input !== null && DATE_FIELDS.every((k) => typeof (input as Record<string, unknown>)[k] === 'string');
}

const isEmpty = (input: unknown) => input === undefined || input === null || input === '' || (Array.isArray(input) && input.length === 0);

/**
 * Checks an answer to question `id` on `today`, by the question's kind. The input is what the form
 * holds (a code, a list of codes, the three date fields) or a stored answer (a date as 'YYYY-MM-DD').
 */
export function checkAnswer(id: QuestionId, input: unknown, today: string): AnswerCheck {
  if (spec(id).kind === 'date') {
    const result = isDateParts(input)
      ? validateDateParts(input, today)
      : typeof input === 'string' && answerSchema(id).safeParse(input).success
        ? checkIsoDate(input, today)
        : { ok: false as const, error: isEmpty(input) ? ('required' as const) : ('invalid' as const), fields: [...DATE_FIELDS] };
    return result;
  }
  const parsed = answerSchema(id).safeParse(input);
  // Radios and checkboxes can only offer valid codes: anything else is nothing chosen.
  return parsed.success ? { ok: true, value: parsed.data as AnswerValue } : { ok: false, error: 'required', fields: [] };
}

/** Whether `value` is a valid answer to question `id` on `today`. */
export function isValidAnswer(id: QuestionId, value: unknown, today: string): boolean {
  return checkAnswer(id, value, today).ok;
}

/**
 * Anything restored from storage, made safe field by field: each valid answer is kept, each invalid one
 * (an unknown code after a deploy, a future date, a broken value) is dropped alone; unknown keys go.
 */
export function sanitizeAnswers(value: unknown, today: string): Answers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const stored = value as Record<string, unknown>;
  const answers: Answers = {};
  for (const id of QUESTION_ORDER) {
    if (!Object.hasOwn(stored, id)) continue;
    const result = checkAnswer(id, stored[id], today);
    if (result.ok && !isDateParts(stored[id])) Object.assign(answers, { [id]: result.value });
  }
  return answers;
}

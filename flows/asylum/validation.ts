// One validator per question, by its kind: `checkAnswer` is what the question page's form uses (through
// its resolver) and what the machine uses before it saves an answer, so the two can never disagree.
// Errors are locale keys `errors.<id>.<error>`, shown next to the field and in the error summary.

import { answerSchema, type Answers } from './answers';
import { EARLIEST_DATE, QUESTION_ORDER, spec, type AnswerValue, type QuestionId } from './questions';
import { formatIsoDate, parseIsoDate } from './dates';

export const DATE_ERRORS = ['required', 'incomplete', 'invalid', 'invalid_day', 'invalid_month', 'invalid_year', 'future', 'too_early'] as const;
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
 * Month names in both languages, in full (Russian nominative and genitive): a name, or any beginning of
 * one of 3 letters or more that fits one month only, is that month ("Oct", "sept", «окт», «сент», «февр»).
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'январь', 'января'],
  ['february', 'февраль', 'февраля'],
  ['march', 'март', 'марта'],
  ['april', 'апрель', 'апреля'],
  ['may', 'май', 'мая'],
  ['june', 'июнь', 'июня'],
  ['july', 'июль', 'июля'],
  ['august', 'август', 'августа'],
  ['september', 'сентябрь', 'сентября'],
  ['october', 'октябрь', 'октября'],
  ['november', 'ноябрь', 'ноября'],
  ['december', 'декабрь', 'декабря'],
];

/**
 * The month (1–12) a month field names: a number, or a month name or abbreviation in English or Russian,
 * in any case, with or without a full stop, «ё» read as «е». Null when it names no month.
 */
export function parseMonth(text: string): number | null {
  const value = text.trim();
  if (DIGITS.test(value)) {
    const month = Number(value);
    return value.length <= 2 && month >= 1 && month <= 12 ? month : null;
  }
  const word = value.toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '');
  if (word.length < 3 || !/^[a-zа-я]+$/.test(word)) return null;
  const matches = MONTH_NAMES.flatMap((names, index) => (names.some((name) => name.startsWith(word)) ? [index + 1] : []));
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/** The specific error of each field, in field order (GOV.UK: one message, the most specific that fits). */
const FIELD_ERROR: Record<DateField, DateError> = { day: 'invalid_day', month: 'invalid_month', year: 'invalid_year' };

/**
 * The memorable-date check: all three fields, a real calendar date with a four-digit year, not after
 * `today`, not before EARLIEST_DATE. The month may be a number or a month name (parseMonth). A mistake in
 * one field has its own key (invalid_day, invalid_month, invalid_year; 31 February is invalid_day);
 * mistakes in more than one field are `invalid`. `fields` names the inputs to highlight.
 */
export function validateDateParts(parts: DateParts, today: string): DateResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const empty = DATE_FIELDS.filter((k) => ({ day, month, year })[k] === '');
  if (empty.length === 3) return { ok: false, error: 'required', fields: [...DATE_FIELDS] };
  if (empty.length > 0) return { ok: false, error: 'incomplete', fields: [...empty] };
  const monthNumber = parseMonth(month);
  const bad: DateField[] = [];
  if (!DIGITS.test(day) || day.length > 2 || Number(day) < 1 || Number(day) > 31) bad.push('day');
  if (monthNumber === null) bad.push('month');
  if (!DIGITS.test(year) || year.length !== 4) bad.push('year');
  const [only] = bad;
  if (only !== undefined) return { ok: false, error: bad.length === 1 ? FIELD_ERROR[only] : 'invalid', fields: bad };
  const iso = formatIsoDate({ year: Number(year), month: monthNumber ?? 0, day: Number(day) });
  // Every field is well formed: a date that does not exist has a day too many for its month.
  if (!parseIsoDate(iso)) return { ok: false, error: 'invalid_day', fields: ['day'] };
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

// One validator per question, by its kind: `checkAnswer` is what the question page's form uses (through
// its resolver) and what the machine uses before it saves an answer, so the two can never disagree.
// Errors are locale keys `errors.<id>.<error>`, shown next to the field and in the error summary.

import { answerSchema, type Answers } from './answers';
import { EARLIEST_DATE, QUESTION_ORDER, UNKNOWN_DATE, dateSpec, type AnswerValue, type DateSpec, type QuestionId } from './questions';
import { daysInMonth, formatIsoDate, isIsoMonth, parseIsoDate } from './dates';

export const DATE_ERRORS = ['required', 'incomplete', 'invalid', 'invalid_day', 'invalid_month', 'invalid_year', 'future', 'too_early', 'past', 'too_late'] as const;
export type DateError = (typeof DATE_ERRORS)[number];
/** The errors of a date in the past (never after today) and of one in the future (from today on). */
export type PastDateError = Exclude<DateError, 'past' | 'too_late'>;
export type FutureDateError = Exclude<DateError, 'future' | 'too_early'>;
export type AnswerError = 'required' | DateError;

/** The errors a date question can give, by its declared range (each needs its text, `errors.<id>.<error>`). */
export function dateErrors(declared: DateSpec): readonly DateError[] {
  const other: readonly DateError[] = declared.range === 'past' ? ['past', 'too_late'] : ['future', 'too_early'];
  return DATE_ERRORS.filter((error) => !other.includes(error));
}

export function isAnswerError(value: unknown): value is AnswerError {
  return (DATE_ERRORS as readonly unknown[]).includes(value);
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
  /** "I don't remember the exact day" ticked (a question declared `monthOnly`): the day is left out. */
  dayUnknown?: boolean;
  /** "I don't know the date" ticked (a question declared `unknown`). */
  unknown?: boolean;
}

/** A date in the past from EARLIEST_DATE, day required: what validateDateParts checks when told nothing else. */
const PAST_DATE: DateSpec = { range: 'past', earliest: EARLIEST_DATE, yearsAhead: 0, monthOnly: false, unknown: false };

export type DateField = 'day' | 'month' | 'year';
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
 * The memorable-date check, by the question's declaration (`declared`): all three fields (month and year
 * only when the day is declared optional and "I don't remember the exact day" is ticked), a real calendar
 * date with a four-digit year, within the declared range. "I don't know the date" ticked (where declared)
 * is the answer 'unknown'. The month may be a number or a month name (parseMonth). A mistake in one field
 * has its own key (invalid_day, invalid_month, invalid_year; 31 February is invalid_day); mistakes in more
 * than one field are `invalid`. `fields` names the inputs to highlight (never a hidden one).
 */
export function validateDateParts(parts: DateParts, today: string, declared: DateSpec = PAST_DATE): DateResult {
  if (declared.unknown && parts.unknown === true) return { ok: true, value: UNKNOWN_DATE };
  const monthOnly = declared.monthOnly && parts.dayUnknown === true;
  const shown: readonly DateField[] = monthOnly ? ['month', 'year'] : DATE_FIELDS;
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const empty = shown.filter((k) => ({ day, month, year })[k] === '');
  if (empty.length === shown.length) return { ok: false, error: 'required', fields: [...shown] };
  if (empty.length > 0) return { ok: false, error: 'incomplete', fields: [...empty] };
  const monthNumber = parseMonth(month);
  const bad: DateField[] = [];
  if (!monthOnly && (!DIGITS.test(day) || day.length > 2 || Number(day) < 1 || Number(day) > 31)) bad.push('day');
  if (monthNumber === null) bad.push('month');
  if (!DIGITS.test(year) || year.length !== 4) bad.push('year');
  const [only] = bad;
  if (only !== undefined) return { ok: false, error: bad.length === 1 ? FIELD_ERROR[only] : 'invalid', fields: bad };
  const iso = formatIsoDate({ year: Number(year), month: monthNumber ?? 0, day: monthOnly ? 1 : Number(day) });
  // Every field is well formed: a date that does not exist has a day too many for its month.
  if (!parseIsoDate(iso)) return { ok: false, error: 'invalid_day', fields: ['day'] };
  return checkStoredDate(monthOnly ? iso.slice(0, 7) : iso, today, declared);
}

/** The day `years` years after `date` (28 February for 29 February in a year without one). */
function yearsAfter(date: string, years: number): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  const year = parsed.year + years;
  return formatIsoDate({ year, month: parsed.month, day: Math.min(parsed.day, daysInMonth(year, parsed.month)) });
}

/**
 * Checks a stored date answer against its declaration on `today`: 'YYYY-MM-DD'; 'YYYY-MM' where a month
 * is allowed (compared by month: the month of today is not in the future); 'unknown' where allowed.
 */
function checkStoredDate(value: string, today: string, declared: DateSpec): DateResult {
  const month = declared.monthOnly && isIsoMonth(value);
  const fields: DateField[] = month ? ['month', 'year'] : [...DATE_FIELDS];
  if (value === UNKNOWN_DATE && declared.unknown) return { ok: true, value };
  if (!month && !parseIsoDate(value)) return { ok: false, error: 'invalid', fields };
  // A month compares with dates by its 'YYYY-MM' prefix: '2026-12' is neither after 2026-12-06 nor before 2026-12-01.
  const cut = (date: string) => (month ? date.slice(0, 7) : date);
  if (declared.range === 'past') {
    if (value > cut(today)) return { ok: false, error: 'future', fields };
    if (value < cut(declared.earliest)) return { ok: false, error: 'too_early', fields: ['year'] };
  } else {
    if (value < cut(today)) return { ok: false, error: 'past', fields };
    if (value > cut(yearsAfter(today, declared.yearsAhead))) return { ok: false, error: 'too_late', fields: ['year'] };
  }
  return { ok: true, value };
}

/** Splits a stored date answer into the fields and boxes (for showing a saved answer): 'YYYY-MM-DD', 'YYYY-MM', 'unknown'. */
export function toDateParts(stored: unknown): DateParts {
  if (stored === UNKNOWN_DATE) return { day: '', month: '', year: '', unknown: true };
  if (typeof stored === 'string' && isIsoMonth(stored)) return { day: '', month: String(Number(stored.slice(5, 7))), year: stored.slice(0, 4), dayUnknown: true };
  const parsed = typeof stored === 'string' ? parseIsoDate(stored) : null;
  if (!parsed) return { day: '', month: '', year: '' };
  return { day: String(parsed.day), month: String(parsed.month), year: String(parsed.year) };
}

function isDateParts(input: unknown): input is DateParts {
  if (typeof input !== 'object' || input === null) return false;
  const fields = input as Record<string, unknown>;
  const box = (key: string) => fields[key] === undefined || typeof fields[key] === 'boolean';
  return DATE_FIELDS.every((k) => typeof fields[k] === 'string') && box('dayUnknown') && box('unknown');
}

const isEmpty = (input: unknown) => input === undefined || input === null || input === '' || (Array.isArray(input) && input.length === 0);

/**
 * Checks an answer to question `id` on `today`, by the question's kind. The input is what the form
 * holds (a code, a list of codes, the three date fields) or a stored answer (a date as 'YYYY-MM-DD').
 */
export function checkAnswer(id: QuestionId, input: unknown, today: string): AnswerCheck {
  const declared = dateSpec(id);
  if (declared !== null) {
    const result = isDateParts(input)
      ? validateDateParts(input, today, declared)
      : typeof input === 'string' && answerSchema(id).safeParse(input).success
        ? checkStoredDate(input, today, declared)
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
 * (an unknown code after a deploy, a future arrival, a hearing date now past, a broken value) is dropped
 * alone, so its question is asked again; unknown keys go. A stored exact date stays exact.
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

// Validation of one question's answer, shared by the machine (which ignores invalid answers) and
// the pages (which show the error keys of FLOW.md §1 next to the field and in the error summary).

import { EARLIEST_ARRIVAL, answersSchema, type Answers } from './answers';
import { formatIsoDate, parseIsoDate } from './dates';
import type { QuestionId } from './questions';

export type DateError = 'required' | 'incomplete' | 'invalid' | 'future' | 'too_early';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DateResult = { ok: true; value: string } | { ok: false; error: DateError; fields: (keyof DateParts)[] };

const DIGITS = /^\d+$/;

/**
 * The memorable-date check of FLOW.md §1: all three fields, digits only, a real calendar date with a
 * four-digit year, not after `today`, not before 1900-01-01. `fields` names the inputs to highlight.
 */
export function validateDateParts(parts: DateParts, today: string): DateResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const empty = (['day', 'month', 'year'] as const).filter((k) => ({ day, month, year })[k] === '');
  if (empty.length === 3) return { ok: false, error: 'required', fields: ['day', 'month', 'year'] };
  if (empty.length > 0) return { ok: false, error: 'incomplete', fields: [...empty] };
  const bad: (keyof DateParts)[] = [];
  if (!DIGITS.test(day) || day.length > 2 || Number(day) < 1 || Number(day) > 31) bad.push('day');
  if (!DIGITS.test(month) || month.length > 2 || Number(month) < 1 || Number(month) > 12) bad.push('month');
  if (!DIGITS.test(year) || year.length !== 4) bad.push('year');
  if (bad.length > 0) return { ok: false, error: 'invalid', fields: bad };
  const iso = formatIsoDate({ year: Number(year), month: Number(month), day: Number(day) });
  if (!parseIsoDate(iso)) return { ok: false, error: 'invalid', fields: ['day', 'month', 'year'] };
  if (iso > today) return { ok: false, error: 'future', fields: ['day', 'month', 'year'] };
  if (iso < EARLIEST_ARRIVAL) return { ok: false, error: 'too_early', fields: ['year'] };
  return { ok: true, value: iso };
}

/** Splits a stored 'YYYY-MM-DD' into the three fields (for showing a saved answer). */
export function toDateParts(iso: string | undefined): DateParts {
  const parsed = iso ? parseIsoDate(iso) : null;
  if (!parsed) return { day: '', month: '', year: '' };
  return { day: String(parsed.day), month: String(parsed.month), year: String(parsed.year) };
}

/** Whether `value` is a valid answer to question `id` on `today` (a date may not be in the future). */
export function isValidAnswer(id: QuestionId, value: unknown, today: string): boolean {
  if (value === undefined) return false;
  const parsed = answersSchema.shape[id].safeParse(value);
  if (!parsed.success) return false;
  return id !== 'lastArrival' || (typeof value === 'string' && value <= today);
}

/** Anything restored from storage, made safe: invalid data gives no answers; a future date is dropped. */
export function sanitizeAnswers(value: unknown, today: string): Answers {
  const parsed = answersSchema.safeParse(value);
  if (!parsed.success) return {};
  const answers: Answers = { ...parsed.data };
  if (answers.lastArrival !== undefined && answers.lastArrival > today) delete answers.lastArrival;
  return answers;
}

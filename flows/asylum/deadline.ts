// The one-year filing deadline, computed as 8 CFR 208.4(a)(2)(ii) describes:
// from the LAST arrival (or 1997-04-01 if later), the anniversary one year on (28 February for a
// 29 February start), moved forward past Saturdays, Sundays and federal legal holidays
// (5 U.S.C. 6103, observed days). Pure: dates are 'YYYY-MM-DD' strings, never local-time Dates.

import { addDays, dayOfWeek, daysInMonth, formatIsoDate, isIsoDate, monthBounds, parseIsoDate, toDayNumber } from './dates';

export type HolidayKey =
  | 'new_year'
  | 'mlk'
  | 'washington'
  | 'memorial'
  | 'juneteenth'
  | 'independence'
  | 'labor'
  | 'columbus'
  | 'veterans'
  | 'thanksgiving'
  | 'christmas';

export type SkipReason = 'saturday' | 'sunday' | HolidayKey;

export interface DeadlineSteps {
  /** The counted start: the last arrival, or 1997-04-01 for an earlier arrival. */
  from: string;
  /** One year after `from` (28 February for a 29 February start). */
  anniversary: string;
  /** The last day to file: `anniversary`, moved past weekends and legal holidays. */
  deadline: string;
  /** Each day passed over, in order. */
  skipped: { date: string; reason: SkipReason }[];
  /** Only the month was given: the working counts from its first day (FLOW.md §1, "Only the month"). */
  monthOnly?: true;
}

/**
 * The days an arrival may have been: the day itself, or every day of a month-only arrival 'YYYY-MM'.
 * Null when it is neither.
 */
export function arrivalBounds(lastArrival: string): { first: string; last: string; monthOnly: boolean } | null {
  if (isIsoDate(lastArrival)) return { first: lastArrival, last: lastArrival, monthOnly: false };
  const month = monthBounds(lastArrival);
  return month ? { ...month, monthOnly: true } : null;
}

/** Whether `lastArrival` is an arrival the rules read: 'YYYY-MM-DD', or 'YYYY-MM' when only the month is known. */
export function isArrival(lastArrival: string): boolean {
  return arrivalBounds(lastArrival) !== null;
}

/** The one-year rule counts from 1 April 1997 at the earliest (IIRIRA effective date). */
export const ONE_YEAR_RULE_START = '1997-04-01';

/** The n-th (1-based) given weekday of a month; n = -1 for the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = formatIsoDate({ year, month, day: 1 });
    const offset = (weekday - dayOfWeek(first) + 7) % 7;
    return addDays(first, offset + (n - 1) * 7);
  }
  const last = formatIsoDate({ year, month, day: daysInMonth(year, month) });
  return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
}

const MONDAY = 1;
const THURSDAY = 4;

const holidayCache = new Map<number, readonly { key: HolidayKey; date: string }[]>();

/** Each 5 U.S.C. 6103(a) holiday's own date in a year (Inauguration Day is not counted). */
export function holidaysOfYear(year: number): readonly { key: HolidayKey; date: string }[] {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const fixed = (month: number, day: number) => formatIsoDate({ year, month, day });
  const list: { key: HolidayKey; date: string }[] = [
    { key: 'new_year', date: fixed(1, 1) },
    { key: 'mlk', date: nthWeekday(year, 1, MONDAY, 3) },
    { key: 'washington', date: nthWeekday(year, 2, MONDAY, 3) },
    { key: 'memorial', date: nthWeekday(year, 5, MONDAY, -1) },
    { key: 'independence', date: fixed(7, 4) },
    { key: 'labor', date: nthWeekday(year, 9, MONDAY, 1) },
    { key: 'columbus', date: nthWeekday(year, 10, MONDAY, 2) },
    { key: 'veterans', date: fixed(11, 11) },
    { key: 'thanksgiving', date: nthWeekday(year, 11, THURSDAY, 4) },
    { key: 'christmas', date: fixed(12, 25) },
  ];
  // Juneteenth National Independence Day: added by Pub. L. 117-17 (2021).
  if (year >= 2021) list.push({ key: 'juneteenth', date: fixed(6, 19) });
  holidayCache.set(year, list);
  return list;
}

/** The observed day: Saturday → the Friday before (6103(b)(1)), Sunday → the Monday after (EO 11582). */
export function observedDate(date: string): string {
  const weekday = dayOfWeek(date);
  if (weekday === 6) return addDays(date, -1);
  if (weekday === 0) return addDays(date, 1);
  return date;
}

/** The holiday observed on `date`, if any (New Year's Day of the next year can be observed on 31 December). */
export function observedHoliday(date: string): HolidayKey | null {
  const parsed = parseIsoDate(date);
  if (!parsed) return null;
  for (const year of [parsed.year, parsed.year + 1]) {
    for (const holiday of holidaysOfYear(year)) {
      if (observedDate(holiday.date) === date) return holiday.key;
    }
  }
  return null;
}

export function isLegalHoliday(date: string): boolean {
  return observedHoliday(date) !== null;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysUntil(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

function skipReason(date: string): SkipReason | null {
  const weekday = dayOfWeek(date);
  if (weekday === 6) return 'saturday';
  if (weekday === 0) return 'sunday';
  return observedHoliday(date);
}

/**
 * The working of the deadline. A month-only arrival 'YYYY-MM' counts from the month's first day, the
 * earliest the person may have arrived, so the deadline is never later than the true one; `monthOnly` says so.
 */
export function explainDeadline(lastArrival: string): DeadlineSteps {
  const bounds = arrivalBounds(lastArrival);
  if (bounds?.monthOnly) return { ...explainDeadline(bounds.first), monthOnly: true };
  if (!parseIsoDate(lastArrival)) throw new RangeError(`Not a calendar date: ${lastArrival}`);
  const from = lastArrival < ONE_YEAR_RULE_START ? ONE_YEAR_RULE_START : lastArrival;
  const start = parseIsoDate(from);
  if (!start) throw new RangeError(`Not a calendar date: ${lastArrival}`);
  const nextYear = start.year + 1;
  // 29 February + 1 year → 28 February: the earlier, safe reading.
  const anniversary = formatIsoDate({ year: nextYear, month: start.month, day: Math.min(start.day, daysInMonth(nextYear, start.month)) });
  const skipped: DeadlineSteps['skipped'] = [];
  let deadline = anniversary;
  for (let reason = skipReason(deadline); reason !== null; reason = skipReason(deadline)) {
    skipped.push({ date: deadline, reason });
    deadline = addDays(deadline, 1);
  }
  return { from, anniversary, deadline, skipped };
}

/** The deadlines already worked out, by arrival: the path asks for it several times on every step. */
const deadlines = new Map<string, string>();

export function oneYearDeadline(lastArrival: string): string {
  let deadline = deadlines.get(lastArrival);
  if (deadline === undefined) {
    deadline = explainDeadline(lastArrival).deadline;
    if (deadlines.size > 100) deadlines.clear();
    deadlines.set(lastArrival, deadline);
  }
  return deadline;
}

/**
 * The deadline counted from the LAST day a month-only arrival may have been (the safe end for saying
 * "passed": never while some day of the month would still be in time); for an exact date, its deadline.
 */
export function latestDeadline(lastArrival: string): string {
  const bounds = arrivalBounds(lastArrival);
  if (!bounds) throw new RangeError(`Not a calendar date: ${lastArrival}`);
  return oneYearDeadline(bounds.last);
}

/**
 * The first day of a month-only arrival from which the person is still in time on `today` (its deadline is
 * today or later): "if you arrived on or after <day>, you are still in time". Null when no day of the month is.
 */
export function firstDayInTime(lastArrival: string, today: string): string | null {
  const bounds = arrivalBounds(lastArrival);
  if (!bounds) return null;
  for (let day = bounds.first; day <= bounds.last; day = addDays(day, 1)) {
    if (oneYearDeadline(day) >= today) return day;
  }
  return null;
}

// Plain calendar dates as 'YYYY-MM-DD' strings. All arithmetic goes through UTC day numbers,
// so the result never depends on the device's time zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

/** Parses 'YYYY-MM-DD' into its parts; null when the text is not a real calendar date. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** A month-only date 'YYYY-MM' (FLOW.md §1, "Only the month"). */
export function isIsoMonth(text: string): boolean {
  const match = ISO_MONTH.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** The first and the last day of a month 'YYYY-MM' (null when it is not one). */
export function monthBounds(text: string): { first: string; last: string } | null {
  if (!isIsoMonth(text)) return null;
  const [year, month] = [Number(text.slice(0, 4)), Number(text.slice(5, 7))];
  return { first: `${text}-01`, last: formatIsoDate({ year, month, day: daysInMonth(year, month) }) };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mustParse(text: string): CalendarDate {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new RangeError(`Not a calendar date: ${text}`);
  return parsed;
}

/** Days since 1970-01-01 for a calendar date. */
export function toDayNumber(text: string): number {
  const { year, month, day } = mustParse(text);
  // Not Date.UTC(year, …): it reads years 0-99 as 1900-1999.
  return new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * MS_PER_DAY);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(text: string, days: number): string {
  return fromDayNumber(toDayNumber(text) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(text: string): number {
  return (((toDayNumber(text) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Formats a `Date` as the local calendar date of the device (used only where "today" is read). */
export function localCalendarDate(now: Date): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

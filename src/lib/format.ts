// Dates for people, through Intl in the current language ('10 марта 2026 г.', 'March 10, 2026').
import { parseIsoDate } from '../../flows/asylum/dates';

/** Intl writes a plain space before «г.» (year): a no-break space keeps «2026 г.» on one line. */
const BEFORE_YEAR_ABBREVIATION = /\s+(?=г\.)/gu;

export function formatDate(iso: string, lng: string, options: Intl.DateTimeFormatOptions = {}): string {
  const parsed = parseIsoDate(iso);
  if (!parsed) return iso;
  const date = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day));
  const text = new Intl.DateTimeFormat(lng === 'ru' ? 'ru-RU' : 'en-US', { dateStyle: 'long', timeZone: 'UTC', ...options }).format(date);
  return lng === 'ru' ? text.replace(BEFORE_YEAR_ABBREVIATION, '\u00a0') : text;
}

// Dates for people, through Intl in the current language ('10 марта 2026 г.', 'March 10, 2026').
import { parseIsoDate } from '../../flows/asylum/dates';

export function formatDate(iso: string, lng: string, options: Intl.DateTimeFormatOptions = {}): string {
  const parsed = parseIsoDate(iso);
  if (!parsed) return iso;
  const date = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day));
  return new Intl.DateTimeFormat(lng === 'ru' ? 'ru-RU' : 'en-US', { dateStyle: 'long', timeZone: 'UTC', ...options }).format(date);
}

export function formatLongDate(iso: string, lng: string): string {
  return formatDate(iso, lng, { dateStyle: undefined, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
}

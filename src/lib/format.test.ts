import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

/** The summary's long date: weekday, day, month and year. */
const formatLongDate = (iso: string, lng: string) =>
  formatDate(iso, lng, { dateStyle: undefined, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });

const NBSP = '\u00a0';

describe('formatDate', () => {
  it('joins the year and «г.» with a no-break space in Russian, so a line never starts with «г.»', () => {
    expect(formatDate('2026-03-10', 'ru')).toBe(`10 марта 2026${NBSP}г.`);
    expect(formatLongDate('2027-07-06', 'ru')).toBe(`вторник, 6 июля 2027${NBSP}г.`);
    expect(formatDate('2026-11-25', 'ru', { dateStyle: 'medium' })).toBe(`25 нояб. 2026${NBSP}г.`);
  });

  it('leaves no breaking space before «г.» in any Russian date the summary shows', () => {
    const styles: Intl.DateTimeFormatOptions[] = [
      {},
      { dateStyle: undefined, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
      { dateStyle: 'full' },
    ];
    for (const iso of ['2024-02-29', '2025-12-31', '2026-01-01', '2030-05-09']) {
      for (const options of styles) expect(formatDate(iso, 'ru', options)).not.toMatch(/[^\S\u00a0]г\./);
    }
  });

  it('leaves English dates as Intl writes them', () => {
    expect(formatDate('2026-03-10', 'en')).toBe('March 10, 2026');
    expect(formatLongDate('2027-07-06', 'en')).toBe('Tuesday, July 6, 2027');
  });

  it('gives back what is not a calendar date unchanged', () => {
    expect(formatDate('2026-02-30', 'ru')).toBe('2026-02-30');
  });
});

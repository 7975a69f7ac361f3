// Issue 23, "Dates as people know them" (FLOW.md §1, "Only the month" and "The next hearing"), through the real
// UI in each language: a month-only arrival to the summary (the working, where to find the exact date, "(day not
// known)" in the lawyer's table, the calendar file's date, the uncertain step), and a court case with a hearing
// date (the days left in "What to do now", both events and their alarms in the calendar file, the lawyer's table).
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Answers } from '../../flows/asylum/answers';
import { expect, openParts, questionForm, test, tr, walkOf, walkToSummary, type Lang, type Walk } from './helpers';

/** An adult in the U.S. who fears the authorities; the rest of the walk typical (walkOf). */
const base: Answers = { location: 'in_us', minor: 'no', grounds: ['political'], harm: 'past_harm', harmBy: 'government', otherCountry: 'no', entry: 'visa', priorDenial: 'no', bars: ['none'] };

/** Only the month, in time on 2026-11-25: March 2026 counts from 2026-03-01, so the last day is Monday 2027-03-01. */
const MONTH_IN_TIME: Walk = walkOf({ ...base, lastArrival: '2026-03', proceedings: 'no' });
/** Only the month, November 2025: from its first day the deadline passed (2026-11-02), from its last not yet (2026-11-30). */
const MONTH_UNCERTAIN: Walk = walkOf({ ...base, lastArrival: '2025-11', proceedings: 'no', exceptions: ['none'] });
/** A court case with the next hearing in 23 days (2026-12-18), arrived 2026-05-04 (last day Tuesday 2027-05-04). */
const HEARING: Walk = walkOf({ ...base, lastArrival: '2026-05-04', proceedings: 'yes', nextHearing: '2026-12-18' });

const DATES = {
  en: { march: 'March 2026', hearing: 'December 18, 2026', from: 'November 25, 2025', latest: 'November 30, 2026' },
  ru: { march: 'март 2026\u00a0г.', hearing: '18 декабря 2026\u00a0г.', from: '25 ноября 2025\u00a0г.', latest: '30 ноября 2026\u00a0г.' },
} as const;

/** The calendar file the summary's button makes. */
async function calendarFile(page: Page, lang: Lang): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: tr(lang, 'summary:summary.calendar.button') }).click()]);
  return (await readFile(await download.path(), 'utf8')).replace(/\r\n /g, '');
}

/** The row of the lawyer's table (printed only) labelled `label`. */
const lawyerRow = (page: Page, label: string) => page.locator('.summary-lawyer-facts tr', { has: page.locator('th', { hasText: label }) }).first();

for (const lang of ['en', 'ru'] as const) {
  test.describe(`dates (${lang})`, () => {
    test('the box "I don’t remember the exact day" hides the day; the month and year are kept', async ({ page }) => {
      await walkToSummary(page, lang, MONTH_IN_TIME);
      await openParts(page);
      await page.locator('#change-lastArrival').click();
      const form = questionForm(page, 'lastArrival');
      await expect(form.locator('input[name="lastArrival-dayUnknown"]')).toBeChecked();
      await expect(form.locator('input[name="lastArrival-day"]')).toBeHidden();
      await expect(form.locator('input[name="lastArrival-month"]')).toHaveValue('3');
      await form.locator('input[name="lastArrival-dayUnknown"]').uncheck();
      await expect(form.locator('input[name="lastArrival-day"]')).toBeVisible();
      // Without the box the day is required again.
      await form.locator('button[type="submit"]').click();
      await expect(page.locator('.error-summary')).toContainText(tr(lang, 'errors.lastArrival.incomplete'));
    });

    test('only the month, in time: the working from its first day, where to find the date, the lawyer’s table, the calendar file', async ({ page }) => {
      const summary = await walkToSummary(page, lang, MONTH_IN_TIME);
      await expect(summary).toHaveAttribute('data-outcome', 'may_qualify');
      await expect(summary.locator('time[datetime="2027-03-01"]')).toBeVisible();
      await openParts(page);
      const first = lang === 'en' ? 'March 1, 2026' : '1 марта 2026\u00a0г.';
      await expect(summary.locator('.summary-working li').first()).toHaveText(tr(lang, 'summary:dates.workingFromMonth', { month: DATES[lang].march, date: first }));
      await expect(summary.locator('.summary-find-date')).toHaveText(tr(lang, 'summary:dates.findDate'));
      await expect(lawyerRow(page, tr(lang, 'summary:summary.forLawyer.lastArrival')).locator('td')).toHaveText(tr(lang, 'summary:dates.lawyerMonth', { month: DATES[lang].march }));
      const ics = await calendarFile(page, lang);
      expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270301\r\n');
      expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    });

    test('only the month, some day still in time: "file now", until which day, never "passed"', async ({ page }) => {
      const summary = await walkToSummary(page, lang, MONTH_UNCERTAIN);
      await expect(summary).toHaveAttribute('data-outcome', 'may_qualify');
      const step = summary.locator('#summary-now [data-step="deadlineUncertain"]');
      // The step gives the deadline from the month's first day (the page's <time>), the first day still in time and the last day then.
      const first = lang === 'en' ? 'November 2, 2026' : '2 ноября 2026\u00a0г.';
      const [before = '', after = ''] = tr(lang, 'summary:summary.now.deadlineUncertain', { day: DATES[lang].from, latest: DATES[lang].latest }).split('<date/>');
      await expect(step).toContainText(`${before}${first}${after}`);
      await expect(step.locator('time[datetime="2026-11-02"]')).toHaveText(first);
      await expect(summary.locator('#summary-now [data-step="deadlinePassed"]')).toHaveCount(0);
      // No line saying the deadline passed N days ago.
      await expect(summary.locator('.summary-deadline-line')).toHaveCount(0);
      await openParts(page);
      await expect(summary.locator('[data-flag="deadline_uncertain"]')).toBeVisible();
      await expect(summary.locator('[data-flag="deadline_passed"]')).toHaveCount(0);
      // The deadline is behind the first day: no calendar event for it.
      await expect(page.getByRole('button', { name: tr(lang, 'summary:summary.calendar.button') })).toHaveCount(0);
    });

    test('a court case with a hearing date: the days left, both events with their alarms, the lawyer’s table', async ({ page }) => {
      const summary = await walkToSummary(page, lang, HEARING);
      const step = summary.locator('#summary-now [data-step="hearing"]');
      await expect(step.locator('.summary-hearing-date')).toHaveText(tr(lang, lang === 'en' ? 'summary:dates.hearing_other' : 'summary:dates.hearing_few', { date: DATES[lang].hearing, count: 23 }));
      await expect(lawyerRow(page, tr(lang, 'summary:dates.lawyerHearing')).locator('td')).toHaveText(DATES[lang].hearing);
      const ics = await calendarFile(page, lang);
      const events = ics.split('BEGIN:VEVENT').slice(1);
      expect(events).toHaveLength(2);
      const [deadline, hearing] = events as [string, string];
      expect(deadline).toContain('\r\nDTSTART;VALUE=DATE:20270504\r\n');
      expect(deadline).toContain(`\r\nSUMMARY:${tr(lang, 'summary:summary.calendar.eventTitle')}\r\n`);
      expect(hearing).toContain('\r\nDTSTART;VALUE=DATE:20261218\r\n');
      expect(hearing).toContain(`\r\nSUMMARY:${tr(lang, 'summary:dates.calendarHearingTitle')}\r\n`);
      expect(hearing).toContain(`\r\nDESCRIPTION:${tr(lang, 'summary:dates.calendarHearingNote').replace(/,/g, '\\,')}\r\n`);
      expect(hearing.match(/TRIGGER:[^\r]+/g)).toEqual(['TRIGGER:-P7D', 'TRIGGER:-P1D']);
      // Nothing else of the answers in the file.
      expect(ics).not.toMatch(/political|visa|court|суд|убежищ/i);
    });

    test('"I don’t know the date" answers the hearing question; the lawyer’s table says so', async ({ page }) => {
      await walkToSummary(page, lang, walkOf({ ...base, lastArrival: '2026-05-04', proceedings: 'yes', nextHearing: 'unknown' }));
      await expect(page.locator('.summary-hearing-date')).toHaveCount(0);
      await expect(lawyerRow(page, tr(lang, 'summary:dates.lawyerHearing')).locator('td')).toHaveText(tr(lang, 'summary:dates.lawyerHearingUnknown'));
      await openParts(page);
      await page.locator('#change-nextHearing').click();
      const form = questionForm(page, 'nextHearing');
      await expect(form.locator('input[name="nextHearing-unknown"]')).toBeChecked();
      await expect(form.locator('input[name="nextHearing-day"]')).toBeHidden();
      // A date in the past is refused.
      await form.locator('input[name="nextHearing-unknown"]').uncheck();
      await form.locator('input[name="nextHearing-day"]').fill('1');
      await form.locator('input[name="nextHearing-month"]').fill('11');
      await form.locator('input[name="nextHearing-year"]').fill('2026');
      await form.locator('button[type="submit"]').click();
      await expect(page.locator('.error-summary')).toContainText(tr(lang, 'errors.nextHearing.past'));
    });
  });
}

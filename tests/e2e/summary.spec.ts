// The summary page through the real UI: several outcomes in both languages, the deadline, a Change
// link that returns to the summary, and the calendar file.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openParts, walkOf, walkToSummary as walk, type Walk } from './helpers';

const IN_TIME: Walk = walkOf({
  location: 'in_us',
  minor: 'no',
  grounds: ['political', 'military_refusal'],
  harm: 'past_harm',
  harmBy: 'government',
  otherCountry: 'no',
  lastArrival: '2026-07-04',
  entry: 'visa',
  proceedings: 'no',
  priorDenial: 'no',
  bars: ['none'],
});

test.describe('summary outcomes', () => {
  test('may_qualify in English: deadline moved past Independence Day, days left, calendar file', async ({ page }) => {
    const summary = await walk(page, 'en', IN_TIME);
    await expect(summary).toHaveAttribute('data-outcome', 'may_qualify');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You may be able to ask for asylum');
    await expect(summary.locator('time[datetime="2027-07-06"]')).toHaveText('Tuesday, July 6, 2027');
    await expect(summary.getByText('You have 223 days left.')).toBeVisible();
    await openParts(page);
    await expect(summary.locator('[data-part="about"] .summary__as-of')).toHaveText('Checked as of November 25, 2026. The rules in this check were last reviewed on December 6, 2026.');
    await expect(summary.getByText('Monday, July 5 is a federal holiday: Independence Day (observed).')).toBeVisible();
    await expect(summary.locator('[data-flag="military_refusal_nuance"]')).toBeVisible();
    await expect(summary.locator('[data-ground="military_refusal"]')).toContainText('Gosuslugi');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add this date to my calendar' }).click()]);
    expect(download.suggestedFilename()).toBe('important-date.ics');
    const path = await download.path();
    const ics = await readFile(path, 'utf8');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270706\r\n');
    expect(ics).toContain('\r\nSUMMARY:Important deadline\r\n');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/political|military|visa/i);
  });

  test('may_qualify in Russian: Russian date, plural and calendar file', async ({ page }) => {
    const summary = await walk(page, 'ru', IN_TIME);
    await expect(summary).toHaveAttribute('data-outcome', 'may_qualify');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Возможно, вы можете попросить убежища');
    await expect(summary.locator('time[datetime="2027-07-06"]')).toHaveText('вторник, 6 июля 2027 г.');
    await expect(summary.getByText('Осталось 223 дня.')).toBeVisible();
    await openParts(page);
    await expect(summary.getByText('Понедельник, 5 июля — выходной день вместо федерального праздника: День независимости (Independence Day).')).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Добавить в мой календарь' }).click()]);
    const ics = await readFile(await download.path(), 'utf8');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270706\r\n');
    expect(ics).toContain('SUMMARY:Важный срок\r\n');
  });

  test('deadline_passed in Russian: court hearing first, days ago, expedited removal not shown for an old entry', async ({ page }) => {
    const summary = await walk(page, 'ru', walkOf({
      location: 'in_us',
      minor: 'no',
      grounds: ['lgbt'],
      harm: 'fear_only',
      harmBy: 'government',
      otherCountry: 'no',
      lastArrival: '2024-01-10',
      entry: 'between_ports',
      proceedings: 'yes',
      priorDenial: 'no',
      exceptions: ['none'],
      bars: ['none'],

    }));
    await expect(summary).toHaveAttribute('data-outcome', 'deadline_passed');
    await expect(summary.locator('time[datetime="2025-01-10"]')).toBeVisible();
    await expect(summary.getByText('Это было 684 дня назад.')).toBeVisible();
    await expect(summary.locator('#summary-now')).toContainText('приходите на каждое заседание');
    await expect(summary.locator('#summary-now')).not.toContainText('expedited removal');
    await openParts(page);
    await expect(summary.locator('[data-flag="entry_review"]')).toContainText('Circumvention of Lawful Pathways');
    await expect(summary.getByRole('button', { name: 'Добавить в мой календарь' })).toHaveCount(0);
    await expect(summary.getByText(/Запрет высылки \(withholding of removal\)/)).toBeVisible();
  });

  test('deadline soon in Russian: many-form plural and a recent crossing between ports', async ({ page }) => {
    const summary = await walk(page, 'ru', walkOf({
      location: 'in_us',
      minor: 'no',
      grounds: ['religion'],
      harm: 'past_harm',
      harmBy: 'government',
      otherCountry: 'no',
      lastArrival: '2025-12-20',
      entry: 'between_ports',
      proceedings: 'no',
      priorDenial: 'no',
      bars: ['none'],

    }));
    await expect(summary).toHaveAttribute('data-outcome', 'may_qualify');
    await expect(summary.locator('time[datetime="2026-12-21"]')).toBeVisible();
    await expect(summary.getByText('Осталось 26 дней.')).toBeVisible();
    await expect(summary.locator('#summary-now')).toContainText('expedited removal');
    await openParts(page);
    // Said once: in What to do now, not again as a flag.
    await expect(summary.locator('[data-step="deadlineSoon"]')).toBeVisible();
    await expect(summary.locator('[data-flag="deadline_soon"]')).toHaveCount(0);
    await expect(summary.locator('[data-flag="entry_review"]')).toContainText('Proclamation 10888');
  });

  test('credible_fear in English: no deadline, what to say at the border', async ({ page }) => {
    const summary = await walk(page, 'en', walkOf({
      location: 'at_border',
      minor: 'no',
      grounds: ['political'],
      harm: 'past_harm',
      harmBy: 'government',
      otherCountry: 'no',
      entry: 'other',
      bars: ['none'],

    }));
    await expect(summary).toHaveAttribute('data-outcome', 'credible_fear');
    await expect(summary.locator('time')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'How to ask for protection at the border' })).toBeVisible();
    await expect(summary.locator('[data-flag="entry_review"]')).toContainText('Proclamation 10888');
  });

  test('lawyer_first in Russian and outside_us in English', async ({ page }) => {
    let summary = await walk(page, 'ru', walkOf({
      location: 'in_us',
      minor: 'no',
      grounds: ['political'],
      harm: 'past_harm',
      harmBy: 'government',
      otherCountry: 'no',
      lastArrival: '2026-03-01',
      entry: 'visa',
      proceedings: 'unsure',
      priorDenial: 'no',
      bars: ['prefer_not_say'],
    }));
    await expect(summary).toHaveAttribute('data-outcome', 'lawyer_first');
    await expect(summary.locator('time[datetime="2027-03-01"]')).toBeVisible();
    await expect(summary.getByText('Осталось 96 дней.')).toBeVisible();
    await openParts(page);
    await expect(summary.locator('[data-flag="bars_undisclosed"]')).toBeVisible();
    await expect(summary.locator('[data-step="checkCourt"]')).toBeVisible();

    await page.evaluate(() => sessionStorage.clear());
    summary = await walk(page, 'en', walkOf({
      location: 'outside_us',
      grounds: ['religion'],
      harm: 'past_harm',
      harmBy: 'government',
    }));
    await expect(summary).toHaveAttribute('data-outcome', 'outside_us');
    await expect(summary.locator('time')).toHaveCount(0);
    await openParts(page);
    await expect(summary.getByRole('link', { name: 'U.S. Refugee Admissions Program' }).first()).toBeVisible();
  });
});

test('a Change link goes back to the question and returns to the summary after continuing', async ({ page }) => {
  const summary = await walk(page, 'en', IN_TIME);
  await expect(summary.locator('[data-flag="entry_review"]')).toHaveCount(0);
  await summary.locator('details[data-part="answers"] > summary').click();
  await summary.getByRole('link', { name: /Change.*How you last entered/ }).click();
  await expect(page).toHaveURL(/#\/entry$/);
  await page.locator('input[name="entry"][value="between_ports"]').check();
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/#\/summary$/);
  // Back on the summary, the answers are open and the focus is on the Change link of that answer.
  await expect(summary.locator('details[data-part="answers"]')).toHaveAttribute('open', '');
  await expect(page.locator('#change-entry')).toBeFocused();
  await openParts(page);
  await expect(summary.locator('[data-flag="entry_review"]')).toBeVisible();
  await expect(summary.locator('[data-flag="entry_review"]')).toContainText('Proclamation 10888');
  await expect(summary).toHaveAttribute('data-outcome', 'may_qualify');
});

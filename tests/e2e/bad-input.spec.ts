// bad input. Wrong dates show the localized message next to the field and in a focused error
// summary whose link focuses the field, keeping earlier answers; tampered storage, double clicks and
// frantic back/forward leave the app in a consistent state.
import type { Page } from '@playwright/test';
import {
  SHORT_WALK,
  STORAGE_KEY,
  answer,
  answersOf,
  backLink,
  exact,
  expect,
  expectConsistent,
  expectNothingShown,
  expectShown,
  fill,
  openApp,
  openWithAnswers,
  questionForm,
  start,
  stepUrl,
  test,
  tr,
  urlAndShownStep,
  walk,
  walkUntil,
  type QuestionId,
  type Lang,
} from './helpers';

interface DateCase {
  name: string;
  day: string;
  month: string;
  year: string;
  error: 'required' | 'incomplete' | 'invalid' | 'invalid_day' | 'invalid_month' | 'invalid_year' | 'future' | 'too_early';
  /** The field the error summary link focuses. */
  field: 'day' | 'month' | 'year';
}

// Today is pinned to 25 November 2026.
const DATE_CASES: DateCase[] = [
  { name: '31 February', day: '31', month: '2', year: '2025', error: 'invalid_day', field: 'day' },
  { name: '31 April, the month by name', day: '31', month: 'апреля', year: '2025', error: 'invalid_day', field: 'day' },
  { name: 'a letter O in the day', day: '1O', month: 'март', year: '2025', error: 'invalid_day', field: 'day' },
  { name: 'month 13', day: '10', month: '13', year: '2025', error: 'invalid_month', field: 'month' },
  { name: 'letters that are no month', day: '10', month: 'Mai', year: '2025', error: 'invalid_month', field: 'month' },
  { name: 'a 2-digit year', day: '10', month: '3', year: '25', error: 'invalid_year', field: 'year' },
  { name: 'two fields wrong (the fallback)', day: '40', month: '3', year: '25', error: 'invalid', field: 'day' },
  { name: 'a future date', day: '26', month: '11', year: '2026', error: 'future', field: 'day' },
  { name: 'a date before 1900', day: '31', month: '12', year: '1899', error: 'too_early', field: 'year' },
  { name: 'one field empty', day: '10', month: '', year: '2025', error: 'incomplete', field: 'month' },
  { name: 'all fields empty', day: '', month: '', year: '', error: 'required', field: 'day' },
];

/** Walks to the date question: location … otherCountry answered. */
async function toDateQuestion(page: Page, lang: Lang): Promise<void> {
  await openApp(page, `/?lang=${lang}`);
  await start(page);
  await walk(page, walkUntil(SHORT_WALK, 'lastArrival'));
  await expect(page).toHaveURL(stepUrl('lastArrival'));
}

async function submitDate(page: Page, { day, month, year }: Pick<DateCase, 'day' | 'month' | 'year'>): Promise<void> {
  const form = questionForm(page, 'lastArrival');
  await form.locator('input[name="lastArrival-day"]').fill(day);
  await form.locator('input[name="lastArrival-month"]').fill(month);
  await form.locator('input[name="lastArrival-year"]').fill(year);
  await form.locator('button[type="submit"]').click();
}

async function expectDateError(page: Page, lang: Lang, c: DateCase): Promise<void> {
  const message = tr(lang, `errors.lastArrival.${c.error}`);
  await expect(page).toHaveURL(stepUrl('lastArrival'));
  // Next to the field...
  await expect(page.locator('#lastArrival-error')).toContainText(message);
  await expect(page.locator(`input[name="lastArrival-${c.field}"]`)).toHaveAttribute('aria-invalid', 'true');
  // ...and in the error summary, which has focus and is announced.
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('alert')).toContainText(tr(lang, 'errorSummary.title'));
  const link = summary.getByRole('link', { name: exact(message) });
  await expect(link).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${tr(lang, 'app.errorPrefix').trim()}`));
  // The link moves focus to the field to fix.
  await link.click();
  await expect(page.locator(`input[name="lastArrival-${c.field}"]`)).toBeFocused();
  // What was typed is still there to correct.
  await expect(page.locator('input[name="lastArrival-day"]')).toHaveValue(c.day);
  await expect(page.locator('input[name="lastArrival-year"]')).toHaveValue(c.year);
}

for (const lang of ['en', 'ru'] as const) {
  test(`date: each bad date shows its message by the field and in the focused summary, answers kept (${lang})`, async ({ page }) => {
    await toDateQuestion(page, lang);
    for (const c of DATE_CASES) {
      await test.step(`${c.name} → ${c.error}`, async () => {
        await submitDate(page, c);
        await expectDateError(page, lang, c);
        // Earlier answers are kept.
        await backLink(page).click();
        await expect(page).toHaveURL(stepUrl('otherCountry'));
        await expectShown(page, 'otherCountry', 'no');
        // The bad date was not stored: the date question comes back empty and cannot be skipped.
        await page.goto(`/?lang=${lang}#/entry`);
        await expect(page).toHaveURL(stepUrl('lastArrival'));
        await expectNothingShown(page);
      });
    }
    await backLink(page).click();
    await backLink(page).click();
    await expectShown(page, 'harmBy', 'government');
  });
}

for (const [lang, months] of [
  ['en', [['Oct', 10], ['october.', 10], ['SEPT', 9], ['May', 5]]],
  ['ru', [['окт', 10], ['октября', 10], ['сент.', 9], ['Мая', 5], ['сёнт', 9]]],
] as const) {
  test(`date: month names and abbreviations are accepted (${lang})`, async ({ page }) => {
    await openWithAnswers(page, lang, answersOf(walkUntil(SHORT_WALK, 'lastArrival')), 'lastArrival');
    // The month field takes letters: not a numbers-only keyboard.
    await expect(questionForm(page, 'lastArrival').locator('input[name="lastArrival-month"]')).toHaveAttribute('inputmode', 'text');
    for (const [month, number] of months) {
      await test.step(month, async () => {
        await submitDate(page, { day: '4', month, year: '2025' });
        await expect(page).toHaveURL(stepUrl('entry'));
        await backLink(page).click();
        await expectShown(page, 'lastArrival', `2025-${String(number).padStart(2, '0')}-04`);
      });
    }
  });
}

test('one error after another: each failed submit focuses the error summary again, then a good date passes', async ({ page }) => {
  await openWithAnswers(page, 'en', answersOf(walkUntil(SHORT_WALK, 'lastArrival')), 'lastArrival');
  for (const c of DATE_CASES.slice(1, 4)) {
    await submitDate(page, c);
    await expectDateError(page, 'en', c);
  }
  await submitDate(page, { day: '4', month: '5', year: '2026' });
  await expect(page).toHaveURL(stepUrl('entry'));
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await backLink(page).click();
  await expectShown(page, 'lastArrival', '2026-05-04');
});

test('an empty radio and checkbox question each show their error in the summary and by the field', async ({ page }) => {
  await openApp(page, '/?lang=ru');
  await start(page);
  for (const id of ['location', 'grounds'] as const) {
    await questionForm(page, id).locator('button[type="submit"]').click();
    const message = tr('ru', `errors.${id}.required`);
    await expect(page.locator(`#${id}-error`)).toContainText(message);
    await expect(page.locator('.error-summary')).toBeFocused();
    await page.locator('.error-summary').getByRole('link', { name: exact(message) }).click();
    await expect(page.locator(`input[name="${id}"]`).first()).toBeFocused();
    if (id === 'location') await walk(page, SHORT_WALK.slice(0, 2));
  }
});

// ---------------------------------------------------------------- tampered storage

const DATE_PATH_ANSWERS = { location: 'in_us', minor: 'no', grounds: ['political'], harm: 'past_harm', harmBy: 'government', otherCountry: 'no' };

/** `kept`: the question before the one it lands on, with the stored answer it must still show. */
const TAMPERED: { name: string; stored: string; url: string; lands: string; kept?: [QuestionId, string] }[] = [
  { name: 'invalid JSON', stored: '{"v":1,"answers":{"location":"in_us"', url: '#/minor', lands: 'location' },
  { name: 'a wrong version', stored: JSON.stringify({ v: 99, answers: { location: 'in_us' }, step: 'minor' }), url: '#/minor', lands: 'location' },
  { name: 'invalid codes', stored: JSON.stringify({ v: 1, answers: { location: 'mars', minor: 'no' }, step: 'minor' }), url: '#/minor', lands: 'location' },
  {
    name: 'an exclusive code mixed with others',
    stored: JSON.stringify({ v: 1, answers: { location: 'in_us', minor: 'no', grounds: ['none', 'lgbt'] }, step: 'harm' }),
    url: '#/harm',
    lands: 'grounds', // the bad answer alone is dropped (answers are restored one by one)
    kept: ['minor', 'no'],
  },
  {
    name: 'a future arrival date',
    stored: JSON.stringify({ v: 1, answers: { ...DATE_PATH_ANSWERS, lastArrival: '2027-01-01', entry: 'visa' }, step: 'entry' }),
    url: '#/entry',
    lands: 'lastArrival',
    kept: ['otherCountry', 'no'],
  },
  { name: 'odd shapes (null)', stored: 'null', url: '#/summary', lands: 'location' },
  { name: 'odd shapes (answers as a list)', stored: JSON.stringify({ v: 1, answers: ['in_us'], step: 7 }), url: '#/', lands: 'start' },
  {
    name: 'prototype pollution',
    stored: '{"v":1,"answers":{"__proto__":{"location":"in_us"},"constructor":{"prototype":{"minor":"no"}}},"step":"summary"}',
    url: '#/summary',
    lands: 'location',
  },
];

test('tampered sessionStorage (invalid JSON, wrong version, invalid codes, future date, odd shapes), then reload: no crash, lands safely', async ({ page }) => {
  await openApp(page, '/?lang=en');
  for (const t of TAMPERED) {
    await test.step(t.name, async () => {
      // Tamper with the stored answers and ask for a step in the address, then reload.
      await page.evaluate(
        ({ key, stored, url }) => {
          sessionStorage.setItem(key, stored);
          history.replaceState(null, '', url);
        },
        { key: STORAGE_KEY, stored: t.stored, url: t.url },
      );
      await page.reload();
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('h1')).not.toHaveText(exact(tr('en', 'errorPage.title')));
      await expect(page).toHaveURL(stepUrl(t.lands as 'location'));
      await expectConsistent(page);
      if (t.lands !== 'start') await expectNothingShown(page);
      if (t.kept) {
        // The valid answers survive; only the bad one is dropped.
        await backLink(page).click();
        await expectShown(page, ...t.kept);
      }
      expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).location)).toBeUndefined();
      // And the app still works from there.
      if (t.lands === 'location') await answer(page, 'location', 'outside_us');
    });
  }
});

test('a tampered language preference falls back without a crash', async ({ page }) => {
  await openApp(page, '/');
  await page.evaluate(() => sessionStorage.setItem('asylum-screener-lang', '<img src=x onerror=alert(1)>'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText(exact(tr('en', 'start.title')));
});

// ---------------------------------------------------------------- double clicks and frantic history

test('double-clicking Continue does not skip a question', async ({ page }) => {
  await openApp(page, '/?lang=en');
  // A double click on "Start now" opens the first question without an error.
  await page.locator('.button--start').dblclick();
  await expect(page).toHaveURL(stepUrl('location'));
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await fill(page, 'location', 'in_us');
  await questionForm(page, 'location').locator('button[type="submit"]').dblclick();
  await expect(page).toHaveURL(stepUrl('minor'));
  await expectConsistent(page);

  // The dangerous case: going over answered questions again, where the next page already has an answer.
  await walk(page, SHORT_WALK.slice(1, 4)); // minor, grounds, harm → on harmBy
  for (let i = 0; i < 4; i += 1) await backLink(page).click();
  await expect(page).toHaveURL(stepUrl('location'));
  for (const [id, next] of [
    ['location', 'minor'],
    ['minor', 'grounds'],
    ['grounds', 'harm'],
  ] as const) {
    await questionForm(page, id).locator('button[type="submit"]').dblclick();
    await expect(page).toHaveURL(stepUrl(next));
    await expectConsistent(page);
    // Let a stray second click land, if it were going to.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    await expect(page).toHaveURL(stepUrl(next));
  }
  await expect(page.locator('.error-summary')).toHaveCount(0);
});

test('a very fast Back/Forward sequence ends consistent, with the answers intact', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await start(page);
  await walk(page, SHORT_WALK.slice(0, 7)); // … on entry

  // Fire history moves without waiting for each other.
  const moves = [
    page.goBack({ waitUntil: 'commit', timeout: 5000 }),
    page.goBack({ waitUntil: 'commit', timeout: 5000 }),
    page.goBack({ waitUntil: 'commit', timeout: 5000 }),
    page.goForward({ waitUntil: 'commit', timeout: 5000 }),
    page.goBack({ waitUntil: 'commit', timeout: 5000 }),
    page.goBack({ waitUntil: 'commit', timeout: 5000 }),
    page.goForward({ waitUntil: 'commit', timeout: 5000 }),
  ];
  await Promise.allSettled(moves);
  // Also straight from the page, all in one go.
  await page.evaluate(() => {
    history.back();
    history.back();
    history.forward();
    history.back();
  });
  const settled = await expectConsistent(page);
  // Stable: it stays that way.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  expect(await urlAndShownStep(page)).toBe(`${settled}|${settled}`);

  // Answers intact: walk forward over them with Continue and find each one filled in.
  const order = SHORT_WALK.slice(0, 7).map(([id]) => id as string);
  expect(['start', ...order, 'entry']).toContain(settled);
  if (settled === 'start') await page.locator('.button--start').click();
  let step = await expectConsistent(page);
  while (step !== 'entry') {
    const entry = SHORT_WALK.find(([id]) => id === step);
    if (!entry) throw new Error(`unexpected step ${step}`);
    await expectShown(page, entry[0], entry[1]);
    await questionForm(page, entry[0]).locator('button[type="submit"]').click();
    await page.waitForURL((url) => !stepUrl(entry[0]).test(url.href));
    step = await expectConsistent(page);
  }
  const saved = await page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY);
  expect(JSON.parse(saved ?? '{}')).toMatchObject({ answers: Object.fromEntries(SHORT_WALK.slice(0, 7)) });
});

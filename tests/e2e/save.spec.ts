// "Save and continue later" and "Continue from a saved file" (issue 21, FLOW.md §5), in both languages: a walk
// stopped half-way is saved to a file (the download read from Playwright's download event) and through "Copy
// as text", the tab is left with "Exit this page", and the file (or its pasted text) opened in a fresh browser
// context lands on the same step with the same answers, in the file's language unless the person chose
// another there. A wrong passphrase shows its error and changes nothing; a tab with answers asks before
// replacing them; "Send the file" hands the file to navigator.share (replaced by a recording double: Linux
// Chromium cannot share files). Axe on both pages; no request leaves the app's origin. Each test logs the
// time to make and to open the file (page-side, performance.now()) and the file's size.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
  SHORT_WALK,
  STORAGE_KEY,
  TODAY,
  answersOf,
  appStarted,
  collectRequests,
  expect,
  expectNoAxeViolations,
  expectShown,
  exitButton,
  openApp,
  openWithAnswers,
  start,
  stepUrl,
  test,
  tr,
  walk,
  type Lang,
} from './helpers';

const PASSPHRASE: Record<Lang, string> = { en: 'purple kettle 42 rain', ru: 'зелёный чайник 42 дождь' };
const HALF = SHORT_WALK.slice(0, 6);
const LANDING = SHORT_WALK[6]?.[0] ?? 'summary';
const FILE_NAME = 'notes-2026-11-25.txt';
const other = (lang: Lang): Lang => (lang === 'ru' ? 'en' : 'ru');

/** The saved answers of the tab, as the app keeps them. */
async function tabAnswers(page: Page): Promise<unknown> {
  return page.evaluate((key) => (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { answers?: unknown }).answers, STORAGE_KEY);
}

/** Starts a page-side clock at the form's submit that stops when `done` (a selector) is in the page, or gone from it with `gone`. */
async function timeFromSubmit(page: Page, form: string, done: string, gone = false): Promise<void> {
  await page.evaluate(
    ({ form, done, gone }) => {
      const w = window as unknown as { __ms?: number };
      delete w.__ms;
      document.querySelector(form)?.addEventListener(
        'submit',
        () => {
          const t0 = performance.now();
          const check = () => {
            if (Boolean(document.querySelector(done)) !== gone) {
              w.__ms = performance.now() - t0;
              observer.disconnect();
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { childList: true, subtree: true });
        },
        { once: true },
      );
    },
    { form, done, gone },
  );
}
const elapsed = (page: Page) => page.waitForFunction(() => (window as unknown as { __ms?: number }).__ms).then((h) => h.jsonValue() as Promise<number>);

/** Walks half-way in `lang` and opens "Save and continue later" below Continue. */
async function walkHalfAndOpenSave(page: Page, lang: Lang): Promise<void> {
  await openApp(page, `/?lang=${lang}`);
  await start(page);
  await walk(page, HALF);
  await expect(page).toHaveURL(stepUrl(LANDING));
  await page.getByRole('link', { name: tr(lang, 'save.link'), exact: true }).click();
  await expect(page).toHaveURL(/#\/save$/);
  await expect(page.locator('h1')).toHaveText(tr(lang, 'save.title'));
}

/** Types the passphrase twice and makes the file; returns the page-side time it took (ms). */
async function makeFile(page: Page, lang: Lang, passphrase = PASSPHRASE[lang]): Promise<number> {
  const form = page.locator('#save-form');
  await form.locator('input[name="passphrase"]').fill(passphrase);
  await form.locator('input[name="passphrase-again"]').fill(passphrase);
  await timeFromSubmit(page, '#save-form', '.saved-file__ready');
  await form.getByRole('button', { name: tr(lang, 'save.make') }).click();
  await expect(page.getByRole('heading', { name: tr(lang, 'save.readyTitle') })).toBeFocused();
  return elapsed(page);
}

/** A fresh browser context (no storage, nothing shared with the first), its browser set to `locale`. */
async function freshPage(browser: Browser, baseURL: string | undefined, locale: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ baseURL, locale, timezoneId: 'America/New_York', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  const requests = collectRequests(page);
  await page.clock.setFixedTime(TODAY);
  return { page, errors, requests };
}

/** Opens the file (a path) or its text with the passphrase from the start page's link; returns the page-side time (ms). */
async function openFile(page: Page, lang: Lang, source: { path: string } | { text: string }, passphrase: string): Promise<number> {
  await page.getByRole('link', { name: tr(lang, 'open.link'), exact: true }).click();
  await expect(page).toHaveURL(/#\/open$/);
  const form = page.locator('#open-form');
  if ('path' in source) await form.locator('input[name="answers-file"]').setInputFiles(source.path);
  else await form.locator('textarea[name="answers-text"]').fill(source.text);
  await form.locator('input[name="passphrase"]').fill(passphrase);
  await timeFromSubmit(page, '#open-form', '#open-form', true);
  await form.getByRole('button', { name: tr(lang, 'open.submit') }).click();
  return elapsed(page);
}

/** The file's outer JSON as FLOW.md §5 has it. */
/** Walks half-way, makes the file and copies it with "Copy as text"; returns what the clipboard holds. */
async function walkHalfAndCopyFile(page: Page, context: BrowserContext, lang: Lang): Promise<string> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await walkHalfAndOpenSave(page, lang);
  await makeFile(page, lang);
  await page.getByRole('button', { name: tr(lang, 'save.copy') }).click();
  await expect(page.locator('.saved-file__status')).toHaveText(tr(lang, 'save.copied'));
  return page.evaluate(() => navigator.clipboard.readText());
}

function expectTheFormat(text: string): void {
  expect(text).toMatch(/^\{"f":"sa","v":1,"kdf":"PBKDF2-SHA-256","it":600000,"salt":"[\w-]{22}","iv":"[\w-]{16}","ct":"[\w-]+"\}$/);
  expect(text.toLowerCase()).not.toMatch(/asylum|убежищ/);
}

/** Every request stayed on the app's origin (a download's blob: URL is the page's own). */
function expectSameOrigin(requests: readonly string[], baseURL: string | undefined): void {
  const origin = new URL(baseURL ?? '').origin;
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
}

for (const lang of ['en', 'ru'] as const) {
  test(`save half-way to a file, exit, open it in a fresh browser: the same step and answers, in the file's language (${lang})`, async ({ page, context, browser, baseURL }) => {
    const requests = collectRequests(page);
    await walkHalfAndOpenSave(page, lang);
    await expect(page.getByRole('button', { name: tr(lang, 'save.share') })).toHaveCount(0); // Linux Chromium cannot share files
    const makeMs = await makeFile(page, lang);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: tr(lang, 'save.download') }).click()]);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expectTheFormat(text);
    await expect(page.getByText(tr(lang, 'save.downloadCheck', { name: FILE_NAME.replace(/-/g, '\u2011') }))).toBeVisible();
    expectSameOrigin(requests, baseURL);

    // Leave with "Exit this page" (the neutral site answered here, never fetched).
    await context.route('https://www.google.com/**', (route) => route.fulfill({ body: '<html><body>weather</body></html>', contentType: 'text/html' }));
    await exitButton(page, lang).click();
    await expect(page).toHaveURL(/^https:\/\/www\.google\.com\//);

    // Another browser whose own language is the other one: the file's language wins (nothing was chosen there).
    const fresh = await freshPage(browser, baseURL, other(lang) === 'ru' ? 'ru-RU' : 'en-US');
    await fresh.page.goto('/');
    await appStarted(fresh.page);
    await expect(fresh.page.locator('html')).toHaveAttribute('lang', other(lang));
    const openMs = await openFile(fresh.page, other(lang), { path }, PASSPHRASE[lang]);
    await expect(fresh.page).toHaveURL(stepUrl(LANDING));
    await expect(fresh.page.locator('html')).toHaveAttribute('lang', lang);
    await expect(fresh.page.locator('main h1')).toBeFocused();
    expect(await tabAnswers(fresh.page)).toEqual(answersOf(HALF));
    // The answers show on their questions: Back to the one before.
    await fresh.page.locator('nav a.back-link').click();
    const [lastId, lastValue] = HALF[HALF.length - 1] ?? ['location', ''];
    await expect(fresh.page).toHaveURL(stepUrl(lastId));
    await expectShown(fresh.page, lastId, lastValue);
    expect(fresh.errors).toEqual([]);
    expectSameOrigin(fresh.requests, baseURL);
    console.log(`save.spec (${lang}): made in ${Math.round(makeMs)} ms, opened in ${Math.round(openMs)} ms (page-side, Chromium), file ${Buffer.byteLength(text)} bytes`);
    await fresh.page.context().close();
  });

  test(`save through "Copy as text", paste it in a fresh browser: the same step and answers; a language chosen there stays (${lang})`, async ({ page, context, browser, baseURL }) => {
    const text = await walkHalfAndCopyFile(page, context, lang);
    expectTheFormat(text);

    // The other browser was opened with ?lang= in the file's other language: the person's choice stays.
    const fresh = await freshPage(browser, baseURL, 'en-US');
    await fresh.page.goto(`/?lang=${other(lang)}`);
    await appStarted(fresh.page);
    await openFile(fresh.page, other(lang), { text: `${text}\n` }, PASSPHRASE[lang]);
    await expect(fresh.page).toHaveURL(stepUrl(LANDING));
    await expect(fresh.page.locator('html')).toHaveAttribute('lang', other(lang));
    expect(await tabAnswers(fresh.page)).toEqual(answersOf(HALF));
    expect(fresh.errors).toEqual([]);
    expectSameOrigin(fresh.requests, baseURL);
    await fresh.page.context().close();
  });

  test(`a wrong passphrase is refused and keeps the tab's answers; the right one asks before replacing them (${lang})`, async ({ page, context }) => {
    const text = await walkHalfAndCopyFile(page, context, lang);

    // This tab now holds other answers (two questions), and opens the file.
    const mine = answersOf(SHORT_WALK.slice(0, 2));
    await openWithAnswers(page, lang, mine, SHORT_WALK[2]?.[0] ?? 'grounds');
    await page.evaluate(() => (window.location.hash = '#/open'));
    await expect(page.locator('h1')).toHaveText(tr(lang, 'open.title'));
    const form = page.locator('#open-form');
    await form.locator('textarea[name="answers-text"]').fill(text);
    await form.locator('input[name="passphrase"]').fill('not the passphrase at all');
    await form.getByRole('button', { name: tr(lang, 'open.submit') }).click();
    const wrong = tr(lang, 'open.errors.wrongPassphrase');
    await expect(page.locator('#passphrase-error')).toContainText(wrong);
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page.locator('.error-summary a[href="#passphrase"]')).toHaveText(wrong);
    await expect(page).toHaveTitle(new RegExp(`^${tr(lang, 'app.errorPrefix')}`));
    expect(await tabAnswers(page)).toEqual(mine);
    await expectNoAxeViolations(page, `the open page with an error (${lang})`);

    // The right passphrase: asked first; No keeps this tab's answers.
    await form.locator('input[name="passphrase"]').fill(PASSPHRASE[lang]);
    await form.getByRole('button', { name: tr(lang, 'open.submit') }).click();
    await expect(page.locator('h1')).toHaveText(tr(lang, 'open.replaceTitle'));
    await expect(page.locator('h1')).toBeFocused();
    expect(await tabAnswers(page)).toEqual(mine);
    await expectNoAxeViolations(page, `the open page asking before replacing (${lang})`);
    await page.getByRole('link', { name: tr(lang, 'open.replaceNo') }).click();
    await expect(page).toHaveURL(stepUrl(SHORT_WALK[2]?.[0] ?? 'grounds'));
    expect(await tabAnswers(page)).toEqual(mine);

    // Again, and Yes: the file's answers, on its step.
    await page.evaluate(() => (window.location.hash = '#/open'));
    await form.locator('textarea[name="answers-text"]').fill(text);
    await form.locator('input[name="passphrase"]').fill(PASSPHRASE[lang]);
    await form.getByRole('button', { name: tr(lang, 'open.submit') }).click();
    await page.getByRole('button', { name: tr(lang, 'open.replaceYes') }).click();
    await expect(page).toHaveURL(stepUrl(LANDING));
    expect(await tabAnswers(page)).toEqual(answersOf(HALF));
  });

  test(`"Send the file" hands the file to the browser's share sheet (a recording double); axe on the save page (${lang})`, async ({ page }) => {
    await page.addInitScript(() => {
      const shared: { name: string; type: string; text: string }[] = [];
      (window as unknown as { __shared: typeof shared }).__shared = shared;
      Object.defineProperty(navigator, 'canShare', { value: (data?: ShareData) => Array.isArray(data?.files) && data.files.length > 0, configurable: true });
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          for (const file of data.files ?? []) shared.push({ name: file.name, type: file.type, text: await file.text() });
        },
        configurable: true,
      });
    });
    await walkHalfAndOpenSave(page, lang);
    await expectNoAxeViolations(page, `the save page (${lang})`);
    // The checks of the form: each message next to its field and in the summary.
    await page.locator('#save-form input[name="passphrase"]').fill('short');
    await page.locator('#save-form input[name="passphrase-again"]').fill('other');
    await page.getByRole('button', { name: tr(lang, 'save.make') }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page.locator('#passphrase-error')).toBeVisible();
    await expect(page.locator('#passphrase-again-error')).toContainText(tr(lang, 'save.errors.mismatch'));
    await expectNoAxeViolations(page, `the save page with errors (${lang})`);
    await makeFile(page, lang);
    await expectNoAxeViolations(page, `the save page with the file made (${lang})`);
    await page.getByRole('button', { name: tr(lang, 'save.share') }).click();
    const shared = await page.waitForFunction(() => {
      const s = (window as unknown as { __shared: { name: string; type: string; text: string }[] }).__shared;
      return s.length > 0 ? s : null;
    });
    const [file] = (await shared.jsonValue()) as { name: string; type: string; text: string }[];
    expect(file?.name).toBe(FILE_NAME);
    expect(file?.type).toBe('text/plain');
    expectTheFormat(file?.text ?? '');
  });
}

test('axe on the open page (both languages); the start page links to it below Start', async ({ page }) => {
  for (const lang of ['en', 'ru'] as const) {
    await openApp(page, `/?lang=${lang}`);
    const startBox = await page.locator('.button--start').boundingBox();
    const linkBox = await page.getByRole('link', { name: tr(lang, 'open.link'), exact: true }).boundingBox();
    expect(linkBox && startBox && linkBox.y + 1 >= startBox.y).toBe(true);
    await page.getByRole('link', { name: tr(lang, 'open.link'), exact: true }).click();
    await expect(page.locator('h1')).toHaveText(tr(lang, 'open.title'));
    await expectNoAxeViolations(page, `the open page (${lang})`);
  }
});

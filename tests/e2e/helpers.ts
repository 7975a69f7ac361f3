// Shared helpers for the browser tests: a pinned clock, walking the questionnaire by
// name/value attributes, reading expected text from the locale files at test time (others rewrite the
// wording concurrently), and recording network requests.
import type { Answers } from '../../flows/asylum/answers';
import { localCalendarDate } from '../../flows/asylum/dates';
import type { QuestionId } from '../../flows/asylum/questions';
import { EVERY_QUESTION_ANSWERS, completeAnswers } from '../../flows/asylum/testing/fixtures';
import { flowPath } from '../../flows/asylum/testing/flowRules';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

export { expect };

export type Lang = 'en' | 'ru';

/** The app reads today's local date at start: every test pins it first. */
export const TODAY = new Date('2026-11-25T12:00:00');

export const STORAGE_KEY = 'asylum-screener';
export const LANGUAGE_KEY = 'asylum-screener-lang';

/** Every test fails on an uncaught page error or a console error (a CSP violation shows up there). */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && new URL(page.url()).hostname === '127.0.0.1') errors.push(`console: ${message.text()}`);
      });
      await use(errors);
      expect(errors, 'no page errors or console errors').toEqual([]);
    },
    { auto: true },
  ],
});

// ---------------------------------------------------------------- locale text, read at test time

const localeCache = new Map<string, Record<string, unknown>>();

function localeFile(lang: Lang, ns: string): Record<string, unknown> {
  const path = fileURLToPath(new URL(`../../locales/${lang}/${ns}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function lookup(lang: Lang, ns: string, path: string): unknown {
  const cacheKey = `${lang}/${ns}`;
  let data = localeCache.get(cacheKey);
  if (!data) {
    try {
      data = localeFile(lang, ns);
    } catch {
      return undefined;
    }
    localeCache.set(cacheKey, data);
  }
  let value: unknown = data;
  for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return value;
}

/**
 * The text of `key` in `lang` (translation namespace unless `ns:` is given), with {{vars}} filled in.
 * A section moved into its own namespace ('privacy.title' → privacy.json 'title') is found there too.
 */
export function tr(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['translation', key];
  let value = lookup(lang, ns, path);
  if (value === undefined && ns === 'translation' && path.includes('.')) {
    const [section = '', ...rest] = path.split('.');
    value = lookup(lang, section, rest.join('.'));
  }
  if (typeof value !== 'string') throw new Error(`No string at ${lang}:${key}`);
  return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** A regular expression matching `text` exactly (after trimming), for toHaveText / name matching. */
export function exact(text: string): RegExp {
  const escaped = text.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`^\\s*${escaped}\\s*$`);
}

// ---------------------------------------------------------------- steps and answers

export type { QuestionId };
export type Step = 'start' | QuestionId | 'summary';

/** TODAY as the app reads it: the local calendar date. */
export const TODAY_ISO = localCalendarDate(TODAY);

/** A radio code, a list of checkbox codes, or a date 'YYYY-MM-DD' (or, as its declaration allows, 'YYYY-MM' or 'unknown'). */
export type AnswerValue = string | readonly string[];
export type Walk = readonly (readonly [QuestionId, AnswerValue])[];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The walk these answers make: the questions of the path (the independent oracle, testing/flowRules.ts)
 * in order, each with its answer; a question the answers do not mention gets the typical answer
 * (testing/fixtures.ts), so a question added to the registry needs no line in any walk.
 */
export function walkOf(answers: Answers): Walk {
  const complete = completeAnswers(answers, TODAY_ISO);
  return flowPath(complete, TODAY_ISO).map((id) => [id, complete[id] as AnswerValue]);
}

/** The part of a walk before question `id` (to open the app on `id` with those answers saved). */
export function walkUntil(answers: Walk, id: QuestionId): Walk {
  const index = answers.findIndex(([q]) => q === id);
  if (index < 0) throw new Error(`${id} is not on this walk`);
  return answers.slice(0, index);
}

/**
 * The progress line's numbers along a walk: "Question N", N counting the questions so far. There is no
 * total: the path grows as answers open branches, and a total that moves misleads.
 */
export function progressAlong(answers: Walk): number[] {
  return answers.map((_, i) => i + 1);
}

/** The top band's bottom edge (px from the top of the viewport): "the first screen" starts below it. */
export async function bandBottom(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('.top-band')?.getBoundingClientRect().bottom ?? 0);
}

/** The longest path (relocation and exceptions asked), ending in `may_qualify_exception` (deadline passed, an exception ticked). */
export const FULL_WALK_EN: Walk = walkOf(EVERY_QUESTION_ANSWERS);
export const FULL_WALK_EN_OUTCOME = 'may_qualify_exception';

/** The longest path, ending in `deadline_passed`. */
export const FULL_WALK_RU: Walk = walkOf({
  location: 'in_us',
  minor: 'no',
  grounds: ['lgbt', 'religion'],
  harm: 'fear_only',
  harmBy: 'non_state_uncontrolled',
  relocation: 'no',
  otherCountry: 'no',
  lastArrival: '2024-03-10',
  entry: 'parole',
  proceedings: 'no',
  priorDenial: 'no',
  exceptions: ['none'],
  bars: ['none'],
});
export const FULL_WALK_RU_OUTCOME = 'deadline_passed';
/** The one-year deadline of an arrival on 2024-03-10 (a Monday, no holiday). */
export const FULL_WALK_DEADLINE = '2025-03-10';

/** A short walk (in the U.S., government harm, arrived in time) used where the path itself does not matter. */
export const SHORT_WALK: Walk = walkOf({
  location: 'in_us',
  minor: 'no',
  grounds: ['political'],
  harm: 'past_harm',
  harmBy: 'government',
  otherCountry: 'no',
  lastArrival: '2026-05-04',
  entry: 'visa',
  proceedings: 'no',
  priorDenial: 'no',
  bars: ['none'],
});

export function hashOf(step: Step | 'privacy' | 'glossary' | 'start-again'): string {
  return step === 'start' ? '#/' : `#/${step}`;
}

/** Matches the page URL of a step (its hash at the very end). */
export function stepUrl(step: Step | 'privacy' | 'glossary' | 'start-again'): RegExp {
  return new RegExp(`${hashOf(step).replace('/', '\\/')}$`);
}

/**
 * Opens the privacy or glossary page from the footer and waits for its heading in `lang`: these pages load
 * lazily, so checking them or clicking their own footer earlier would act on a page that is still moving.
 */
export async function openFooterPage(page: Page, which: 'privacy' | 'glossary', lang: Lang): Promise<void> {
  await page.locator(`footer a[href="${hashOf(which)}"]`).click();
  await expect(page).toHaveURL(stepUrl(which));
  await expect(page.locator('h1')).toHaveText(exact(tr(lang, which === 'privacy' ? 'privacy.title' : 'glossary:title')));
}

/** Opens the app with the clock pinned to TODAY. `path` is e.g. '/?lang=ru' or '/#/location'. */
export async function openApp(page: Page, path = '/?lang=en'): Promise<void> {
  await page.clock.setFixedTime(TODAY);
  await page.goto(path);
  await appStarted(page);
}

/**
 * The app has taken over the HTML prerendered at build time (it hydrates or replaces it after the first
 * paint, and removes #root's data-prerendered): until then Start and Back move between the prerendered
 * pages, but no answer is taken.
 */
export async function appStarted(page: Page): Promise<void> {
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
}

/**
 * Opens the app on `step` with `answers` already saved in this tab (as the app saves them), to start a
 * test deep in the walk without clicking through it.
 */
export async function openWithAnswers(page: Page, lang: Lang, answers: Record<string, unknown>, step: Step): Promise<void> {
  await openApp(page, `/?lang=${lang}`);
  await page.evaluate(
    ({ key, value, hash }) => {
      sessionStorage.setItem(key, JSON.stringify(value));
      history.replaceState(null, '', hash);
    },
    { key: STORAGE_KEY, value: { v: 1, answers, step }, hash: hashOf(step) },
  );
  await page.reload();
  await expect(page).toHaveURL(stepUrl(step));
  await appStarted(page);
}

/** The answers of a walk as the app stores them. */
export function answersOf(walkAnswers: Walk): Record<string, unknown> {
  return Object.fromEntries(walkAnswers.map(([id, value]) => [id, value]));
}

/** The form of question `id`. */
export function questionForm(page: Page, id: QuestionId): Locator {
  return page.locator('form', { has: page.locator(`input[name="${id}"], input[name="${id}-month"]`) });
}

const ISO_MONTH = /^(\d{4})-(\d{2})$/;
/** A date question's other answers, as its declaration allows: 'unknown' ticks `<id>-unknown`, 'YYYY-MM' ticks `<id>-dayUnknown`. */
const dateBox = (value: string) => (value === 'unknown' ? 'unknown' : ISO_MONTH.test(value) ? 'dayUnknown' : null);

export function dateParts(iso: string): { day: string; month: string; year: string } {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  return { year: m[1] ?? '', month: String(Number(m[2])), day: String(Number(m[3])) };
}

/** Sets the controls of question `id` to `value`, without submitting. */
export async function fill(page: Page, id: QuestionId, value: AnswerValue): Promise<void> {
  const form = questionForm(page, id);
  if (Array.isArray(value)) {
    const ticked = await checkedCodes(page, id);
    for (const code of ticked) {
      if (!value.includes(code)) await form.locator(`input[type="checkbox"][name="${id}"][value="${code}"]`).uncheck();
    }
    for (const code of value) await form.locator(`input[type="checkbox"][name="${id}"][value="${code}"]`).check();
  } else if (typeof value === 'string' && ISO_DATE.test(value)) {
    const parts = dateParts(value);
    await form.locator(`input[name="${id}-day"]`).fill(parts.day);
    await form.locator(`input[name="${id}-month"]`).fill(parts.month);
    await form.locator(`input[name="${id}-year"]`).fill(parts.year);
  } else if (typeof value === 'string' && dateBox(value)) {
    await form.locator(`input[name="${id}-${dateBox(value)}"]`).check();
    const month = ISO_MONTH.exec(value);
    if (month) {
      await form.locator(`input[name="${id}-month"]`).fill(String(Number(month[2])));
      await form.locator(`input[name="${id}-year"]`).fill(month[1] ?? '');
    }
  } else {
    await form.locator(`input[type="radio"][name="${id}"][value="${String(value)}"]`).check();
  }
}

/** The codes ticked on question `id` (radios or checkboxes), in page order. */
export async function checkedCodes(page: Page, id: QuestionId): Promise<string[]> {
  return questionForm(page, id)
    .locator(`input[name="${id}"]:checked`)
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** Answers question `id` (which must be the current step) and submits; waits until the step changes. */
export async function answer(page: Page, id: QuestionId, value: AnswerValue, { onStep = false } = {}): Promise<void> {
  if (!onStep) await expect(page).toHaveURL(stepUrl(id));
  await fill(page, id, value);
  const url = stepUrl(id);
  await questionForm(page, id).locator('button[type="submit"]').click();
  await page.waitForURL((u) => !url.test(u.href));
}

/** Answers each question in turn; `each` runs on every question page before it is answered. */
export async function walk(page: Page, answers: Walk, each?: (id: QuestionId) => Promise<void>): Promise<void> {
  for (const [id, value] of answers) {
    await expect(page).toHaveURL(stepUrl(id));
    await expect(questionForm(page, id)).toBeVisible();
    if (each) await each(id);
    await answer(page, id, value, { onStep: true });
  }
}

/** Opens the app on TODAY in `lang`, starts, answers each question in order and returns the summary. */
export async function walkToSummary(page: Page, lang: Lang, answers: Walk): Promise<Locator> {
  await openApp(page, `/?lang=${lang}`);
  await start(page);
  await walk(page, answers);
  await expect(page).toHaveURL(stepUrl('summary'));
  const summary = page.locator('#summary');
  await expect(summary.locator('h1')).toBeVisible();
  return summary;
}

/** Opens every folded part of the summary (as a person would: by clicking each part's heading). */
export async function openParts(page: Page): Promise<void> {
  const closed = page.locator('#summary details:not([open]) > summary');
  for (let n = await closed.count(); n > 0; n = await closed.count()) await closed.first().click();
}

/** Clicks the start page's start button (the only `.button--start`). */
export async function start(page: Page): Promise<void> {
  await expect(page).toHaveURL(/#\/$|\/(\?lang=\w+)?$/);
  await page.locator('.button--start').click();
  await expect(page).toHaveURL(stepUrl('location'));
}

/** Asserts that the controls of `id` show `value` (radios / checkboxes checked, date fields filled). */
export async function expectShown(page: Page, id: QuestionId, value: AnswerValue): Promise<void> {
  const form = questionForm(page, id);
  if (Array.isArray(value)) {
    await expect(form).toBeVisible();
    const order = await form.locator(`input[name="${id}"]`).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const wanted = order.filter((code) => value.includes(code));
    expect(wanted, `${id}: every expected code is an option`).toHaveLength(value.length);
    await expect.poll(() => checkedCodes(page, id), { message: `${id} ticked` }).toEqual(wanted);
  } else if (typeof value === 'string' && ISO_DATE.test(value)) {
    const parts = dateParts(value);
    await expect(form.locator(`input[name="${id}-day"]`)).toHaveValue(parts.day);
    await expect(form.locator(`input[name="${id}-month"]`)).toHaveValue(parts.month);
    await expect(form.locator(`input[name="${id}-year"]`)).toHaveValue(parts.year);
  } else if (typeof value === 'string' && dateBox(value)) {
    await expect(form.locator(`input[name="${id}-${dateBox(value)}"]`)).toBeChecked();
    const month = ISO_MONTH.exec(value);
    if (month) await expect(form.locator(`input[name="${id}-month"]`)).toHaveValue(String(Number(month[2])));
  } else {
    await expect(form.locator(`input[type="radio"][name="${id}"][value="${String(value)}"]`)).toBeChecked();
  }
}

/** Asserts that nothing is selected or typed on the current question page. */
export async function expectNothingShown(page: Page): Promise<void> {
  await expect(page.locator('form input:checked')).toHaveCount(0);
  for (const input of await page.locator('form input[type="text"]').all()) await expect(input).toHaveValue('');
}

/** The step the address bar names and the step the page shows, read together in the page. */
export async function urlAndShownStep(page: Page): Promise<string> {
  return page.evaluate(() => {
    const step = window.location.hash.replace(/^#\/?/, '') || 'start';
    const forms = Array.from(document.querySelectorAll('main form'));
    let shown: string;
    if (document.getElementById('summary')) shown = 'summary';
    else if (document.querySelector('main .button--start')) shown = 'start';
    else if (forms.length === 1) shown = forms[0]?.querySelector('input')?.name.replace(/-(day|month|year)$/, '') ?? 'form without inputs';
    else shown = `${forms.length} forms`;
    return `${step}|${shown}`;
  });
}

/** The step the URL names and the page shown must agree (and settle); returns that step. */
export async function expectConsistent(page: Page): Promise<Step> {
  await expect.poll(() => urlAndShownStep(page), { message: 'URL step | shown step' }).toMatch(/^(\w+)\|\1$/);
  return (await urlAndShownStep(page)).split('|')[0] as Step;
}

/** The in-page Back link (above the question). */
export function backLink(page: Page): Locator {
  return page.locator('nav a.back-link');
}

export function languageSwitch(page: Page, from: Lang): Locator {
  return page.getByRole('link', { name: tr(from, 'language.switchTo'), exact: true });
}

export function exitButton(page: Page, lang: Lang): Locator {
  return page.getByRole('button', { name: tr(lang, 'exit.button'), exact: true });
}

/** What the tab keeps: cookies, localStorage and sessionStorage. */
export async function storageOf(page: Page): Promise<{ cookie: string; local: Record<string, string>; session: Record<string, string> }> {
  return page.evaluate(() => {
    const dump = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i) ?? '').map((k) => [k, s.getItem(k) ?? '']));
    return { cookie: document.cookie, local: dump(localStorage), session: dump(sessionStorage) };
  });
}

/** Records the URL of every request the page makes from now on. */
export function collectRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

// ---------------------------------------------------------------- accessibility

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe with the WCAG 2.2 AA tag set and fails with a readable list of violations. Legacy mode runs
 * axe in the page itself instead of finishing each run in a new blank page (3× cheaper); it checks the
 * same rules, and covers everything because the app has no frames (asserted).
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  expect(page.frames(), 'the app has no frames').toHaveLength(1);
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
  const readable = result.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(readable, `axe violations on ${label}`).toEqual([]);
}

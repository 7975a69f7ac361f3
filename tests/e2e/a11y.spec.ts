// axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) finds nothing on the start page, every question
// page, error states, the summary, and the privacy and glossary pages, in both languages; and again on
// a 360-px phone screen.
import {
  FULL_WALK_EN,
  FULL_WALK_EN_OUTCOME,
  FULL_WALK_RU,
  FULL_WALK_RU_OUTCOME,
  SHORT_WALK,
  exact,
  expect,
  expectNoAxeViolations,
  answersOf,
  openApp,
  openFooterPage,
  openWithAnswers,
  questionForm,
  start,
  test,
  tr,
  walk,
  walkUntil,
  type Lang,
} from './helpers';

const WALKS = { en: [FULL_WALK_EN, FULL_WALK_EN_OUTCOME], ru: [FULL_WALK_RU, FULL_WALK_RU_OUTCOME] } as const;

for (const lang of ['en', 'ru'] as const satisfies readonly Lang[]) {
  const [answers, outcome] = WALKS[lang];
  const half = 7;

  test(`axe: start page and questions 1–${half} (${lang})`, async ({ page }) => {
    await openApp(page, `/?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectNoAxeViolations(page, `start (${lang})`);
    await start(page);
    const checked: string[] = [];
    await walk(page, answers.slice(0, half), async (id) => {
      await expect(page.locator('h1')).toHaveText(exact(tr(lang, `questions.${id}.title`)));
      await expectNoAxeViolations(page, `${id} (${lang})`);
      checked.push(id);
    });
    expect(checked).toEqual(answers.slice(0, half).map(([id]) => id));
  });

  test(`axe: questions ${half + 1}–${answers.length} and the summary (${lang})`, async ({ page }) => {
    // Questions 1–7 were answered through the pages in the test before: start from there.
    await openWithAnswers(page, lang, answersOf(answers.slice(0, half)), answers[half]?.[0] ?? 'summary');
    const checked: string[] = [];
    await walk(page, answers.slice(half), async (id) => {
      await expect(page.locator('h1')).toHaveText(exact(tr(lang, `questions.${id}.title`)));
      await expectNoAxeViolations(page, `${id} (${lang})`);
      checked.push(id);
    });
    expect(checked).toEqual(answers.slice(half).map(([id]) => id));
    await expect(page.locator('#summary')).toHaveAttribute('data-outcome', outcome);
    await expectNoAxeViolations(page, `summary (${lang})`);
    // A "Why we ask this" disclosure, opened.
    await page.goto(`/?lang=${lang}#/bars`);
    await page.locator('details summary').click();
    await expect(page.locator('details')).toHaveAttribute('open', '');
    await expectNoAxeViolations(page, `bars with "why we ask" open (${lang})`);
  });

  test(`axe: error states, privacy and glossary pages (${lang})`, async ({ page }) => {
    await openApp(page, `/?lang=${lang}`);
    await start(page);
    await questionForm(page, 'location').locator('button[type="submit"]').click();
    await expect(page.locator('.error-summary')).toContainText(tr(lang, 'errors.location.required'));
    await expectNoAxeViolations(page, `location error (${lang})`);
    await openWithAnswers(page, lang, answersOf(walkUntil(SHORT_WALK, 'lastArrival')), 'lastArrival');
    // An invalid date: the error summary, the message and single fields marked.
    const form = questionForm(page, 'lastArrival');
    await form.locator('input[name="lastArrival-day"]').fill('1');
    await form.locator('input[name="lastArrival-month"]').fill('1');
    await form.locator('input[name="lastArrival-year"]').fill('25');
    await form.locator('button[type="submit"]').click();
    await expect(page.locator('.error-summary')).toContainText(tr(lang, 'errors.lastArrival.invalid_year'));
    await expectNoAxeViolations(page, `lastArrival invalid (${lang})`);

    await openFooterPage(page, 'privacy', lang);
    await expectNoAxeViolations(page, `privacy (${lang})`);
    await openFooterPage(page, 'glossary', lang);
    await expectNoAxeViolations(page, `glossary (${lang})`);
    // The Start again confirmation (from the start page, with answers kept in this tab).
    await page.goto(`/?lang=${lang}#/`);
    await page.locator('a[href="#/start-again"]').click();
    await expect(page.locator('h1')).toHaveText(exact(tr(lang, 'startAgain.title')));
    await expectNoAxeViolations(page, `start again confirmation (${lang})`);
  });

  test(`axe at 360 × 640: start page and a question (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await openApp(page, `/?lang=${lang}`);
    await expectNoAxeViolations(page, `start at 360 px (${lang})`);
    await start(page);
    await walk(page, SHORT_WALK.slice(0, 2));
    await expectNoAxeViolations(page, `grounds at 360 px (${lang})`);
  });
}

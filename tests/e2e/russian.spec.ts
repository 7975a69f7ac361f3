// Russian as a first-class language: on a 360-px phone, the longest question page and the summary fit
// the screen with nothing sticking out sideways, and the glossary is reachable from the start page in
// both languages. Screenshots go to test-results/ so a person can look at them.
import { expect, test, type Page } from '@playwright/test';
import ruTranslation from '../../locales/ru/translation.json' with { type: 'json' };
import { TODAY, answer, appStarted, walkOf, type Walk } from './helpers';

const WIDTH = 360;

test.use({ viewport: { width: WIDTH, height: 740 }, locale: 'ru-RU' });

/**
 * The longest path (in the U.S., arrival over a year ago so `exceptions` is asked, a non-state persecutor
 * so `relocation` is asked), giving the summary many flags.
 */
const ALL_QUESTIONS_PATH: Walk = walkOf({
  location: 'in_us',
  minor: 'no',
  grounds: ['political', 'military_refusal'],
  harm: 'past_harm',
  harmBy: 'non_state_uncontrolled',
  relocation: 'no',
  otherCountry: 'no',
  lastArrival: '2024-01-15',
  entry: 'between_ports',
  proceedings: 'unsure',
  priorDenial: 'no',
  exceptions: ['changed_circumstances', 'maintained_status'],
  bars: ['none'],
});

type Questions = Record<string, { title: string; hint?: string; options?: Record<string, string> }>;

/** The question with the most Russian text (title, hint, options and "why we ask"). */
function longestRussianQuestion(): string {
  const questions = ruTranslation.questions as Questions;
  const why = ruTranslation.whyWeAsk as Record<string, string>;
  const length = (id: string) => {
    const q = questions[id];
    if (!q) return 0;
    return q.title.length + (q.hint ?? '').length + Object.values(q.options ?? {}).join('').length + (why[id] ?? '').length;
  };
  return Object.keys(questions).reduce((a, b) => (length(b) > length(a) ? b : a));
}

/** Starts in Russian and answers questions until `stopAt` is shown (or the summary, when undefined). */
async function goTo(page: Page, stopAt?: string) {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/?lang=ru');
  await appStarted(page); // the walk below answers questions, which only the app does
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByRole('button', { name: 'Начать', exact: true }).click();
  for (const [id, value] of ALL_QUESTIONS_PATH) {
    if (id === stopAt) {
      await expect(page).toHaveURL(new RegExp(`#/${id}$`));
      return;
    }
    await answer(page, id, value);
  }
  await expect(page).toHaveURL(/#\/summary$/);
  await expect(page.locator('#summary')).toBeVisible();
}

/** Everything that sticks out past the right edge of the viewport (visible elements only). */
async function overflowing(page: Page): Promise<{ scrollWidth: number; offenders: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // Visually hidden text (1 px, clipped) is for screen readers and cannot stick out.
      if (rect.width <= 1 && rect.height <= 1) continue;
      if (rect.right > width + 0.5) {
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).join('.')}` : ''}`;
        offenders.push(`${name} right=${Math.round(rect.right)} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, offenders };
  });
}

/**
 * Words split across two lines in the middle of their letters (e.g. «или» shown as «ил» / «и» in a box
 * too narrow for it): long Russian words must wrap between words, not inside them. URLs, e-mail
 * addresses and file names may break anywhere, so words with '/', '@' or an inner '.' are left out.
 */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent?.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      if (parent.closest('.visually-hidden, script, style')) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s\u00a0]+/g)) {
        const word = match[0];
        if (/[/@]|\w\.\w/.test(word)) continue;
        // Letter runs only: a break after a hyphen or a dash is a normal place to wrap.
        for (const run of word.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
          const range = document.createRange();
          const start = (match.index ?? 0) + (run.index ?? 0);
          range.setStart(node, start);
          range.setEnd(node, start + run[0].length);
          const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${run[0]} (in "${text.trim().slice(0, 40)}")`);
        }
      }
    }
    return broken;
  });
}

async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, offenders } = await overflowing(page);
  expect(offenders).toEqual([]);
  expect(scrollWidth).toBeLessThanOrEqual(WIDTH);
  expect(await brokenWords(page)).toEqual([]);
}

/** No raw i18n key (e.g. "questions.grounds.title") or English fallback text on a Russian page. */
async function expectRussianText(page: Page) {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/\b(questions|errors|outcomes|flags|holidays|summary|terms)\.[a-zA-Z_]+\.[a-zA-Z_]/);
  expect(text).toMatch(/[а-яё]{4,}/i);
}

test('the longest Russian question page fits a 360-px screen, with its error and "why we ask" open', async ({ page }, testInfo) => {
  const id = longestRussianQuestion();
  await goTo(page, id);
  const question = (ruTranslation.questions as Questions)[id];
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question?.title ?? '');
  const why = page.locator('details');
  if ((await why.count()) > 0) await why.locator('summary').click();
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectRussianText(page);
  await page.screenshot({ path: testInfo.outputPath(`ru-360-question-${id}.png`), fullPage: true });
  await expectNoHorizontalOverflow(page);
});

test('every Russian question page fits a 360-px screen', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/?lang=ru');
  await appStarted(page); // the walk below answers questions, which only the app does
  await page.getByRole('button', { name: 'Начать', exact: true }).click();
  for (const [id, value] of ALL_QUESTIONS_PATH) {
    await expect(page).toHaveURL(new RegExp(`#/${id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText((ruTranslation.questions as Questions)[id]?.title ?? '');
    await expectNoHorizontalOverflow(page);
    await answer(page, id, value);
  }
  await expect(page).toHaveURL(/#\/summary$/);
});

test('the Russian summary fits a 360-px screen', async ({ page }, testInfo) => {
  await goTo(page);
  await page.screenshot({ path: testInfo.outputPath('ru-360-summary.png'), fullPage: true });
  await expectNoHorizontalOverflow(page);
  await expectRussianText(page);
});

test('the glossary is reachable from the start page in Russian, and fits a 360-px screen', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/?lang=ru');
  await page.getByRole('main').getByRole('link', { name: 'Юридические термины' }).click();
  await expect(page).toHaveURL(/#\/glossary$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Юридические термины');
  const terms = page.locator('.glossary__list dt');
  await expect(terms).toHaveCount(21);
  await expect(terms.first()).toContainText('Убежище');
  await expect(terms.first().locator('[lang="en"]')).toHaveText('(asylum)');
  await expect(page.locator('#term-notario dd')).toContainText('аккредитованный представитель');
  await expectRussianText(page);
  await page.screenshot({ path: testInfo.outputPath('ru-360-glossary.png'), fullPage: true });
  await expectNoHorizontalOverflow(page);

  // Switching language on the glossary shows the English glossary at once.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal terms explained');
  await expect(terms).toHaveCount(21);
});

test('the glossary is reachable from the start page in English', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('main').getByRole('link', { name: 'Legal terms explained' }).click();
  await expect(page).toHaveURL(/#\/glossary$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal terms explained');
  const terms = page.locator('.glossary__list dt');
  await expect(terms).toHaveCount(21);
  await expect(terms.first()).toHaveText('Asylum');
  await expect(page.locator('#term-uscis dt')).toContainText('U.S. Citizenship and Immigration Services');
  await expect(page.locator('main')).not.toContainText('terms.');
  // The footer link leads there too, and "Back" returns to the start page.
  await page.getByRole('link', { name: 'Back to the questions' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Legal terms explained' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal terms explained');
  await expectNoHorizontalOverflow(page);
});

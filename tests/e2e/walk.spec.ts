// full walks to the summary in each language, with the progress line, the page title and the
// focus checked on every step, and a walk on a 360-px phone screen with no sideways scrolling.
import {
  FULL_WALK_DEADLINE,
  FULL_WALK_EN,
  FULL_WALK_EN_OUTCOME,
  FULL_WALK_RU,
  FULL_WALK_RU_OUTCOME,
  bandBottom,
  expect,
  exact,
  exitButton,
  openApp,
  openFooterPage,
  progressAlong,
  questionForm,
  start,
  test,
  tr,
  walk,
  walkOf,
  type Lang,
  type QuestionId,
  type Walk,
} from './helpers';

async function fullWalk(page: import('@playwright/test').Page, lang: Lang, answers: Walk, outcome: string) {
  await openApp(page, `/?lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('h1')).toHaveText(exact(tr(lang, 'start.title')));
  await expect(page).toHaveTitle(exact(tr(lang, 'app.title')));
  await start(page);

  const seenProgress: string[] = [];
  const expectedProgress = progressAlong(answers);
  let index = 0;
  await walk(page, answers, async (id: QuestionId) => {
    const number = expectedProgress[index] ?? 0;
    index += 1;
    const h1 = page.locator('h1');
    await expect(h1).toHaveText(exact(tr(lang, `questions.${id}.title`)));
    // Focus moves to the question after every step change.
    await expect(h1).toBeFocused();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // The progress line counts the questions so far, with no total that could move as answers open branches.
    const progress = tr(lang, 'progress', { number });
    const line = questionForm(page, id).locator('.progress');
    await expect(line).toHaveText(exact(progress));
    expect((await line.textContent())?.match(/\d+/g), 'one number: no total').toEqual([String(number)]);
    seenProgress.push(progress);
    // The title carries the question number, never its topic (someone may glance at the tab bar).
    await expect(page).toHaveTitle(exact(tr(lang, 'app.titleQuestion', { number })));
    const title = await page.title();
    expect(title).not.toContain(tr(lang, `questions.${id}.title`));
    for (const code of ['political', 'lgbt', 'military_refusal']) expect(title).not.toContain(tr(lang, `questions.grounds.options.${code}`));
  });
  expect(new Set(seenProgress).size).toBe(answers.length);

  await expect(page).toHaveURL(/#\/summary$/);
  const summary = page.locator('#summary');
  await expect(summary).toHaveAttribute('data-outcome', outcome);
  await expect(summary.locator(`time[datetime="${FULL_WALK_DEADLINE}"]`).first()).toBeVisible();
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  // Every answer is listed, in the folded answers part, with a Change link back to its question.
  await summary.locator('details[data-part="answers"] > summary').click();
  for (const [id] of answers) await expect(summary.locator(`a[href="#/${id}"]`).first()).toBeVisible();
}

test('a full walk in Russian reaches the summary (?lang=ru)', async ({ page }) => {
  await fullWalk(page, 'ru', FULL_WALK_RU, FULL_WALK_RU_OUTCOME);
});

test('a full walk in English reaches the summary', async ({ page }) => {
  await fullWalk(page, 'en', FULL_WALK_EN, FULL_WALK_EN_OUTCOME);
});

test('a walk outside the U.S. skips the U.S.-only questions', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await start(page);
  await walk(page, walkOf({ location: 'outside_us', grounds: ['political'], harm: 'past_harm', harmBy: 'government' }));
  await expect(page).toHaveURL(/#\/summary$/);
  await expect(page.locator('#summary')).toHaveAttribute('data-outcome', 'outside_us');
  await expect(page.locator('#summary time[datetime]')).toHaveCount(0);
});

test('at 360 × 640: a full walk with no horizontal scroll, and Exit this page in the top band on every page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const lang = 'ru';
  const check = async (where: string) => {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `sideways scroll on ${where}`).toBeLessThanOrEqual(innerWidth);
    // "Exit this page" stays on screen at the top, in the band, at the top of the page and scrolled to the
    // bottom; where and how it covers nothing is checked in layout.spec.ts.
    for (const scroll of ['top', 'bottom'] as const) {
      await page.evaluate((to) => window.scrollTo(0, to === 'top' ? 0 : document.documentElement.scrollHeight), scroll);
      const button = exitButton(page, lang);
      await expect(button, `${where} (${scroll})`).toBeInViewport({ ratio: 1 });
      const box = await button.boundingBox();
      if (!box) throw new Error(`no exit button on ${where}`);
      expect(box.y + box.height, `${where} (${scroll}): in the top band`).toBeLessThanOrEqual(await bandBottom(page));
      expect(box.height, 'a thumb-sized target').toBeGreaterThanOrEqual(44);
      const onTop = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('.exit-this-page') != null,
        { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      );
      expect(onTop, `${where} (${scroll}): the exit button is covered`).toBe(true);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  };

  await openApp(page, `/?lang=${lang}`);
  await check('start');
  await start(page);
  // An error state, with its long messages.
  await questionForm(page, 'location').locator('button[type="submit"]').click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await check('error state');
  await walk(page, FULL_WALK_RU, async (id) => {
    await check(id);
    // Continue is fully on screen horizontally.
    const submit = questionForm(page, id).locator('button[type="submit"]');
    await submit.scrollIntoViewIfNeeded();
    const box = await submit.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  });
  await expect(page.locator('#summary')).toHaveAttribute('data-outcome', FULL_WALK_RU_OUTCOME);
  await check('summary');
  await openFooterPage(page, 'privacy', lang);
  await check('privacy');
  await openFooterPage(page, 'glossary', lang);
  await check('glossary');
});

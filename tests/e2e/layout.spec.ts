// The page as a thumb and a frightened person meet it (issue 13), at 360 × 740 and 320 × 640, in both
// languages, on every page of a long walk: "Exit this page" sits in the sticky top band and never over a
// control (at the top, scrolled so that Continue is in view, and at the bottom, the centre of every visible
// control is that control); Continue is on the first screen on every question page but at most two
// (computed from the walks, which come from the flow); Start is on the start page's first screen; a
// focused element is never hidden under the band; and without scripts the exit link still leaves.
import type { Page } from '@playwright/test';
import {
  FULL_WALK_EN,
  FULL_WALK_RU,
  answersOf,
  bandBottom,
  expect,
  openApp,
  openFooterPage,
  openWithAnswers,
  questionForm,
  start,
  test,
  tr,
  walk,
  walkOf,
  walkUntil,
  type Lang,
  type QuestionId,
  type Walk,
} from './helpers';

const NEUTRAL = /^https:\/\/www\.google\.com\//;
const SIZES = [
  { width: 360, height: 740 },
  { width: 320, height: 640 },
] as const;
const LONG_WALKS: Record<Lang, Walk> = { en: FULL_WALK_EN, ru: FULL_WALK_RU };
/** Someone at the border: the questions whose words change there (minor, entry). */
const BORDER_WALK: Walk = walkOf({ location: 'at_border', minor: 'no', grounds: ['political'], harm: 'past_harm', harmBy: 'government', entry: 'parole' });
/** FLOW.md §3: Continue is on the first screen on every question page but at most this many. */
const MAX_PAGES_WITHOUT_CONTINUE = 2;

/**
 * Problems on the page as it is scrolled now: the band not at the top, the exit control outside it, and
 * every control whose centre is on screen below the band but is not what a tap there hits.
 */
async function coverProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (el: Element | null) =>
      el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} «${(el.textContent ?? '').trim().slice(0, 30)}»` : 'nothing';
    const problems: string[] = [];
    const band = document.querySelector('.top-band');
    const exit = document.querySelector('.exit-this-page__button');
    if (!band || !exit) return ['no top band or no exit control'];
    const bandRect = band.getBoundingClientRect();
    if (Math.abs(bandRect.top) > 0.5 || bandRect.width < window.innerWidth - 1) problems.push(`band at ${bandRect.top}, ${bandRect.width} wide`);
    const exitRect = exit.getBoundingClientRect();
    if (exitRect.top < bandRect.top || exitRect.bottom > bandRect.bottom) problems.push('the exit control is outside the band');
    const exitHit = document.elementFromPoint(exitRect.left + exitRect.width / 2, exitRect.top + exitRect.height / 2);
    if (!exitHit || !exit.contains(exitHit)) problems.push(`the exit control is covered by ${name(exitHit)}`);
    for (const el of document.querySelectorAll('button, a[href], input, select, textarea, summary, label')) {
      if (band.contains(el) || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      // An inline link may wrap: its first line box is what a finger aims at.
      const rect = el.getClientRects()[0];
      if (!rect || rect.width < 2 || rect.height < 2) continue;
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      // On screen, and not scrolled beneath the band (the band covers content only as a page header does).
      if (x < 0 || x > window.innerWidth || y <= bandRect.bottom || y >= window.innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === el || el.contains(hit))) problems.push(`${name(el)} at (${Math.round(x)}, ${Math.round(y)}) is under ${name(hit)}`);
    }
    return problems;
  });
}

/** Checks the page at the top, scrolled so that Continue (if any) is just in view, and at the bottom. */
async function expectNothingCovered(page: Page, where: string): Promise<void> {
  const submit = page.locator('main form button[type="submit"]');
  const positions: [string, () => Promise<void>][] = [
    ['top', () => page.evaluate(() => window.scrollTo(0, 0))],
    [
      'Continue in view',
      async () => {
        if ((await submit.count()) === 0) return;
        await page.evaluate(() => {
          const button = document.querySelector('main form button[type="submit"]');
          if (button) window.scrollBy(0, button.getBoundingClientRect().bottom - window.innerHeight + 4);
        });
      },
    ],
    ['bottom', () => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))],
  ];
  for (const [position, scroll] of positions) {
    await scroll();
    expect(await coverProblems(page), `${where}, ${position}`).toEqual([]);
    if ((await submit.count()) > 0 && position === 'Continue in view') {
      const box = await submit.boundingBox();
      if (!box) throw new Error(`no Continue on ${where}`);
      const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('button[type="submit"]') != null, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
      expect(hit, `${where}: a tap on the middle of Continue is Continue`).toBe(true);
    }
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Whether Continue is on the first screen (scroll 0, below the band, within the viewport). */
async function continueOnFirstScreen(page: Page): Promise<boolean> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.locator('main form button[type="submit"]').boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.y >= (await bandBottom(page)) && box.y + box.height <= viewport.height;
}

for (const lang of ['ru', 'en'] as const) {
  for (const size of SIZES) {
    test(`${size.width} × ${size.height} (${lang}): on every page of a long walk the exit control is in the top band and covers no control`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      await openApp(page, `/?lang=${lang}`);
      await expectNothingCovered(page, 'start');
      await start(page);
      await questionForm(page, 'location').locator('button[type="submit"]').click();
      await expect(page.locator('.error-summary')).toBeVisible();
      await expectNothingCovered(page, 'location with an error');
      await walk(page, LONG_WALKS[lang], async (id) => {
        await expectNothingCovered(page, id);
      });
      await expect(page.locator('#summary')).toBeVisible();
      await expectNothingCovered(page, 'summary');
      await page.getByRole('button', { name: tr(lang, 'nav.startAgain'), exact: true }).click();
      await expect(page).toHaveURL(/#\/start-again$/);
      await expectNothingCovered(page, 'start again confirmation');
      await page.goBack();
      await openFooterPage(page, 'privacy', lang);
      await expectNothingCovered(page, 'privacy');
      await openFooterPage(page, 'glossary', lang);
      await expectNothingCovered(page, 'glossary');
    });
  }
}

test('360 × 740: Continue is on the first screen on every question page but at most two, in Russian and English', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(SIZES[0]);
  const without = new Set<QuestionId>();
  const seen: string[] = [];
  for (const lang of ['ru', 'en'] as const) {
    for (const walkAnswers of [LONG_WALKS[lang], BORDER_WALK]) {
      for (const [id] of walkAnswers) {
        await openWithAnswers(page, lang, answersOf(walkUntil(walkAnswers, id)), id);
        seen.push(`${lang}:${id}`);
        if (!(await continueOnFirstScreen(page))) without.add(id);
      }
    }
  }
  expect(seen.length, 'every question of the walks was looked at').toBeGreaterThan(20);
  expect(without.size, `question pages whose Continue is below the first screen: ${[...without].join(', ')}`).toBeLessThanOrEqual(MAX_PAGES_WITHOUT_CONTINUE);
});

for (const lang of ['ru', 'en'] as const) {
  test(`360 × 740 (${lang}): the start page's Start is on the first screen, and the Shift hint is not shown on a touch screen`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: SIZES[0], hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await openApp(page, `/?lang=${lang}`);
    const box = await page.locator('.button--start').boundingBox();
    if (!box) throw new Error('no Start button');
    expect(box.y, 'below the band').toBeGreaterThanOrEqual(await bandBottom(page));
    expect(box.y + box.height, 'within the first 740 px').toBeLessThanOrEqual(740);
    await expect(page.locator('.keyboard-only')).toBeHidden();
    await context.close();
  });
}

test('a keyboard shows the Shift hint, and a focused control is never hidden under the band (scroll-padding-top)', async ({ page }) => {
  await page.setViewportSize(SIZES[0]);
  await openApp(page, '/?lang=ru');
  await expect(page.locator('.keyboard-only')).toBeVisible();
  await openWithAnswers(page, 'ru', answersOf(walkUntil(FULL_WALK_RU, 'grounds')), 'grounds');
  await questionForm(page, 'grounds').locator('button[type="submit"]').focus();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  // Backwards through the checkboxes to the top of the form: each focused control shows below the band.
  for (let i = 0; i < 9; i += 1) {
    await page.keyboard.press('Shift+Tab');
    const top = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1);
    expect(top, `focused control ${i + 1} below the band`).toBeGreaterThanOrEqual(await bandBottom(page));
  }
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });

  test('the exit link is at the top of the page and still leaves for the neutral site', async ({ page, context }) => {
    await context.route('https://www.google.com/**', (route) => route.fulfill({ body: '<html><body>weather</body></html>', contentType: 'text/html' }));
    await page.setViewportSize(SIZES[1]);
    await page.goto('/');
    // Nothing knows the language without scripts: one exit link for each language, both in the band.
    for (const lang of ['ru', 'en'] as const) {
      const exit = page.getByRole('button', { name: tr(lang, 'exit.button'), exact: true });
      await expect(exit).toBeVisible();
      await expect(exit).toHaveAttribute('href', NEUTRAL);
      const box = await exit.boundingBox();
      expect(box && box.y + box.height <= (await bandBottom(page)), `${lang} link in the band`).toBe(true);
    }
    const link = page.getByRole('button', { name: tr('en', 'exit.button'), exact: true });
    await link.click();
    await expect(page).toHaveURL(NEUTRAL);
  });
});

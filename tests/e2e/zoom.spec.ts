// a 320-px-wide screen with text at 200 % (the root font size doubled): no horizontal scrolling
// on the start page, the longest question pages, an error state and the summary, in both languages.
import type { Page } from '@playwright/test';
import { FULL_WALK_RU, answersOf, expect, openApp, openWithAnswers, test, type Lang } from './helpers';

test.use({ viewport: { width: 320, height: 640 } });

async function doubleText(page: Page): Promise<void> {
  // CSSOM, not an inline <style>: the app's CSP forbids inline styles.
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
}

async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden, .skip-link'))
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} in ${el.parentElement?.tagName ?? ""}.${el.parentElement?.className ?? ""} right=${Math.round(el.getBoundingClientRect().right)} "${(el.textContent ?? "").slice(0, 30)}"`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
  });
  expect(overflow.wide, `${label}: elements beyond the right edge`).toEqual([]);
  expect(overflow.scrollWidth, `${label}: page scroll width`).toBeLessThanOrEqual(overflow.width);
}

for (const lang of ['ru', 'en'] as Lang[]) {
  test(`320 px and 200 % text in ${lang}: start, long questions, an error, the summary`, async ({ page }) => {
    await openApp(page, `/?lang=${lang}`);
    await doubleText(page);
    await expectNoHorizontalScroll(page, 'start');

    const answers = answersOf(FULL_WALK_RU);
    for (const step of ['grounds', 'lastArrival', 'exceptions', 'bars'] as const) {
      await openWithAnswers(page, lang, answers, step);
      await doubleText(page);
      await expectNoHorizontalScroll(page, step);
    }
    await openWithAnswers(page, lang, {}, 'location');
    await doubleText(page);
    await page.locator('button[type="submit"]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoHorizontalScroll(page, 'error state');

    await openWithAnswers(page, lang, answers, 'summary');
    await doubleText(page);
    await expect(page.locator('#summary')).toBeVisible();
    await expectNoHorizontalScroll(page, 'summary');
  });
}

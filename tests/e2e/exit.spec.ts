// "Exit this page". The button and Shift pressed 3 times replace the page with a neutral site
// and wipe the answers, so that Back shows nothing; keyboard-layout shortcuts (Alt+Shift, Ctrl+Shift)
// do not exit; the button is in reach on a 360 × 640 phone on every page.
import type { BrowserContext, Page } from '@playwright/test';
import {
  SHORT_WALK,
  answer,
  answersOf,
  expect,
  expectConsistent,
  expectNothingShown,
  expectShown,
  exitButton,
  openApp,
  openWithAnswers,
  questionForm,
  start,
  stepUrl,
  test,
  tr,
  walk,
  walkUntil,
  type Lang,
} from './helpers';

const NEUTRAL = /^https:\/\/www\.google\.com\//;

async function routeNeutralSite(context: BrowserContext): Promise<void> {
  await context.route('https://www.google.com/**', (route) =>
    route.fulfill({ body: '<html><body>weather</body></html>', contentType: 'text/html' }),
  );
}

/** After an exit: Back returns to the app, which shows no answer and keeps nothing. */
async function expectNothingLeftAfterBack(page: Page, lang: Lang): Promise<void> {
  await page.goBack();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\//);
  await expect(page.locator('h1')).toBeVisible();
  await expectConsistent(page);
  await expect(page).toHaveURL(stepUrl('location'));
  await expectNothingShown(page);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  // The previous answers are really gone: the next question starts empty too.
  await questionForm(page, 'location').locator('input[value="in_us"]').check();
  await questionForm(page, 'location').locator('button[type="submit"]').click();
  await expect(page).toHaveURL(stepUrl('minor'));
  await expectNothingShown(page);
  await expect(exitButton(page, lang)).toBeVisible();
}

test('the Exit this page button goes to the neutral site, and Back shows no answers', async ({ page, context }) => {
  await routeNeutralSite(context);
  await openApp(page, '/?lang=en');
  await start(page);
  await walk(page, SHORT_WALK.slice(0, 3)); // on harm
  await expect(exitButton(page, 'en')).toHaveAttribute('href', NEUTRAL);

  await exitButton(page, 'en').click();
  await expect(page).toHaveURL(NEUTRAL);
  await expect(page.locator('body')).toHaveText('weather');
  await expectNothingLeftAfterBack(page, 'en');
});

test('pressing Shift 3 times exits, in Russian, to a Russian neutral search', async ({ page, context }) => {
  await routeNeutralSite(context);
  await openApp(page, '/?lang=ru');
  await start(page);
  await walk(page, SHORT_WALK.slice(0, 2)); // on grounds
  await expect(exitButton(page, 'ru')).toBeVisible();

  await page.keyboard.press('Shift');
  await expect(page.getByRole('status').filter({ hasText: tr('ru', 'exit.pressTwoMore') })).toBeAttached();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL);
  expect(decodeURIComponent(page.url())).toContain('погода');
  await expectNothingLeftAfterBack(page, 'ru');
});

test('Shift 3 times also exits while typing in a date field', async ({ page, context }) => {
  await routeNeutralSite(context);
  await openWithAnswers(page, 'en', answersOf(walkUntil(SHORT_WALK, 'otherCountry')), 'otherCountry');
  await answer(page, 'otherCountry', 'no'); // so that there is a page of the app to go back to
  await questionForm(page, 'lastArrival').locator('input[name="lastArrival-day"]').focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL);
  await expectNothingLeftAfterBack(page, 'en');
});

test('Alt+Shift and Ctrl+Shift pressed 3 times (switching keyboard layout) do not exit', async ({ page, context }) => {
  await routeNeutralSite(context);
  let left = false;
  page.on('request', (request) => {
    if (NEUTRAL.test(request.url())) left = true;
  });
  await openApp(page, '/?lang=ru');
  await start(page);
  await walk(page, SHORT_WALK.slice(0, 2)); // on grounds

  for (const modifier of ['Alt', 'Control'] as const) {
    for (let i = 0; i < 3; i += 1) {
      // Modifier first (the usual layout shortcut), then Shift first.
      await page.keyboard.down(modifier);
      await page.keyboard.press('Shift');
      await page.keyboard.up(modifier);
      await page.keyboard.down('Shift');
      await page.keyboard.press(modifier);
      await page.keyboard.up('Shift');
    }
  }
  // Typing a capital letter (Shift+letter) is not a Shift press either.
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift+B');

  // None of those counted: a plain Shift now is the first of three.
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status').filter({ hasText: tr('ru', 'exit.pressTwoMore') })).toBeAttached();
  await expect(page).toHaveURL(stepUrl('grounds'));
  await expect(page.locator('body')).not.toHaveClass(/exiting/);
  await expectConsistent(page);
  await page.locator('nav a.back-link').click();
  await expectShown(page, 'minor', 'no');
  expect(left).toBe(false);
});

// The exit button's thumb reach at 360 × 640 on every page is checked in walk.spec.ts, on the phone walk.

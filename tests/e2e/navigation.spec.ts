// moving around. Browser back/forward, reload, unknown and unreachable steps in the URL, the
// in-page Back link and Start again.
import {
  SHORT_WALK,
  STORAGE_KEY,
  answer,
  backLink,
  expect,
  expectConsistent,
  expectNothingShown,
  expectShown,
  exact,
  openApp,
  questionForm,
  start,
  stepUrl,
  storageOf,
  test,
  tr,
  walk,
  walkOf,
} from './helpers';

test('the browser back button returns to the previous question with its answer, and forward works', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await start(page);
  await walk(page, SHORT_WALK.slice(0, 4)); // location, minor, grounds, harm → on harmBy

  await expect(page).toHaveURL(stepUrl('harmBy'));
  await page.goBack();
  await expect(page).toHaveURL(stepUrl('harm'));
  await expectShown(page, 'harm', 'past_harm');
  await expect(page.locator('h1')).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(stepUrl('grounds'));
  await expectShown(page, 'grounds', ['political']);
  await page.goBack();
  await expect(page).toHaveURL(stepUrl('minor'));
  await expectShown(page, 'minor', 'no');

  await page.goForward();
  await expect(page).toHaveURL(stepUrl('grounds'));
  await expectShown(page, 'grounds', ['political']);
  await expect(page.locator('h1')).toBeFocused();
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(stepUrl('harmBy'));
  await expectConsistent(page);
  await expectNothingShown(page);

  // Going back from the first question reaches the start page, which offers to continue.
  for (let i = 0; i < 5; i += 1) await page.goBack();
  await expect(page).toHaveURL(stepUrl('start'));
  await expect(page.locator('.button--start')).toHaveText(tr('en', 'start.continue'));
});

test('a reload keeps the answers and the step', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await start(page);
  await walk(page, SHORT_WALK.slice(0, 7)); // … lastArrival → on entry
  await expect(page).toHaveURL(stepUrl('entry'));
  // A half-made choice is not an answer yet.
  await questionForm(page, 'entry').locator('input[value="visa"]').check();

  await page.reload();
  await expect(page).toHaveURL(stepUrl('entry'));
  await expectConsistent(page);
  await expect(page.locator('h1')).toHaveText(tr('en', 'questions.entry.title'));

  await backLink(page).click();
  await expect(page).toHaveURL(stepUrl('lastArrival'));
  await expectShown(page, 'lastArrival', '2026-05-04');
  await backLink(page).click();
  await expectShown(page, 'otherCountry', 'no');

  // After the reload the walk goes on where it was.
  await answer(page, 'otherCountry', 'no');
  await answer(page, 'lastArrival', '2026-05-04');
  await expect(page).toHaveURL(stepUrl('entry'));
});

test('an unknown step in the URL lands on the first open step (URL corrected)', async ({ page }) => {
  await openApp(page, '/?lang=en#/nonsense');
  await expect(page).toHaveURL(stepUrl('location'));
  await expectConsistent(page);
});

test('the summary on a fresh visit is not reachable: it lands on the first question', async ({ page }) => {
  await openApp(page, '/?lang=en#/summary');
  await expect(page).toHaveURL(stepUrl('location'));
  await expect(page.locator('#summary')).toHaveCount(0);
  await expectConsistent(page);
});

test('a question before its turn (#/bars before location) lands on the first open step', async ({ page }) => {
  await openApp(page, '/?lang=ru#/bars');
  await expect(page).toHaveURL(stepUrl('location'));
  await expectConsistent(page);

  // Also within a visit: typing a later step, a step off the path, or nonsense into the address bar.
  await answer(page, 'location', 'in_us');
  for (const wanted of ['bars', 'summary', 'exceptions', 'nonsense', 'lastArrival']) {
    await page.goto(`/?lang=ru#/${wanted}`);
    await expect(page).toHaveURL(stepUrl('minor'));
    await expectConsistent(page);
  }
  // A step already reached is allowed.
  await page.goto('/?lang=ru#/location');
  await expect(page).toHaveURL(stepUrl('location'));
  await expectShown(page, 'location', 'in_us');
});

test('the in-page Back link goes to the previous question with its answer, then to the start page', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await start(page);
  await walk(page, SHORT_WALK.slice(0, 3)); // on harm
  await expect(backLink(page)).toHaveText(tr('en', 'nav.back'));

  await backLink(page).click();
  await expect(page).toHaveURL(stepUrl('grounds'));
  await expectShown(page, 'grounds', ['political']);
  await expect(page.locator('h1')).toBeFocused();
  await backLink(page).click();
  await expect(page).toHaveURL(stepUrl('minor'));
  await expectShown(page, 'minor', 'no');
  await backLink(page).click();
  await backLink(page).click();
  await expect(page).toHaveURL(stepUrl('start'));
  await expect(backLink(page)).toHaveCount(0);

  // "Continue where you left off" goes to the first question still open.
  await expect(page.locator('.button--start')).toHaveText(tr('en', 'start.continue'));
  await page.locator('.button--start').click();
  await expect(page).toHaveURL(stepUrl('harm'));
  await expect(page.locator('h1')).toBeFocused();

  // Changing an earlier answer to another branch skips what no longer applies.
  for (let i = 0; i < 3; i += 1) await backLink(page).click();
  await answer(page, 'location', 'outside_us');
  await expect(page).toHaveURL(stepUrl('grounds'));
  await expectShown(page, 'grounds', ['political']);
  await backLink(page).click();
  await expect(page).toHaveURL(stepUrl('location'));
});

/** The Start again control: the summary's button, or the start page's link beside Continue. */
function startAgain(page: import('@playwright/test').Page, lang: 'en' | 'ru') {
  const name = tr(lang, 'nav.startAgain');
  return page.getByRole('button', { name, exact: true }).or(page.getByRole('link', { name, exact: true }));
}

test('Start again from the summary asks first: Cancel keeps every answer and the step, Yes wipes them', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await start(page);
  await walk(page, walkOf({ location: 'outside_us', grounds: ['political'], harm: 'neither' }));
  await expect(page.locator('#summary')).toBeVisible();
  const before = (await storageOf(page)).session[STORAGE_KEY];

  // Cancel: back on the summary, every answer kept.
  await startAgain(page, 'en').click();
  await expect(page).toHaveURL(stepUrl('start-again'));
  await expect(page.locator('h1')).toHaveText(exact(tr('en', 'startAgain.title')));
  await expect(page.locator('main')).toContainText(tr('en', 'startAgain.body'));
  await page.getByRole('link', { name: tr('en', 'startAgain.cancel'), exact: true }).click();
  await expect(page).toHaveURL(stepUrl('summary'));
  await expect(page.locator('#summary')).toHaveAttribute('data-outcome', 'outside_us');
  expect((await storageOf(page)).session[STORAGE_KEY]).toBe(before);
  await backLink(page).click();
  await expectShown(page, 'harm', 'neither');
  await answer(page, 'harm', 'neither');

  // Yes: everything goes.
  await startAgain(page, 'en').click();
  await page.getByRole('button', { name: tr('en', 'startAgain.yes'), exact: true }).click();
  await expect(page).toHaveURL(stepUrl('start'));
  await expect(page.locator('.button--start')).toHaveText(tr('en', 'start.button'));
  const stored = (await storageOf(page)).session[STORAGE_KEY];
  expect(stored === undefined || !/outside_us|political|neither/.test(stored), `stored after Start again: ${stored}`).toBe(true);

  // Nothing comes back: not by starting, not by the back button, not by a reload.
  await start(page);
  await expectNothingShown(page);
  await page.goBack();
  await page.goBack();
  await expectConsistent(page);
  await page.goto('/?lang=en#/summary');
  await expect(page).toHaveURL(stepUrl('location'));
  await page.reload();
  await expect(page).toHaveURL(stepUrl('location'));
  await expectNothingShown(page);
});

test('no question page offers Start again; on the start page it asks first, and Cancel keeps the answers', async ({ page }) => {
  await openApp(page, '/?lang=ru');
  await start(page);
  await walk(page, SHORT_WALK.slice(0, 4), async () => {
    await expect(page.getByText(tr('ru', 'nav.startAgain'), { exact: true })).toHaveCount(0);
  });
  await expect(page.getByText(tr('ru', 'nav.startAgain'), { exact: true })).toHaveCount(0);
  await page.goto('/?lang=ru#/');
  await expect(page.locator('.button--start')).toHaveText(tr('ru', 'start.continue'));
  await startAgain(page, 'ru').click();
  await expect(page.locator('h1')).toHaveText(exact(tr('ru', 'startAgain.title')));
  await page.getByRole('link', { name: tr('ru', 'startAgain.cancel'), exact: true }).click();
  await expect(page).toHaveURL(stepUrl('start'));
  await page.locator('.button--start').click();
  await expect(page).toHaveURL(stepUrl(SHORT_WALK[4]?.[0] ?? 'summary'));
  await backLink(page).click();
  await expectShown(page, SHORT_WALK[3]?.[0] ?? 'harmBy', SHORT_WALK[3]?.[1] ?? '');
  // Yes from the start page: the start page again, with nothing to continue.
  await page.goto('/?lang=ru#/');
  await startAgain(page, 'ru').click();
  await page.getByRole('button', { name: tr('ru', 'startAgain.yes'), exact: true }).click();
  await expect(page).toHaveURL(stepUrl('start'));
  await expect(page.locator('.button--start')).toHaveText(tr('ru', 'start.button'));
  await start(page);
  await expectNothingShown(page);
});


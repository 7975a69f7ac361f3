// switching Russian ⇄ English keeps the answers and the step,
// and sets <html lang>; an unknown ?lang falls back without a crash.
import {
  SHORT_WALK,
  backLink,
  exact,
  expect,
  expectConsistent,
  expectShown,
  languageSwitch,
  openApp,
  openFooterPage,
  questionForm,
  start,
  stepUrl,
  test,
  tr,
  walk,
  walkOf,
} from './helpers';

test('switching language mid-walk keeps the answers, the step and a half-made choice, and sets <html lang>', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await start(page);
  await walk(page, SHORT_WALK.slice(0, 3)); // on harm
  await questionForm(page, 'harm').locator('input[value="fear_only"]').check();

  const toRussian = languageSwitch(page, 'en');
  await expect(toRussian).toHaveAttribute('lang', 'ru');
  await toRussian.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page).toHaveURL(stepUrl('harm'));
  await expect(page.locator('h1')).toHaveText(exact(tr('ru', 'questions.harm.title')));
  await expect(page.locator('label[for]').first()).toHaveText(exact(tr('ru', 'questions.harm.options.past_harm')));
  await expect(page).toHaveTitle(exact(tr('ru', 'app.titleQuestion', { number: 4 })));
  await expectShown(page, 'harm', 'fear_only');
  // The switch now offers English, in English.
  const toEnglish = languageSwitch(page, 'ru');
  await expect(toEnglish).toHaveAttribute('lang', 'en');
  // Quick exit, in Russian: a name beginning with «Уйти» or «Выйти».
  await expect(page.getByRole('button', { name: /^(Уйти|Выйти)/ })).toBeVisible();
  await expect(page.getByRole('button', { name: tr('ru', 'exit.button'), exact: true })).toBeVisible();

  await backLink(page).click();
  await expect(page).toHaveURL(stepUrl('grounds'));
  await expectShown(page, 'grounds', ['political']);
  await expect(page.locator('h1')).toHaveText(exact(tr('ru', 'questions.grounds.title')));
  await backLink(page).click();
  await expectShown(page, 'minor', 'no');

  await toEnglish.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(stepUrl('minor'));
  await expectShown(page, 'minor', 'no');
  await expect(page.locator('h1')).toHaveText(exact(tr('en', 'questions.minor.title')));

  // The choice of language survives a reload in this tab (and ?lang= was dropped from the address).
  await toRussian.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page).toHaveURL(stepUrl('minor'));
  await expectShown(page, 'minor', 'no');
});

test('an error message switches language with the page', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await start(page);
  await questionForm(page, 'location').locator('button[type="submit"]').click();
  await expect(page.locator('.error-summary')).toContainText(tr('en', 'errors.location.required'));
  await languageSwitch(page, 'en').click();
  await expect(page.locator('.error-summary')).toContainText(tr('ru', 'errors.location.required'));
  await expect(page.locator('#location-error')).toContainText(tr('ru', 'errors.location.required'));
  await expect(page).toHaveTitle(exact(tr('ru', 'app.errorPrefix') + tr('ru', 'app.titleQuestion', { number: 1 })));
});

test('switching language on the summary keeps the outcome and the answers', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await start(page);
  await walk(page, walkOf({ location: 'outside_us', grounds: ['religion'], harm: 'neither' }));
  const summary = page.locator('#summary');
  await expect(summary).toHaveAttribute('data-outcome', 'outside_us');
  await languageSwitch(page, 'en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page).toHaveURL(stepUrl('summary'));
  await expect(summary).toHaveAttribute('data-outcome', 'outside_us');
  await expect(summary).toContainText(tr('ru', 'questions.location.options.outside_us'));
  await expect(summary).toContainText(tr('ru', 'questions.grounds.options.religion'));
  await summary.locator('details[data-part="answers"] > summary').click();
  await expect(summary.locator('a[href="#/harm"]').first()).toBeVisible();
});

test('switching language on the start, privacy and glossary pages', async ({ page }) => {
  await openApp(page, '/?lang=ru');
  await expect(page.locator('h1')).toHaveText(exact(tr('ru', 'start.title')));
  await languageSwitch(page, 'ru').click();
  await expect(page.locator('h1')).toHaveText(exact(tr('en', 'start.title')));
  await expect(page).toHaveURL(stepUrl('start'));

  await openFooterPage(page, 'privacy', 'en');
  await languageSwitch(page, 'en').click();
  await expect(page.locator('h1')).toHaveText(exact(tr('ru', 'privacy.title')));
  await expect(page).toHaveURL(stepUrl('privacy'));

  await openFooterPage(page, 'glossary', 'ru');
  await languageSwitch(page, 'ru').click();
  await expect(page.locator('h1')).toHaveText(exact(tr('en', 'glossary:title')));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an unknown ?lang=xx falls back to the browser language (English) without a crash', async ({ page }) => {
  await openApp(page, '/?lang=xx');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText(exact(tr('en', 'start.title')));
  await start(page);
  await expectConsistent(page);
});

test.describe('with a Russian browser', () => {
  test.use({ locale: 'ru-RU' });

  test('no ?lang gives Russian, and an unknown ?lang=xx falls back to Russian', async ({ page }) => {
    await openApp(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await openApp(page, '/?lang=xx#/location');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveText(exact(tr('ru', 'questions.location.title')));
    // ?lang=en wins over the browser.
    await page.goto('/?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

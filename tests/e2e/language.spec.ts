// switching Russian ⇄ English keeps the answers and the step,
// and sets <html lang>; an unknown ?lang falls back without a crash.
import {
  SHORT_WALK,
  appStarted,
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
  type Lang,
  type QuestionId,
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

// Issue 25: the switch drops ?lang= from the address (replaceState), so the entries before it differ from the
// current one in more than the hash: Back fires popstate but no hashchange. Every entry must still show its
// own step, with its answer, in the language chosen last: ?lang= decides only on a fresh navigation, not
// on a reload or a Back/Forward load when the tab holds a choice.
for (const from of ['en', 'ru'] as const) {
  const to: Lang = from === 'en' ? 'ru' : 'en';
  for (const reload of [false, true]) {
    test(`from ?lang=${from}#/location: after switching to ${to}${reload ? ' and a reload' : ''}, Back and Forward show each entry's step, in ${to}`, async ({ page }) => {
      // No pinned clock here (the walk asks no date): Playwright's fake clock replaces window.performance with
      // one that lists no navigation entry, which would hide how each page was loaded.
      const loadType = () => page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type);
      await page.goto(`/?lang=${from}#/location`);
      await appStarted(page);
      expect(await loadType()).toBe('navigate');
      await expect(page.locator('html')).toHaveAttribute('lang', from);
      await walk(page, SHORT_WALK.slice(0, 3)); // location, minor, grounds → on harm
      await languageSwitch(page, from).click();
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      await expect(page.locator('h1')).toHaveText(exact(tr(to, 'questions.harm.title')));
      await expect(page).not.toHaveURL(/[?&]lang=/);
      if (reload) {
        await page.reload();
        await appStarted(page);
        await expect(page.locator('html')).toHaveAttribute('lang', to);
        await expect(page).toHaveURL(stepUrl('harm'));
      }

      const shows = async (id: QuestionId, value: string | string[]) => {
        // The entries before the switch still carry the old ?lang= (the case this test is about).
        await expect(page).toHaveURL(new RegExp(`\\?lang=${from}#/${id}$`));
        await appStarted(page);
        await expectConsistent(page);
        await expect(page.locator('html')).toHaveAttribute('lang', to);
        await expect(page.locator('h1')).toHaveText(exact(tr(to, `questions.${id}.title`)));
        await expectShown(page, id, value);
      };
      await page.goBack();
      await shows('grounds', ['political']);
      await page.goBack();
      await shows('minor', 'no');
      await page.goForward();
      await shows('grounds', ['political']);

      // A load of an old entry keeps the language chosen last too: a reload there, and Back to it from
      // another document (loaded again, unless the browser kept the page).
      await page.reload();
      expect(await loadType()).toBe('reload');
      await shows('grounds', ['political']);
      await page.goto('about:blank');
      await page.goBack();
      expect(await loadType()).toBe('back_forward');
      await shows('grounds', ['political']);
    });
  }
}

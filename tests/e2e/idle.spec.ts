// Issue 24 parts 1 and 2 (FLOW.md §5, "Idle clearing and offline honesty"), in both languages:
//  - after 25 minutes without input (Playwright's clock) the warning opens as a modal role="alertdialog", with
//    the focus in it, its live region saying "2 minutes", and no axe violation; Escape keeps the answers;
//    waiting 2 more minutes wipes them and lands on the start page with #idle-notice;
//  - answers stored with a last input 61 minutes ago are wiped at start, with the notice (59: kept);
//  - #offline-note below Start and on the privacy page where no service worker can run (navigator.serviceWorker
//    removed before the app starts, or its registration refused), and absent where one registers.
import type { Page } from '@playwright/test';
import { STORAGE_KEY, TODAY, appStarted, exact, expect, expectNoAxeViolations, hashOf, openFooterPage, stepUrl, test, tr, type Lang } from './helpers';

const MINUTE = 60_000;
/** The idle watch's chunk, which the app asks for once the page holds answers (src/App.tsx). */
const WATCH_CHUNK = /\/assets\/idleWatch-[\w-]+\.js$/;
const ANSWERS = { location: 'in_us', minor: 'no' };

/** Opens `#/grounds` with answers stored in this tab (last input `minutesAgo` before TODAY, when given) and the clock installed at TODAY. */
async function openWithStoredAnswers(page: Page, lang: Lang, minutesAgo?: number): Promise<void> {
  await page.clock.install({ time: TODAY });
  const value = { v: 1, answers: ANSWERS, step: 'grounds', ...(minutesAgo === undefined ? {} : { at: TODAY.getTime() - minutesAgo * MINUTE }) };
  // Stored before the app's own script runs, on the first load only (the test never reloads after a wipe).
  await page.addInitScript(
    ({ key, stored }) => {
      if (sessionStorage.getItem('idle-spec-seeded')) return;
      sessionStorage.setItem('idle-spec-seeded', '1');
      sessionStorage.setItem(key, stored);
    },
    { key: STORAGE_KEY, stored: JSON.stringify(value) },
  );
  await page.goto(`/?lang=${lang}${hashOf('grounds')}`);
  await appStarted(page);
}

const storedAnswers = (page: Page) =>
  page.evaluate((key) => (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { answers?: unknown }).answers ?? null, STORAGE_KEY);

const announcement = (lang: Lang, minutes: number) => tr(lang, 'idle.announce', { time: tr(lang, minutes === 1 ? 'idle.minutes_one' : lang === 'ru' ? 'idle.minutes_few' : 'idle.minutes_other', { count: minutes }) });

for (const lang of ['en', 'ru'] as const satisfies readonly Lang[]) {
  test.describe(`idle clearing (${lang})`, () => {
    test('the warning opens after 25 minutes, focused and announced; axe finds nothing; Escape keeps the answers', async ({ page }) => {
      // The count starts when the page holds answers, which is when the watch's code is asked for.
      const armed = page.waitForRequest(WATCH_CHUNK);
      await openWithStoredAnswers(page, lang);
      await armed;
      const radio = page.locator('input[name="grounds"]').first();
      await radio.focus();
      await page.clock.fastForward(24 * MINUTE);
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      await page.clock.fastForward(MINUTE);

      const dialog = page.getByRole('alertdialog', { name: exact(tr(lang, 'idle.title')) });
      await expect(dialog).toBeVisible();
      await expect(dialog).toHaveAttribute('aria-modal', 'true');
      await expect(dialog).toHaveAccessibleDescription(new RegExp(tr(lang, 'idle.left')));
      await expect(page.getByRole('button', { name: tr(lang, 'idle.keep') })).toBeFocused();
      await expect(dialog.locator('.idle-dialog__clock')).toHaveText(/^(2:00|1:5\d)$/);
      // The live region, separate from the visible countdown, says it once: "… in 2 minutes."
      const live = dialog.locator('[aria-live="polite"]');
      await expect(live).toHaveText(announcement(lang, 2));
      await expect(live.locator('.idle-dialog__clock')).toHaveCount(0);
      // … and not again until 1:00 (not every second).
      await page.clock.fastForward(10_000);
      await page.clock.runFor(2000); // every timer in these 2 seconds runs: the ticks and any announcement
      await expect(dialog.locator('.idle-dialog__clock')).toHaveText(/^1:[0-5]\d$/);
      await expect(live).toHaveText(announcement(lang, 2));
      // Modal: the page behind is inert.
      expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
      await expectNoAxeViolations(page, `idle warning (${lang})`);

      await page.keyboard.press('Escape');
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      await expect(radio).toBeFocused();
      await expect(page).toHaveURL(stepUrl('grounds'));
      expect(await storedAnswers(page)).toEqual(ANSWERS);
      // Kept: 25 minutes from the Escape, not from the first warning.
      await page.clock.fastForward(3 * MINUTE);
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      expect(await storedAnswers(page)).toEqual(ANSWERS);
    });

    test('waiting wipes the answers and lands on the start page with the notice (the watch’s code arriving late)', async ({ page }) => {
      // The watch's code is held until the 25 minutes have passed: the count starts when the page holds
      // answers, not when the code arrives (a slow network, or the minute's retry offline).
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let asked = false;
      await page.route(WATCH_CHUNK, async (route) => {
        asked = true;
        await held;
        await route.continue();
      });
      await openWithStoredAnswers(page, lang);
      await expect.poll(() => asked).toBe(true);
      await page.clock.fastForward(25 * MINUTE);
      release();
      const dialog = page.getByRole('alertdialog');
      await expect(dialog).toBeVisible();
      await page.clock.fastForward(MINUTE);
      await expect(dialog.locator('[aria-live="polite"]')).toHaveText(announcement(lang, 1));
      await expect(dialog.locator('.idle-dialog__clock')).toHaveText(/^(1:00|0:59)$/);
      await page.clock.fastForward(MINUTE);

      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      await expect(page).toHaveURL(/#\/$/);
      const notice = page.locator('#idle-notice');
      await expect(notice).toHaveText(exact(tr(lang, 'idle.notice')));
      await expect(notice).toBeFocused();
      await expect(page.locator('h1')).toHaveText(exact(tr(lang, 'start.title')));
      await expect(page.locator('.button--start')).toContainText(tr(lang, 'start.button'));
      expect(await storedAnswers(page)).toEqual({});
      // The notice goes once the person starts again.
      await page.locator('.button--start').click();
      await expect(page).toHaveURL(stepUrl('location'));
      await expect(page.locator('#idle-notice')).toHaveCount(0);
    });

    test('answers whose last input was 61 minutes ago are wiped at start, with the notice; 59 minutes: kept', async ({ page, context }) => {
      await openWithStoredAnswers(page, lang, 61);
      await expect(page).toHaveURL(/#\/$/);
      await expect(page.locator('#idle-notice')).toHaveText(exact(tr(lang, 'idle.notice')));
      await expect(page.locator('.button--start')).toContainText(tr(lang, 'start.button'));
      expect((await storedAnswers(page)) ?? {}).toEqual({});

      const other = await context.newPage();
      await openWithStoredAnswers(other, lang, 59);
      await expect(other).toHaveURL(stepUrl('grounds'));
      await expect(other.locator('h1')).toHaveText(exact(tr(lang, 'questions.grounds.title')));
      await expect(other.locator('#idle-notice')).toHaveCount(0);
      expect(await storedAnswers(other)).toEqual(ANSWERS);
    });
  });

  test.describe(`offline line (${lang})`, () => {
    // Service workers really register here (playwright.config.ts blocks them elsewhere: its 'block' replaces
    // register() with one that resolves, which would make the "present" case pass without a worker).
    test.use({ serviceWorkers: 'allow' });

    /** The start page with the app started and its registration tried (the line comes after the load event). */
    async function openStart(page: Page): Promise<void> {
      await page.clock.setFixedTime(TODAY);
      await page.goto(`/?lang=${lang}`);
      await appStarted(page);
      await page.waitForFunction(() => document.readyState === 'complete');
    }

    test('with navigator.serviceWorker removed before the app starts: one line below Start, and on the privacy page', async ({ page }) => {
      await page.addInitScript(() => {
        delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
      });
      await openStart(page);
      expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
      const note = page.locator('#offline-note');
      await expect(note).toHaveText(exact(tr(lang, 'offline.note')));
      const start = await page.locator('.button--start').boundingBox();
      const line = await note.boundingBox();
      expect(start && line && line.y >= start.y + start.height).toBe(true);

      // Start is where it is without the line (the line comes below it, after the page has painted).
      const withLine = start;
      const plain = await page.context().newPage();
      await plain.clock.setFixedTime(TODAY);
      await plain.goto(`/?lang=${lang}`);
      await appStarted(plain);
      expect(await plain.locator('.button--start').boundingBox()).toEqual(withLine);
      await plain.close();

      await openFooterPage(page, 'privacy', lang);
      await expect(page.locator('#offline-note')).toHaveText(exact(tr(lang, 'offline.note')));
      // Nowhere else: a question page.
      await page.goto(`/?lang=${lang}${hashOf('location')}`);
      await appStarted(page);
      await expect(page.locator('#offline-note')).toHaveCount(0);
    });

    test('with the registration refused: the line appears', async ({ page }) => {
      await page.addInitScript(() => {
        ServiceWorkerContainer.prototype.register = () => Promise.reject(new DOMException('refused', 'SecurityError'));
      });
      await openStart(page);
      await expect(page.locator('#offline-note')).toHaveText(exact(tr(lang, 'offline.note')));
    });

    test('with a service worker that registers: no line, on the start page or the privacy page', async ({ page }) => {
      await openStart(page);
      // The worker is really there (not Playwright's stand-in).
      expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);
      await expect(page.locator('#offline-note')).toHaveCount(0);
      await openFooterPage(page, 'privacy', lang);
      await expect(page.locator('#offline-note')).toHaveCount(0);
    });
  });
}

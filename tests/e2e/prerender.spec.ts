// Words on the screen before the JavaScript arrives (issue 15). The build writes the start page and the first
// question in both languages into dist/index.html (<template>s, src/prerender/), and one inline boot script,
// pinned by its sha256 in the CSP, shows the right one before the first paint and starts the app after it.
// Here: the built file itself, the page without JavaScript, and the page with the app's code held back
// (what a slow phone shows before the app runs), then released.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { FULL_WALK_EN, LANGUAGE_KEY, TODAY, answer, answersOf, appStarted, expect, openWithAnswers, stepUrl, test, tr, walkUntil, type Lang } from './helpers';

const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
const NEUTRAL = /^https:\/\/www\.google\.com\//;
const LANGS: Lang[] = ['ru', 'en'];
const other = (lang: Lang): Lang => (lang === 'ru' ? 'en' : 'ru');

/** HTML-escaped as react-dom/server writes text. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

function inlineScripts(source: string): string[] {
  return [...source.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Holds the app's entry module until release(): the page shows only what the HTML and the boot script made. */
async function holdApp(page: Page): Promise<() => Promise<void>> {
  const entry = /<meta name="app-entry" content="([^"]+)" \/>/.exec(html)?.[1];
  if (!entry) throw new Error('dist/index.html has no app-entry');
  const held: Route[] = [];
  let released = false;
  await page.route(`**${entry}`, async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  return async () => {
    released = true;
    for (const route of held.splice(0)) await route.continue();
  };
}

test.describe('dist/index.html (read as a file)', () => {
  test('holds the start page’s heading and the first question in both languages, before any script', () => {
    const firstScript = html.search(/<script/);
    expect(firstScript).toBeGreaterThan(0);
    for (const lang of LANGS) {
      for (const key of ['start.title', 'start.notAdviceTitle', 'questions.location.title', 'questions.location.options.in_us', 'exit.button']) {
        const at = html.indexOf(escaped(tr(lang, key)));
        expect(at, `${lang}: ${key}`).toBeGreaterThan(0);
        expect(at, `${lang}: ${key} before the first script`).toBeLessThan(firstScript);
      }
    }
  });

  test('one inline script, pinned by its hash in the meta CSP; no unsafe-inline, no style attributes, no other script', async ({ request }) => {
    const scripts = inlineScripts(html);
    expect(scripts).toHaveLength(1);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const header = (await request.get('/')).headers()['content-security-policy'] ?? '';
    expect(header).toBe(meta);
    for (const policy of [meta, header]) {
      expect(policy).not.toContain("'unsafe-inline'");
      const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
      for (const script of scripts) expect(scriptSrc.split(/\s+/), 'the inline script’s hash').toContain(sha256(script));
    }
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
  });

  test('no id twice, though six pages sit side by side (the templates hold theirs as data-pre-*)', () => {
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(html).toContain('data-pre-id="location-heading"');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the start page shows its heading and the not-legal-advice text, in Russian first, then English', async ({ page }) => {
    await page.goto('/');
    const top = async (text: string) => {
      const element = page.getByText(text, { exact: true }).first();
      await expect(element).toBeVisible();
      return (await element.boundingBox())?.y ?? -1;
    };
    const ruHeading = await top(tr('ru', 'start.title'));
    const ruAdvice = await top(tr('ru', 'start.notAdviceTitle'));
    const enHeading = await top(tr('en', 'start.title'));
    const enAdvice = await top(tr('en', 'start.notAdviceTitle'));
    expect(ruHeading).toBeLessThan(ruAdvice);
    expect(ruAdvice).toBeLessThan(enHeading);
    expect(enHeading).toBeLessThan(enAdvice);
    // The Start button would do nothing here: not shown. What is missing is said in both languages, from locales/.
    await expect(page.locator('.button--start')).toHaveCount(0);
    const ruNote = await top(tr('ru', 'static:noscript.needsJavaScript'));
    expect(await top(tr('en', 'static:noscript.needsJavaScript'))).toBeGreaterThan(ruNote);
    expect(ruNote).toBeLessThan(ruHeading);
  });

  test('Exit this page, in Russian and in English, leaves for the neutral site', async ({ page, context }) => {
    await context.route('https://www.google.com/**', (route) => route.fulfill({ body: '<html><body>weather</body></html>', contentType: 'text/html' }));
    // Nothing knows the language yet: one exit link for each language, each named in its own.
    for (const lang of LANGS) {
      await page.goto('/');
      const exit = page.getByRole('button', { name: tr(lang, 'exit.button'), exact: true });
      await expect(exit).toBeVisible();
      await expect(exit).toHaveAttribute('lang', lang);
      await exit.click();
      await expect(page).toHaveURL(NEUTRAL);
    }
  });
});

test.describe('before the app starts (its code held back), then after', () => {
  for (const lang of LANGS) {
    test(`?lang=${lang} paints ${lang} first, on the start page and on #/location, even with a browser in the other language`, async ({ browser }) => {
      const context = await browser.newContext({ locale: lang === 'ru' ? 'en-US' : 'ru-RU', serviceWorkers: 'block' });
      const page = await context.newPage();
      try {
        for (const [hash, heading] of [['', 'start.title'], ['#/location', 'questions.location.title']] as const) {
          const release = await holdApp(page);
          await page.goto('about:blank');
          await page.goto(`/?lang=${lang}${hash}`);
          await expect(page.locator('[data-prerendered]')).toHaveCount(1);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await expect(page.locator('h1')).toHaveText(tr(lang, heading));
          const text = await page.locator('body').innerText();
          for (const key of ['start.title', 'questions.location.title', 'exit.button', 'app.footer']) expect(text, `no ${other(lang)} ${key}`).not.toContain(tr(other(lang), key));
          await expect(page.getByRole('button', { name: tr(lang, 'exit.button'), exact: true })).toHaveCount(1);
          // The app hydrates what was painted: the same heading and exit link, not copies of them.
          await page.evaluate(() => Object.assign(window, { paintedNodes: [document.querySelector('h1'), document.querySelector('.exit-this-page__button')] }));
          await release();
          await appStarted(page);
          await expect(page.locator('h1')).toHaveText(tr(lang, heading));
          const kept = await page.evaluate(() => {
            const painted = (window as unknown as { paintedNodes: Element[] }).paintedNodes;
            return [painted[0] === document.querySelector('h1'), painted[1] === document.querySelector('.exit-this-page__button')];
          });
          expect(kept, 'the painted heading and exit link are still in the page').toEqual([true, true]);
          await page.unrouteAll();
        }
      } finally {
        await context.close();
      }
    });
  }

  test('the tab’s earlier choice comes before the browser’s languages', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
    const page = await context.newPage();
    try {
      await page.addInitScript((key) => sessionStorage.setItem(key, 'ru'), LANGUAGE_KEY);
      await holdApp(page);
      await page.goto('/');
      await expect(page.locator('h1')).toHaveText(tr('ru', 'start.title'));
    } finally {
      await context.close();
    }
  });

  test('a reload deep in a walk shows the page frame with its top band, never the start page', async ({ page }) => {
    await openWithAnswers(page, 'en', answersOf(walkUntil(FULL_WALK_EN, 'grounds')), 'grounds');
    const release = await holdApp(page);
    await page.reload();
    await expect(page.locator('[data-prerendered]')).toHaveCount(1);
    await expect(page.locator('.top-band')).toHaveCount(1);
    await expect(page.getByRole('button', { name: tr('en', 'exit.button'), exact: true })).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(0);
    await expect(page.getByText(tr('en', 'start.title'))).toHaveCount(0);
    await release();
    await appStarted(page);
    await expect(page).toHaveURL(stepUrl('grounds'));
    await expect(page.locator('#grounds-heading')).toBeVisible();
  });

  test('Start works before the app does: it shows the first question, which the app then takes over', async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
    const release = await holdApp(page);
    await page.goto('/?lang=ru');
    await page.getByRole('button', { name: tr('ru', 'start.button') }).click();
    await expect(page).toHaveURL(/#\/location$/);
    await expect(page.locator('h1')).toHaveText(tr('ru', 'questions.location.title'));
    await expect(page.locator('#location-heading')).toBeFocused();
    // Continue does nothing yet (a plain form would put the answer in the address), and Back goes back.
    await page.getByRole('button', { name: tr('ru', 'nav.continue') }).click();
    await expect(page).toHaveURL(/\?lang=ru#\/location$/);
    await page.locator('nav a.back-link').click();
    await expect(page.locator('h1')).toHaveText(tr('ru', 'start.title'));
    await page.getByRole('button', { name: tr('ru', 'start.button') }).click();
    await expect(page.locator('h1')).toHaveText(tr('ru', 'questions.location.title'));
    await release();
    await appStarted(page);
    await answer(page, 'location', 'in_us');
    await expect(page).toHaveURL(stepUrl('minor'));
  });

  test('an option ticked before the app starts is still ticked after it has, and Continue takes it', async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
    const release = await holdApp(page);
    await page.goto('/?lang=en#/location');
    await page.getByLabel(tr('en', 'questions.location.options.outside_us')).check();
    await release();
    await appStarted(page);
    await expect(page.getByLabel(tr('en', 'questions.location.options.outside_us'))).toBeChecked();
    await page.getByRole('button', { name: tr('en', 'nav.continue') }).click();
    await expect(page).toHaveURL(stepUrl('grounds'));
  });

  test('Continue pressed before the app starts is pressed again once it has: the answer is taken, or its error shown', async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
    let release = await holdApp(page);
    await page.goto('/?lang=ru#/location');
    await page.getByLabel(tr('ru', 'questions.location.options.outside_us')).check();
    await page.getByRole('button', { name: tr('ru', 'nav.continue') }).click();
    await expect(page).toHaveURL(/#\/location$/);
    await release();
    await expect(page).toHaveURL(stepUrl('grounds'));
    await expect(page.locator('#grounds-heading')).toBeVisible();

    await page.unrouteAll();
    await page.evaluate(() => sessionStorage.clear());
    release = await holdApp(page);
    await page.goto('about:blank');
    await page.goto('/?lang=ru#/location');
    await page.getByRole('button', { name: tr('ru', 'nav.continue') }).click();
    await release();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expect(page).toHaveURL(/#\/location$/);
  });

  test('the skip link before the app starts keeps the start page, and the app then shows it too', async ({ page }) => {
    const release = await holdApp(page);
    await page.goto('/?lang=en');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main-content$/);
    await expect(page.locator('h1')).toHaveText(tr('en', 'start.title'));
    await release();
    await appStarted(page);
    await expect(page.locator('h1')).toHaveText(tr('en', 'start.title'));
    await expect(page.locator('.button--start')).toHaveText(tr('en', 'start.button'));
  });

  test('with answers in this tab, the prerendered start page is not shown (its Start would lose the place): the app shows Continue', async ({ page }) => {
    await openWithAnswers(page, 'en', answersOf(walkUntil(FULL_WALK_EN, 'harm')), 'harm');
    await page.evaluate(() => history.replaceState(null, '', '#/'));
    const release = await holdApp(page);
    await page.reload();
    await expect(page.locator('#root')).toHaveAttribute('data-prerendered', 'frame');
    await expect(page.getByText(tr('en', 'start.title'))).toHaveCount(0);
    await release();
    await appStarted(page);
    await expect(page.locator('.button--start')).toHaveText(tr('en', 'start.continue'));
    await expect(page.locator('.button--start')).toHaveAttribute('href', '#/harm');
  });

  test('Exit this page before the app starts wipes this tab’s answers, as the app’s does', async ({ page, context }) => {
    await context.route('https://www.google.com/**', (route) => route.fulfill({ body: '<html><body>weather</body></html>', contentType: 'text/html' }));
    await openWithAnswers(page, 'en', answersOf(walkUntil(FULL_WALK_EN, 'grounds')), 'grounds');
    await holdApp(page);
    await page.reload();
    await expect(page.locator('[data-prerendered]')).toHaveCount(1);
    await page.getByRole('button', { name: tr('en', 'exit.button'), exact: true }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.unrouteAll();
    await page.goto('/?lang=en');
    await appStarted(page);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await expect(page.locator('.button--start')).toHaveText(tr('en', 'start.button'));
  });

  test('Exit this page and the language link work before the app does', async ({ page, context }) => {
    await context.route('https://www.google.com/**', (route) => route.fulfill({ body: '<html><body>weather</body></html>', contentType: 'text/html' }));
    await holdApp(page);
    await page.goto('/?lang=en#/location');
    const link = page.locator('header a.language-switch');
    await expect(link).toHaveText(tr('en', 'language.switchTo'));
    await expect(link).toHaveAttribute('href', '?lang=ru#/location');
    await link.click();
    await expect(page).toHaveURL(/\?lang=ru#\/location$/);
    await expect(page.locator('h1')).toHaveText(tr('ru', 'questions.location.title'));
    await page.getByRole('button', { name: tr('ru', 'exit.button'), exact: true }).click();
    await expect(page).toHaveURL(NEUTRAL);
  });
});

test.describe('the app takes over without errors or hydration warnings', () => {
  for (const path of ['/?lang=ru#/', '/?lang=en#/location']) {
    test(`on ${path}`, async ({ page }) => {
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (/hydrat|did not match|mismatch/i.test(m.text()) || m.type() === 'error') warnings.push(m.text());
      });
      await page.clock.setFixedTime(TODAY);
      await page.goto(path);
      await appStarted(page);
      await expect(page.locator('[id]').evaluateAll((els) => els.length - new Set(els.map((e) => e.id)).size)).resolves.toBe(0);
      expect(warnings).toEqual([]);
    });
  }

  test('after a reload mid-walk', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (/hydrat|did not match|mismatch/i.test(m.text()) || m.type() === 'error') warnings.push(m.text());
    });
    await openWithAnswers(page, 'ru', answersOf(walkUntil(FULL_WALK_EN, 'harm')), 'harm');
    await page.reload();
    await appStarted(page);
    await expect(page.locator('#harm-heading')).toBeVisible();
    expect(warnings).toEqual([]);
  });
});

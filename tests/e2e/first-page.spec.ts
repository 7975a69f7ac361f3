// The first page (issue 25): its largest text is painted before the app's code is even requested, and it
// carries only its own words (src/i18n/firstPage.ts); the rest of the words comes right after, and a page
// that needs them shows the page frame until they are there, never a raw key.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from '@playwright/test';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { COMPILE_HINT } from '../../src/build/compileHints';
import { FULL_WALK_EN, appStarted, exact, expect, fill, openApp, questionForm, start, stepUrl, test, tr, type Lang } from './helpers';

const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
const LANGS: Lang[] = ['ru', 'en'];

/** The URL path a <meta name="…"> of the built index.html names (the boot script fetches it). */
function metaContent(name: string): string {
  const content = new RegExp(`<meta name="${name}" content="([^"]+)" />`).exec(html)?.[1];
  if (!content) throw new Error(`dist/index.html has no <meta name="${name}">`);
  return content;
}

/** A translation key written out as text: "questions.minor.title", "nav.continue"… (any top-level key of translation.json). */
const RAW_KEY = new RegExp(`\\b(${Object.keys(en).join('|')})\\.[A-Za-z]`);

interface FirstPaint {
  lcp: { startTime: number; inRoot: boolean; tag: string } | null;
  requested: Record<string, number | null>;
}

/** The page's largest-contentful-paint entries (the last one is its LCP) and when each module was requested. */
function firstPaint(page: Page, urls: Record<string, string>): Promise<FirstPaint> {
  return page.evaluate(
    (paths) =>
      new Promise<FirstPaint>((done) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const entries = list.getEntries() as (PerformanceEntry & { element: Element | null })[];
          const last = entries[entries.length - 1];
          const root = document.getElementById('root');
          const requested: Record<string, number | null> = {};
          for (const [name, path] of Object.entries(paths)) {
            const timing = performance.getEntriesByType('resource').find((r) => new URL(r.name).pathname === path);
            requested[name] = timing ? timing.startTime : null;
          }
          done({
            lcp: last ? { startTime: last.startTime, inRoot: !!last.element && !!root?.contains(last.element), tag: last.element?.tagName.toLowerCase() ?? '' } : null,
            requested,
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
    urls,
  );
}

for (const lang of LANGS) {
  for (const [name, hash] of [
    ['the start page', ''],
    ['#/location', '#/location'],
  ] as const) {
    test(`${lang}: ${name}'s largest text is painted before the app's module script (and its words) are requested`, async ({ page }) => {
      // No pinned clock here: Playwright's fake clock replaces performance, whose resource timing is read.
      await page.goto(`/?lang=${lang}${hash}`);
      await appStarted(page);
      const { lcp, requested } = await firstPaint(page, { entry: metaContent('app-entry'), text: metaContent(`app-text-${lang}`) });
      expect(lcp, 'a largest-contentful-paint entry').not.toBeNull();
      expect(lcp?.inRoot, `the largest paint (${lcp?.tag}) is the page's own text in #root`).toBe(true);
      expect(requested.entry, 'the entry module was fetched').not.toBeNull();
      expect(requested.text, 'the first page’s words were fetched').not.toBeNull();
      expect(lcp?.startTime ?? Infinity).toBeLessThan(requested.entry ?? -1);
      expect(lcp?.startTime ?? Infinity).toBeLessThan(requested.text ?? -1);
    });
  }
}

/** Holds the rest of the words' chunk of `lang` until release(), which also says how long it was held. */
async function holdRestOfWords(page: Page, lang: Lang): Promise<{ requested: () => boolean; release: () => Promise<number> }> {
  const path = metaContent(`app-words-${lang}`);
  const held: Route[] = [];
  let since = 0;
  let released = false;
  await page.route(`**${path}`, async (route) => {
    if (released) return route.continue();
    since ||= Date.now();
    held.push(route);
  });
  return {
    requested: () => since > 0,
    release: async () => {
      released = true;
      for (const route of held.splice(0)) await route.continue();
      return Date.now() - since;
    },
  };
}

for (const lang of LANGS) {
  test(`${lang}: with the rest of the words held back 2 s, the second question shows the page frame, never a raw key, then its words`, async ({ page }) => {
    const rest = await holdRestOfWords(page, lang);
    await openApp(page, `/?lang=${lang}`);
    await start(page);
    const [first, second] = FULL_WALK_EN;
    if (!first || !second) throw new Error('the walk is too short');
    await expect(page).toHaveURL(stepUrl(first[0]));
    await fill(page, first[0], first[1]);
    await questionForm(page, first[0]).locator('button[type="submit"]').click();
    await expect(page).toHaveURL(stepUrl(second[0]));
    expect(rest.requested(), 'the rest of the words was requested right after the start').toBe(true);

    // The frame: the top band with Exit this page, the header, Back, the loading line, the footer; no question yet.
    const frame = async () => {
      await expect(page.locator('.exit-this-page__button')).toHaveText(exact(tr(lang, 'exit.button')));
      await expect(page.locator('.header__name')).toHaveText(exact(tr(lang, 'app.name')));
      await expect(page.locator('main .loading')).toHaveText(exact(tr(lang, 'language.loading')));
      await expect(page.locator('.footer')).toContainText(tr(lang, 'app.footer'));
      await expect(page.locator('main h1:visible')).toHaveCount(0);
      expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    };
    await frame();
    await page.waitForTimeout(2000);
    await frame();

    expect(await rest.release()).toBeGreaterThanOrEqual(2000);
    const heading = page.locator('main h1');
    await expect(heading).toHaveText(exact(tr(lang, `questions.${second[0]}.title`)));
    await expect(heading).toBeFocused();
    await expect(page.locator('main .loading')).toHaveCount(0);
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await appStarted(page);
  });
}

// V8 compiles every function of a file that starts with the hint while it streams in, not on the first call:
// the first steps of a walk do not stop to compile the code that builds a question page (src/build/compileHints.ts).
test('every chunk of the build starts with the compile hint', () => {
  const files = readdirSync(resolve(DIST, 'assets')).filter((name) => name.endsWith('.js'));
  const first = (name: string) => readFileSync(resolve(DIST, 'assets', name), 'utf8').split('\n', 1)[0];
  expect(files.some((name) => name.startsWith('index-'))).toBe(true);
  expect(files.filter((name) => first(name) !== COMPILE_HINT)).toEqual([]);
});

// privacy. Every request stays on the app's own origin (a full walk, a language switch, the
// privacy and glossary pages, printing to PDF); no cookies, nothing in localStorage; sessionStorage holds
// the answers only under the app's key; answers never appear in a URL.
import {
  FULL_WALK_RU,
  FULL_WALK_RU_OUTCOME,
  LANGUAGE_KEY,
  STORAGE_KEY,
  expect,
  languageSwitch,
  openApp,
  openFooterPage,
  start,
  storageOf,
  test,
  walk,
  collectRequests,
} from './helpers';

test('every request stays on the app’s origin (walk, language switch, other pages, PDF); no cookies or localStorage; answers only under the app’s key', async ({ page, context, baseURL }, testInfo) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests = collectRequests(page);
  const pageUrls: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) pageUrls.push(frame.url());
  });

  await openApp(page, '/?lang=ru');
  await start(page);
  await walk(page, FULL_WALK_RU);
  await expect(page.locator('#summary')).toHaveAttribute('data-outcome', FULL_WALK_RU_OUTCOME);
  await languageSwitch(page, 'ru').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await openFooterPage(page, 'privacy', 'en');
  await openFooterPage(page, 'glossary', 'en');
  await page.goBack();
  await page.goBack();
  await expect(page.locator('#summary')).toHaveAttribute('data-outcome', FULL_WALK_RU_OUTCOME);

  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => matchMedia('print').matches)).toBe(true);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.byteLength).toBeGreaterThan(1000);
  await page.emulateMedia({ media: 'screen' });

  // The page made requests (the app itself, its scripts, styles and both languages' text)...
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.some((url) => /\/assets\/.+\.js$/.test(url))).toBe(true);
  // ...and every one of them went to the app's own origin.
  const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(foreign, `requests outside ${origin}`).toEqual([]);
  // No answer is ever put in an address: not in a request, not in the address bar.
  const leaks = [...requests, ...pageUrls].filter((url) => /in_us|lgbt|religion|fear_only|non_state|2024-03-10|parole/.test(url));
  expect(leaks).toEqual([]);
  testInfo.annotations.push({ type: 'requests', description: `${requests.length} requests, all to ${origin}` });

  // What the tab keeps: no cookies, nothing in localStorage, the answers only under the app's key.
  const { cookie, local, session } = await storageOf(page);
  expect(cookie).toBe('');
  expect(await context.cookies()).toEqual([]);
  expect(local).toEqual({});
  expect(Object.keys(session).sort()).toEqual([STORAGE_KEY, LANGUAGE_KEY].sort());
  expect(session[LANGUAGE_KEY]).toBe('en');
  const saved = JSON.parse(session[STORAGE_KEY] ?? 'null') as { answers?: Record<string, unknown> };
  expect(saved.answers).toEqual(Object.fromEntries(FULL_WALK_RU.map(([id, value]) => [id, value])));
  for (const [key, value] of Object.entries(session)) {
    if (key !== STORAGE_KEY) expect(value).not.toMatch(/in_us|lgbt|2024-03-10/);
  }
  // IndexedDB and Cache Storage hold nothing either (the service worker is blocked in these tests).
  const stores = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
  }));
  expect(stores).toEqual({ databases: [], caches: [] });
});

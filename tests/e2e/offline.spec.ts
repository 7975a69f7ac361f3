// Offline use: after one visit the service worker has precached the app's own files, so
// with the network off the app reloads, walks to the summary and switches language. The worker's
// cache holds exactly the build's files and nothing a visitor typed or chose. Online, a new deploy
// shows on the first reload.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { fill, walkOf } from './helpers';

// playwright.config.ts blocks service workers for every other test.
test.use({ serviceWorkers: 'allow' });

const TODAY = new Date('2026-11-25T12:00:00');
const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const STORAGE_KEY = 'asylum-screener';

type Lang = 'en' | 'ru';

function localeFile(lang: Lang, ns: string): Record<string, unknown> {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../locales/${lang}/${ns}.json`, import.meta.url)), 'utf8')) as Record<string, unknown>;
}

function text(lang: Lang, path: string): string {
  let value: unknown = localeFile(lang, 'translation');
  for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'string') throw new Error(`no string at ${lang}:${path}`);
  return value;
}

/** Any outcome title of the summary namespace (which outcome a walk reaches is not this test's business). */
function anOutcomeTitle(lang: Lang): RegExp {
  const outcomes = localeFile(lang, 'summary').outcomes as Record<string, { title?: unknown }>;
  const titles = Object.values(outcomes)
    .map((outcome) => outcome.title)
    .filter((title): title is string => typeof title === 'string');
  if (titles.length === 0) throw new Error(`no outcome titles in ${lang}/summary.json`);
  return new RegExp(`^(${titles.map((title) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
}

/** The files of the build under test, as URL paths; index.html is cached as '/', sw.js not at all. */
function builtPaths(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(`/${relative(DIST, path).split(sep).join('/')}`);
    }
  };
  walk(DIST);
  return found
    .filter((path) => path !== '/sw.js')
    .map((path) => (path === '/index.html' ? '/' : path))
    .sort();
}

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The shortest walk: outside the US, one ground, no harm → the summary. */
async function walkToSummary(page: Page): Promise<void> {
  for (const [id, value] of walkOf({ location: 'outside_us', grounds: ['political'], harm: 'neither' })) {
    await expect(page.locator(`#${id}-heading`)).toBeVisible();
    await fill(page, id, value);
    await page.locator('main form button[type="submit"]').click();
  }
  await expect(page).toHaveURL(/#\/summary$/);
}

async function cacheContents(page: Page) {
  return page.evaluate(async () => {
    const entries: { cache: string; url: string; body: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        entries.push({ cache: name, url: request.url, body: response ? await response.text() : '' });
      }
    }
    return entries;
  });
}

test('after one visit the app works offline: reload, walk to the summary, switch language', async ({ page, context, baseURL }) => {
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.setFixedTime(TODAY);
  await page.goto('/?lang=en');
  await expect(page.locator('h1')).toBeVisible();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  // The network is off for the worker too: a file that is not precached cannot be fetched.
  const probe = await page.evaluate(() =>
    fetch('./not-in-the-build.txt').then(
      (response) => `status ${response.status}`,
      () => 'network error',
    ),
  );
  expect(probe).toBe('network error');
  failed.length = 0;

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: text('en', 'start.button') }).click();
  await walkToSummary(page);
  await expect(page.locator('main h1')).toHaveText(anOutcomeTitle('en'));

  await page.getByRole('link', { name: text('en', 'language.switchTo') }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('main h1')).toHaveText(anOutcomeTitle('ru'));
  await expect(page.getByRole('link', { name: text('ru', 'language.switchTo') })).toBeVisible();

  // A new tab opened offline straight on a question (the other language) also comes from the cache.
  const second = await context.newPage();
  second.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  await second.clock.setFixedTime(TODAY);
  await second.goto(`${baseURL}/?lang=ru#/location`);
  await expect(second.locator('#location-heading')).toHaveText(text('ru', 'questions.location.title'));

  expect(failed, 'no request failed while offline').toEqual([]);
  expect(errors, 'no page errors').toEqual([]);
});

test('the worker caches exactly the build, both languages included, and never answers', async ({ page, baseURL }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/?lang=ru');
  await expect(page.locator('h1')).toBeVisible();
  await waitForServiceWorker(page);

  const before = await cacheContents(page);
  const names = [...new Set(before.map((entry) => entry.cache))];
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^asylum-screener-[0-9a-f]{16}$/);
  // Same origin, and exactly the build's files: every language's text chunks are there for offline use.
  expect(before.every((entry) => new URL(entry.url).origin === baseURL)).toBe(true);
  expect(before.map((entry) => new URL(entry.url).pathname).sort()).toEqual(builtPaths());

  // Answer, reach the summary, switch language: the cache must not change, nor hold any answer.
  await page.getByRole('button', { name: text('ru', 'start.button') }).click();
  await walkToSummary(page);
  await page.getByRole('link', { name: text('ru', 'language.switchTo') }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const saved = await page.evaluate((key) => window.sessionStorage.getItem(key), STORAGE_KEY);
  expect(saved).toContain('"grounds":["political"]');
  const answers = JSON.stringify((JSON.parse(saved ?? '{}') as { answers: unknown }).answers);

  const after = await cacheContents(page);
  expect(after.map((entry) => entry.url).sort()).toEqual(before.map((entry) => entry.url).sort());
  for (const entry of after) {
    expect(entry.body.includes(saved ?? ''), `${entry.url} holds the saved state`).toBe(false);
    expect(entry.body.includes(answers), `${entry.url} holds the answers`).toBe(false);
  }
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

test('online, a new deploy shows on the first reload, not only on the second', async ({ page }) => {
  // A copy of the build on a server of its own, so this test can "deploy" without touching the shared one.
  const root = mkdtempSync(join(tmpdir(), 'asylum-deploy-'));
  cpSync(DIST, root, { recursive: true });
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = join(root, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  try {
    await page.clock.setFixedTime(TODAY);
    await page.goto(`${origin}/?lang=en`);
    await expect(page.locator('h1')).toBeVisible();
    await waitForServiceWorker(page);
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('meta[name="deploy-marker"]')).toHaveCount(0);

    // Deploy: the page changes on the server (the worker and its precached files do not).
    const index = join(root, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', '<head><meta name="deploy-marker" content="2">'));
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('meta[name="deploy-marker"]')).toHaveCount(1);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  } finally {
    await new Promise((done) => server.close(done));
    rmSync(root, { recursive: true, force: true });
  }
});

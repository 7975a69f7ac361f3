// Shared helpers of the benchmark (bench.mjs) and the size check (size-check.mjs): build, list the
// built files with their gzip -9 sizes, serve a build with `vite preview`, and find the files a first
// page really needs by loading it in Chromium and recording the responses.
import { chromium } from '@playwright/test';
import { readFileSync, readdirSync, statSync, mkdtempSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const LANGS = ['ru', 'en'];
/** Browser locale used for each language (the app picks its language from navigator.languages). */
export const LOCALE_OF = { ru: 'ru-RU', en: 'en-US' };
/** The two landings measured: the start page and straight on the first question. */
export const LANDINGS = [
  { name: 'start', path: '/' },
  { name: 'location', path: '/#/location' },
];
export const CHROMIUM_ARGS = ['--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Text chunks fetched right after the first page, not part of it (src/i18n/firstPage.ts): not counted in its size. */
export const AFTER_FIRST_PAGE = ['translation-rest'];
/** Code fetched after the rest of the words (src/main.tsx), which the first page does not use: the idle warm-up. */
export const AFTER_FIRST_PAGE_CODE = ['warmUp'];
/** A chunk's name without its hash: 'assets/index-COhUqY8f.js' → 'index.js'. */
export const chunkName = (file) => file.replace(/^.*\//, '').replace(/-[\w-]{8}(\.\w+)$/, '$1');

export const gzipBytes = (data) => gzipSync(data, { level: 9 }).length;
export const kb = (bytes) => (bytes / 1000).toFixed(1);

/**
 * Runs `vite build` (the project's vite.config.ts) into `outDir` (a new temporary folder by default).
 * Returns the folder; maps from each built chunk to the locale file it comes from ('ru/translation', …),
 * to its source modules, to the CSS files it brings, and to the chunks it imports statically.
 */
export async function buildApp(outDir = mkdtempSync(join(tmpdir(), 'asylum-bench-'))) {
  const result = await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const localeOf = new Map();
  const moduleIdsOf = new Map();
  const cssOf = new Map();
  for (const item of outputs) {
    if (item.type !== 'chunk') continue;
    moduleIdsOf.set(item.fileName, item.moduleIds.map((id) => relative(ROOT, id).split(sep).join('/')));
    cssOf.set(item.fileName, [...(item.viteMetadata?.importedCss ?? [])]);
    // translation.json comes in two parts (src/i18n/wordsPlugin.ts): 'ru/translation-first', 'ru/translation-rest'.
    const match = item.facadeModuleId ? /\/locales\/([^/]+)\/([^/]+)\.json(?:\?part=(first|rest))?$/.exec(item.facadeModuleId.split(sep).join('/')) : null;
    if (match) localeOf.set(item.fileName, `${match[1]}/${match[2]}${match[3] ? `-${match[3]}` : ''}`);
  }
  return { outDir, localeOf, moduleIdsOf, cssOf, imports: new Map(outputs.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o.imports])) };
}

/**
 * When a build was not made here (an existing dist/ folder), a chunk is a locale chunk when its name is
 * one of the namespaces in locales/<lng>/ (Vite names a JSON module's chunk after the file). The language
 * of a chunk is then known only from which language the page was loaded in.
 */
export function localeNamespaces() {
  const names = new Set();
  for (const lng of readdirSync(join(ROOT, 'locales'))) {
    const dir = join(ROOT, 'locales', lng);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir)) if (file.endsWith('.json')) names.add(file.slice(0, -5));
  }
  // The two parts of translation.json are named after their part (vite.config.ts).
  for (const part of AFTER_FIRST_PAGE) names.add(part);
  names.add('translation-first');
  return names;
}

/** Every file of a build (sw.js and index.html included) with its raw and gzip -9 size. */
export function listBuild(outDir) {
  const files = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const data = readFileSync(path);
        files.set(relative(outDir, path).split(sep).join('/'), { raw: data.length, gzip: gzipBytes(data) });
      }
    }
  };
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir} is not a build (no index.html)`);
  walk(outDir);
  return files;
}

/** Serves a build with `vite preview` (the project's config, so the CSP header too). */
export async function serve(outDir, port) {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  const base = `http://127.0.0.1:${port}`;
  return { base, close: () => new Promise((done) => server.httpServer.close(() => done())) };
}

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 60_000 });
}

/**
 * Loads `path` in a fresh context (the language from the browser locale, service workers blocked so
 * only the page's own requests count) and returns the built files it fetched until the page showed
 * its h1 and the network was quiet. Each file: { file, name, kind: 'html' | 'js' | 'css' | 'text' | 'after' | 'other', gzip, raw }:
 * 'after' is the rest of the words, fetched right after the first page (not part of it), and the idle warm-up's code after it; `name` is the file's
 * name without its hash, with the language for text ('ru/translation-first.js'), the same from build to build.
 */
export async function firstPageFiles(browser, base, { path, lang, files, localeOf, namespaces }) {
  const context = await browser.newContext({ locale: LOCALE_OF[lang], serviceWorkers: 'block', timezoneId: 'America/New_York' });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-25T12:00:00'));
    const fetched = new Set();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === base && response.status() < 400) fetched.add(decodeURIComponent(url.pathname));
    });
    await page.goto(base + path);
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const htmlLang = await page.evaluate(() => document.documentElement.lang);
    if (htmlLang !== lang) throw new Error(`${path} in ${lang}: the page came up in "${htmlLang}"`);
    const result = [];
    for (const pathname of [...fetched].sort()) {
      const file = pathname === '/' ? 'index.html' : posix.normalize(pathname.replace(/^\//, ''));
      const size = files.get(file);
      if (!size) throw new Error(`fetched ${pathname}, which is not a built file`);
      let kind = 'other';
      let isText = false;
      if (file.endsWith('.html')) kind = 'html';
      else if (file.endsWith('.css')) kind = 'css';
      else if (file.endsWith('.js')) {
        const locale = localeOf?.get(file);
        const stem = chunkName(file).replace(/\.js$/, '');
        isText = locale ? true : !localeOf && namespaces.has(stem);
        if (isText) kind = AFTER_FIRST_PAGE.includes(locale ? locale.replace(/^[^/]+\//, '') : stem) ? 'after' : 'text';
        else kind = AFTER_FIRST_PAGE_CODE.includes(stem) ? 'after' : 'js';
        if (locale && !locale.startsWith(`${lang}/`)) throw new Error(`${path} in ${lang} fetched ${file} (${locale})`);
      }
      const name = isText ? `${lang}/${chunkName(file)}` : chunkName(file);
      result.push({ file, name, kind, ...size, locale: localeOf?.get(file) });
    }
    return result;
  } finally {
    await context.close();
  }
}

/** Sums a landing's files by kind; `total` is what the budget limits: HTML + JS + CSS + text. */
export function sumLanding(list) {
  const sum = { html: 0, js: 0, css: 0, text: 0, after: 0, other: 0 };
  for (const f of list) sum[f.kind] += f.gzip;
  return { ...sum, total: sum.html + sum.js + sum.css + sum.text };
}

/** The pages prerendered into index.html (src/prerender/): the start page and the first question. */
export const PRERENDERED = [
  { name: 'start', hash: '', template: 'start' },
  { name: 'location', hash: '#/location', template: 'location' },
];

/**
 * Zero-JavaScript copies of the prerendered pages, the physical limit the app is compared with: for each
 * page and language, index.html with that page's prerendered markup written into #root and every script
 * (the boot script, the names of the entry and the text chunks), the other templates, the static
 * exit band and <noscript> removed; the same CSS. Written into `outDir` as zero-js-<page>-<lang>.html.
 */
export function writeZeroJsCopies(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const copies = [];
  for (const lang of LANGS) {
    for (const { name, template } of PRERENDERED) {
      const held = new RegExp(`<template id="pre-${lang}-${template}">([\\s\\S]*?)</template>`).exec(html)?.[1];
      if (!held) throw new Error(`index.html has no template pre-${lang}-${template}`);
      // The boot script gives the page its ids back (held as data-pre-* in the templates): so does the copy.
      const markup = held.replace(/ data-pre-([a-z-]+)="/g, ' $1="');
      const copy = html
        .replace(/<!--[\s\S]*?-->\s*/g, '')
        .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
        .replace(/<script\b[\s\S]*?<\/script>\s*/g, '')
        .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
        .replace(/<meta name="app-(entry|text-[^"]+)"[^>]*>\s*/g, '')
        .replace(/<template\b[\s\S]*?<\/template>\s*/g, '')
        .replace(/<noscript>[\s\S]*?<\/noscript>\s*/g, '')
        .replace(/<div class="top-band" id="static-top-band">[\s\S]*?<\/div>\s*<\/div>\s*<\/div>\s*/, '')
        .replace('<div id="root"></div>', () => `<div id="root">${markup}</div>`);
      if (/<script|static-top-band|<template/.test(copy)) throw new Error(`zero-js copy of ${name}/${lang}: something was left`);
      const file = `zero-js-${name}-${lang}.html`;
      writeFileSync(join(outDir, file), copy);
      copies.push({ name, lang, file });
    }
  }
  return copies;
}

export function readBudget() {
  return JSON.parse(readFileSync(join(ROOT, 'tests/bench/budget.json'), 'utf8'));
}

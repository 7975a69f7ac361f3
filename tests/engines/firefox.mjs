// Firefox through puppeteer-core over WebDriver BiDi (no geckodriver; nothing is downloaded).
// The browser is Debian's firefox-esr unless FIREFOX_PATH names another Firefox binary.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { EngineMissing, onKill, sleep, withTimeout } from './util.mjs';

export const FIREFOX_HINT =
  "install Debian's firefox-esr (npm run setup:browser, or apt-get install firefox-esr), or set FIREFOX_PATH to a Firefox binary";

/**
 * Starts Firefox headless and returns the engine adapter of run.mjs. Each case gets a tab in a new
 * browser context (its own storage and service worker) with a `width` × `height` viewport. Console
 * errors, uncaught errors and requests to any other origin are recorded for the runner to check.
 */
export async function launchFirefox({ width, height, origin, launchTimeout }) {
  const executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) throw new EngineMissing(`Firefox not found at ${executablePath}: ${FIREFOX_HINT}.`);
  let browser;
  try {
    browser = await withTimeout(
      puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        timeout: launchTimeout,
        // Overlay scrollbars give a phone's layout width (without them the page is 12 px narrower).
        extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1 },
        defaultViewport: { width, height },
      }),
      launchTimeout + 5_000,
      'starting Firefox',
    );
  } catch (error) {
    throw new EngineMissing(`Firefox at ${executablePath} did not start (${error.message}): ${FIREFOX_HINT}.`);
  }
  const kill = () => browser.process()?.kill('SIGKILL');
  const forget = onKill(kill);
  const version = await browser.version();

  const errors = [];
  const foreign = [];
  let fulfilForeign = false;
  let context = null;
  let tab = null;

  async function newTab() {
    if (context) await context.close().catch(() => {});
    context = await browser.createBrowserContext();
    tab = await context.newPage();
    await tab.setViewport({ width, height });
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    tab.on('pageerror', (error) => errors.push(`uncaught: ${error.message ?? String(error)}`));
    tab.on('request', (request) => {
      const url = request.url();
      if (/^(data|blob|about):/.test(url) || url.startsWith(`${origin}/`)) {
        if (fulfilForeign) void request.continue();
        return;
      }
      foreign.push(url);
      // Only while a case allows it (the exit case): the neutral site is answered here, never fetched.
      if (fulfilForeign) void request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>neutral</title><p>weather</p>' });
    });
  }
  await newTab();

  const adapter = {
    name: 'firefox',
    label: 'Firefox',
    version: `Firefox ${version.replace(/^firefox\//, '')}`,
    /** A new tab in a new browser context for the next case: nothing kept from the one before. */
    reset: () => newTab(),
    async goto(url) {
      await tab.goto(url, { waitUntil: 'load', timeout: 20_000 });
    },
    async reload() {
      await tab.reload({ waitUntil: 'load', timeout: 20_000 });
    },
    async back() {
      // BiDi browsingContext.traverseHistory: the browser's own back, not history.back() in the page.
      await tab.goBack({ timeout: 5_000 }).catch((error) => {
        // A step back within the page (its hash) may fire no load event: the traversal still happened.
        if (!/timeout/i.test(error.message)) throw error;
      });
    },
    async forward() {
      await tab.goForward({ timeout: 5_000 }).catch((error) => {
        if (!/timeout/i.test(error.message)) throw error;
      });
    },
    url: () => tab.url(),
    /** Runs `fn(...args)` in the page (awaiting a promise); elements from `element()` may be passed. */
    eval: (fn, ...args) => tab.evaluate(fn, ...args),
    /** Runs a whole script (e.g. axe.min.js) in the page. */
    script: (source) => tab.evaluate(source),
    /** The element `fn(...args)` returns in the page, or null. */
    async element(fn, ...args) {
      const handle = await tab.evaluateHandle(fn, ...args);
      const element = handle.asElement();
      if (!element) {
        await handle.dispose();
        return null;
      }
      return element;
    },
    click: (element) => element.click(),
    type: (element, text) => element.type(text),
    /** While `on`, a request to another origin is answered with a local placeholder page. */
    async allowForeignNavigation(on) {
      fulfilForeign = on;
      await tab.setRequestInterception(on);
    },
    /** Console errors and requests to other origins since the last call. */
    async drain() {
      await sleep(50); // console events arrive just after the script that caused them
      return { errors: errors.splice(0), foreign: foreign.splice(0) };
    },
    async close() {
      await withTimeout(browser.close(), 15_000, 'closing Firefox').catch(() => kill());
      forget();
    },
    kill() {
      kill();
      forget();
    },
  };
  return adapter;
}

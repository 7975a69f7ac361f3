// WebKitGTK through selenium-webdriver and Debian's WebKitWebDriver, under xvfb-run, with webkit-window.py
// as the browser (an exact phone-sized window). The driver has no BiDi: console messages and requests
// are read from the browser's standard output (see webkit-window.py).
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Capabilities, WebDriver } from 'selenium-webdriver';
import http from 'selenium-webdriver/http/index.js';
import { EngineMissing, killGroup, onKill, sleep, withTimeout } from './util.mjs';

export const WEBKIT_HINT =
  "install Debian's webkit2gtk-driver, xvfb, xauth, gir1.2-webkit2-4.1 and python3-gi (npm run setup:browser)";

const WINDOW_SCRIPT = process.env.WEBKIT_WINDOW_SCRIPT || fileURLToPath(new URL('webkit-window.py', import.meta.url));
/** WebKitGTK's Linux build does not know this CSP directive and says so: not an error of the app. */
const KNOWN_NOISE = /Unrecognized Content-Security-Policy directive 'manifest-src'/;

function which(command) {
  if (command.includes('/')) return command;
  try {
    return execFileSync('sh', ['-c', `command -v "${command}"`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Names what is missing, package by package, before anything is started. */
function checkInstalled(driverPath, python) {
  const missing = [];
  if (!which(driverPath) || !isExecutable(which(driverPath))) missing.push(`WebKitWebDriver (${driverPath}): package webkit2gtk-driver`);
  if (!which('xvfb-run')) missing.push('xvfb-run: package xvfb');
  if (!which('xauth')) missing.push('xauth: package xauth');
  try {
    execFileSync(python, ['-c', 'import gi'], { stdio: 'ignore', timeout: 10_000 });
    try {
      execFileSync(python, ['-c', 'import gi; gi.require_version("WebKit2", "4.1")'], { stdio: 'ignore', timeout: 10_000 });
    } catch {
      missing.push(`WebKit2 4.1 GObject bindings for ${python}: package gir1.2-webkit2-4.1`);
    }
  } catch {
    missing.push(`Python GObject bindings for ${python}: package python3-gi`);
  }
  if (missing.length > 0) throw new EngineMissing(`WebKitGTK cannot run, missing ${missing.join('; ')}. To fix: ${WEBKIT_HINT}.`);
  return which(driverPath);
}

function isExecutable(path) {
  try {
    execFileSync('test', ['-x', path]);
    return true;
  } catch {
    return false;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url, timeout) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within ${timeout / 1000} s`);
}

/**
 * Starts Xvfb, WebKitWebDriver and a session whose window is `width` × `height`, and returns the engine
 * adapter of run.mjs. Everything started runs in one process group, killed by close() and kill().
 */
export async function launchWebKit({ width, height, origin, launchTimeout }) {
  const driverPath = checkInstalled(process.env.WEBKIT_DRIVER_PATH || 'WebKitWebDriver', process.env.WEBKIT_PYTHON || '/usr/bin/python3');
  const python = process.env.WEBKIT_PYTHON || '/usr/bin/python3';
  const port = await freePort();
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', driverPath, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  const forget = onKill(() => killGroup(child));
  const kill = () => {
    killGroup(child);
    forget();
  };

  let driver;
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url, launchTimeout);
    // If the browser binary cannot start, WebKitWebDriver waits for it for ever: hence the timeout.
    const capabilities = new Capabilities({
      'webkitgtk:browserOptions': { binary: python, args: [WINDOW_SCRIPT, String(width), String(height)] },
    });
    driver = WebDriver.createSession(new http.Executor(new http.HttpClient(url)), capabilities);
    await withTimeout(driver.getSession(), launchTimeout, 'starting the WebKitGTK browser');
  } catch (error) {
    kill();
    throw new EngineMissing(
      `WebKitGTK did not start (${error.message}; browser ${python} ${WINDOW_SCRIPT}). ${output.trim().split('\n').slice(-3).join(' | ')} To fix: ${WEBKIT_HINT}.`,
    );
  }
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 20_000 });
  const version = (await driver.getCapabilities()).get('browserVersion');

  let read = 0;
  let marks = 0;
  /** The browser's output lines since the last call, up to a marker logged now (so none is missed). */
  async function linesSoFar() {
    const mark = `ENGINES-MARK-${++marks}`;
    await driver.executeScript(`console.log(${JSON.stringify(mark)})`).catch(() => {});
    const until = Date.now() + 3_000;
    while (!output.includes(mark, read) && Date.now() < until) await sleep(25);
    const end = output.indexOf(mark, read);
    const text = output.slice(read, end < 0 ? output.length : end);
    read = end < 0 ? output.length : end + mark.length;
    return text.split('\n');
  }
  const adapter = {
    name: 'webkit',
    label: 'WebKitGTK',
    version: `WebKitGTK ${version}`,
    /** A clean tab for the next case: the app's storage emptied from a page of its origin without the app. */
    async reset() {
      await driver.get(`${origin}/robots.txt`);
      await driver.executeScript('sessionStorage.clear(); localStorage.clear();');
    },
    goto: (target) => driver.get(target),
    reload: () => driver.navigate().refresh(),
    back: () => driver.navigate().back(),
    forward: () => driver.navigate().forward(),
    url: () => driver.getCurrentUrl(),
    eval(fn, ...args) {
      const source = `var done = arguments[arguments.length - 1];
        var args = Array.prototype.slice.call(arguments, 0, -1);
        Promise.resolve().then(function () { return (${fn.toString()}).apply(null, args); })
          .then(function (value) { done({ ok: value === undefined ? null : value }); }, function (error) { done({ error: String(error && error.stack || error) }); });`;
      return driver.executeAsyncScript(source, ...args).then((result) => {
        if (result && 'error' in result) throw new Error(result.error);
        return result?.ok;
      });
    },
    script: (source) => driver.executeScript(source),
    async element(fn, ...args) {
      return (await driver.executeScript(`return (${fn.toString()}).apply(null, arguments) || null;`, ...args)) ?? null;
    },
    click: (element) => element.click(),
    type: (element, text) => element.sendKeys(text),
    /** webkit-window.py never lets a page leave the loopback server; it reports the attempt instead. */
    allowForeignNavigation: async () => {},
    /** Console errors and requests to other origins since the last call. */
    async drain() {
      const lines = await linesSoFar();
      const errors = lines.filter((line) => /^CONSOLE (?:[A-Z-]+ )?ERROR\b/.test(line) && !KNOWN_NOISE.test(line));
      const foreign = lines
        .filter((line) => /^ENGINES-(REQUEST|BLOCKED) /.test(line))
        .map((line) => line.replace(/^ENGINES-\w+ /, '').trim())
        .filter((url) => !/^(data|blob|about):/.test(url) && !url.startsWith(`${origin}/`) && url !== origin);
      return { errors, foreign };
    },
    async close() {
      if (driver) await withTimeout(driver.quit(), 15_000, 'closing WebKitGTK').catch(() => {});
      kill();
    },
    kill,
  };
  return adapter;
}

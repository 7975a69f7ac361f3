// The cross-engine browser suite: the cases of cases.mjs in Firefox (puppeteer-core, WebDriver BiDi) and
// WebKitGTK (selenium-webdriver + WebKitWebDriver under xvfb-run), at a 390 × 844 phone viewport, against
// the production build already in dist/ (it builds nothing), served on loopback with the app's CSP.
//
//   node tests/engines/run.mjs            # both engines, then the runner's own checks
//   ENGINES=webkit node tests/engines/run.mjs
//
// Environment: ENGINES (firefox,webkit), ENGINES_PORT (4183), ENGINES_DIST (else E2E_DIST, else dist),
// ENGINES_TIMEOUT (ms per engine, 150000), ENGINES_LAUNCH_TIMEOUT (ms to start a browser, 30000),
// FIREFOX_PATH (/usr/bin/firefox-esr), WEBKIT_DRIVER_PATH (WebKitWebDriver), WEBKIT_PYTHON (/usr/bin/python3),
// WEBKIT_WINDOW_SCRIPT (tests/engines/webkit-window.py),
// ENGINES_SELF_CHECKS=0 to skip the runner's own checks (it runs itself again with an engine missing or
// broken, and expects a quick failure naming the package to install); ENGINES_NO_REPORT=1 writes no JSON.
// Ends with the line "engines: N passed, N failed" and writes test-results/engines.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport, preview } from 'vite';
import { CASES, Session } from './cases.mjs';
import { FIREFOX_HINT, launchFirefox } from './firefox.mjs';
import { WEBKIT_HINT, launchWebKit } from './webkit.mjs';
import { EngineMissing, killAll, withTimeout } from './util.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNNER = fileURLToPath(import.meta.url);
const WIDTH = 390;
const HEIGHT = 844;
const PORT = Number(process.env.ENGINES_PORT ?? 4183);
const DIST = process.env.ENGINES_DIST ?? process.env.E2E_DIST ?? 'dist';
const ENGINE_TIMEOUT = Number(process.env.ENGINES_TIMEOUT ?? 150_000);
const LAUNCH_TIMEOUT = Number(process.env.ENGINES_LAUNCH_TIMEOUT ?? 30_000);
const CASE_TIMEOUT = 60_000;
const ENGINES = { firefox: launchFirefox, webkit: launchWebKit };
const chosen = (process.env.ENGINES ?? 'firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
const selfChecks = process.env.ENGINES_SELF_CHECKS !== '0';

// Whatever happens, no browser, driver or X server outlives the runner.
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAll();
    process.exit(1);
  });
}

const results = [];
const engines = {};
function record(group, name, ok, ms, message = '') {
  results.push({ group, name, ok, ms, message });
  console.log(`  ${ok ? '✓' : '✗'} ${group} › ${name} (${(ms / 1000).toFixed(1)} s)`);
  if (!ok) console.log(`      ${message.split('\n').join('\n      ')}`);
}

/** The app's own rules (question path, assess, calendar dates), loaded from TypeScript through Vite. */
async function loadRules() {
  const load = async (path) => (await runnerImport(`${ROOT}/${path}`, { configFile: false, root: ROOT, logLevel: 'error' })).module;
  const [questions, assessment, dates, fixtures] = await Promise.all(
    ['flows/asylum/questions.ts', 'flows/asylum/assess.ts', 'flows/asylum/dates.ts', 'flows/asylum/testing/fixtures.ts'].map(load),
  );
  return { ...questions, ...assessment, ...dates, ...fixtures };
}

async function runEngine(name, origin, rules) {
  const started = Date.now();
  const group = name;
  let engine = null;
  let timedOut = false;
  // After a timeout, a part still running in the background records nothing more.
  const note = (...args) => {
    if (!timedOut) record(...args);
  };
  const part = async () => {
    try {
      engine = await ENGINES[name]({ width: WIDTH, height: HEIGHT, origin, launchTimeout: LAUNCH_TIMEOUT });
    } catch (error) {
      const message = error instanceof EngineMissing ? error.message : `${name} did not start: ${error.stack ?? error}`;
      for (const c of CASES) note(group, c.name, false, 0, message);
      console.log(`${name}: ${message}`);
      return;
    }
    engines[name] = { version: engine.version };
    console.log(`${engine.label}: ${engine.version} at ${WIDTH} × ${HEIGHT}`);
    for (const c of CASES) {
      if (timedOut) break;
      const caseStart = Date.now();
      const today = rules.localCalendarDate(new Date());
      const session = new Session(engine, { origin, rules, today });
      try {
        await engine.drain();
        await withTimeout(c.run(session), CASE_TIMEOUT, c.name);
        const viewport = await engine.eval(() => [window.innerWidth, window.innerHeight]);
        if (viewport[0] !== WIDTH || viewport[1] !== HEIGHT) throw new Error(`the viewport is ${viewport.join(' × ')}, not ${WIDTH} × ${HEIGHT}`);
        const { errors, foreign } = await engine.drain();
        if (errors.length > 0) throw new Error(`console errors: ${errors.join(' | ')}`);
        if (foreign.length > 0 && !c.allowsForeignNavigation) throw new Error(`requests to another origin: ${foreign.join(' ')}`);
        note(group, c.name, true, Date.now() - caseStart);
      } catch (error) {
        note(group, c.name, false, Date.now() - caseStart, error.message ?? String(error));
      }
    }
  };
  try {
    await withTimeout(part(), ENGINE_TIMEOUT, `the ${name} part`);
  } catch (error) {
    timedOut = true;
    const done = new Set(results.filter((r) => r.group === group).map((r) => r.name));
    for (const c of CASES) if (!done.has(c.name)) record(group, c.name, false, 0, `not finished: ${error.message}`);
  } finally {
    if (engine && !timedOut) await engine.close();
    // After a timeout (or a launch that never returned): kill whatever was started.
    killAll();
  }
  const ms = Date.now() - started;
  engines[name] = { ...engines[name], ms };
  console.log(`${name}: ${(ms / 1000).toFixed(1)} s`);
}

/** Runs this runner again with `env`, to see how it fails when an engine is missing or does not start. */
function runSelf(env, timeout) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [RUNNER], {
      env: { ...process.env, ENGINES_SELF_CHECKS: '0', ENGINES_NO_REPORT: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // SIGTERM first, so that the child kills what it started; then its whole group.
    const signal = (name) => {
      try {
        process.kill(-child.pid, name);
      } catch {
        // gone
      }
    };
    const timer = setTimeout(() => {
      signal('SIGTERM');
      setTimeout(() => signal('SIGKILL'), 3_000).unref();
    }, timeout);
    const started = Date.now();
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, ms: Date.now() - started });
    });
  });
}

const SELF_CHECKS = [
  {
    name: 'a missing Firefox fails at once with a message naming firefox-esr',
    env: { ENGINES: 'firefox', FIREFOX_PATH: '/nonexistent/firefox' },
    timeout: 30_000,
    expect: ['/nonexistent/firefox', 'firefox-esr', FIREFOX_HINT],
  },
  {
    name: 'a missing WebKitWebDriver fails at once with a message naming webkit2gtk-driver',
    env: { ENGINES: 'webkit', WEBKIT_DRIVER_PATH: '/nonexistent/WebKitWebDriver' },
    timeout: 30_000,
    expect: ['webkit2gtk-driver', WEBKIT_HINT],
  },
  {
    name: 'a WebKit browser that cannot start fails within the launch timeout instead of hanging',
    env: { ENGINES: 'webkit', WEBKIT_WINDOW_SCRIPT: '/nonexistent/webkit-window.py', ENGINES_LAUNCH_TIMEOUT: '5000' },
    timeout: 30_000,
    expect: ['WebKitGTK did not start', 'took longer than 5 s', WEBKIT_HINT],
  },
];

/** The checks of the engines this run covers (ENGINES=firefox on a machine without WebKit skips WebKit's). */
async function runSelfChecks() {
  for (const [i, check] of SELF_CHECKS.filter((c) => chosen.includes(c.env.ENGINES)).entries()) {
    const started = Date.now();
    const r = await runSelf({ ...check.env, ENGINES_PORT: String(PORT + 1 + i) }, check.timeout);
    const problems = [];
    if (r.signal) problems.push(`did not finish within ${check.timeout / 1000} s (killed)`);
    if (r.code !== 1) problems.push(`exit code ${r.code}, expected 1`);
    for (const text of check.expect) if (!r.output.includes(text)) problems.push(`no "${text}" in its output`);
    if (!new RegExp(`^engines: 0 passed, ${CASES.length} failed$`, 'm').test(r.output)) problems.push(`no closing line "engines: 0 passed, ${CASES.length} failed"`);
    record('runner', check.name, problems.length === 0, Date.now() - started, `${problems.join('; ')}\n--- its output:\n${r.output.trim()}`);
  }
}

async function main() {
  const started = Date.now();
  const unknown = chosen.filter((e) => !(e in ENGINES));
  if (unknown.length > 0) throw new Error(`unknown engine ${unknown.join(', ')}: ENGINES takes ${Object.keys(ENGINES).join(',')}`);
  if (!existsSync(`${ROOT}/${DIST}/index.html`)) throw new Error(`no build at ${DIST}/index.html: run npm run build first (or set ENGINES_DIST)`);
  const rules = await loadRules();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: DIST },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1', open: false },
  });
  const origin = `http://127.0.0.1:${PORT}`;
  try {
    for (const name of chosen) await runEngine(name, origin, rules);
  } finally {
    await server.close();
  }
  if (selfChecks) await runSelfChecks();
  return Date.now() - started;
}

let status = 0;
let total = 0;
try {
  total = await main();
} catch (error) {
  console.log(`engines: ${error.message}`);
  record('runner', 'start the suite', false, 0, error.message);
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
if (failed > 0 || passed === 0) status = 1;
if (!process.env.ENGINES_NO_REPORT) {
  mkdirSync(`${ROOT}/test-results`, { recursive: true });
  writeFileSync(`${ROOT}/test-results/engines.json`, `${JSON.stringify({ passed, failed, ms: total, engines, results }, null, 2)}\n`);
}
console.log(`engines: ${passed} passed, ${failed} failed`);
process.exit(status);

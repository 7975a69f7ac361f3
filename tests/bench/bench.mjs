// `npm run bench`: builds the app into a temporary folder, serves it with `vite preview` on
// 127.0.0.1:4305 (BENCH_PORT), and measures in Debian's Chromium (CHROMIUM_PATH):
//   - gzip -9 size of the JS + CSS + current-language text a first page needs, for a visitor landing on
//     the start page and one landing straight on the first question (#/location), in each language
//     (the files are those the page really fetched);
//   - the size of each language's text chunks, of the summary page's chunk, and of the whole build;
//   - LCP of the first question (median of BENCH_REPS loads, at 1x and 4x CPU throttling);
//   - step transitions over full walks at 4x CPU throttling, the walk derived from the registry (the longest
//     path: flows/asylum/questions.ts with flows/asylum/testing/fixtures.ts EVERY_QUESTION_ANSWERS, as the
//     browser walks in tests/e2e/helpers.ts are; 12 timed question-to-question steps, the date and the
//     checkbox questions among them): from clicking Continue to the next question's h1 being focused (p50,
//     p95, max, and each step's own figures), to the start of the next animation frame after it (the frame
//     that paints it), and the last step into the summary. With BENCH_BASELINE=<git ref> the same walks run
//     on that commit's build too, walk for walk in turn (so both see the same load), as "before";
//   - the same steps' main-thread CPU time (the trace's thread clock, click to focus) in BENCH_CPU_WALKS (3)
//     traced walks at 1x: the page's own work, which other load on a shared machine barely moves, so a
//     change to the code can be judged where wall times swing by ±10 ms from run to run;
//   - Lighthouse (mobile: simulated slow 4G, 4x CPU) through `npx -y lighthouse@12.8.2`, when it can run
//     (BENCH_LIGHTHOUSE=0 skips): the start page and #/location in each language (?lang=), each beside its
//     zero-JavaScript copy (the same prerendered HTML and CSS with every script removed, the limit), as the
//     median and the minimum (the worst run) of BENCH_LH_RUNS (5) runs, app and copy alternating, with the
//     load average after each run.
// The machine's load average is written next to every timing: on a shared machine the timings are noisy.
// Prints a table and writes tests/bench/results.json. KB = 1000 bytes.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport, build as viteBuild, preview as vitePreview } from 'vite';
import { LANDINGS, LANGS, PRERENDERED, ROOT, buildApp, firstPageFiles, kb, launchBrowser, listBuild, readBudget, serve, sumLanding, writeZeroJsCopies } from './lib.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4305);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const CPU_RATE = 4;
const TODAY = new Date('2026-11-25T12:00:00');
const LIGHTHOUSE = 'lighthouse@12.8.2';
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 5);
const BASELINE = process.env.BENCH_BASELINE;

/**
 * The walk, from the registry: the longest path (every question asked) with the answers the browser walks use
 * (tests/e2e/helpers.ts FULL_WALK_EN), each with the kind of its question. TS modules, read through Vite.
 */
async function registryWalk(today) {
  // runnerImport sets NODE_ENV to 'development', after which a build would bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  const load = async (file) => {
    try {
      return (await runnerImport(join(ROOT, file), { configFile: false, root: ROOT, logLevel: 'error' })).module;
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  };
  const { questionPath, spec } = await load('flows/asylum/questions.ts');
  const { EVERY_QUESTION_ANSWERS, completeAnswers } = await load('flows/asylum/testing/fixtures.ts');
  const answers = completeAnswers(EVERY_QUESTION_ANSWERS, today);
  const path = questionPath(answers, today);
  return path.map((id) => ({ id, kind: spec(id).kind, value: answers[id] }));
}
const WALK = await registryWalk(TODAY.toISOString().slice(0, 10));
const WALK_BY_ID = new Map(WALK.map((q) => [q.id, q]));
if (WALK.length < 13) throw new Error(`the longest walk has ${WALK.length} questions: fewer than 12 timed steps`);
for (const kind of ['date', 'multi', 'single']) if (!WALK.some((q) => q.kind === kind)) throw new Error(`the walk has no ${kind} question`);

const median = (xs) => percentile(xs, 50);
function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
const round = (x) => (x === null ? null : Math.round(x * 10) / 10);
/** `figures` of each step ('location → minor'), over the samples of that step, in walk order. */
const byStep = (steps, figures) => {
  const groups = new Map();
  for (const s of steps) {
    const name = `${s.from} → ${s.to}`;
    groups.set(name, [...(groups.get(name) ?? []), s]);
  }
  return Object.fromEntries([...groups].map(([name, mine]) => [name, figures(mine)]));
};

async function throttledPage(browser, rate, lang = 'en') {
  const context = await browser.newContext({ locale: lang === 'ru' ? 'ru-RU' : 'en-US', serviceWorkers: 'block', timezoneId: 'America/New_York' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.clock.setFixedTime(TODAY);
  if (rate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
  return { context, page };
}

/** LCP (ms) of a fresh load of the first question. */
async function measureLcp(browser, base, rate) {
  const { context, page } = await throttledPage(browser, rate);
  try {
    await page.goto(`${base}/#/location`);
    await page.locator('#location-heading').waitFor();
    await page.waitForLoadState('networkidle');
    return await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            const last = entries[entries.length - 1];
            resolve({ ms: last.startTime, element: last.element ? `${last.element.tagName.toLowerCase()}${last.element.id ? `#${last.element.id}` : ''}` : null });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => reject(new Error('no largest-contentful-paint entry')), 5000);
        }),
    );
  } finally {
    await context.close();
  }
}

async function answer(page, id) {
  const question = WALK_BY_ID.get(id);
  if (!question) throw new Error(`the walk has no answer for ${id}`);
  const { kind, value } = question;
  if (kind === 'multi') for (const code of value) await page.locator(`input[name="${id}"][value="${code}"]`).check();
  else if (kind === 'date') {
    // As the registry declares the date: 'unknown' ticks "I don't know the date", 'YYYY-MM' "I don't remember the exact day".
    if (value === 'unknown') return page.locator(`input[name="${id}-unknown"]`).check();
    const [year, month, day] = value.split('-').map(Number);
    if (day === undefined) await page.locator(`input[name="${id}-dayUnknown"]`).check();
    for (const [part, text] of Object.entries({ day, month, year })) if (text !== undefined) await page.locator(`input[name="${id}-${part}"]`).fill(String(text));
  } else await page.locator(`input[name="${id}"][value="${value}"]`).check();
}

/** Clicks Continue and resolves with the ms until an h1 other than the current one is focused. */
function timeContinue(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const before = document.querySelector('h1');
        const button = document.querySelector('main form button[type="submit"]');
        if (!(button instanceof HTMLButtonElement)) throw new Error('no Continue button');
        const timer = setTimeout(() => reject(new Error('the next heading was not focused within 15 s')), 15_000);
        let start = 0;
        const onFocus = (event) => {
          const target = event.target;
          if (target instanceof HTMLHeadingElement && target.tagName === 'H1' && target !== before) {
            const end = performance.now();
            console.timeStamp('bench-step-end');
            clearTimeout(timer);
            document.removeEventListener('focusin', onFocus);
            // The frame that paints the new question starts at the next animation frame.
            requestAnimationFrame((frame) => resolve({ ms: end - start, frameMs: frame - start, heading: target.id || target.textContent }));
          }
        };
        document.addEventListener('focusin', onFocus);
        console.timeStamp('bench-step-start');
        start = performance.now();
        button.click();
      }),
  );
}

/**
 * The main thread's CPU time (ms, the trace's thread clock) between each pair of the step markers that
 * timeContinue writes: what the page itself did from the click to the focus, whatever else the machine ran.
 */
function stepCpuTimes(trace) {
  const marks = JSON.parse(trace.toString()).traceEvents.filter((e) => e.name === 'TimeStamp' && /^bench-step-(start|end)$/.test(e.args?.data?.message));
  const times = [];
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const [start, end] = [marks[i], marks[i + 1]];
    if (start.args.data.message !== 'bench-step-start' || end.args.data.message !== 'bench-step-end' || start.tts === undefined) throw new Error('the trace has no thread time for a step');
    times.push((end.tts - start.tts) / 1000);
  }
  return times;
}

/**
 * One walk from the first question to the summary; returns the step times. With `rate` 1 and `cpu` true,
 * the walk is traced and each step also gets `cpuMs`, its main-thread CPU time.
 */
async function walk(browser, base, { rate = CPU_RATE, cpu = false } = {}) {
  const inWalk = (id) => WALK_BY_ID.has(id);
  const { context, page } = await throttledPage(browser, rate);
  try {
    await page.goto(`${base}/#/location`);
    if (cpu) await browser.startTracing(page, { categories: ['devtools.timeline', '__metadata'] });
    // Timed from the app's first question: the prerendered one holds a Continue until the app has started.
    await page.locator('[data-prerendered]').waitFor({ state: 'detached' });
    const steps = [];
    let toSummary = null;
    for (;;) {
      const heading = page.locator('main h1').first();
      await heading.waitFor();
      const headingId = (await heading.getAttribute('id')) ?? '';
      const id = headingId.replace(/-heading$/, '');
      if (!inWalk(id)) break;
      await answer(page, id);
      // A moment between steps, as a person takes: the step before has finished its work after the paint.
      await page.waitForTimeout(100);
      const { ms, frameMs, heading: next } = await timeContinue(page);
      const to = next.replace(/-heading$/, '');
      if (inWalk(to)) steps.push({ from: id, to, ms, frameMs, loadAverage: loadavg()[0] });
      else toSummary = ms;
      if (steps.length + 1 > WALK.length) throw new Error('the walk did not reach the summary');
    }
    if (!page.url().endsWith('#/summary')) throw new Error(`the walk ended at ${page.url()}, not the summary`);
    if (cpu) {
      const times = stepCpuTimes(await browser.stopTracing());
      // The markers of every step, the last one into the summary too.
      if (times.length !== steps.length + 1) throw new Error(`the trace holds ${times.length} steps, the walk ${steps.length + 1}`);
      steps.forEach((step, i) => (step.cpuMs = times[i]));
    }
    return { steps, toSummary };
  } finally {
    await context.close();
  }
}

/** Builds a git ref of this repository (its own vite.config.ts) in a temporary folder and serves it on PORT + 1. */
async function baselineServer(ref) {
  const commit = execSync(`git rev-parse --short ${ref}`, { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'asylum-bench-baseline-'));
  try {
    execSync(`git archive ${commit} | tar -x -C ${dir}`, { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    await viteBuild({ root: dir, logLevel: 'warn', build: { outDir: join(dir, 'dist') } });
    const server = await vitePreview({ root: dir, logLevel: 'warn', build: { outDir: join(dir, 'dist') }, preview: { host: '127.0.0.1', port: PORT + 1, strictPort: true } });
    return {
      commit,
      base: `http://127.0.0.1:${PORT + 1}`,
      close: async () => {
        await new Promise((done) => server.httpServer.close(() => done()));
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function runLighthouse(url, outPath) {
  return new Promise((resolve) => {
    const args = [
      '-y',
      LIGHTHOUSE,
      url,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-dev-shm-usage',
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${outPath}`,
      '--quiet',
    ];
    const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), 300_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ error: `could not start npx: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) {
        resolve({ error: `npx ${LIGHTHOUSE} exited with ${signal ?? code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` });
        return;
      }
      try {
        const lhr = JSON.parse(readFileSync(outPath, 'utf8'));
        const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
        const audit = (id) => lhr.audits[id]?.numericValue ?? null;
        const failing = Object.values(lhr.categories)
          .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
          .filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
          .map((a) => a.id);
        resolve({
          lighthouseVersion: lhr.lighthouseVersion,
          formFactor: lhr.configSettings.formFactor,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          fcpMs: round(audit('first-contentful-paint')),
          lcpMs: round(audit('largest-contentful-paint')),
          tbtMs: round(audit('total-blocking-time')),
          cls: audit('cumulative-layout-shift'),
          failingAudits: [...new Set(failing)],
          runWarnings: lhr.runWarnings,
        });
      } catch (error) {
        resolve({ error: `could not read the Lighthouse report: ${error.message}` });
      }
    });
  });
}

/** The median of each figure over Lighthouse runs of one URL (an error in any run is reported instead). */
function medianRun(runs, url) {
  const failed = runs.find((r) => r.error);
  if (failed) return { url, error: failed.error };
  const m = (key) => median(runs.map((r) => r[key]));
  return {
    url,
    lighthouseVersion: runs[0].lighthouseVersion,
    formFactor: runs[0].formFactor,
    performance: m('performance'),
    performanceMin: Math.min(...runs.map((r) => r.performance)),
    accessibility: m('accessibility'),
    accessibilityMin: Math.min(...runs.map((r) => r.accessibility)),
    bestPractices: m('bestPractices'),
    bestPracticesMin: Math.min(...runs.map((r) => r.bestPractices)),
    fcpMs: m('fcpMs'),
    lcpMs: m('lcpMs'),
    lcpMaxMs: Math.max(...runs.map((r) => r.lcpMs)),
    tbtMs: m('tbtMs'),
    cls: m('cls'),
    performanceRuns: runs.map((r) => r.performance),
    lcpRunsMs: runs.map((r) => r.lcpMs),
    loadAverages: runs.map((r) => r.loadAverage),
    failingAudits: [...new Set(runs.flatMap((r) => r.failingAudits))],
  };
}

// ---------------------------------------------------------------------------------------------------
const started = Date.now();
console.log('Building…');
const built = await buildApp();
const files = listBuild(built.outDir);
// Served beside the build, not counted in its sizes.
const zeroJsCopies = writeZeroJsCopies(built.outDir);
const server = await serve(built.outDir, PORT).catch((error) => {
  rmSync(built.outDir, { recursive: true, force: true });
  throw error;
});
const scratch = mkdtempSync(join(tmpdir(), 'asylum-bench-lh-'));
const results = { measuredAt: new Date().toISOString(), node: process.version, kbIs: 1000, gzip: 'gzip -9 per file', loadAverageAtStart: loadavg().map(round) };
try {
  // Sizes of the built files.
  const gz = (file) => files.get(file)?.gzip ?? 0;
  const languageChunks = {};
  for (const [file, locale] of built.localeOf) {
    const [lng, ns] = locale.split('/');
    (languageChunks[lng] ??= {})[ns] = { file, gzip: gz(file) };
  }
  for (const lng of Object.keys(languageChunks)) languageChunks[lng].total = Object.values(languageChunks[lng]).reduce((s, c) => s + c.gzip, 0);
  const summaryFile = [...built.moduleIdsOf].find(([, ids]) => ids.includes('src/pages/SummaryPage.tsx'))?.[0];
  if (!summaryFile) throw new Error('no chunk holds src/pages/SummaryPage.tsx');
  const entryFile = [...built.moduleIdsOf].find(([, ids]) => ids.includes('src/main.tsx'))?.[0];
  const flowsInEntry = built.moduleIdsOf.get(entryFile).filter((id) => id.startsWith('flows/') || id.startsWith('src/'));
  results.summaryChunk = {
    file: summaryFile,
    js: gz(summaryFile),
    css: (built.cssOf.get(summaryFile) ?? []).reduce((s, f) => s + gz(f), 0),
    modules: built.moduleIdsOf.get(summaryFile).filter((id) => !id.includes('node_modules')),
  };
  results.entryChunk = { file: entryFile, gzip: gz(entryFile), appModules: flowsInEntry };
  results.languageChunks = languageChunks;
  results.build = {
    files: files.size,
    totalGzip: [...files.values()].reduce((s, f) => s + f.gzip, 0),
    list: Object.fromEntries([...files].sort()),
  };

  const browser = await launchBrowser();
  results.chromium = browser.version();
  try {
    // First pages.
    results.landings = {};
    for (const lang of LANGS) {
      for (const landing of LANDINGS) {
        const list = await firstPageFiles(browser, server.base, { path: landing.path, lang, files, localeOf: built.localeOf });
        results.landings[`${landing.name}/${lang}`] = { url: landing.path, locale: lang, ...sumLanding(list), files: list };
      }
    }
    const budget = readBudget();
    results.budget = { firstPageGzipBytes: budget.firstPageGzipBytes, largestFirstPage: Math.max(...Object.values(results.landings).map((l) => l.total)) };

    // LCP of the first question.
    console.log(`LCP of the first question, ${REPS} loads at 1x and ${CPU_RATE}x CPU…`);
    results.lcpFirstQuestion = {};
    for (const rate of [1, CPU_RATE]) {
      const samples = [];
      for (let i = 0; i < REPS; i += 1) samples.push(await measureLcp(browser, server.base, rate));
      results.lcpFirstQuestion[`cpu${rate}x`] = { medianMs: round(median(samples.map((s) => s.ms))), samplesMs: samples.map((s) => round(s.ms)), element: samples[0]?.element };
    }

    // Step transitions (and the same walks on the baseline's build, in turn).
    const baseline = BASELINE ? await baselineServer(BASELINE) : null;
    try {
      const WALKS = Number(process.env.BENCH_WALKS ?? REPS);
      console.log(`Step transitions, ${WALKS} walks at ${CPU_RATE}x CPU${baseline ? `, each beside one on ${BASELINE} (${baseline.commit})` : ''}…`);
      const runs = { after: { steps: [], summary: [] }, before: { steps: [], summary: [] } };
      for (let i = 0; i < WALKS; i += 1) {
        for (const [which, base] of [['after', server.base], ...(baseline ? [['before', baseline.base]] : [])]) {
          const { steps, toSummary } = await walk(browser, base);
          if (steps.length < 12) throw new Error(`a walk timed only ${steps.length} steps`);
          runs[which].steps.push(...steps);
          if (toSummary !== null) runs[which].summary.push(toSummary);
          if (i === 0 && which === 'after') results.walkPath = ['location', ...steps.map((s) => s.to), 'summary'];
        }
      }
      const stats = (list) => ({ samples: list.length, p50Ms: round(median(list)), p95Ms: round(percentile(list, 95)), maxMs: round(Math.max(...list)) });
      const summarize = ({ steps, summary }) => ({
        ...stats(steps.map((s) => s.ms)),
        nextFrame: stats(steps.map((s) => s.frameMs)),
        loadAverage: { min: round(Math.min(...steps.map((s) => s.loadAverage))), max: round(Math.max(...steps.map((s) => s.loadAverage))) },
        byStep: byStep(steps, (mine) => ({ ms: mine.map((s) => round(s.ms)), p50Ms: round(median(mine.map((s) => s.ms))), maxMs: round(Math.max(...mine.map((s) => s.ms))), nextFrameP50Ms: round(median(mine.map((s) => s.frameMs))) })),
        toSummary: { samples: summary.length, p50Ms: round(median(summary)), maxMs: round(Math.max(...summary)) },
      });
      // The same steps' main-thread CPU time, in traced walks without throttling (tracing would skew the timed
      // walks): the work the page does, which the machine's other load does not change (much).
      const CPU_WALKS = Number(process.env.BENCH_CPU_WALKS ?? 3);
      console.log(`Main-thread CPU time of the same steps, ${CPU_WALKS} traced walks at 1x CPU…`);
      const cpuSteps = [];
      for (let i = 0; i < CPU_WALKS; i += 1) cpuSteps.push(...(await walk(browser, server.base, { rate: 1, cpu: true })).steps);
      const cpuList = cpuSteps.map((s) => s.cpuMs);
      results.stepCpu = {
        walks: CPU_WALKS,
        measures: 'main-thread CPU time (trace thread clock) from clicking Continue to the next question’s h1 being focused, at 1x CPU; times 4 is what the step would take at 4x with nothing else running',
        samples: cpuList.length,
        p50Ms: round(median(cpuList)),
        p95Ms: round(percentile(cpuList, 95)),
        maxMs: round(Math.max(...cpuList)),
        byStep: byStep(cpuSteps, (mine) => round(median(mine.map((s) => s.cpuMs)))),
      };
      results.stepTransition = {
        cpuThrottle: CPU_RATE,
        walks: WALKS,
        measures: 'ms from clicking Continue to the next question’s h1 being focused (nextFrame: to the start of the animation frame after it); the machine is shared, so these are noisy: see loadAverage',
        ...summarize(runs.after),
        ...(baseline ? { before: { commit: baseline.commit, ref: BASELINE, ...summarize(runs.before) } } : {}),
      };
    } finally {
      await baseline?.close();
    }
  } finally {
    await browser.close();
  }

  // Lighthouse.
  if (process.env.BENCH_LIGHTHOUSE === '0') results.lighthouse = { skipped: 'BENCH_LIGHTHOUSE=0' };
  else {
    console.log(`Lighthouse (${LIGHTHOUSE}, mobile)…`);
    results.lighthouse = { runs: LH_RUNS, pages: [] };
    for (const lang of LANGS) {
      for (const { name, hash } of PRERENDERED) {
        const copy = zeroJsCopies.find((c) => c.name === name && c.lang === lang);
        const targets = { app: `${server.base}/?lang=${lang}${hash}`, zeroJs: `${server.base}/${copy.file}` };
        const runs = { app: [], zeroJs: [] };
        for (let i = 0; i < LH_RUNS; i += 1) {
          for (const [which, url] of Object.entries(targets)) {
            const report = await runLighthouse(url, join(scratch, `${name}-${lang}-${which}-${i}.json`));
            runs[which].push({ ...report, loadAverage: round(loadavg()[0]) });
          }
        }
        const app = medianRun(runs.app, targets.app);
        const zeroJs = medianRun(runs.zeroJs, targets.zeroJs);
        const lcpRatio = app.lcpMs && zeroJs.lcpMs ? Math.round((app.lcpMs / zeroJs.lcpMs) * 100) / 100 : null;
        results.lighthouse.pages.push({ page: name, lang, app, zeroJs, lcpRatio });
        console.log(`  ${name}/${lang}: app ${app.performance ?? app.error}, zero-JS copy ${zeroJs.performance ?? zeroJs.error}`);
      }
    }
  }
} finally {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
  rmSync(built.outDir, { recursive: true, force: true });
}
results.seconds = Math.round((Date.now() - started) / 1000);
results.loadAverageAtEnd = loadavg().map(round);
writeFileSync(join(ROOT, 'tests/bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

// ---------------------------------------------------------------------------------------------------
const line = (...cells) => console.log(cells.join('  '));
console.log(`\nFirst page (gzip -9, KB = 1000 bytes; budget ${kb(results.budget.firstPageGzipBytes)} KB)`);
line('landing'.padEnd(14), 'HTML'.padStart(6), 'JS'.padStart(7), 'CSS'.padStart(6), 'text'.padStart(6), 'total'.padStart(7), 'files');
for (const [name, l] of Object.entries(results.landings)) {
  line(name.padEnd(14), kb(l.html).padStart(6), kb(l.js).padStart(7), kb(l.css).padStart(6), kb(l.text).padStart(6), kb(l.total).padStart(7), l.files.filter((f) => f.kind !== 'other').map((f) => f.file.replace('assets/', '')).join(' '));
}
console.log('\nLanguage chunks (gzip -9)');
for (const [lng, chunks] of Object.entries(results.languageChunks)) {
  line(lng.padEnd(4), Object.entries(chunks).filter(([ns]) => ns !== 'total').map(([ns, c]) => `${ns} ${kb(c.gzip)} KB`).join(', '), `= ${kb(chunks.total)} KB`);
}
line('summary page chunk', `${kb(results.summaryChunk.js)} KB JS + ${kb(results.summaryChunk.css)} KB CSS`, `(${results.summaryChunk.modules.join(', ')})`);
line('whole build', `${results.build.files} files, ${kb(results.build.totalGzip)} KB`);
console.log(`\nTiming (load average ${results.loadAverageAtStart.join(' ')} at start, ${results.loadAverageAtEnd.join(' ')} at end: other work on the machine skews these)`);
for (const [rate, l] of Object.entries(results.lcpFirstQuestion)) line(`LCP first question, ${rate}`.padEnd(30), `${l.medianMs} ms median (${l.samplesMs.join(', ')}) on ${l.element}`);
const st = results.stepTransition;
for (const [label, s] of [['', st], ...(st.before ? [[` (before: ${st.before.commit})`, st.before]] : [])]) {
  line(`step transition, cpu${st.cpuThrottle}x${label}`.padEnd(30), `p50 ${s.p50Ms} ms, p95 ${s.p95Ms} ms, max ${s.maxMs} ms (${s.samples} steps over ${st.walks} walks; next frame p50 ${s.nextFrame.p50Ms}, p95 ${s.nextFrame.p95Ms}; load average ${s.loadAverage.min}–${s.loadAverage.max})`);
  for (const [name, one] of Object.entries(s.byStep)) line(`  ${name}`.padEnd(30), `p50 ${one.p50Ms} ms, max ${one.maxMs} ms`);
  line(`last step into the summary${label}`.padEnd(30), `p50 ${s.toSummary.p50Ms} ms, max ${s.toSummary.maxMs} ms`);
}
const sc = results.stepCpu;
if (sc) {
  line('step main-thread CPU, 1x'.padEnd(30), `p50 ${sc.p50Ms} ms, p95 ${sc.p95Ms} ms, max ${sc.maxMs} ms (${sc.samples} steps over ${sc.walks} traced walks; × ${CPU_RATE}: p50 ${round(sc.p50Ms * CPU_RATE)}, p95 ${round(sc.p95Ms * CPU_RATE)})`);
  line('  by step (p50)'.padEnd(30), Object.entries(sc.byStep).map(([name, ms]) => `${name} ${ms}`).join(', '));
}
if (results.lighthouse.skipped) console.log(`\nLighthouse: skipped (${results.lighthouse.skipped})`);
else {
  console.log(`\nLighthouse ${LIGHTHOUSE} (mobile), median (and minimum) of ${results.lighthouse.runs} runs: the app beside its zero-JavaScript copy`);
  line('page'.padEnd(13), 'app perf/a11y/bp'.padEnd(22), 'app FCP/LCP ms'.padEnd(15), 'copy perf'.padEnd(9), 'copy FCP/LCP ms'.padEnd(16), 'LCP ratio', 'load avg (app; copy)');
  for (const { page, lang, app, zeroJs, lcpRatio } of results.lighthouse.pages) {
    const name = `${page}/${lang}`.padEnd(13);
    if (app.error || zeroJs.error) {
      line(name, `not run: ${app.error ?? zeroJs.error}`);
      continue;
    }
    line(
      name,
      `${app.performance}/${app.accessibility}/${app.bestPractices} (${app.performanceMin}/${app.accessibilityMin}/${app.bestPracticesMin})`.padEnd(22),
      `${app.fcpMs}/${app.lcpMs}`.padEnd(15),
      String(zeroJs.performance).padEnd(9),
      `${zeroJs.fcpMs}/${zeroJs.lcpMs}`.padEnd(16),
      String(lcpRatio).padEnd(9),
      `${app.loadAverages.join(' ')}; ${zeroJs.loadAverages.join(' ')}`,
      app.failingAudits.length ? `below 0.9: ${app.failingAudits.join(', ')}` : '',
    );
  }
}
console.log(`\nWrote tests/bench/results.json (${results.seconds} s).`);

// Size check: fails (exit 1) when what a first page needs (HTML + JS + CSS + current-language first-page words,
// gzip -9) is over the ratchet in tests/bench/budget.json, for any landing (start page, first question) in any
// language, and then names the chunk that grew: each file the first page fetched is compared, by its name
// without the hash ('index.js', 'ru/translation-first.js'), with its size when the budget was set
// (budget.json "chunks"). The needed files are found by loading each landing in Chromium and recording the
// responses; the rest of the words (fetched right after the first page, src/i18n/firstPage.ts) is listed but
// not counted.
//
//   node tests/bench/size-check.mjs            # builds into a temporary folder first
//   node tests/bench/size-check.mjs dist       # checks an existing build (or SIZE_DIST=dist)
//   node tests/bench/size-check.mjs dist --record
//       sets the budget to the largest first page + 2 % and records each chunk's size (after a change that
//       made the first page smaller; never to let it grow without a reason in the commit message)
//
// Env: BENCH_PORT (default 4305) for the preview server, CHROMIUM_PATH (default /usr/bin/chromium).
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANDINGS, LANGS, ROOT, buildApp, firstPageFiles, kb, launchBrowser, listBuild, localeNamespaces, readBudget, serve, sumLanding } from './lib.mjs';

/** The budget: the largest first page plus this share. */
const MARGIN = 0.02;

const budget = readBudget();
const limit = budget.firstPageGzipBytes;
if (!Number.isInteger(limit) || limit <= 0) throw new Error('tests/bench/budget.json: firstPageGzipBytes must be a positive integer');
const recorded = budget.chunks ?? {};

const args = process.argv.slice(2);
const record = args.includes('--record');
const given = args.find((a) => !a.startsWith('--')) ?? process.env.SIZE_DIST;
const built = given ? null : await buildApp();
const outDir = given ? resolve(given) : built.outDir;
const files = listBuild(outDir);
const server = await serve(outDir, Number(process.env.BENCH_PORT ?? 4305));
const browser = await launchBrowser();
const rows = [];
try {
  for (const lang of LANGS) {
    for (const landing of LANDINGS) {
      const list = await firstPageFiles(browser, server.base, { path: landing.path, lang, files, localeOf: built?.localeOf, namespaces: localeNamespaces() });
      rows.push({ landing: `${landing.name} (${lang})`, ...sumLanding(list), list: list.filter((f) => f.kind !== 'other') });
    }
  }
} finally {
  await browser.close();
  await server.close();
  if (built) rmSync(built.outDir, { recursive: true, force: true });
}

console.log(`First-page size (gzip -9, KB = 1000 bytes) of ${outDir}; budget ${limit} bytes (${kb(limit)} KB)`);
console.log(['landing'.padEnd(18), 'HTML'.padStart(6), 'JS'.padStart(7), 'CSS'.padStart(6), 'text'.padStart(6), 'total'.padStart(7), '', 'after'.padStart(6)].join(' '));
let failed = false;
for (const row of rows) {
  const over = row.total > limit;
  failed ||= over;
  console.log(
    [
      row.landing.padEnd(18),
      kb(row.html).padStart(6),
      kb(row.js).padStart(7),
      kb(row.css).padStart(6),
      kb(row.text).padStart(6),
      kb(row.total).padStart(7),
      (over ? `OVER by ${row.total - limit} bytes` : 'ok').padEnd(4),
      kb(row.after).padStart(6),
    ].join(' '),
  );
}
const largest = Math.max(...rows.map((r) => r.total));
/** Every chunk a first page counts, by name: its largest size over the landings. */
const chunks = {};
for (const row of rows) for (const f of row.list) if (f.kind !== 'after') chunks[f.name] = Math.max(chunks[f.name] ?? 0, f.gzip);

if (record) {
  const next = Math.ceil(largest * (1 + MARGIN));
  const sorted = Object.fromEntries(Object.entries(chunks).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(ROOT, 'tests/bench/budget.json'), `${JSON.stringify({ ...budget, firstPageGzipBytes: next, chunks: sorted }, null, 2)}\n`);
  console.log(`size-check: recorded a budget of ${next} bytes (largest first page ${largest} + ${MARGIN * 100} %) and each chunk's size in tests/bench/budget.json.`);
  process.exit(0);
}
if (failed) {
  console.error(`size-check: FAILED, a first page needs more than the budget of ${limit} bytes (tests/bench/budget.json).`);
  for (const row of rows.filter((r) => r.total > limit)) {
    console.error(`  ${row.landing}: ${row.total} bytes, ${row.total - limit} over`);
    const changes = row.list
      .filter((f) => f.kind !== 'after')
      .map((f) => ({ ...f, was: recorded[f.name] }))
      .map((f) => ({ ...f, grew: f.was === undefined ? f.gzip : f.gzip - f.was }))
      .sort((a, b) => b.grew - a.grew);
    for (const f of changes.filter((c) => c.grew > 0)) {
      console.error(`    ${f.was === undefined ? 'new chunk' : 'grew'}: ${f.name} (${f.file}) ${f.gzip} bytes${f.was === undefined ? ', not on the first page when the budget was set' : `, was ${f.was}: +${f.grew}`}`);
    }
    if (!changes.some((c) => c.grew > 0)) console.error(`    no chunk grew against budget.json "chunks": ${row.list.map((f) => `${f.name} ${f.gzip}`).join(', ')}`);
  }
  process.exit(1);
}
console.log(`size-check: ok, largest first page ${largest} of ${limit} bytes.`);

// Size check: fails (exit 1) when what a first page needs (HTML + JS + CSS + current-language text, gzip -9)
// is over the ratchet in tests/bench/budget.json, for any landing (start page, first question) in any
// language. The needed files are found by loading each landing in Chromium and recording the responses.
//
//   node tests/bench/size-check.mjs            # builds into a temporary folder first
//   node tests/bench/size-check.mjs dist       # checks an existing build (or SIZE_DIST=dist)
//
// Env: BENCH_PORT (default 4305) for the preview server, CHROMIUM_PATH (default /usr/bin/chromium).
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANDINGS, LANGS, buildApp, firstPageFiles, kb, launchBrowser, listBuild, localeNamespaces, readBudget, serve, sumLanding } from './lib.mjs';

const budget = readBudget();
const limit = budget.firstPageGzipBytes;
if (!Number.isInteger(limit) || limit <= 0) throw new Error('tests/bench/budget.json: firstPageGzipBytes must be a positive integer');

const given = process.argv[2] ?? process.env.SIZE_DIST;
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
      rows.push({ landing: `${landing.name} (${lang})`, ...sumLanding(list), files: list.filter((f) => f.kind !== 'other').map((f) => f.file) });
    }
  }
} finally {
  await browser.close();
  await server.close();
  if (built) rmSync(built.outDir, { recursive: true, force: true });
}

console.log(`First-page size (gzip -9, KB = 1000 bytes) of ${outDir}; budget ${limit} bytes (${kb(limit)} KB)`);
console.log(['landing'.padEnd(18), 'HTML'.padStart(6), 'JS'.padStart(7), 'CSS'.padStart(6), 'text'.padStart(6), 'total'.padStart(7), ''].join(' '));
let failed = false;
for (const row of rows) {
  const over = row.total > limit;
  failed ||= over;
  console.log(
    [row.landing.padEnd(18), kb(row.html).padStart(6), kb(row.js).padStart(7), kb(row.css).padStart(6), kb(row.text).padStart(6), kb(row.total).padStart(7), over ? `OVER by ${row.total - limit} bytes` : 'ok'].join(' '),
  );
}
if (failed) {
  console.error(`size-check: FAILED, a first page needs more than the budget of ${limit} bytes (tests/bench/budget.json).`);
  for (const row of rows.filter((r) => r.total > limit)) console.error(`  ${row.landing}: ${row.total} bytes: ${row.files.join(', ')}`);
  process.exit(1);
}
console.log(`size-check: ok, largest first page ${Math.max(...rows.map((r) => r.total))} of ${limit} bytes.`);

// Prints the test counts of a CI run from the Vitest and Playwright JSON reports, and the cross-engine
// suite's count file when given (test-results/engines.json, written by tests/engines/run.mjs), as one
// closing line: "tests: N passed, N failed" (plus skipped). Exits 1 when a report is missing or a test failed.
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, playwrightFile, enginesFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;

if (vitestFile && existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  console.log(`vitest: ${v.numPassedTests} passed, ${v.numFailedTests} failed (${v.numTotalTests} total)`);
} else {
  console.log(`vitest: no report at ${vitestFile}`);
  missing = true;
}

if (playwrightFile && existsSync(playwrightFile)) {
  const p = JSON.parse(readFileSync(playwrightFile, 'utf8'));
  const s = p.stats ?? {};
  const pwFailed = (s.unexpected ?? 0) + (s.flaky ?? 0);
  passed += s.expected ?? 0;
  failed += pwFailed;
  skipped += s.skipped ?? 0;
  console.log(`playwright: ${s.expected ?? 0} passed, ${pwFailed} failed, ${s.skipped ?? 0} skipped`);
} else {
  console.log(`playwright: no report at ${playwrightFile}`);
  missing = true;
}

if (enginesFile) {
  if (existsSync(enginesFile)) {
    const e = JSON.parse(readFileSync(enginesFile, 'utf8'));
    passed += e.passed ?? 0;
    failed += e.failed ?? 0;
    const parts = Object.values(e.engines ?? {}).map((engine) => `${engine.version ?? 'not started'}, ${Math.round((engine.ms ?? 0) / 1000)} s`);
    console.log(`engines (Firefox, WebKit): ${e.passed ?? 0} passed, ${e.failed ?? 0} failed${parts.length ? ` [${parts.join('; ')}]` : ''}`);
  } else {
    console.log(`engines: no report at ${enginesFile}`);
    missing = true;
  }
}

console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || missing || passed === 0 ? 1 : 0);

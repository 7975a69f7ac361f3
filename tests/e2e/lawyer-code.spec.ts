// Issue 22, FLOW.md §5 "The lawyer's code": a code on the Russian summary that a lawyer scans and reads in
// English, made and read on the devices alone. Its pixels are read back with jsQR, on screen and on paper.
import { decodeLawyerCode, encodeLawyerCode } from '../../flows/asylum/code';
import { EVERY_QUESTION_ANSWERS } from '../../flows/asylum/testing/fixtures';
import { FULL_WALK_EN, FULL_WALK_EN_OUTCOME, TODAY, TODAY_ISO, collectRequests, exact, expect, storageOf, test, tr, walkToSummary } from './helpers';
import { pageCount, pdfText, printToPdf, readQrPdfPage, readQrPng } from './qr';

const CODE_URL = /^http:\/\/127\.0\.0\.1:\d+\/#\/r\/[A-Z2-7]+$/;
/** The day a lawyer opens the code: later than the code's, so a summary "as of today" would differ. */
const LATER = new Date('2027-02-15T12:00:00');

test('in Russian, the box shows the code; its pixels on screen and on paper read back to the address in data-url', async ({ page }) => {
  await walkToSummary(page, 'ru', FULL_WALK_EN);
  const box = page.locator('input[type="checkbox"][name="lawyer-code"]');
  await expect(box).not.toBeChecked();
  await expect(page.locator('#lawyer-code')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: exact(tr('ru', 'lawyerCode.checkbox')) })).toBeVisible();
  // The QR library is fetched only now, in its own chunk.
  const requests = collectRequests(page);
  await box.check();
  const code = page.locator('#lawyer-code');
  await expect(code.locator('svg')).toBeVisible();
  expect(requests.some((url) => /\/assets\/qr-[\w-]+\.js$/.test(url)), requests.join('\n')).toBe(true);

  const url = (await code.getAttribute('data-url')) ?? '';
  expect(url).toMatch(CODE_URL);
  const decoded = decodeLawyerCode(url.split('#/r/')[1] ?? '');
  expect(decoded).toMatchObject({ ok: true, madeOn: TODAY_ISO });
  expect(readQrPng(await code.screenshot())).toBe(url);
  // The address under it, and the line saying it holds the same answers in plain form.
  const figure = page.locator('figure.lawyer-code');
  await expect(figure).toContainText(url);
  await expect(figure.getByText(tr('ru', 'lawyerCode.sameAnswers'))).toBeVisible();

  // On paper: beside the "For the lawyer" table on page 1, every module at least 0.5 mm.
  await page.emulateMedia({ media: 'print' });
  const boxes = await page.evaluate(() => {
    const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().toJSON() as DOMRect | undefined;
    return { table: rect('.summary-lawyer .facts-table'), code: rect('#lawyer-code'), modules: Number(document.querySelector('#lawyer-code')?.getAttribute('data-modules')) };
  });
  await page.emulateMedia({ media: 'screen' });
  if (!boxes.table || !boxes.code) throw new Error('no table or code on paper');
  expect(boxes.code.left).toBeGreaterThanOrEqual(boxes.table.right);
  expect(boxes.code.top).toBeLessThan(boxes.table.bottom);
  const moduleMm = ((boxes.code.width / boxes.modules) * 25.4) / 96;
  expect(moduleMm).toBeGreaterThanOrEqual(0.5);
  test.info().annotations.push({ type: 'module', description: `${boxes.modules} modules with the quiet zone, ${moduleMm.toFixed(3)} mm each` });

  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printToPdf(page, test.info().outputPath(`lawyer-code-ru-${format}.pdf`), format);
    expect(readQrPdfPage(pdf, 1), `${format} page 1`).toBe(url);
    const first = pdfText(pdf, [1, 1]);
    expect(first).toContain(tr('ru', 'summary:summary.forLawyer.title'));
    expect(pdfText(pdf, [1, 1], false)).toContain(tr('ru', 'lawyerCode.sameAnswers').replace(/\u00a0/g, ' '));
    // The box is a control: not on paper.
    expect(pdfText(pdf)).not.toContain(tr('ru', 'lawyerCode.checkbox'));
  }
});

test('the two-language printout carries the code once, on the first copy', async ({ page }) => {
  await walkToSummary(page, 'ru', FULL_WALK_EN);
  await page.locator('input[name="lawyer-code"]').check();
  await page.locator('#summary-print-bilingual').check();
  await expect(page.locator('.summary-copy')).toBeAttached();
  await expect(page.locator('#lawyer-code svg')).toBeVisible();
  await expect(page.locator('.qr-code')).toHaveCount(1);
  await expect(page.locator('.summary-copy .qr-code')).toHaveCount(0);
  const pdf = await printToPdf(page, test.info().outputPath('lawyer-code-bilingual.pdf'), 'A4');
  const pages = pageCount(pdf);
  expect(pages).toBeLessThanOrEqual(8);
  const url = await page.locator('#lawyer-code').getAttribute('data-url');
  expect(readQrPdfPage(pdf, 1)).toBe(url);
  for (let n = 2; n <= pages; n++) expect(readQrPdfPage(pdf, n, 100), `page ${n}`).toBeUndefined();
});

test('an English phone opens the Russian code as the same summary in English, as of the code’s day, keeping nothing', async ({ page, browser }) => {
  await walkToSummary(page, 'ru', FULL_WALK_EN);
  await expect(page.locator('#summary')).toHaveAttribute('data-outcome', FULL_WALK_EN_OUTCOME);
  await page.locator('input[name="lawyer-code"]').check();
  const url = (await page.locator('#lawyer-code').getAttribute('data-url')) ?? '';
  const payload = url.split('#/r/')[1] ?? '';

  const context = await browser.newContext({ locale: 'en-US' });
  const lawyer = await context.newPage();
  const errors: string[] = [];
  lawyer.on('pageerror', (error) => errors.push(error.message));
  lawyer.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const requests = collectRequests(lawyer);
  await lawyer.clock.setFixedTime(LATER);
  await lawyer.goto(url);
  const summary = lawyer.locator('#summary');
  await expect(summary).toHaveAttribute('data-outcome', FULL_WALK_EN_OUTCOME);
  await expect(lawyer.locator('html')).toHaveAttribute('lang', 'en');
  await expect(summary.locator('h1')).toHaveText(exact(tr('en', `summary:outcomes.${FULL_WALK_EN_OUTCOME}.title`)));
  await expect(summary).toHaveAttribute('data-made-on', TODAY_ISO);
  await expect(summary).toContainText(tr('en', 'codeSummary.asOf', { date: 'November 25, 2026' }));
  // Counted as of the code's day (the deadline, March 10, 2025, was 625 days before November 25, 2026), not the lawyer's.
  await expect(summary).toContainText('That was 625 days ago.');
  // The "For the lawyer" table on screen, in English.
  await expect(summary.locator('.summary-lawyer-facts')).toBeVisible();
  await expect(summary.locator('.summary-lawyer-facts')).toContainText(tr('en', 'summary:summary.forLawyer.title'));
  // The payload left the address at once; the tab keeps no answer.
  expect(await lawyer.evaluate(() => location.hash)).toBe('#/r');
  expect(await lawyer.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__asylum')))).toEqual([]);
  const kept = await storageOf(lawyer);
  const everything = JSON.stringify(kept);
  expect(everything).not.toContain(payload);
  for (const code of ['in_us', 'political', 'non_state_uncontrolled', 'changed_circumstances', '2024-03-10']) expect(everything, code).not.toContain(code);
  expect(kept.local).toEqual({});
  // Asking nothing: no Change links, no Start again, no code box, no form.
  await expect(lawyer.getByRole('link', { name: /^Change/ })).toHaveCount(0);
  await expect(lawyer.getByRole('button', { name: tr('en', 'nav.startAgain') })).toHaveCount(0);
  await expect(lawyer.locator('input')).toHaveCount(0);
  expect(requests.filter((r) => !r.startsWith('http://127.0.0.1:')), 'no other origin').toEqual([]);

  // A reload finds nothing: scan again.
  await lawyer.reload();
  await expect(lawyer.locator('#code-summary-gone')).toContainText(tr('en', 'codeSummary.scanAgain'));
  await expect(lawyer.locator('#summary')).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('a malformed, cut or newer code gives a clear error page, in the device’s language (Russian)', async ({ browser }) => {
  const good = encodeLawyerCode(EVERY_QUESTION_ANSWERS, TODAY_ISO);
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  for (const [payload, reason] of [
    [good.slice(0, 12), 'truncated'],
    [`Z${good.slice(1)}`, 'newer'],
    [`${good.slice(0, 3)}!!`, 'malformed'],
  ] as const) {
    // Each a fresh load (from a blank page), as a scan opens it; ?lang=en does not decide here.
    await page.goto('about:blank');
    await page.goto(`/?lang=en#/r/${payload}`);
    const error = page.locator('#code-error');
    await expect(error).toHaveAttribute('data-reason', reason);
    await expect(error.locator('h1')).toHaveText(exact(tr('ru', 'codeSummary.errorTitle')));
    await expect(error).toContainText(tr('ru', `codeSummary.${reason}`));
    expect(await page.evaluate(() => location.hash)).toBe('#/r');
  }
  await context.close();
});

// Issue 24 part 3, FLOW.md §5 "Hand it out": #/share, the app's own address as a QR code and as text, a ready
// message, copy buttons, and a one-page poster. The code's pixels are read back with jsQR.
import { collectRequests, exact, expect, expectNoAxeViolations, openApp, test, tr, type Lang } from './helpers';
import { pageCount, pdfText, printToPdf, readQrPdfPage, readQrPng } from './qr';

for (const lang of ['ru', 'en'] as const satisfies readonly Lang[]) {
  test(`${lang}: the footer opens #/share; the code reads back to the app's address, the copy buttons copy it and the message`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const requests = collectRequests(page);
    await openApp(page, `/?lang=${lang}`);
    await page.locator('footer a[href="#/share"]').click();
    await expect(page).toHaveURL(/#\/share$/);
    await expect(page.locator('h1')).toHaveText(exact(tr(lang, 'share.title')));
    const code = page.locator('#share-code');
    await expect(code.locator('svg')).toBeVisible();
    const address = await page.evaluate(() => location.origin + location.pathname);
    await expect(code).toHaveAttribute('data-url', address);
    expect(readQrPng(await code.screenshot())).toBe(address);
    await expect(page.locator('#share-address')).toHaveText(address);

    await page.locator('[data-copy="address"]').click();
    await expect(page.locator('.share__copied')).toHaveText(tr(lang, 'share.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    await page.locator('[data-copy="message"]').click();
    const message = tr(lang, 'share.message', { url: lang === 'ru' ? `${address}?lang=ru` : address });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
    if (lang === 'ru') expect(message).toContain('?lang=ru');

    await expectNoAxeViolations(page, `#/share (${lang})`);
    expect(requests.filter((url) => !url.startsWith(`${new URL(address).origin}/`)), 'no request to another origin').toEqual([]);
  });
}

test('the privacy page links to #/share and says the lawyer’s browser may keep the code’s address', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await page.locator('footer a[href="#/privacy"]').click();
  await expect(page.locator('main a[href="#/share"]')).toHaveText(tr('en', 'share.footerLink'));
  await expect(page.locator('main')).toContainText(tr('en', 'privacy:lawyerCode'));
});

test('the poster: one A4 and one Letter page, the code at least 10 cm wide and readable on paper, both languages, no answers', async ({ page }) => {
  await openApp(page, '/?lang=ru');
  await page.goto('/?lang=ru#/share');
  await expect(page.locator('#share-code svg')).toBeVisible();
  const address = (await page.locator('#share-code').getAttribute('data-url')) ?? '';
  await expect(page.locator('.share-poster__text--second')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  const widthMm = ((await page.locator('#share-code').evaluate((e) => e.getBoundingClientRect().width)) * 25.4) / 96;
  await page.emulateMedia({ media: 'screen' });
  expect(widthMm).toBeGreaterThanOrEqual(100);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printToPdf(page, test.info().outputPath(`poster-${format}.pdf`), format);
    expect(pageCount(pdf), format).toBe(1);
    expect(readQrPdfPage(pdf, 1, 100), format).toBe(address);
    const text = pdfText(pdf, undefined, false);
    for (const lang of ['ru', 'en'] as const) expect(text).toContain(tr(lang, 'share.posterTitle').replace(/\u00a0/g, ' '));
    expect(text).toContain(address);
    // Controls are not on paper.
    expect(text).not.toContain(tr('ru', 'share.copyAddress'));
  }
});

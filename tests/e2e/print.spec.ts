// Printing the summary: Chromium's print-to-PDF, read back with poppler (pdftotext, pdffonts, pdfinfo).
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { walkOf, walkToSummary as walk, type Walk } from './helpers';

type Format = 'A4' | 'Letter';

async function printPdf(page: Page, name: string, format: Format): Promise<string> {
  const path = test.info().outputPath(`${name}-${format}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, format });
  await page.emulateMedia({ media: 'screen' });
  return path;
}

const pdfText = (path: string, pages?: [number, number]) =>
  execFileSync('pdftotext', ['-layout', ...(pages ? ['-f', String(pages[0]), '-l', String(pages[1])] : []), path, '-'], { encoding: 'utf8' });
const pageCount = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
/** Text with the layout's line breaks and runs of spaces folded, so a sentence can be found whole. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function expectEmbeddedFont(path: string) {
  const rows = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  expect(rows.length).toBeGreaterThan(0);
  // Every font is embedded ("emb" column = yes) and is one that has Cyrillic letters.
  for (const row of rows) expect(row).toMatch(/(Liberation|DejaVu)\S*\s.*\syes\s+yes\s+yes\s/);
}

const IN_TIME: Walk = walkOf({
  location: 'in_us',
  minor: 'no',
  grounds: ['political'],
  harm: 'past_harm',
  harmBy: 'government',
  otherCountry: 'no',
  lastArrival: '2026-07-04',
  entry: 'visa',
  proceedings: 'no',
  priorDenial: 'no',
  bars: ['none'],
});

/** A court case past the deadline: defensive filing, alternatives, two flags and the urgent box. */
const COURT: Walk = walkOf({
  location: 'in_us',
  minor: 'no',
  grounds: ['lgbt'],
  harm: 'fear_only',
  harmBy: 'government',
  otherCountry: 'no',
  lastArrival: '2024-01-10',
  entry: 'visa',
  proceedings: 'yes',
  priorDenial: 'no',
  exceptions: ['none'],
  bars: ['none'],
});

/** The longest path (relocation and exceptions asked), with every ground and six flags. */
const LONGEST: Walk = walkOf({
  location: 'in_us',
  minor: 'no',
  grounds: ['political', 'lgbt', 'ethnicity', 'religion', 'military_refusal', 'other_group'],
  harm: 'past_harm',
  harmBy: 'non_state_uncontrolled',
  relocation: 'unsure',
  otherCountry: 'no',
  lastArrival: '2024-01-10',
  entry: 'between_ports',
  proceedings: 'unsure',
  priorDenial: 'no',
  exceptions: ['changed_circumstances', 'maintained_status'],
  bars: ['none'],
});

for (const format of ['A4', 'Letter'] as const) {
  test(`English may_qualify on ${format}: deadline, headline, not legal advice, links with addresses, no controls`, async ({ page }) => {
    await walk(page, 'en', IN_TIME);
    const path = await printPdf(page, 'en-may-qualify', format);
    const text = flat(pdfText(path));
    expect(text).toContain('You may be able to ask for asylum');
    expect(text).toContain('Your last day to file, by our calculation: Tuesday, July 6, 2027');
    expect(text).toContain('You have 223 days left.');
    expect(text).toContain('Asylum Screener — Not legal advice');
    expect(text).toContain('Printed on November 25, 2026 · Rules reviewed on December 6, 2026');
    expect(text).toContain('For the lawyer: key facts');
    expect(text).toContain('One-year deadline July 6, 2027 (not passed)');
    expect(text).toMatch(/USCIS: Form I-589 \(instructions, fee, where to file\)\s+\(https:\/\/www\.uscis\.gov\/i-589\)/);
    expect(text).toMatch(/\b1 ?\/ ?\d+\b/); // page numbers from the @page margin box
    for (const control of ['Exit this page', 'Русский', 'Print or save as PDF', 'Print in Russian', 'Add this date to my calendar', 'Start again']) {
      expect(text).not.toContain(control);
    }
    expect(text).not.toMatch(/\bChange\b|\bBack\b/);
    expectEmbeddedFont(path);
  });

  test(`Russian deadline_passed on ${format}: Cyrillic intact, Russian dates, no controls`, async ({ page }) => {
    await walk(page, 'ru', COURT);
    await expect(page.locator('#summary')).toHaveAttribute('data-outcome', 'deadline_passed');
    const path = await printPdf(page, 'ru-deadline-passed', format);
    const text = flat(pdfText(path));
    expect(text).toContain('Годичный срок подачи на убежище, похоже, прошёл');
    expect(text).toContain('Ваш последний день подачи по нашему расчёту: пятница, 10 января 2025 г. Это было');
    expect(text).toContain('Это было 684 дня назад.');
    expect(text).toContain('Asylum Screener — Не юридическая консультация');
    expect(text).toContain('Это не юридическая консультация.');
    expect(text).toContain('приходите на каждое заседание');
    expect(text).toContain('Запрет высылки (withholding of removal)');
    expect(text).toMatch(/щ.*ё|ё.*щ/); // Cyrillic letters outside the basic range come through
    for (const control of ['Уйти с этой страницы', 'English', 'Распечатать или сохранить', 'Изменить', 'Начать заново', 'Назад']) {
      expect(text).not.toContain(control);
    }
    expectEmbeddedFont(path);
  });
}

test('bilingual print: the interface language, then the other language from a new page', async ({ page }) => {
  await walk(page, 'en', IN_TIME);
  await page.getByRole('checkbox', { name: /Print in Russian and English/ }).check();
  await expect(page.locator('.summary-copy[lang="ru"]')).toBeAttached();
  await expect(page.locator('.summary-copy')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[id="summary"]')).toHaveCount(1);
  const path = await printPdf(page, 'bilingual', 'A4');
  const text = flat(pdfText(path));
  expect(text).toContain('You may be able to ask for asylum');
  expect(text).toContain('Возможно, вы можете попросить убежища');
  expect(text.indexOf('You may be able to ask for asylum')).toBeLessThan(text.indexOf('Возможно, вы можете попросить убежища'));
  expect(text).toContain('Осталось 223 дня.');
  expect(text).toContain('Для адвоката: основные факты');
  // The Russian copy starts at the top of a page, with its own printed header.
  const pages = pageCount(path);
  const starts = Array.from({ length: pages }, (_, i) => flat(pdfText(path, [i + 1, i + 1])).trim());
  const ruStart = starts.findIndex((p) => p.startsWith('Asylum Screener — Не юридическая консультация'));
  expect(ruStart).toBeGreaterThan(0);
  expect(starts[0]?.startsWith('Asylum Screener — Not legal advice')).toBe(true);
  expect(starts[ruStart]).toContain('Возможно, вы можете попросить убежища');
  expect(starts.slice(0, ruStart).join(' ')).not.toContain('Не юридическая консультация');
  expect(starts.slice(ruStart).join(' ')).not.toContain('You may be able to ask for asylum');
  expectEmbeddedFont(path);
});

/** Page limits (issue 12): a typical walk and a court case past the deadline fit in 3 pages, the longest path in 4; both languages of the longest path in 8. */
const PAGE_LIMITS = { typical: 3, court: 3, longest: 4, bilingual: 8 } as const;

test(`page count, with the lawyer's code on: typical ≤ ${PAGE_LIMITS.typical}, court case ≤ ${PAGE_LIMITS.court}, longest ≤ ${PAGE_LIMITS.longest} pages per language on A4 and Letter`, async ({ page }) => {
  const printed: { name: string; pages: number; limit: number }[] = [];
  const measure = async (kind: keyof typeof PAGE_LIMITS, lang: 'en' | 'ru', formats: readonly Format[], check?: string) => {
    for (const format of formats) {
      const path = await printPdf(page, `${kind}-${lang}`, format);
      printed.push({ name: `${kind} ${lang} ${format}`, pages: pageCount(path), limit: PAGE_LIMITS[kind] });
      // Read block by block (no -layout): the lawyer's code and its caption stand in a column beside the table.
      if (check) expect(flat(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }))).toContain(check);
    }
  };
  // Every count with the lawyer's code on (issue 22): it prints beside the "For the lawyer" table, once.
  const withCode = async () => {
    await page.locator('input[name="lawyer-code"]').check();
    await expect(page.locator('#lawyer-code svg')).toBeVisible();
  };
  for (const lang of ['en', 'ru'] as const) {
    await walk(page, lang, LONGEST);
    await expect(page.locator('#summary')).toHaveAttribute('data-outcome', 'may_qualify_exception');
    await withCode();
    await measure('longest', lang, ['A4', 'Letter'], lang === 'en' ? 'Other particular social group' : 'Другая определённая социальная группа');
    await page.locator('#summary-print-bilingual').check();
    await expect(page.locator('.summary-copy')).toBeAttached();
    await measure('bilingual', lang, ['A4'], lang === 'en' ? 'Другая определённая социальная группа' : 'Other particular social group');
    for (const [kind, answers] of [['typical', IN_TIME], ['court', COURT]] as const) {
      await page.evaluate(() => sessionStorage.clear());
      await walk(page, lang, answers);
      await withCode();
      await measure(kind, lang, ['A4', 'Letter']);
    }
    await page.evaluate(() => sessionStorage.clear());
  }
  const counts = Object.fromEntries(printed.map(({ name, pages }) => [name, pages]));
  test.info().annotations.push({ type: 'pages', description: JSON.stringify(counts) });
  console.log('PDF pages', counts);
  for (const { name, pages, limit } of printed) {
    expect(pages, name).toBeGreaterThan(0);
    expect(pages, name).toBeLessThanOrEqual(limit);
  }
});

test('on paper every text is black, on white, at 11 pt or more, and no control is shown (both copies, the lawyer’s code on)', async ({ page }) => {
  await walk(page, 'ru', LONGEST);
  await page.locator('#summary-print-bilingual').check();
  await page.locator('input[name="lawyer-code"]').check();
  await expect(page.locator('#lawyer-code svg')).toBeVisible();
  await expect(page.locator('.summary-copy')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  const found = await page.evaluate(() => {
    const small: string[] = [];
    const coloured: string[] = [];
    const controls: string[] = [];
    let texts = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      texts += 1;
      const where = `${element.tagName.toLowerCase()}.${element.className}: ${node.textContent.trim().slice(0, 40)}`;
      if (parseFloat(style.fontSize) < (11 * 96) / 72 - 0.01) small.push(`${style.fontSize} ${where}`);
      if (style.color !== 'rgb(0, 0, 0)') coloured.push(`${style.color} ${where}`);
    }
    for (const control of document.querySelectorAll('button, input, select, textarea, .exit-this-page, .language-switch, .back-link, .header, .footer')) {
      if (control.getClientRects().length > 0) controls.push(control.outerHTML.slice(0, 60));
    }
    for (let element: Element | null = document.querySelector('.summary-copy h1'); element; element = element.parentElement) {
      const background = getComputedStyle(element).backgroundColor;
      if (!['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)', 'transparent'].includes(background)) coloured.push(`background ${background} on ${element.tagName}`);
    }
    return { texts, small, coloured, controls };
  });
  await page.emulateMedia({ media: 'screen' });
  expect(found.texts).toBeGreaterThan(200);
  expect(found.small).toEqual([]);
  expect(found.coloured).toEqual([]);
  expect(found.controls).toEqual([]);
});

test('a printed page looks like a document (PNG for a visual check)', async ({ page }) => {
  await walk(page, 'ru', IN_TIME);
  const path = await printPdf(page, 'look-ru', 'A4');
  const prefix = test.info().outputPath('look-ru-page');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, prefix]);
  const text = flat(pdfText(path, [1, 1]));
  expect(text.startsWith('Asylum Screener — Не юридическая консультация')).toBe(true);
  expect(text).toContain('Для адвоката: основные факты');
  expect(text).toMatch(/\b1 ?\/ ?\d+\b/);
});

// Reading QR codes in the browser tests: from a PNG (an element screenshot, or a printed page rendered by
// poppler's pdftoppm) with jsQR, in the Node test process.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';

/** The text of the QR code in a PNG, or undefined when none is found. */
export function readQrPng(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data;
}

/** Prints the page to PDF (print media, then back to screen); returns the file's path. */
export async function printToPdf(page: Page, path: string, format: 'A4' | 'Letter'): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, format });
  await page.emulateMedia({ media: 'screen' });
  return path;
}

/** Renders one page of a PDF with pdftoppm at `dpi` and reads the QR code on it. */
export function readQrPdfPage(pdf: string, pageNumber: number, dpi = 150): string | undefined {
  const prefix = `${pdf}-p${pageNumber}`;
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', pdf, prefix]);
  return readQrPng(readFileSync(`${prefix}.png`));
}

export const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
/** The PDF's text, runs of white space folded; `layout` keeps columns side by side (else each block is read whole). */
export const pdfText = (pdf: string, pages?: [number, number], layout = true) =>
  execFileSync('pdftotext', [...(layout ? ['-layout'] : []), ...(pages ? ['-f', String(pages[0]), '-l', String(pages[1])] : []), pdf, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );

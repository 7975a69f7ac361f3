import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { encodeLawyerCode } from '../../flows/asylum/code';
import { answersOnPath } from '../../flows/asylum/questions';
import { EVERY_QUESTION_ANSWERS, completeAnswers, sampleAnswersArb } from '../../flows/asylum/testing/fixtures';
import { MAX_VERSION, QUIET_ZONE, makeQr, type QrCode } from './qr';

const TODAY = '2026-12-06';

/** Paints the SVG path (its "M x y h w v 1 h -w z" runs) black on white, `scale` pixels a module, and reads it with jsQR. */
function read(code: QrCode, scale = 4): string | undefined {
  const side = code.side * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, w] of code.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row++)
      for (let col = Number(x) * scale; col < (Number(x) + Number(w)) * scale; col++) pixels.fill(0, (row * side + col) * 4, (row * side + col) * 4 + 3);
  }
  return jsQR(pixels, side, side)?.data;
}

/** A long address where a legal-aid group might host the app (65 characters before the hash). */
const LONG_BASE = 'https://legal-aid-organisation.example.org/tools/asylum-screener/';

/** The longest payload: the longest walk, and the longest of many answer sets drawn from the registry. */
function longestPayload(): string {
  const drawn = fc.sample(sampleAnswersArb(TODAY), { numRuns: 500, seed: 22 }).map((a) => answersOnPath(completeAnswers(a, TODAY), TODAY));
  return [EVERY_QUESTION_ANSWERS, ...drawn].map((a) => encodeLawyerCode(a, TODAY)).reduce((a, b) => (b.length > a.length ? b : a));
}

describe('QR codes (lean-qr, level M)', () => {
  it('the longest path’s address fits version 10 or lower at level M, and reads back exactly', () => {
    const url = `${LONG_BASE}#/r/${longestPayload()}`;
    const code = makeQr(url);
    expect(code.version).toBeLessThanOrEqual(MAX_VERSION);
    expect(code.size).toBe(17 + 4 * code.version);
    expect(read(code)).toBe(url);
  });

  it('reads back any address of the app, short or long (the path is one run per row of dark modules)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withFragments: false, withQueryParameters: false }), fc.stringMatching(/^[A-Z2-7]{0,40}$/), (base, payload) => {
        const url = `${base}#/r/${payload}`;
        fc.pre(url.length < 150);
        expect(read(makeQr(url))).toBe(url);
      }),
      { numRuns: 20 },
    );
  });

  it('leaves the quiet zone of 4 modules empty', () => {
    const code = makeQr('http://127.0.0.1:4173/');
    for (const [, x, y, w] of code.path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(y)).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(x) + Number(w)).toBeLessThanOrEqual(QUIET_ZONE + code.size);
    }
  });

  it('refuses text that would need a code above version 10', () => {
    expect(() => makeQr('x'.repeat(300))).toThrow();
  });
});

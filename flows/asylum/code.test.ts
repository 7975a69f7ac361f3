import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { CODE_FORMAT_VERSION, decodeDateAnswer, decodeLawyerCode, encodeDateAnswer, encodeLawyerCode, registryFingerprint } from './code';
import { addDays } from './dates';
import { QUESTION_ORDER, answersOnPath, firstOpenStep, questionPath } from './questions';
import { EVERY_QUESTION_ANSWERS, answersArb, completeAnswers, sampleAnswersArb } from './testing/fixtures';

const TODAY = '2026-12-06';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The payload's bits after its version character, and back (the test's own reading of base32). */
const toBits = (payload: string) => [...payload.slice(1)].flatMap((c) => [4, 3, 2, 1, 0].map((i) => (ALPHABET.indexOf(c) >> i) & 1));
function fromBits(version: string, bits: readonly number[]): string {
  let text = version;
  for (let i = 0; i < bits.length; i += 5) text += ALPHABET[[0, 1, 2, 3, 4].reduce((v, j) => v * 2 + (bits[i + j] ?? 0), 0)];
  return text;
}
const flip = (payload: string, bit: number) => {
  const bits = toBits(payload);
  bits[bit] = 1 - (bits[bit] ?? 0);
  return fromBits(payload.charAt(0), bits);
};

/** A day from 1990 to 2040, the day a code may be made. */
const dayArb = fc.integer({ min: 0, max: 365 * 50 }).map((n) => addDays('1990-01-01', n));

/** Complete answers on the path on `madeOn`, drawn from the registry's generators (any value, and the sample values). */
const completeOnPath = (madeOn: string) =>
  fc.oneof(answersArb, sampleAnswersArb(madeOn)).map((drawn) => answersOnPath(completeAnswers(drawn, madeOn), madeOn));

describe('the lawyer’s code payload', () => {
  it('round-trips every complete answer set the registry allows, with the day it was made', () => {
    fc.assert(
      fc.property(
        dayArb.chain((madeOn) => completeOnPath(madeOn).map((answers) => ({ answers, madeOn }))),
        ({ answers, madeOn }) => {
          const payload = encodeLawyerCode(answers, madeOn);
          expect(payload).toMatch(/^[A-Z2-7]+$/);
          expect(decodeLawyerCode(payload)).toEqual({ ok: true, answers, madeOn });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('holds only the answers on the path: one off it is left out', () => {
    const answers: Answers = { ...completeAnswers({ location: 'outside_us' }, TODAY), entry: 'visa', lastArrival: '2025-01-01' };
    const decoded = decodeLawyerCode(encodeLawyerCode(answers, TODAY));
    expect(decoded).toEqual({ ok: true, answers: answersOnPath(answers, TODAY), madeOn: TODAY });
  });

  it('round-trips the longest walk, exceptions and all (asked only because the deadline passed by the code’s day)', () => {
    const payload = encodeLawyerCode(EVERY_QUESTION_ANSWERS, TODAY);
    expect(decodeLawyerCode(payload)).toEqual({ ok: true, answers: EVERY_QUESTION_ANSWERS, madeOn: TODAY });
    expect(questionPath(EVERY_QUESTION_ANSWERS, TODAY)).toEqual([...QUESTION_ORDER]);
  });

  it('writes every form of a date answer and reads it back: a day, a month alone, “unknown”', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 8099 * 365 }).map((n) => addDays('1900-01-01', n)),
          fc.record({ year: fc.integer({ min: 1900, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) }).map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`),
          fc.constant('unknown'),
        ),
        (value) => {
          expect(decodeDateAnswer(encodeDateAnswer(value))).toBe(value);
        },
      ),
    );
    // Each form is told apart by its tag, not by its length.
    expect(new Set(['2025-03-01', '2025-03', 'unknown'].map(encodeDateAnswer)).size).toBe(3);
  });

  it('is short: the longest path is under 40 characters', () => {
    expect(encodeLawyerCode(EVERY_QUESTION_ANSWERS, TODAY).length).toBeLessThan(40);
  });

  it('starts with its format version', () => {
    expect(encodeLawyerCode(EVERY_QUESTION_ANSWERS, TODAY).charAt(0)).toBe(ALPHABET[CODE_FORMAT_VERSION]);
  });
});

describe('a payload that cannot be read is refused with its reason', () => {
  const good = encodeLawyerCode(EVERY_QUESTION_ANSWERS, TODAY);

  it('newer: a format version above this app’s', () => {
    for (const version of ALPHABET.slice(CODE_FORMAT_VERSION + 1)) expect(decodeLawyerCode(version + good.slice(1))).toEqual({ ok: false, reason: 'newer' });
  });

  it('truncated: every shorter start of a payload, and nothing at all', () => {
    for (let length = 0; length < good.length; length++) expect(decodeLawyerCode(good.slice(0, length)), `${length} characters`).toEqual({ ok: false, reason: 'truncated' });
  });

  it('malformed: characters outside the alphabet, lower case, padding, version 0, a character too many', () => {
    for (const bad of [`${good.slice(0, 5)}!${good.slice(6)}`, good.toLowerCase(), `${good}=`, `A${good.slice(1)}`, `${good}A`, `${good}B`, '%2F', 'Bxyz'])
      expect(decodeLawyerCode(bad), bad).toEqual({ ok: false, reason: 'malformed' });
  });

  it('malformed: answers that do not form the complete path on the code’s day (each presence bit flipped)', () => {
    // Bits: fingerprint (10), the day (22), then one presence bit per question.
    for (let i = 0; i < QUESTION_ORDER.length; i++) {
      const decoded = decodeLawyerCode(flip(good, 32 + i));
      expect(decoded.ok, QUESTION_ORDER[i]).toBe(false);
    }
  });

  it('malformed: well-formed answers off the path (outside the U.S. read as in the U.S., with its questions missing)', () => {
    const abroad = encodeLawyerCode(completeAnswers({ location: 'outside_us' }, TODAY), TODAY);
    const start = 32 + QUESTION_ORDER.length;
    const bits = toBits(abroad);
    expect(bits.slice(start, start + 2)).toEqual([1, 0]);
    bits[start] = 0; // 'in_us'
    expect(decodeLawyerCode(fromBits('B', bits))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('malformed: the last character’s padding bits are not zero (or a flipped last bit reads another answer set)', () => {
    fc.assert(
      fc.property(completeOnPath(TODAY), (answers) => {
        const payload = encodeLawyerCode(answers, TODAY);
        expect(decodeLawyerCode(flip(payload, toBits(payload).length - 1))).not.toEqual({ ok: true, answers, madeOn: TODAY });
      }),
    );
  });

  it('malformed: an answer index beyond the question’s codes', () => {
    // location is the first answer: 2 bits, 'in_us' = 0; index 3 names no code.
    const start = 32 + QUESTION_ORDER.length;
    const bits = toBits(good);
    bits[start] = 1;
    bits[start + 1] = 1;
    expect(decodeLawyerCode(fromBits('B', bits))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('other questions: made by an app whose registry differs (the fingerprint does not match)', () => {
    for (let bit = 0; bit < 10; bit++) expect(decodeLawyerCode(flip(good, bit))).toEqual({ ok: false, reason: 'otherQuestions' });
    expect(registryFingerprint()).toBeLessThan(1024);
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET, 'a', '-', '_') }), (text) => {
      const decoded = decodeLawyerCode(text);
      if (decoded.ok) expect(firstOpenStep(decoded.answers, decoded.madeOn)).toBe('summary');
    }));
  });
});

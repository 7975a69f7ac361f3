// The lawyer's code (FLOW.md §5): the answers on the path and the day the code was made, packed into a short
// URL-safe payload for `#/r/<payload>`, and read back. Derived from the registry (questions.ts) question by
// question, by kind, so a new question needs no line here. The format is written out in README.md
// ("The lawyer's code"). Pure: no DOM, no clock.

import type { Answers } from './answers';
import { answerSchema } from './answers';
import { fromDayNumber, isIsoDate, toDayNumber } from './dates';
import { QUESTION_ORDER, firstOpenStep, questionPath, spec, type QuestionId } from './questions';

/** The format this app writes; a payload of a higher version was made by a newer app and is refused. */
export const CODE_FORMAT_VERSION = 1;

/** RFC 4648 base32 (upper case, no padding): every character is URL-safe and in the QR alphanumeric set. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const EPOCH_DAY = toDayNumber('1900-01-01');
/** Bits of a day counted from 1900-01-01 (to 13383: every 4-digit year). */
const DAY_BITS = 22;
/** Bits of a month counted from 1900-01. */
const MONTH_BITS = 17;
/** Bits of the registry's fingerprint. */
const FINGERPRINT_BITS = 10;

/** How a date answer is written: a day, a month alone ('YYYY-MM'), or 'unknown'. */
const DATE_TAG = { day: 0, month: 1, unknown: 2 } as const;
const TAG_BITS = 2;

const MONTH_ONLY = /^(\d{4})-(\d{2})$/;

export type CodeRefusal =
  /** Not a payload of this format: a wrong character, a value out of range, answers that do not form a path. */
  | 'malformed'
  /** Ends before the answers do (a cut address). */
  | 'truncated'
  /** Written by a newer version of the format. */
  | 'newer'
  /** Written by an app whose questions or answer codes differ from this one's: positions would be misread. */
  | 'otherQuestions';

export type DecodedCode = { ok: true; answers: Answers; madeOn: string } | { ok: false; reason: CodeRefusal };

/**
 * A short hash (FNV-1a, cut to 10 bits) of the registry's shape: ids, kinds and codes in order. A payload
 * holds positions in this shape; one made by an app with other questions or codes is refused, never misread.
 */
export function registryFingerprint(): number {
  const shape = QUESTION_ORDER.map((id) => `${id}:${spec(id).kind}:${spec(id).codes.join(',')}`).join(';');
  let hash = 0x811c9dc5;
  for (let i = 0; i < shape.length; i++) {
    hash ^= shape.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & ((1 << FINGERPRINT_BITS) - 1);
}

/** Bits for an index among n values (at least 1). */
const indexBits = (n: number) => Math.max(1, Math.ceil(Math.log2(n)));

class BitWriter {
  private bits: number[] = [];
  write(value: number, width: number) {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) throw new RangeError(`${value} does not fit in ${width} bits`);
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }
  toBase32(): string {
    let text = '';
    for (let i = 0; i < this.bits.length; i += 5) {
      let value = 0;
      for (let j = 0; j < 5; j++) value = value * 2 + (this.bits[i + j] ?? 0);
      text += ALPHABET[value];
    }
    return text;
  }
}

class Truncated extends Error {}
class Malformed extends Error {}

class BitReader {
  private position = 0;
  constructor(private readonly bits: readonly number[]) {}
  read(width: number): number {
    if (this.position + width > this.bits.length) throw new Truncated();
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + (this.bits[this.position++] ?? 0);
    return value;
  }
  /** What is left must be the zero padding of the last character, under 5 bits. */
  finish() {
    const rest = this.bits.slice(this.position);
    if (rest.length >= 5 || rest.some((bit) => bit !== 0)) throw new Malformed();
  }
}

function writeDay(out: BitWriter, date: string) {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  out.write(toDayNumber(date) - EPOCH_DAY, DAY_BITS);
}

function readDay(input: BitReader): string {
  return fromDayNumber(EPOCH_DAY + input.read(DAY_BITS));
}

/** A date answer, by its form alone (exact day, month only, or 'unknown'): whichever the registry allows. */
function writeDateAnswer(out: BitWriter, value: string) {
  const month = MONTH_ONLY.exec(value);
  if (value === 'unknown') out.write(DATE_TAG.unknown, TAG_BITS);
  else if (month) {
    out.write(DATE_TAG.month, TAG_BITS);
    out.write((Number(month[1]) - 1900) * 12 + Number(month[2]) - 1, MONTH_BITS);
  } else {
    out.write(DATE_TAG.day, TAG_BITS);
    writeDay(out, value);
  }
}

function readDateAnswer(input: BitReader): string {
  const tag = input.read(TAG_BITS);
  if (tag === DATE_TAG.unknown) return 'unknown';
  if (tag === DATE_TAG.day) return readDay(input);
  if (tag !== DATE_TAG.month) throw new Malformed();
  const months = input.read(MONTH_BITS);
  const year = 1900 + Math.floor(months / 12);
  if (year > 9999) throw new Malformed();
  return `${year}-${String((months % 12) + 1).padStart(2, '0')}`;
}

function writeAnswer(out: BitWriter, id: QuestionId, value: unknown) {
  const { kind, codes } = spec(id);
  if (kind === 'date') return writeDateAnswer(out, String(value));
  if (kind === 'single') {
    const index = codes.indexOf(String(value));
    if (index < 0) throw new RangeError(`${id}: not an answer code: ${String(value)}`);
    return out.write(index, indexBits(codes.length));
  }
  const list = Array.isArray(value) ? (value as unknown[]) : [];
  // A multi answer: one bit per code, in the registry's order.
  codes.forEach((code) => out.write(list.includes(code) ? 1 : 0, 1));
}

function readAnswer(input: BitReader, id: QuestionId): unknown {
  const { kind, codes } = spec(id);
  if (kind === 'date') return readDateAnswer(input);
  if (kind === 'single') {
    const code = codes[input.read(indexBits(codes.length))];
    if (code === undefined) throw new Malformed();
    return code;
  }
  return codes.filter(() => input.read(1) === 1);
}

/** One date answer alone, as base32 (the tests check each form of a date round-trips, whatever the registry asks). */
export function encodeDateAnswer(value: string): string {
  const out = new BitWriter();
  writeDateAnswer(out, value);
  return out.toBase32();
}

/** Reads encodeDateAnswer's text back (throws on a malformed one). */
export function decodeDateAnswer(text: string): string {
  const bits = [...text].flatMap((char) => [4, 3, 2, 1, 0].map((i) => (ALPHABET.indexOf(char) >> i) & 1));
  return readDateAnswer(new BitReader(bits));
}

/**
 * The payload of the answers on the path on `madeOn` (answers off the path are left out) and of `madeOn`.
 * Throws on answers that no question could have stored (an unknown code, a date that is not one).
 */
export function encodeLawyerCode(answers: Answers, madeOn: string): string {
  const out = new BitWriter();
  const onPath = new Set<QuestionId>(questionPath(answers, madeOn).filter((id) => answers[id] !== undefined));
  out.write(registryFingerprint(), FINGERPRINT_BITS);
  writeDay(out, madeOn);
  for (const id of QUESTION_ORDER) out.write(onPath.has(id) ? 1 : 0, 1);
  for (const id of QUESTION_ORDER) if (onPath.has(id)) writeAnswer(out, id, answers[id]);
  return (ALPHABET[CODE_FORMAT_VERSION] ?? '') + out.toBase32();
}

/**
 * Reads a payload back: the answers and the day the code was made, or why it is refused. Every answer must
 * be one the question could store, and the answers must be exactly the complete path on that day.
 */
export function decodeLawyerCode(payload: string): DecodedCode {
  const version = ALPHABET.indexOf(payload.charAt(0));
  if (version < 1) return { ok: false, reason: payload === '' ? 'truncated' : 'malformed' };
  if (version > CODE_FORMAT_VERSION) return { ok: false, reason: 'newer' };
  const bits: number[] = [];
  for (const char of payload.slice(1)) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return { ok: false, reason: 'malformed' };
    for (let i = 4; i >= 0; i--) bits.push((value >> i) & 1);
  }
  try {
    const input = new BitReader(bits);
    if (input.read(FINGERPRINT_BITS) !== registryFingerprint()) return { ok: false, reason: 'otherQuestions' };
    const madeOn = readDay(input);
    const present = QUESTION_ORDER.filter(() => input.read(1) === 1);
    const answers: Answers = {};
    for (const id of present) {
      const value = readAnswer(input, id);
      if (!answerSchema(id).safeParse(value).success) return { ok: false, reason: 'malformed' };
      Object.assign(answers, { [id]: value });
    }
    input.finish();
    if (!isIsoDate(madeOn)) return { ok: false, reason: 'malformed' };
    const path = questionPath(answers, madeOn);
    if (path.join() !== present.join() || firstOpenStep(answers, madeOn) !== 'summary') return { ok: false, reason: 'malformed' };
    return { ok: true, answers, madeOn };
  } catch (error) {
    if (error instanceof Truncated) return { ok: false, reason: 'truncated' };
    if (error instanceof Malformed || error instanceof RangeError) return { ok: false, reason: 'malformed' };
    throw error;
  }
}

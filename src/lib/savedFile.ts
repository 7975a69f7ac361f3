// The saved file of "Save and continue later" (FLOW.md §5): one line of JSON,
// {"f":"sa","v":1,"kdf":"PBKDF2-SHA-256","it":600000,"salt":"…","iv":"…","ct":"…"}, made and opened on the
// device with Web Crypto alone. The key is PBKDF2-HMAC-SHA-256 over the NFC-normalized passphrase's UTF-8
// bytes; `ct` is AES-GCM-256 (tag appended) of the answers' JSON padded with spaces to a multiple of 2,048
// bytes, with the header's six members as additional data, so a changed header fails like a wrong
// passphrase. Opening never throws: every refusal is a reason code the page words; answers come back
// through sanitizeAnswers, so an unknown code drops that answer alone and is named in `dropped`.
// Loaded only by the save and open pages (lazily): nothing the first page loads imports this file.
import type { Answers } from '../../flows/asylum/answers';
import { isIsoDate } from '../../flows/asylum/dates';
import { isQuestionId, resolveStep, type QuestionId, type Step } from '../../flows/asylum/questions';
import { sanitizeAnswers } from '../../flows/asylum/validation';
import { isLang, type Lang } from '../i18n/i18n';

export const FORMAT = 'sa';
export const VERSION = 1;
export const KDF = 'PBKDF2-SHA-256';
export const ITERATIONS = 600_000;
/** Files asking for fewer iterations are refused (weak), or more (a crafted file could run for minutes). */
export const MIN_ITERATIONS = 600_000;
export const MAX_ITERATIONS = 2_000_000;
/** A file over this many bytes is refused before it is read (the page checks File.size against it too). */
export const MAX_FILE_BYTES = 64 * 1024;
/** The plaintext is padded with spaces to a multiple of this, so the size does not tell how much was answered. */
export const PAD_TO = 2048;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface SavedContents {
  answers: Answers;
  step: Step;
  lang: Lang;
  /** The day the file was made, 'YYYY-MM-DD'. */
  savedOn: string;
}

export type OpenRefusal =
  | 'no-web-crypto'
  | 'too-large'
  | 'not-this-format'
  | 'newer-version'
  | 'bad-iterations'
  /** The AES-GCM check failed: a wrong passphrase and an altered file cannot be told apart. */
  | 'wrong-passphrase-or-altered';

export type OpenResult =
  | (SavedContents & {
      ok: true;
      /** Questions whose saved answer is no longer valid (a code the registry no longer has, a date after today): to answer again. */
      dropped: QuestionId[];
    })
  | { ok: false; reason: OpenRefusal };

/** Web Crypto's subtle API, or null where the page cannot use it (an insecure origin). */
function subtle(): SubtleCrypto | null {
  try {
    return globalThis.crypto?.subtle ?? null;
  } catch {
    return null;
  }
}

/** Whether this browser can make and open saved files (Web Crypto needs a secure origin). */
export function canUseSavedFiles(): boolean {
  return subtle() !== null && typeof globalThis.crypto.getRandomValues === 'function';
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url without padding; null unless `text` is exactly the canonical encoding of its bytes. */
function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return toBase64url(bytes) === text ? bytes : null; // stray bits in the last character: not a file we made
  } catch {
    return null;
  }
}

/** The additional authenticated data: the header's six members, in this order, as in the file. */
function headerBytes(header: { f: string; v: number; kdf: string; it: number; salt: string; iv: string }) {
  const { f, v, kdf, it, salt, iv } = header;
  return utf8(JSON.stringify({ f, v, kdf, it, salt, iv }));
}

async function deriveKey(crypto: SubtleCrypto, passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: KeyUsage) {
  const material = await crypto.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/** The plaintext: the contents' UTF-8 JSON padded with spaces to the next multiple of PAD_TO bytes. */
function padded(contents: SavedContents): Uint8Array<ArrayBuffer> {
  const { answers, step, lang, savedOn } = contents;
  const json = utf8(JSON.stringify({ v: VERSION, answers, step, lang, savedOn }));
  const bytes = new Uint8Array(Math.max(1, Math.ceil(json.length / PAD_TO)) * PAD_TO).fill(0x20);
  bytes.set(json);
  return bytes;
}

/**
 * Encrypts the answers under `passphrase` into the file's one line of JSON (a new salt and IV every time).
 * Rejects only where Web Crypto is missing (check canUseSavedFiles first).
 */
export async function makeSavedFile(contents: SavedContents, passphrase: string): Promise<string> {
  const crypto = subtle();
  if (!crypto) throw new Error('Web Crypto is not available here');
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = { f: FORMAT, v: VERSION, kdf: KDF, it: ITERATIONS, salt: toBase64url(salt), iv: toBase64url(iv) };
  const key = await deriveKey(crypto, passphrase, salt, ITERATIONS, 'encrypt');
  const ct = await crypto.encrypt({ name: 'AES-GCM', iv, additionalData: headerBytes(header) }, key, padded(contents));
  return JSON.stringify({ ...header, ct: toBase64url(new Uint8Array(ct)) });
}

const FILE_KEYS = ['f', 'v', 'kdf', 'it', 'salt', 'iv', 'ct'].sort().join();

type Header = { ok: true; f: string; v: number; kdf: string; it: number; salt: string; iv: string; ct: string } | { ok: false; reason: OpenRefusal };

/** The file's outer JSON checked, cheapest checks first; nothing derived yet. */
function readHeader(text: string): Header {
  // UTF-8 never has fewer bytes than UTF-16 code units: a long text is refused before it is encoded.
  if (text.length > MAX_FILE_BYTES || utf8(text).length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-this-format' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not-this-format' };
  const file = data as Record<string, unknown>;
  if (file.f !== FORMAT) return { ok: false, reason: 'not-this-format' };
  if (typeof file.v === 'number' && Number.isInteger(file.v) && file.v > VERSION) return { ok: false, reason: 'newer-version' };
  const { f, v, kdf, it, salt, iv, ct } = file;
  if (v !== VERSION || kdf !== KDF || Object.keys(file).sort().join() !== FILE_KEYS) return { ok: false, reason: 'not-this-format' };
  if (typeof it !== 'number' || !Number.isInteger(it)) return { ok: false, reason: 'not-this-format' };
  if (it < MIN_ITERATIONS || it > MAX_ITERATIONS) return { ok: false, reason: 'bad-iterations' };
  if (typeof salt !== 'string' || typeof iv !== 'string' || typeof ct !== 'string') return { ok: false, reason: 'not-this-format' };
  return { ok: true, f, v, kdf, it, salt, iv, ct };
}

/** The decrypted plaintext read back: this version's members, each answer checked on `today`. */
function readContents(plaintext: ArrayBuffer, today: string): OpenResult {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    return { ok: false, reason: 'not-this-format' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not-this-format' };
  const { v, answers: saved, step, lang, savedOn } = data as Record<string, unknown>;
  if (v !== VERSION || typeof saved !== 'object' || saved === null || Array.isArray(saved)) return { ok: false, reason: 'not-this-format' };
  if (!isLang(lang) || typeof savedOn !== 'string' || !isIsoDate(savedOn)) return { ok: false, reason: 'not-this-format' };
  const answers = sanitizeAnswers(saved, today);
  const dropped = Object.keys(saved).filter((id): id is QuestionId => isQuestionId(id) && !Object.hasOwn(answers, id));
  // The step saved, when it can still be shown with these answers; else the first open step (or the summary).
  return { ok: true, answers, dropped, step: resolveStep(step, answers, today), lang, savedOn };
}

/**
 * Opens a saved file's text with `passphrase`, checking each answer as of `today` ('YYYY-MM-DD').
 * Never throws and never rejects: every failure is `{ ok: false, reason }`.
 */
export async function openSavedFile(text: string, passphrase: string, today: string): Promise<OpenResult> {
  try {
    const crypto = subtle();
    if (!crypto) return { ok: false, reason: 'no-web-crypto' };
    const header = readHeader(text);
    if (!header.ok) return header;
    const salt = fromBase64url(header.salt);
    const iv = fromBase64url(header.iv);
    const ct = fromBase64url(header.ct);
    if (salt?.length !== SALT_BYTES || iv?.length !== IV_BYTES || !ct || ct.length < 16) return { ok: false, reason: 'not-this-format' };
    let plaintext: ArrayBuffer;
    try {
      const key = await deriveKey(crypto, passphrase, salt, header.it, 'decrypt');
      plaintext = await crypto.decrypt({ name: 'AES-GCM', iv, additionalData: headerBytes(header) }, key, ct);
    } catch {
      return { ok: false, reason: 'wrong-passphrase-or-altered' };
    }
    return readContents(plaintext, today);
  } catch {
    return { ok: false, reason: 'not-this-format' };
  }
}

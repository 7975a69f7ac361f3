// The saved file of FLOW.md §5, as a stranger to this module would read it: a round trip; a file made here and
// decrypted by a few lines of Web Crypto written from §5 alone; every refusal of §5 with its reason, each
// resolved (never thrown); a new salt and IV on every save; the same size whatever was answered; an answer
// whose code the registry no longer has dropped alone and named. 600,000 PBKDF2 iterations take a while:
// four files are made once (beforeAll) and tampered copies of them are opened.
import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../flows/asylum/answers';
import { QUESTION_ORDER, spec, type AnswerValue, type QuestionId } from '../../flows/asylum/questions';
import { canUseSavedFiles, makeSavedFile, openSavedFile, type SavedContents } from './savedFile';

// jsdom hands on Node's Web Crypto; where an environment lacks it, Node's own is put in its place.
const nodeCryptoIfMissing = () => {
  if (!globalThis.crypto?.subtle) vi.stubGlobal('crypto', webcrypto);
};
nodeCryptoIfMissing();

const TODAY = '2026-12-06';
const PASSPHRASE = 'Зелёный йод 42 — café';
/** The same passphrase typed as a phone may send it: й and é decomposed (NFD). */
const PASSPHRASE_NFD = PASSPHRASE.normalize('NFD');

/** The most a file can hold: every question answered with its longest value (all the non-exclusive codes of a multi). */
const FULLEST: Answers = Object.fromEntries(
  QUESTION_ORDER.map((id): [QuestionId, AnswerValue] => {
    const { kind, codes, exclusive, date } = spec(id);
    // A date by its declared range: a past one, or a future one (a hearing) ahead of TODAY.
    if (kind === 'date') return [id, date?.range === 'future' ? '2027-03-10' : '2024-03-10'];
    if (kind === 'single') return [id, codes.reduce((a, b) => (b.length > a.length ? b : a))];
    return [id, codes.filter((c) => !exclusive.includes(c))] as [QuestionId, AnswerValue];
  }),
);

const FULL: SavedContents = { answers: FULLEST, step: 'summary', lang: 'ru', savedOn: TODAY };
const EMPTY: SavedContents = { answers: {}, step: 'location', lang: 'en', savedOn: '2026-11-30' };

let file = ''; // FULL
let again = ''; // FULL again, same passphrase
let empty = ''; // EMPTY
let stale = ''; // answers holding codes the registry no longer has

beforeAll(async () => {
  file = await makeSavedFile(FULL, PASSPHRASE);
  again = await makeSavedFile(FULL, PASSPHRASE);
  empty = await makeSavedFile(EMPTY, PASSPHRASE);
  const staleAnswers = {
    ...FULLEST,
    grounds: ['political', 'political_opinion_old'], // one code renamed since
    harmBy: 'state', // renamed since
    lastArrival: '2027-01-02', // after the day it is opened
    oldQuestion: 'yes', // a question since removed: nothing to name
  } as unknown as Answers;
  stale = await makeSavedFile({ answers: staleAnswers, step: 'bars', lang: 'en', savedOn: '2026-10-01' }, PASSPHRASE);
}, 30_000);

afterEach(() => {
  vi.unstubAllGlobals();
  nodeCryptoIfMissing();
});

/** The file's members, in the file's order. */
const members = (text: string) => JSON.parse(text) as Record<string, unknown>;
/** The file with members replaced (the order kept, new members last). */
const withMembers = (text: string, changes: Record<string, unknown>) => JSON.stringify({ ...members(text), ...changes });
/** A base64url member with one decoded byte changed. */
function flipByte(text: string, member: 'salt' | 'iv' | 'ct', index: number) {
  const bytes = Buffer.from(members(text)[member] as string, 'base64url');
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return withMembers(text, { [member]: bytes.toString('base64url') });
}

const refused = (reason: string) => ({ ok: false, reason });

describe('a saved file (FLOW.md §5)', () => {
  it('opens with its passphrase: the same answers, step, language and date, nothing dropped', async () => {
    await expect(openSavedFile(file, PASSPHRASE, TODAY)).resolves.toEqual({ ok: true, answers: FULLEST, dropped: [], step: 'summary', lang: 'ru', savedOn: TODAY });
    await expect(openSavedFile(empty, PASSPHRASE, TODAY)).resolves.toEqual({ ok: true, ...EMPTY, dropped: [] });
  });

  it('takes the passphrase NFC-normalized: typed composed, opened decomposed', async () => {
    expect(PASSPHRASE_NFD).not.toBe(PASSPHRASE);
    await expect(openSavedFile(file, PASSPHRASE_NFD, TODAY)).resolves.toMatchObject({ ok: true, answers: FULLEST });
  });

  it('is decrypted by a few lines of Web Crypto written from §5 alone', async () => {
    // One line of JSON: the seven members in this order, base64url without padding, salt 16 and IV 12 bytes.
    expect(file).toMatch(/^\{"f":"sa","v":1,"kdf":"PBKDF2-SHA-256","it":600000,"salt":"[\w-]{22}","iv":"[\w-]{16}","ct":"[\w-]+"\}$/);
    const { f, v, kdf, it: iterations, salt, iv, ct } = JSON.parse(file) as Record<string, string | number>;
    const bytes = (b64url: string | number | undefined) => new Uint8Array(Buffer.from(String(b64url), 'base64url'));
    const { subtle } = webcrypto;
    const material = await subtle.importKey('raw', new TextEncoder().encode(PASSPHRASE.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
    const keyBits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt), iterations: Number(iterations) }, material, 256);
    const key = await subtle.importKey('raw', keyBits, 'AES-GCM', false, ['decrypt']);
    const aad = new TextEncoder().encode(JSON.stringify({ f, v, kdf, it: iterations, salt, iv }));
    const plain = new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv: bytes(iv), additionalData: aad, tagLength: 128 }, key, bytes(ct)));
    // Padded with spaces to the next multiple of 2,048 bytes.
    expect(plain.length % 2048).toBe(0);
    const text = new TextDecoder().decode(plain);
    expect(text).toMatch(/^\{"v":1,"answers":\{.*\},"step":"summary","lang":"ru","savedOn":"2026-12-06"\} +$/);
    expect(text.length - text.trimEnd().length).toBeLessThan(2048);
    expect(JSON.parse(text)).toEqual({ v: 1, answers: FULLEST, step: 'summary', lang: 'ru', savedOn: TODAY });
  });

  it('has a new salt and IV on every save, with the same answers and passphrase', () => {
    const [first, second, third] = [file, again, empty].map(members);
    for (const member of ['salt', 'iv', 'ct'] as const) {
      expect(new Set([first?.[member], second?.[member], third?.[member]]).size).toBe(3);
    }
  });

  it('has the same size whatever was answered (every question, or none)', () => {
    expect(empty).not.toBe(file);
    expect(empty.length).toBe(file.length);
    expect(stale.length).toBe(file.length);
  });
});

describe('refusing a file (each refusal resolved, never thrown)', () => {
  it('refuses a wrong passphrase', async () => {
    await expect(openSavedFile(file, `${PASSPHRASE}!`, TODAY)).resolves.toEqual(refused('wrong-passphrase-or-altered'));
  });

  it.each([
    ['ct', 0],
    ['ct', 2000], // inside the padding
    ['ct', 2063], // the tag's last byte
    ['iv', 11],
    ['salt', 0],
  ] as const)('refuses one byte changed in %s (byte %i), like a wrong passphrase', async (member, index) => {
    await expect(openSavedFile(flipByte(file, member, index), PASSPHRASE, TODAY)).resolves.toEqual(refused('wrong-passphrase-or-altered'));
  });

  it('refuses a changed header: the iterations (authenticated), the format or KDF name, an added member', async () => {
    await expect(openSavedFile(file.replace('"it":600000', '"it":600001'), PASSPHRASE, TODAY)).resolves.toEqual(refused('wrong-passphrase-or-altered'));
    await expect(openSavedFile(file.replace('"f":"sa"', '"f":"sb"'), PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
    await expect(openSavedFile(file.replace('PBKDF2-SHA-256', 'PBKDF2-SHA-1'), PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
    await expect(openSavedFile(withMembers(file, { lang: 'en' }), PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
  });

  it('refuses a truncated file', async () => {
    await expect(openSavedFile(file.slice(0, Math.floor(file.length / 2)), PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
    await expect(openSavedFile(file.slice(0, -1), PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
    const ct = members(file).ct as string;
    // Cut whole bytes off ct (the JSON still whole): the tag no longer checks.
    await expect(openSavedFile(withMembers(file, { ct: ct.slice(0, -4) }), PASSPHRASE, TODAY)).resolves.toEqual(refused('wrong-passphrase-or-altered'));
    // Shorter than a tag, or cut inside a byte (a length of 4n + 1 characters is no base64url): not a file we made.
    expect(ct.length % 4).toBe(0);
    await expect(openSavedFile(withMembers(file, { ct: ct.slice(0, 8) }), PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
    await expect(openSavedFile(withMembers(file, { ct: ct.slice(0, -3) }), PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
  });

  it.each([
    ['empty text', ''],
    ['plain text', 'notes for Tuesday'],
    ['another JSON', '{"version":3,"answers":{"location":"in_us"}}'],
    ['a JSON list', '["sa",1]'],
    ['JSON null', 'null'],
    ['v as text', '{"f":"sa","v":"1","kdf":"PBKDF2-SHA-256","it":600000,"salt":"","iv":"","ct":""}'],
    ['another KDF', '{"f":"sa","v":1,"kdf":"scrypt","it":600000,"salt":"AAAAAAAAAAAAAAAAAAAAAA","iv":"AAAAAAAAAAAAAAAA","ct":"AAAAAAAAAAAAAAAAAAAAAA"}'],
    ['iterations as text', '{"f":"sa","v":1,"kdf":"PBKDF2-SHA-256","it":"600000","salt":"AAAAAAAAAAAAAAAAAAAAAA","iv":"AAAAAAAAAAAAAAAA","ct":"AAAAAAAAAAAAAAAAAAAAAA"}'],
  ])('refuses another format: %s', async (_name, text) => {
    await expect(openSavedFile(text, PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
  });

  it('refuses a salt or IV of another length, or not written as base64url of its bytes', async () => {
    await expect(openSavedFile(withMembers(file, { salt: 'AAAAAAAAAAAAAAAAAAAAAAAA' }), PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
    await expect(openSavedFile(withMembers(file, { iv: 'AAAAAAAAAAAAAAAAAAAA' }), PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
    const iv = members(file).iv as string;
    await expect(openSavedFile(withMembers(file, { iv: `${iv.slice(0, -1)}+` }), PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
    // 16 bytes take 22 characters, the last with 4 unused bits: set one, and the bytes stay the same but the text is not ours.
    const salt = members(file).salt as string;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const stray = salt.slice(0, -1) + alphabet[alphabet.indexOf(salt.slice(-1)) ^ 1];
    expect(Buffer.from(stray, 'base64url')).toEqual(Buffer.from(salt, 'base64url'));
    await expect(openSavedFile(withMembers(file, { salt: stray }), PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
  });

  it('refuses a newer v', async () => {
    await expect(openSavedFile(file.replace('"v":1', '"v":2'), PASSPHRASE, TODAY)).resolves.toEqual(refused('newer-version'));
    await expect(openSavedFile('{"f":"sa","v":7,"something":"new"}', PASSPHRASE, TODAY)).resolves.toEqual(refused('newer-version'));
  });

  it('refuses it below 600,000 and above 2,000,000 (before deriving anything), and accepts the bounds', async () => {
    const derive = vi.spyOn(globalThis.crypto.subtle, 'deriveKey');
    for (const it of [599_999, 1000, 0, -600_000, 2_000_001, 1e12]) {
      await expect(openSavedFile(file.replace('"it":600000', `"it":${it}`), PASSPHRASE, TODAY)).resolves.toEqual(refused('bad-iterations'));
    }
    expect(derive).not.toHaveBeenCalled();
    derive.mockRestore();
    // 2,000,000 is allowed: the key is derived (and the AES-GCM check then fails, the header being changed).
    await expect(openSavedFile(file.replace('"it":600000', '"it":2000000'), PASSPHRASE, TODAY)).resolves.toEqual(refused('wrong-passphrase-or-altered'));
  });

  it('refuses a 65 KB file before parsing it, counted in UTF-8 bytes', async () => {
    // Valid JSON padded with spaces: parsed, it would open.
    const padded = file + ' '.repeat(65 * 1024 - file.length);
    await expect(openSavedFile(padded, PASSPHRASE, TODAY)).resolves.toEqual(refused('too-large'));
    // 33,000 Cyrillic letters: fewer than 64 K characters, more than 64 KB.
    const cyrillic = withMembers(file, { note: 'ж'.repeat(33_000) });
    expect(cyrillic.length).toBeLessThan(64 * 1024);
    await expect(openSavedFile(cyrillic, PASSPHRASE, TODAY)).resolves.toEqual(refused('too-large'));
    // Exactly 64 KB is still read (and opens).
    await expect(openSavedFile(file + ' '.repeat(64 * 1024 - file.length), PASSPHRASE, TODAY)).resolves.toMatchObject({ ok: true });
  });

  it('resolves any text that is not one of its files with a refusal, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ f: 'sa', v: 1, kdf: 'PBKDF2-SHA-256', it: v }))), async (text) => {
        const opened = await openSavedFile(text, PASSPHRASE, TODAY);
        expect(opened.ok).toBe(false);
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it('refuses what is not text at all (a mistake of the page), never throwing', async () => {
    for (const text of [null, undefined, 42, { f: 'sa' }]) {
      await expect(openSavedFile(text as unknown as string, PASSPHRASE, TODAY)).resolves.toEqual(refused('not-this-format'));
    }
  });

  it('refuses to make or open a file where Web Crypto is missing (an insecure origin)', async () => {
    vi.stubGlobal('crypto', undefined);
    expect(canUseSavedFiles()).toBe(false);
    await expect(openSavedFile(file, PASSPHRASE, TODAY)).resolves.toEqual(refused('no-web-crypto'));
    await expect(makeSavedFile(FULL, PASSPHRASE)).rejects.toThrow();
    vi.unstubAllGlobals();
    nodeCryptoIfMissing();
    expect(canUseSavedFiles()).toBe(true);
  });
});

describe('a file saved before a code was renamed', () => {
  it('restores every other answer, names each question to answer again, and lands on the first of them', async () => {
    const opened = await openSavedFile(stale, PASSPHRASE, TODAY);
    const kept = Object.fromEntries(Object.entries(FULLEST).filter(([id]) => !['grounds', 'harmBy', 'lastArrival'].includes(id)));
    expect(opened).toEqual({ ok: true, answers: kept, dropped: ['grounds', 'harmBy', 'lastArrival'], step: 'grounds', lang: 'en', savedOn: '2026-10-01' });
  });

  it('checks the dates as of the day it is opened', async () => {
    const opened = await openSavedFile(stale, PASSPHRASE, '2027-01-02');
    expect(opened).toMatchObject({ ok: true, dropped: ['grounds', 'harmBy'] });
    expect(opened.ok && opened.answers.lastArrival).toBe('2027-01-02');
  });
});

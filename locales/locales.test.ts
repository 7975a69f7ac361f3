// Russian is a first-class language: the locale files of both languages must match key for key
// (plural forms aside), every key the code asks for must exist in both, and the Russian must really be
// Russian. Types cannot check any of this, so this test does (FLOW.md §4).
import { CITATION_IDS } from '../flows/asylum/citations';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { FLAGS, OUTCOMES } from '../flows/asylum/assess';
import { holidaysOfYear } from '../flows/asylum/deadline';
import { QUESTIONS, QUESTION_ORDER, type QuestionId } from '../flows/asylum/questions';
import { WHY_WE_ASK } from '../src/components/QuestionShell';
import { formatDate } from '../src/lib/format';
import { GLOSSARY_TERMS } from '../src/pages/GlossaryPage';

type Flat = Map<string, string>;
interface Json {
  [key: string]: Json | string;
}

const LOCALES_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(LOCALES_DIR, '..');
const SRC_DIR = join(ROOT, 'src');
const LANGS = ['en', 'ru'] as const;
type Lng = (typeof LANGS)[number];

// ---------------------------------------------------------------------------------------------------
// Helpers (each is unit-tested below on synthetic data, so a broken helper cannot hide a broken file)
// ---------------------------------------------------------------------------------------------------

/** Flattens nested JSON into dotted keys; a value that is not a string is recorded as such. */
function flatten(obj: Json, prefix = '', out: Flat = new Map()): Flat {
  for (const [key, value] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value, path, out);
    else out.set(path, `<<not a string: ${JSON.stringify(value)}>>`);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const PLURAL_FORMS: Record<Lng, readonly string[]> = { en: ['one', 'other'], ru: ['one', 'few', 'many', 'other'] };

/**
 * Groups keys by their base (the key without a plural suffix): base → the plural forms ('' = not plural).
 * A suffix counts as a plural form only when at least two keys share the base (so `non_state_other`, an
 * answer code, is not read as a plural of `non_state`).
 */
function groupByBase(keyList: Iterable<string>): Map<string, Set<string>> {
  const keys = [...keyList];
  const familySize = new Map<string, number>();
  for (const key of keys) {
    const match = PLURAL.exec(key);
    if (match) familySize.set(key.slice(0, match.index), (familySize.get(key.slice(0, match.index)) ?? 0) + 1);
  }
  const groups = new Map<string, Set<string>>();
  for (const key of keys) {
    const candidate = PLURAL.exec(key);
    const match = candidate && (familySize.get(key.slice(0, candidate.index)) ?? 0) >= 2 ? candidate : null;
    const base = match ? key.slice(0, match.index) : key;
    const form = match?.[1] ?? '';
    const set = groups.get(base) ?? new Set<string>();
    set.add(form);
    groups.set(base, set);
  }
  return groups;
}

interface KeyComparison {
  /** Keys (bases) in English but not in Russian. */
  missingInRu: string[];
  /** Keys (bases) in Russian but not in English. */
  missingInEn: string[];
  /** Bases whose plural forms are not exactly English one/other and Russian one/few/many/other. */
  pluralProblems: string[];
}

/** Compares the keys of an English and a Russian file, plural forms aside. */
function compareKeys(en: Iterable<string>, ru: Iterable<string>): KeyComparison {
  const enGroups = groupByBase(en);
  const ruGroups = groupByBase(ru);
  const missingInRu = [...enGroups.keys()].filter((base) => !ruGroups.has(base));
  const missingInEn = [...ruGroups.keys()].filter((base) => !enGroups.has(base));
  const pluralProblems: string[] = [];
  for (const [base, enForms] of enGroups) {
    const ruForms = ruGroups.get(base);
    if (!ruForms) continue;
    const enPlural = !enForms.has('');
    const ruPlural = !ruForms.has('');
    const same = (forms: Set<string>, expected: readonly string[]) => forms.size === expected.length && expected.every((f) => forms.has(f));
    if (enPlural !== ruPlural || (enPlural && (!same(enForms, PLURAL_FORMS.en) || !same(ruForms, PLURAL_FORMS.ru)))) {
      pluralProblems.push(`${base}: en [${[...enForms].join(', ')}], ru [${[...ruForms].join(', ')}]`);
    }
  }
  return { missingInRu, missingInEn, pluralProblems };
}

/** The interpolation names in a value: '{{count}} из {{total, number}}' → ['count', 'total']. */
function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** A value that is not prose: a URL, a file name, or no letters at all (numbers, placeholders). */
function isNotProse(value: string): boolean {
  const text = value.replace(/\{\{[^}]*\}\}/g, '').trim();
  if (/^https?:\/\/\S+$/.test(text)) return true;
  if (/^[\w.-]+\.[a-z]{2,4}$/i.test(text)) return true;
  return !/\p{L}/u.test(text);
}

/** Keys whose Russian value may have no Cyrillic: names, the other language's own name, English terms. */
const RU_LATIN_ALLOWED: readonly RegExp[] = [
  /^translation:app\.name$/,
  /^translation:app\.titlePage$/,
  /^translation:language\.switchTo$/,
  /^translation:language\.switchToCode$/,
  /^glossary:terms\.[a-z_]+\.english$/,
];

const CYRILLIC = /[\u0400-\u04FF]/;

// ---------------------------------------------------------------------------------------------------
// Loading the files
// ---------------------------------------------------------------------------------------------------

function jsonFiles(lng: Lng): string[] {
  return readdirSync(join(LOCALES_DIR, lng))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

function loadJson(lng: Lng, file: string): Json {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lng, file), 'utf8')) as Json;
}

const NAMESPACES = jsonFiles('en').map((f) => f.replace(/\.json$/, ''));
const RAW: Record<Lng, Record<string, Json>> = {
  en: Object.fromEntries(NAMESPACES.map((ns) => [ns, loadJson('en', `${ns}.json`)])),
  ru: Object.fromEntries(jsonFiles('ru').map((f) => [f.replace(/\.json$/, ''), loadJson('ru', f)])),
};
const FLAT: Record<Lng, Record<string, Flat>> = {
  en: Object.fromEntries(Object.entries(RAW.en).map(([ns, json]) => [ns, flatten(json)])),
  ru: Object.fromEntries(Object.entries(RAW.ru).map(([ns, json]) => [ns, flatten(json)])),
};

/** Whether a key resolves in a namespace: a string, or a plural family. */
function hasKey(lng: Lng, ns: string, key: string): boolean {
  const flat = FLAT[lng][ns];
  if (!flat) return false;
  return flat.has(key) || PLURAL_FORMS[lng].some((form) => flat.has(`${key}_${form}`));
}

/** Whether a dotted path is a key or a group of keys (an object) in a namespace. */
function hasKeyOrGroup(lng: Lng, ns: string, key: string): boolean {
  const flat = FLAT[lng][ns];
  if (!flat) return false;
  if (hasKey(lng, ns, key)) return true;
  for (const k of flat.keys()) if (k.startsWith(`${key}.`)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Scanning the source for keys
// ---------------------------------------------------------------------------------------------------

const HOLIDAY_KEYS = holidaysOfYear(2026).map((h) => h.key);
const DATE_PARTS = ['day', 'month', 'year'];
const DATE_ERRORS = ['required', 'incomplete', 'invalid', 'future', 'too_early'];

function codesOf(id: QuestionId): readonly string[] {
  const q = QUESTIONS[id];
  return 'codes' in q ? q.codes : [];
}

function errorCodesOf(id: QuestionId): readonly string[] {
  return QUESTIONS[id].kind === 'date' ? DATE_ERRORS : ['required'];
}

/** Sets a placeholder is expanded over, by the key segment right before it. */
const CONTEXT_SETS: Record<string, readonly string[]> = {
  questions: QUESTION_ORDER,
  errors: QUESTION_ORDER,
  outcomes: OUTCOMES,
  flags: FLAGS,
  holidays: HOLIDAY_KEYS,
  terms: GLOSSARY_TERMS,
  dateInput: DATE_PARTS,
  whyWeAsk: WHY_WE_ASK,
  citations: CITATION_IDS,
};

type Expansion = { kind: 'keys'; keys: string[] } | { kind: 'pattern'; pattern: RegExp };

/**
 * Expands a key template (`questions.${id}.options.${code}`) into every key it can stand for, using the
 * flow's ids and codes. A placeholder whose values the flow does not say gives a pattern instead (it must
 * match at least one real key).
 */
function expandTemplate(template: string): Expansion {
  const exprs: string[] = [];
  const tokenized = template.replace(/\$\{([^}]*)\}/g, (_m, expr: string) => {
    exprs.push(expr);
    return `\uE000${exprs.length - 1}\uE000`;
  });
  const segments = tokenized.split('.');
  const isPlaceholder = (s: string | undefined) => s !== undefined && /^\uE000\d+\uE000$/.test(s);
  const hasPartialPlaceholder = segments.some((s) => s.includes('\uE000') && !isPlaceholder(s));
  const patternOf = () =>
    new RegExp(
      `^${segments
        .map((s) => s.split(/\uE000\d+\uE000/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^.]+'))
        .join('\\.')}$`,
    );
  if (hasPartialPlaceholder) return { kind: 'pattern', pattern: patternOf() };

  let partials: { parts: string[]; qid?: QuestionId }[] = [{ parts: [] }];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? '';
    if (!isPlaceholder(segment)) {
      partials = partials.map((p) => ({ ...p, parts: [...p.parts, segment] }));
      continue;
    }
    const prev = segments[i - 1];
    const prevPrev = segments[i - 2];
    const next: typeof partials = [];
    for (const p of partials) {
      let values: readonly string[] | undefined;
      let bindsQuestion = false;
      if (prev === 'options' && p.qid) values = codesOf(p.qid);
      else if (isPlaceholder(prev) && prevPrev === 'errors' && p.qid) values = errorCodesOf(p.qid);
      else if (prev !== undefined && !isPlaceholder(prev) && Object.hasOwn(CONTEXT_SETS, prev)) {
        values = CONTEXT_SETS[prev];
        bindsQuestion = prev === 'questions' || prev === 'errors';
      }
      if (!values) return { kind: 'pattern', pattern: patternOf() };
      for (const value of values) next.push({ parts: [...p.parts, value], qid: bindsQuestion ? (value as QuestionId) : p.qid });
    }
    partials = next;
  }
  return { kind: 'keys', keys: partials.map((p) => p.parts.join('.')) };
}

interface KeyUse {
  file: string;
  /** The key as written, with an optional 'ns:' prefix and `${…}` placeholders. */
  key: string;
  /** The namespaces an unprefixed key is looked up in, in order. */
  namespaces: string[];
  /** Given a defaultValue, so the key may be missing (e.g. an optional hint). */
  optional: boolean;
  /** Found as a bare string literal (not inside t()): it is checked only when it looks like a key. */
  bare: boolean;
}

/** Removes whole-line and block comments (not trailing ones, which may sit in URLs inside strings). */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** The text of a call's arguments from an index just after '(' to the matching ')'. */
function callArguments(source: string, start: number): string {
  let depth = 1;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return source.slice(start, i);
  }
  return source.slice(start);
}

/** The namespaces a file's unprefixed keys resolve in (FLOW.md §4; SummaryPage and its parts: summary first). */
function namespacesOf(relPath: string, source: string): string[] {
  const list: string[] = [];
  if (/(^|\/)pages\/SummaryPage\.tsx$/.test(relPath) || /(^|\/)components\/summary\//.test(relPath)) list.push('summary', 'translation');
  for (const m of source.matchAll(/useTranslation\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")?/g)) {
    const arg = m[1];
    if (!arg) list.push('translation');
    else for (const ns of arg.matchAll(/['"]([^'"]+)['"]/g)) list.push(ns[1] ?? '');
  }
  if (list.length === 0) list.push('translation');
  return [...new Set(list)];
}

const NS_PREFIX = `(?:${NAMESPACES.join('|')})`;
const KEY_LIKE = new RegExp(`^(?:${NS_PREFIX}:)?[a-zA-Z]+(?:\\.(?:[A-Za-z0-9_]+|\\$\\{[^}]+\\}))+$`);

/** Every key a source file uses: t('…'), t(`…`), i18nKey="…", and string literals that look like keys. */
function keysInSource(relPath: string, rawSource: string): KeyUse[] {
  const source = stripComments(rawSource);
  const namespaces = namespacesOf(relPath, source);
  const uses: KeyUse[] = [];
  const inCalls = new Set<number>();
  for (const m of source.matchAll(/\bt\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)) {
    const start = (m.index ?? 0) + m[0].indexOf('(') + 1;
    const key = m[2] ?? '';
    const args = callArguments(source, start);
    inCalls.add((m.index ?? 0) + m[0].length - key.length - 1);
    uses.push({ file: relPath, key, namespaces, optional: /\bdefaultValue\b/.test(args), bare: false });
  }
  for (const m of source.matchAll(/\bi18nKey=\{?\s*(['"`])([^'"`]+)\1/g)) {
    uses.push({ file: relPath, key: m[2] ?? '', namespaces, optional: false, bare: false });
  }
  const topLevel = new Set(Object.values(RAW.en).flatMap((json) => Object.keys(json)));
  for (const m of source.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)) {
    const text = m[2] ?? '';
    if (inCalls.has((m.index ?? 0) + 1)) continue;
    if (!KEY_LIKE.test(text)) continue;
    const first = text.replace(/^\w+:/, '').split('.')[0] ?? '';
    if (!topLevel.has(first)) continue;
    uses.push({ file: relPath, key: text, namespaces, optional: false, bare: true });
  }
  return uses;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test' && entry.name !== '__tests__') out.push(...sourceFiles(path));
    } else if (/\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out;
}

/** Resolves one use in one language: the problems found ('' when fine). */
function checkUse(use: KeyUse, lng: Lng): string[] {
  const prefixed = new RegExp(`^(${NAMESPACES.join('|')}):(.*)$`).exec(use.key);
  const namespaces = prefixed ? [prefixed[1] ?? ''] : use.namespaces;
  const key = prefixed ? (prefixed[2] ?? '') : use.key;
  const where = `${use.file}: ${use.key} (${lng})`;
  if (use.bare && !key.includes('${')) {
    return namespaces.concat(NAMESPACES).some((ns) => hasKeyOrGroup(lng, ns, key)) ? [] : [`${where}: no such key or group`];
  }
  const expansion = expandTemplate(key);
  if (expansion.kind === 'pattern') {
    const found = namespaces.some((ns) => [...(FLAT[lng][ns]?.keys() ?? [])].some((k) => expansion.pattern.test(k.replace(PLURAL, ''))));
    return found ? [] : [`${where}: no key matches ${String(expansion.pattern)}`];
  }
  if (use.optional) return [];
  return expansion.keys.filter((k) => !namespaces.some((ns) => hasKey(lng, ns, k))).map((k) => `${where}: missing ${k} in [${namespaces.join(', ')}]`);
}

// ---------------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------------

describe('locale helpers (synthetic data)', () => {
  it('compareKeys finds a key missing in either language', () => {
    const en = flatten({ a: 'A', group: { b: 'B', c: 'C' } });
    const ru = flatten({ a: 'А', group: { b: 'Б', extra: 'Лишний' } });
    const result = compareKeys(en.keys(), ru.keys());
    expect(result.missingInRu).toEqual(['group.c']);
    expect(result.missingInEn).toEqual(['group.extra']);
    expect(result.pluralProblems).toEqual([]);
    expect(compareKeys(en.keys(), en.keys())).toEqual({ missingInRu: [], missingInEn: [], pluralProblems: [] });
  });

  it('compareKeys accepts en one/other against ru one/few/many/other and nothing less', () => {
    const en = ['days_one', 'days_other'];
    expect(compareKeys(en, ['days_one', 'days_few', 'days_many', 'days_other']).pluralProblems).toEqual([]);
    expect(compareKeys(en, ['days_one', 'days_other']).pluralProblems).toHaveLength(1);
    expect(compareKeys(en, ['days']).pluralProblems).toHaveLength(1);
    expect(compareKeys(['days'], ['days_one', 'days_few', 'days_many', 'days_other']).pluralProblems).toHaveLength(1);
    expect(compareKeys(en, ['other_key']).missingInRu).toEqual(['days']);
    // A lone key ending in a plural word is an ordinary key (an answer code such as non_state_other).
    expect(compareKeys(['non_state_other', 'non_state_uncontrolled'], ['non_state_other', 'non_state_uncontrolled'])).toEqual({ missingInRu: [], missingInEn: [], pluralProblems: [] });
    expect(compareKeys(en, ['days_other']).missingInRu).toEqual(['days']);
  });

  it('placeholders and prose detection', () => {
    expect(placeholders('Вопрос {{number}} из {{ total }} {{count, number}}')).toEqual(['count', 'number', 'total']);
    expect(isNotProse('https://www.uscis.gov/i-589')).toBe(true);
    expect(isNotProse('1-800-898-7180')).toBe(true);
    expect(isNotProse('{{date}}')).toBe(true);
    expect(isNotProse('Not translated')).toBe(false);
  });

  it('expandTemplate uses the flow’s ids and only valid id/code pairs', () => {
    const options = expandTemplate('questions.${id}.options.${code}');
    expect(options.kind).toBe('keys');
    const keys = options.kind === 'keys' ? options.keys : [];
    expect(keys).toContain('questions.location.options.in_us');
    expect(keys).toContain('questions.bars.options.prefer_not_say');
    expect(keys).not.toContain('questions.location.options.lgbt');
    expect(keys).not.toContain(expect.stringMatching(/questions\.lastArrival\.options/));
    const errors = expandTemplate('errors.${id}.${result.error}');
    expect(errors.kind === 'keys' && errors.keys).toEqual(expect.arrayContaining(['errors.lastArrival.too_early', 'errors.grounds.required']));
    expect(errors.kind === 'keys' && errors.keys).not.toContain('errors.grounds.too_early');
    const outcome = expandTemplate('outcomes.${assessment.outcome}.title');
    expect(outcome.kind === 'keys' && outcome.keys).toHaveLength(OUTCOMES.length);
    const open = expandTemplate('summary.deadline.working.${reason}');
    expect(open.kind).toBe('pattern');
    expect(open.kind === 'pattern' && open.pattern.test('summary.deadline.working.saturday')).toBe(true);
    expect(open.kind === 'pattern' && open.pattern.test('summary.deadline.other.saturday')).toBe(false);
  });

  it('keysInSource reads t() calls, namespaces, defaultValue and key-like literals', () => {
    const source = [
      "const { t } = useTranslation(['glossary', 'translation']);",
      '// t(\'commented.out\')',
      "t('nav.back'); t(`questions.${id}.hint`, { defaultValue: '' }); t('glossary:title');",
      "setStatus('exit.pressTwoMore'); const path = 'not a key'; const u = 'https://x.org/a.b';",
    ].join('\n');
    const uses = keysInSource('src/x.tsx', source);
    expect(uses.map((u) => u.key)).toEqual(['nav.back', 'questions.${id}.hint', 'glossary:title', 'exit.pressTwoMore']);
    expect(uses[0]?.namespaces).toEqual(['glossary', 'translation']);
    expect(uses[1]?.optional).toBe(true);
    expect(uses[3]?.bare).toBe(true);
    expect(namespacesOf('src/components/summary/X.tsx', '')).toEqual(['summary', 'translation']);
    expect(checkUse({ file: 'x', key: 'nav.noSuchKey', namespaces: ['translation'], optional: false, bare: false }, 'ru')).toHaveLength(1);
    expect(checkUse({ file: 'x', key: 'nav.back', namespaces: ['translation'], optional: false, bare: false }, 'ru')).toEqual([]);
  });
});

describe('locale files', () => {
  it('have the same file names in en and ru', () => {
    expect(jsonFiles('ru')).toEqual(jsonFiles('en'));
    expect(jsonFiles('en')).toEqual(expect.arrayContaining(['translation.json', 'summary.json', 'glossary.json']));
  });

  it.each(NAMESPACES)('%s.json has the same keys in en and ru (plural forms aside)', (ns) => {
    const result = compareKeys(FLAT.en[ns]?.keys() ?? [], FLAT.ru[ns]?.keys() ?? []);
    expect(result).toEqual({ missingInRu: [], missingInEn: [], pluralProblems: [] });
  });

  it.each(LANGS)('%s: no empty values and only strings', (lng) => {
    const bad = Object.entries(FLAT[lng]).flatMap(([ns, flat]) =>
      [...flat].filter(([, v]) => v.trim() === '' || v.startsWith('<<not a string')).map(([k]) => `${ns}:${k}`),
    );
    expect(bad).toEqual([]);
  });

  it('every Russian value is in Russian (except the allow-list, URLs, file names and numbers)', () => {
    const bad = Object.entries(FLAT.ru).flatMap(([ns, flat]) =>
      [...flat]
        .filter(([k, v]) => !CYRILLIC.test(v) && !isNotProse(v) && !RU_LATIN_ALLOWED.some((re) => re.test(`${ns}:${k}`)))
        .map(([k, v]) => `${ns}:${k} = ${v}`),
    );
    expect(bad).toEqual([]);
  });

  it('Russian typography: no straight double quotes and no hyphen for a dash', () => {
    const bad = Object.entries(FLAT.ru).flatMap(([ns, flat]) =>
      [...flat].filter(([, v]) => v.includes('"') || /\s-\s/.test(v)).map(([k, v]) => `${ns}:${k} = ${v}`),
    );
    expect(bad).toEqual([]);
  });

  it.each(NAMESPACES)('%s.json: placeholders are identical in en and ru', (ns) => {
    const en = FLAT.en[ns] ?? new Map<string, string>();
    const ru = FLAT.ru[ns] ?? new Map<string, string>();
    const bad: string[] = [];
    for (const [key, value] of ru) {
      const base = key.replace(PLURAL, '');
      // A Russian plural form is compared with the English "other" form (Russian "one" also covers 21, 31…).
      const enValue = en.get(key) ?? (PLURAL.test(key) ? en.get(`${base}_other`) : undefined);
      if (enValue === undefined) continue;
      if (placeholders(value).join() !== placeholders(enValue).join()) bad.push(`${key}: en {${placeholders(enValue).join()}} ru {${placeholders(value).join()}}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('keys used by the code', () => {
  const files = sourceFiles(SRC_DIR);
  const uses = files.flatMap((path) => keysInSource(relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8')));

  it('the scan finds the app’s keys (so it cannot pass by finding nothing)', () => {
    expect(files.length).toBeGreaterThan(10);
    const keys = uses.map((u) => u.key);
    expect(keys).toEqual(expect.arrayContaining(['nav.continue', 'questions.${id}.title', 'questions.${id}.options.${code}', 'exit.pressTwoMore']));
    expect(keys.some((k) => k.startsWith('glossary:terms.${'))).toBe(true);
    expect(uses.length).toBeGreaterThan(50);
  });

  it.each(LANGS)('every key used in src/ exists in %s', (lng) => {
    expect([...new Set(uses.flatMap((use) => checkUse(use, lng)))]).toEqual([]);
  });
});

describe('keys FLOW.md §4 requires', () => {
  const required: string[] = [];
  for (const id of QUESTION_ORDER) {
    required.push(`questions.${id}.title`);
    for (const code of codesOf(id)) required.push(`questions.${id}.options.${code}`);
    for (const error of errorCodesOf(id)) required.push(`errors.${id}.${error}`);
  }
  for (const outcome of OUTCOMES) required.push(`outcomes.${outcome}.title`, `outcomes.${outcome}.body`);
  for (const flag of FLAGS) required.push(`flags.${flag}`);
  for (const key of HOLIDAY_KEYS) required.push(`holidays.${key}`);
  for (const term of GLOSSARY_TERMS) required.push(`glossary:terms.${term}.term`, `glossary:terms.${term}.english`, `glossary:terms.${term}.definition`);

  it('covers every id, code, outcome, flag, holiday and glossary term', () => {
    expect(QUESTION_ORDER).toHaveLength(13);
    expect(OUTCOMES).toHaveLength(7);
    expect(FLAGS).toHaveLength(16);
    expect(HOLIDAY_KEYS).toHaveLength(11);
    expect(GLOSSARY_TERMS).toHaveLength(21);
    expect(required.filter((k) => k.startsWith('errors.lastArrival.'))).toEqual(DATE_ERRORS.map((e) => `errors.lastArrival.${e}`));
  });

  it.each(LANGS)('all exist in %s', (lng) => {
    const missing = required.filter((key) => {
      const prefixed = /^(\w+):(.*)$/.exec(key);
      if (prefixed) return !hasKey(lng, prefixed[1] ?? '', prefixed[2] ?? '');
      return !NAMESPACES.some((ns) => hasKey(lng, ns, key));
    });
    expect(missing).toEqual([]);
  });
});

describe('Russian plurals and dates', () => {
  /** Whether `word` stands as a whole word (JS \b does not work with Cyrillic). */
  const hasWord = (text: string, word: string) => new RegExp(`(^|[^а-яё])${word}([^а-яё]|$)`, 'i').test(text);
  /** The right Russian form of «день» for n (1 день, 2 дня, 5 дней, 11 дней, 21 день…). */
  function dayWord(n: number): 'день' | 'дня' | 'дней' {
    const mod10 = n % 10;
    const mod100 = n % 100;
    if (mod10 === 1 && mod100 !== 11) return 'день';
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'дня';
    return 'дней';
  }
  const COUNTS = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 365];

  it('dayWord itself follows the Russian rule', () => {
    expect(COUNTS.map(dayWord)).toEqual(['дней', 'день', 'дня', 'дня', 'дней', 'дней', 'дней', 'дней', 'день', 'дня', 'дней', 'день', 'дней', 'дней']);
    expect(hasWord('Осталось 5 дней.', 'дней')).toBe(true);
    expect(hasWord('Осталось 5 дней.', 'день')).toBe(false);
    expect(hasWord('Остался 21 день', 'дня')).toBe(false);
  });

  it.each(['summary.deadline.daysLeft', 'summary.deadline.daysAgo'])('%s takes the right noun form in Russian and English', async (key) => {
    const ru = i18next.createInstance();
    await ru.init({ lng: 'ru', fallbackLng: false, ns: ['summary'], defaultNS: 'summary', resources: { ru: { summary: RAW.ru.summary ?? {} } }, interpolation: { escapeValue: false } });
    const en = i18next.createInstance();
    await en.init({ lng: 'en', fallbackLng: false, ns: ['summary'], defaultNS: 'summary', resources: { en: { summary: RAW.en.summary ?? {} } }, interpolation: { escapeValue: false } });
    const wrong: string[] = [];
    for (const n of COUNTS) {
      const text = ru.t(key, { count: n });
      const expected = dayWord(n);
      const others = (['день', 'дня', 'дней'] as const).filter((w) => w !== expected);
      if (!text.includes(String(n)) || !hasWord(text, expected) || others.some((w) => hasWord(text, w))) wrong.push(`ru ${n}: ${text}`);
      const english = en.t(key, { count: n });
      const enWord = n === 1 ? /\bday\b/ : /\bdays\b/;
      if (!english.includes(String(n)) || !enWord.test(english) || (n === 1 && /\bdays\b/.test(english))) wrong.push(`en ${n}: ${english}`);
    }
    expect(wrong).toEqual([]);
  });

  it('formatDate gives «10 марта 2026 г.» in Russian and "March 10, 2026" in English', () => {
    expect(formatDate('2026-03-10', 'ru')).toBe('10 марта 2026 г.');
    expect(formatDate('2026-03-10', 'en')).toBe('March 10, 2026');
    expect(formatDate('2026-11-25', 'ru')).toBe('25 ноября 2026 г.');
  });
});

// Russian is a first-class language. The types (src/i18n/i18next.d.ts) check every key the code asks for
// against the English files; this test checks what types cannot: that Russian has exactly the same keys
// (plural forms aside, with all four Russian forms), that every question, code, outcome and flag of the
// registry has its text in both languages (named in the failure), and that the Russian really is Russian.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { FLAGS, OUTCOMES } from '../flows/asylum/assess';
import { holidaysOfYear } from '../flows/asylum/deadline';
import { QUESTION_ORDER, spec } from '../flows/asylum/questions';
import { dateErrors } from '../flows/asylum/validation';
import { formatDate } from '../src/lib/format';
import { GLOSSARY_TERMS } from '../src/pages/GlossaryPage';

type Flat = Map<string, string>;
interface Json {
  [key: string]: Json | string;
}

const LOCALES_DIR = dirname(fileURLToPath(import.meta.url));
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
  /^translation:app\.title$/, // the tab and the history show only the app's name, no Russian sentence about asylum
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

// ---------------------------------------------------------------------------------------------------
// What the registry and the assessment require
// ---------------------------------------------------------------------------------------------------

const HOLIDAY_KEYS = holidaysOfYear(2026).map((h) => h.key);

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

describe('keys the registry, the assessment and the glossary require', () => {
  /** The keys each item needs, by the item's name (a question, an outcome, a flag …). */
  const required = new Map<string, string[]>();
  for (const id of QUESTION_ORDER) {
    const { codes, date } = spec(id);
    required.set(`question "${id}"`, [
      `questions.${id}.title`,
      `questions.${id}.short`,
      ...codes.map((code) => `questions.${id}.options.${code}`),
      ...(date ? dateErrors(date) : ['required']).map((error) => `errors.${id}.${error}`),
    ]);
  }
  for (const outcome of OUTCOMES) required.set(`outcome "${outcome}"`, [`outcomes.${outcome}.title`, `outcomes.${outcome}.body`]);
  for (const flag of FLAGS) required.set(`flag "${flag}"`, [`flags.${flag}`, `flagNames.${flag}`]);
  for (const key of HOLIDAY_KEYS) required.set(`holiday "${key}"`, [`holidays.${key}`]);
  for (const term of GLOSSARY_TERMS) required.set(`glossary term "${term}"`, ['term', 'english', 'definition'].map((part) => `glossary:terms.${term}.${part}`));

  it.each(LANGS)('every one has its text in %s (the failure names what lacks it)', (lng) => {
    const missing = [...required].flatMap(([item, keys]) =>
      keys
        .filter((key) => {
          const prefixed = /^(\w+):(.*)$/.exec(key);
          if (prefixed) return !hasKey(lng, prefixed[1] ?? '', prefixed[2] ?? '');
          return !NAMESPACES.some((ns) => hasKey(lng, ns, key));
        })
        .map((key) => `${item}: no ${lng} text at ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('would name a question whose code has no text', () => {
    const flat = FLAT.en.translation;
    const saved = flat?.get('questions.entry.options.parole');
    flat?.delete('questions.entry.options.parole');
    try {
      const lacking = (required.get('question "entry"') ?? []).filter((key) => !NAMESPACES.some((ns) => hasKey('en', ns, key)));
      expect(lacking).toEqual(['questions.entry.options.parole']);
    } finally {
      if (saved !== undefined) flat?.set('questions.entry.options.parole', saved);
    }
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

  /** t() of a test instance holding raw files, keys as strings (the app's own t is typed). */
  const untyped = (instance: typeof i18next) => instance.t.bind(instance) as unknown as (key: string, options: { count: number }) => string;

  it.each(['summary.deadline.daysLeft', 'summary.deadline.daysAgo'])('%s takes the right noun form in Russian and English', async (key) => {
    const ru = i18next.createInstance();
    await ru.init({ lng: 'ru', fallbackLng: false, ns: ['summary'], defaultNS: 'summary', resources: { ru: { summary: RAW.ru.summary ?? {} } }, interpolation: { escapeValue: false } });
    const en = i18next.createInstance();
    await en.init({ lng: 'en', fallbackLng: false, ns: ['summary'], defaultNS: 'summary', resources: { en: { summary: RAW.en.summary ?? {} } }, interpolation: { escapeValue: false } });
    const wrong: string[] = [];
    for (const n of COUNTS) {
      const text = untyped(ru)(key, { count: n });
      const expected = dayWord(n);
      const others = (['день', 'дня', 'дней'] as const).filter((w) => w !== expected);
      if (!text.includes(String(n)) || !hasWord(text, expected) || others.some((w) => hasWord(text, w))) wrong.push(`ru ${n}: ${text}`);
      const english = untyped(en)(key, { count: n });
      const enWord = n === 1 ? /\bday\b/ : /\bdays\b/;
      if (!english.includes(String(n)) || !enWord.test(english) || (n === 1 && /\bdays\b/.test(english))) wrong.push(`en ${n}: ${english}`);
    }
    expect(wrong).toEqual([]);
  });

  it('formatDate gives «10 марта 2026 г.» (no-break space before «г.») in Russian and "March 10, 2026" in English', () => {
    expect(formatDate('2026-03-10', 'ru')).toBe('10 марта 2026\u00a0г.');
    expect(formatDate('2026-03-10', 'en')).toBe('March 10, 2026');
    expect(formatDate('2026-11-25', 'ru')).toBe('25 ноября 2026\u00a0г.');
  });
});

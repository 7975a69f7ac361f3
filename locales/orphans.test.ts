// Every key of locales/en and locales/ru is used: by the code (src/, index.html's static-text markers) or
// through a key the code builds from the registry's ids and codes and the rules' lists (FLAGS, POINTS, …).
// A key that nothing uses is an orphan: text a translator keeps up to date for no reader.
//
// How a use is found, with no list of today's keys (others add and remove keys all the time):
//   - every string in src/ (not tests) and index.html's <!-- static-text:<lang>:<key> --> markers is a
//     possible key, with or without a namespace ('summary:flags.x', 'glossary:title');
//   - every template literal in src/, of values (`questions.${id}.title`) or of types (keys.ts:
//     `questions.${K}.options.${CodeOf<K>}`), is a key pattern whose each ${…} is one key segment that
//     appears as a string somewhere in flows/ or src/ (a question id, an answer code, a flag, a point, an
//     outcome, a citation id, …): remove a flag from FLAGS and its `flags.<flag>` keys become orphans;
//   - plural forms count as their base (`days_one`, `days_few` are `days`, asked with `count`), and an
//     i18next context variant `<key>_<context>` is used when its key is and the context is a known value
//     (`questions.minor.title_at_border`: `t('questions.minor.title', { context: 'at_border' })`).
// A template whose fixed text is only a namespace or punctuation (`translation:${optionKey(id, code)}`)
// says nothing about which keys it reaches and is left out: the key it wraps is built elsewhere.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(LOCALES_DIR, '..');
const LANGS = ['en', 'ru'] as const;

/**
 * Keys used in a way the scan cannot see, each with the reason. Keep it short: a key that the code asks for
 * by a string or a template literal needs no line here.
 */
const USED_INDIRECTLY: Readonly<Record<string, string>> = {};

// ---------------------------------------------------------------------------------------------------
// Helpers (each tested below on synthetic input, so a broken helper cannot hide an orphan)
// ---------------------------------------------------------------------------------------------------

interface Json {
  [key: string]: Json | string;
}

/** The dotted keys of a locale file's leaves. */
export function leafKeys(obj: Json, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? leafKeys(value, path) : [path];
  });
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Keys with their plural suffix dropped (only when two or more keys share the base: `non_state_other` is a code). */
export function withoutPlurals(keys: readonly string[]): string[] {
  const family = new Map<string, number>();
  for (const key of keys) {
    const match = PLURAL.exec(key);
    if (match) family.set(key.slice(0, match.index), (family.get(key.slice(0, match.index)) ?? 0) + 1);
  }
  return [
    ...new Set(
      keys.map((key) => {
        const match = PLURAL.exec(key);
        return match && (family.get(key.slice(0, match.index)) ?? 0) >= 2 ? key.slice(0, match.index) : key;
      }),
    ),
  ];
}

/** A key pattern from a template literal: its fixed parts, with one key segment between each two. */
export interface KeyPattern {
  parts: string[];
}

/** What a source file holds: its strings, and its template literals as key patterns. */
export interface SourceUses {
  strings: string[];
  patterns: KeyPattern[];
}

/** The strings and template literals (of values and of types) of a TypeScript or TSX source. */
export function usesInSource(text: string, fileName = 'x.tsx'): SourceUses {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const strings: string[] = [];
  const patterns: KeyPattern[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) strings.push(node.text);
    else if (ts.isJsxText(node)) strings.push(node.text.trim());
    else if (ts.isTemplateExpression(node) || ts.isTemplateLiteralTypeNode(node)) {
      patterns.push({ parts: [node.head.text, ...node.templateSpans.map((span) => span.literal.text)] });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { strings, patterns };
}

/** The keys index.html asks for with its <!-- static-text:<lang>:<key> --> markers. */
export function staticTextKeys(html: string): string[] {
  return [...html.matchAll(/<!-- static-text:(?:ru|en):([\w.]+) -->/g)].map((m) => m[1] ?? '');
}

/** A key without a namespace prefix ('summary:flags.x' → 'flags.x'). */
const withoutNamespace = (key: string) => key.replace(/^\w+:/, '');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for the keys a pattern reaches: each ${…} one segment (no dot) that is a known value. A
 * pattern whose fixed text, namespace aside, has no letter reaches nothing nameable and is dropped.
 */
export function patternMatcher(pattern: KeyPattern, known: ReadonlySet<string>): ((key: string) => boolean) | null {
  const [head = '', ...rest] = pattern.parts;
  const parts = [withoutNamespace(head), ...rest];
  if (!/[A-Za-z]/.test(parts.join(''))) return null;
  const regex = new RegExp(`^${parts.map(escape).join('([^.:]+)')}$`);
  return (key) => {
    const match = regex.exec(key);
    return !!match && match.slice(1).every((segment) => known.has(segment));
  };
}

/**
 * The keys (plural bases) that no string, static-text marker or pattern uses, and that are not allowed. A
 * key `<used key>_<known value>` is that key's i18next context variant, used with it.
 */
export function orphans(keys: readonly string[], uses: SourceUses, known: ReadonlySet<string>, allowed: ReadonlySet<string> = new Set()): string[] {
  const strings = new Set(uses.strings.map(withoutNamespace));
  const matchers = uses.patterns.map((p) => patternMatcher(p, known)).filter((m) => m !== null);
  const used = (key: string) => strings.has(key) || allowed.has(key) || matchers.some((matches) => matches(key));
  const usedInContext = (key: string) =>
    [...key.matchAll(/_/g)].some(({ index }) => known.has(key.slice(index + 1)) && !key.slice(index + 1).includes('.') && used(key.slice(0, index)));
  return withoutPlurals(keys).filter((key) => !used(key) && !usedInContext(key));
}

// ---------------------------------------------------------------------------------------------------
// The repository
// ---------------------------------------------------------------------------------------------------

/** The source files under `dir` (TypeScript, not tests, not test-only folders). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' || name === 'testing' ? [] : sources(path);
    return ['.ts', '.tsx'].includes(extname(name)) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function usesIn(files: readonly string[]): SourceUses {
  const all = files.map((file) => usesInSource(readFileSync(file, 'utf8'), file));
  return { strings: all.flatMap((u) => u.strings), patterns: all.flatMap((u) => u.patterns) };
}

const srcFiles = sources(join(ROOT, 'src'));
const flowFiles = sources(join(ROOT, 'flows'));
const srcUses = usesIn(srcFiles);
const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
const CODE_USES: SourceUses = { strings: [...srcUses.strings, ...staticTextKeys(html)], patterns: srcUses.patterns };
/** Every string of flows/ and src/, and each of its dotted parts: the values a ${…} in a key can take. */
const KNOWN = new Set([...usesIn(flowFiles).strings, ...srcUses.strings].flatMap((s) => [s, ...s.split('.')]));

function localeKeys(lang: string): string[] {
  const dir = join(LOCALES_DIR, lang);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => leafKeys(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Json));
}

// ---------------------------------------------------------------------------------------------------

describe('orphaned locale keys', () => {
  it('finds the source files and the uses it reads (the scan itself works on this repository)', () => {
    expect(srcFiles.map((f) => relative(ROOT, f))).toContain('src/App.tsx');
    expect(srcFiles.some((f) => f.includes('.test.'))).toBe(false);
    expect(flowFiles.map((f) => relative(ROOT, f))).toContain('flows/asylum/questions.ts');
    expect(CODE_USES.strings).toContain('exit.button');
    expect(CODE_USES.patterns.map((p) => p.parts.join('${}'))).toContain('questions.${}.title');
    expect(KNOWN.has('lastArrival')).toBe(true);
  });

  for (const lang of LANGS) {
    it(`every key of locales/${lang}/ is used by the code, directly or through the registry`, () => {
      const keys = localeKeys(lang);
      expect(keys.length).toBeGreaterThan(100);
      expect(orphans(keys, CODE_USES, KNOWN, new Set(Object.keys(USED_INDIRECTLY)))).toEqual([]);
    });
  }

  it('every key allowed as used indirectly still exists (the allow-list cannot go stale)', () => {
    const keys = new Set(LANGS.flatMap((lang) => withoutPlurals(localeKeys(lang))));
    for (const key of Object.keys(USED_INDIRECTLY)) expect(keys, key).toContain(key);
  });
});

describe('orphan scan helpers', () => {
  const known = new Set(['harm', 'grounds', 'past_harm', 'deadline_passed']);

  it('reads strings, JSX text and template literals of values and of types', () => {
    const uses = usesInSource(
      [
        "const a = t('app.title');",
        'const b = t(`summary:outcomes.${outcome}.title`);',
        "type K = `questions.${Id}.options.${'x'}`;",
        'const c = <p>{t("nav.back")}</p>;',
      ].join('\n'),
    );
    expect(uses.strings).toEqual(expect.arrayContaining(['app.title', 'nav.back', 'x']));
    expect(uses.patterns).toEqual([{ parts: ['summary:outcomes.', '.title'] }, { parts: ['questions.', '.options.', ''] }]);
  });

  it('matches a pattern only where each ${…} is one known segment', () => {
    const matches = patternMatcher({ parts: ['questions.', '.title'] }, known);
    expect(matches?.('questions.harm.title')).toBe(true);
    expect(matches?.('questions.gone.title')).toBe(false);
    expect(matches?.('questions.harm.x.title')).toBe(false);
    expect(matches?.('other.harm.title')).toBe(false);
    expect(patternMatcher({ parts: ['translation:', ''] }, known)).toBeNull();
    expect(patternMatcher({ parts: ['', ' (', ')'] }, known)).toBeNull();
    expect(patternMatcher({ parts: ['summary:flags.', ''] }, known)?.('flags.deadline_passed')).toBe(true);
  });

  it('reads the static-text markers of index.html', () => {
    expect(staticTextKeys('<a><!-- static-text:ru:exit.button --></a><!-- static-text:en:noscript.x -->')).toEqual(['exit.button', 'noscript.x']);
  });

  it('counts plural forms as their base, but not a code that ends like one', () => {
    expect(withoutPlurals(['days_one', 'days_few', 'days_many', 'days_other', 'options.non_state_other', 'x_one'])).toEqual([
      'days',
      'options.non_state_other',
      'x_one',
    ]);
  });

  it('reports a key nothing uses, and only that one', () => {
    const uses: SourceUses = { strings: ['app.title', 'summary:flags.intro'], patterns: [{ parts: ['questions.', '.title'] }] };
    const keys = ['app.title', 'flags.intro', 'questions.harm.title', 'questions.removed.title', 'app.old', 'days_one', 'days_other', 'kept.byHand'];
    expect(orphans(keys, uses, known, new Set(['kept.byHand']))).toEqual(['questions.removed.title', 'app.old', 'days']);
  });

  it('counts a context variant of a used key (with a known context) as used, and no other', () => {
    const uses: SourceUses = { strings: ['questions.minor.title'], patterns: [] };
    const context = new Set(['at_border']);
    const keys = ['questions.minor.title', 'questions.minor.title_at_border', 'questions.minor.title_elsewhere', 'questions.minor.hint_at_border'];
    expect(orphans(keys, uses, context)).toEqual(['questions.minor.title_elsewhere', 'questions.minor.hint_at_border']);
  });

  it('flattens a locale file to its leaf keys', () => {
    expect(leafKeys({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })).toEqual(['a.b', 'a.c.d', 'e']);
  });
});

// No raw text ever reaches a person (issue 20, item 4): the summary, rendered for answer sets generated from
// the registry (flows/asylum/testing/summaryCases.ts: every outcome, flag, step, point, border-rule window
// and fact window), in both languages, with its printed copy in the other language and its calendar file,
// shows no `{{`, `}}`, `$t(`, locale key, `undefined`, `NaN`, `[object` or empty list item, and passes no
// empty value into a sentence. Over the run every key of the summary namespace is used in each language,
// but for the short lists below, so the test cannot pass by rendering too little. Missing keys and values
// also throw (src/setupTests.ts). Later pages (save, open, hearing, share) extend it.

import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { coverCases, describeCase, requiredFeatures, summaryCasePool, type SummaryCase } from '../../flows/asylum/testing/summaryCases';
import enSummary from '../../locales/en/summary.json';
import ruSummary from '../../locales/ru/summary.json';
import enTranslation from '../../locales/en/translation.json';
import i18n, { LANGUAGES, loadNamespaces, type Lang, type Namespace } from '../i18n/i18n';
import SummaryPage from './SummaryPage';

// The second printed copy can fail to load (offline): one render per language takes that way.
const copyLoad = vi.hoisted(() => ({ fails: false }));
vi.mock('../i18n/i18n', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../i18n/i18n')>();
  return {
    ...actual,
    loadNamespaces: (lng: Lang, namespaces: Parameters<typeof actual.loadNamespaces>[1]) =>
      copyLoad.fails ? Promise.reject(new Error('offline (test)')) : actual.loadNamespaces(lng, namespaces),
  };
});

/**
 * The key families of the summary namespace whose every key the run must use (`citations.*`, the titles of
 * sources, are left out: many sources are only linked inside a sentence and never listed by title).
 */
const COVERED_FAMILIES = ['summary', 'outcomes', 'flags', 'flagNames', 'holidays'];

/**
 * Keys of those families that the summary never shows, each with the reason (no other page uses any of the
 * summary namespace). A key listed here that the run does use, or that no longer exists, fails the test too,
 * so the list cannot go stale.
 */
const NOT_SHOWN_BY_SUMMARY: Record<string, string> = {
  // Said once, by the step of "What to do now" (SAID_NOW in flows/asylum/summary.ts), which is always among
  // the first three when its flag is raised, so "What may apply" never repeats them.
  'flags.deadline_soon': 'said by the step deadlineSoon',
  'flags.deadline_passed': 'said by the step deadlinePassed or lateFiler',
  'flags.check_proceedings': 'said by the step checkCourt',
  'flags.unaccompanied_minor': 'said by the step child',
  'summary.parts.filing': 'the filing part is titled by the way of filing (summary.filing.title.*)',
  'summary.entryRules.unknownDate': 'the border rules show only with an entry, and every entry in the U.S. has an arrival date',
};

/** Raw text that must never be shown. */
const RAW = ['{{', '}}', '$t(', 'undefined', 'NaN', '[object'];
const NAMESPACES = ['translation', 'summary', 'glossary', 'privacy'];
/** A locale key: a namespace prefix, or a top-level key of a locale file followed by a dot and a name. */
const KEY_LIKE = new RegExp(`\\b(?:${NAMESPACES.join('|')}):[A-Za-z]|\\b(?:${[...Object.keys(enTranslation), ...Object.keys(enSummary)].join('|')})\\.[A-Za-z][\\w-]*`);

function rawIn(text: string): string | null {
  const raw = RAW.find((needle) => text.includes(needle));
  if (raw) return raw;
  return KEY_LIKE.exec(text)?.[0] ?? null;
}

const snippet = (text: string) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 120));
const where = (el: Element | null) => (el ? `<${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ''}>` : 'the page');

/** Raw text in any text node, in aria-label, title and alt, in the page title, and empty list items. */
function scanPage(): string[] {
  const problems: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = rawIn(node.nodeValue ?? '');
    if (raw) problems.push(`${raw} in text ${snippet(node.nodeValue ?? '')} of ${where(node.parentElement)}`);
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [alt]')) {
    for (const name of ['aria-label', 'title', 'alt']) {
      const value = el.getAttribute(name);
      // An empty alt is how a decorative image is marked; an empty label or title is a slip.
      const raw = value === null ? null : value.trim() === '' ? (name === 'alt' ? null : 'empty') : rawIn(value);
      if (raw) problems.push(`${raw} in ${name} ${snippet(value ?? '')} of ${where(el)}`);
    }
  }
  for (const li of document.body.querySelectorAll('li')) {
    if ((li.textContent ?? '').trim() === '') problems.push(`empty list item in ${where(li.parentElement)}`);
  }
  const title = rawIn(document.title);
  if (title) problems.push(`${title} in the page title ${snippet(document.title)}`);
  return problems;
}

/** The calendar file's text (unfolded): no raw text, a title, the date of each event it must hold (the deadline, the next hearing). */
function scanIcs(text: string, fileName: string, dates: readonly string[]): string[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const problems: string[] = [];
  const raw = rawIn(unfolded);
  if (raw) problems.push(`${raw} in the calendar file: ${snippet(unfolded.split('\r\n').find((line) => rawIn(line)) ?? '')}`);
  const fileRaw = rawIn(fileName);
  if (fileRaw || !fileName.trim()) problems.push(`calendar file name ${snippet(fileName)}`);
  if (!/^SUMMARY:\S/m.test(unfolded)) problems.push('calendar file without a title');
  for (const date of dates) if (!unfolded.includes(`\r\nDTSTART;VALUE=DATE:${date.replace(/-/g, '')}\r\n`)) problems.push(`calendar file not on ${date}`);
  if ((unfolded.match(/^BEGIN:VEVENT$/gm) ?? []).length !== dates.length) problems.push(`calendar file without exactly ${dates.length} events`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Every key asked of i18next, per language, and every value passed into a sentence.

const requested: Record<Lang, Set<string>> = { en: new Set(), ru: new Set() };
/** Where the current render's bad values go. */
let valueProblems: string[] = [];
const originalT = i18n.t;
/** i18next's own t, untyped (the calls recorded here come with any key and options). */
const plainT = originalT as unknown as (key: unknown, ...rest: unknown[]) => unknown;
/** Per language, namespaces, key and plural form: where the key was found and the values its sentence uses. */
const lookups = new Map<string, { ns: string; variables: string[] }>();

function badValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'string') return value.trim() === '' || rawIn(value) !== null;
  return true;
}

/** Records the key (as `ns:key`, plural forms folded by i18next's own lookup) and checks each value the sentence uses. */
function recordCall(key: unknown, options: unknown) {
  if (typeof key !== 'string') return;
  const opts = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown> & { lng?: string; ns?: string | string[]; count?: number };
  const lng = (opts.lng || i18n.language) as Lang;
  const split = key.indexOf(':');
  const candidates = split > 0 ? [key.slice(0, split)] : Array.isArray(opts.ns) ? opts.ns : [opts.ns ?? 'translation'];
  const name = split > 0 ? key.slice(split + 1) : key;
  const form = typeof opts.count === 'number' ? new Intl.PluralRules(lng).select(opts.count) : '';
  const cacheKey = `${lng}|${candidates.join(',')}|${name}|${form}`;
  let found = lookups.get(cacheKey);
  if (!found) {
    const ns = candidates.find((n) => i18n.exists(name, { lng, ns: n as Namespace, count: opts.count }));
    if (ns === undefined) return; // a missing key: the missing-key handler throws
    const text = plainT(key, { ...opts, skipInterpolation: true });
    const template = typeof text === 'string' ? text : '';
    found = { ns, variables: [...template.matchAll(/\{\{-?\s*([^}]+?)\s*\}\}/g)].map(([, inner]) => (inner ?? '').split(',')[0]?.trim() ?? '') };
    lookups.set(cacheKey, found);
  }
  const { ns, variables } = found;
  requested[lng]?.add(`${ns}:${name}`);
  for (const variable of variables) {
    const value = opts[variable];
    if (badValue(value)) valueProblems.push(`${lng} ${ns}:${name}: {{${variable}}} is ${value === undefined ? 'undefined' : JSON.stringify(value)}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The cases: generated, then cut down to a set that still reaches every feature (and each plural form).

/** Each plural form of the days left or passed, and of the days to the next hearing, in each language. */
function pluralFeatures({ assessment: { daysLeft }, plan }: Pick<SummaryCase, 'assessment' | 'plan'>): string[] {
  const hearing = plan.hearing && plan.hearing.daysLeft > 0 ? plan.hearing.daysLeft : null;
  const hearingForms = hearing === null ? [] : LANGUAGES.map((lang) => `plural:${lang}:hearing:${new Intl.PluralRules(lang).select(hearing)}`);
  if (daysLeft === null || daysLeft === 0 || plan.deadlineKind !== 'deadline') return hearingForms;
  return [...hearingForms, ...LANGUAGES.map((lang) => `plural:${lang}:${daysLeft > 0 ? 'left' : 'ago'}:${new Intl.PluralRules(lang).select(Math.abs(daysLeft))}`)];
}
const POOL = summaryCasePool(pluralFeatures);
const CASES = coverCases(POOL);

const blobs: { blob: Blob; fileName: string }[] = [];
/** Calendar files read in the current run. */
let calendarFiles = 0;

beforeAll(async () => {
  await loadNamespaces('en', ['translation', 'summary']);
  await loadNamespaces('ru', ['translation', 'summary']);
  i18n.t = ((key: unknown, ...rest: unknown[]) => {
    recordCall(key, rest[0]);
    return plainT(key, ...rest);
  }) as unknown as typeof i18n.t;
  let pending: Blob | null = null;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      pending = blob;
      return 'blob:test/ics';
    },
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
    if (pending) blobs.push({ blob: pending, fileName: this.download });
    pending = null;
  });
});

afterAll(() => {
  i18n.t = originalT;
  vi.restoreAllMocks();
});

/**
 * Renders one case in the interface language: the page (its printed-only parts included), its calendar file,
 * and with `withCopy` the printed copy in the other language (the bilingual checkbox ticked).
 */
async function renderCase(c: Pick<SummaryCase, 'answers' | 'today' | 'assessment' | 'plan'>, lang: Lang, withCopy: boolean): Promise<string[]> {
  const problems: string[] = [];
  valueProblems = problems;
  try {
    const { container } = render(<SummaryPage answers={c.answers} today={c.today} focusHeading={false} onChange={() => undefined} onRestart={() => undefined} />);
    const bilingual = container.querySelector('#summary-print-bilingual');
    if (!bilingual) throw new Error('no bilingual print checkbox');
    if (withCopy) {
      fireEvent.click(bilingual);
      await act(async () => {});
      if (!copyLoad.fails && !container.querySelector('.summary-copy')) problems.push('no printed copy in the other language');
      if (copyLoad.fails && !container.querySelector('[role="alert"]')) problems.push('no message when the other language fails to load');
    }
    const calendar = container.querySelector<HTMLButtonElement>('.summary-calendar button');
    // The deadline while it is ahead, and the next hearing when its date is known.
    const { deadline, timing } = c.assessment;
    const events = [...(deadline && timing === 'in_time' && !c.assessment.flags.includes('unaccompanied_minor') ? [deadline] : []), ...(c.plan.hearing ? [c.plan.hearing.date] : [])];
    if (Boolean(calendar) !== events.length > 0) problems.push(calendar ? 'a calendar button with nothing to hold' : `no calendar button for ${events.join(', ')}`);
    if (calendar && events.length > 0) {
      const before = blobs.length;
      fireEvent.click(calendar);
      const file = blobs[before];
      if (!file) problems.push('the calendar button made no file');
      else {
        calendarFiles++;
        problems.push(...scanIcs(await file.blob.text(), file.fileName, events));
      }
    }
    problems.push(...scanPage());
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    cleanup();
    valueProblems = [];
  }
  return [...new Set(problems)].map((problem) => `${describeCase(c)} [${lang}]: ${problem}`);
}

/** Locale keys of the summary namespace, plural forms folded, as `summary:key`. */
function localeKeys(json: unknown, prefix = ''): string[] {
  if (typeof json !== 'object' || json === null) return [`summary:${prefix.replace(/_(zero|one|two|few|many|other)$/, '')}`];
  return [...new Set(Object.entries(json).flatMap(([k, v]) => localeKeys(v, prefix ? `${prefix}.${k}` : k)))];
}
/** The keys of the covered families. */
const coveredKeys = (json: unknown) => localeKeys(json).filter((key) => COVERED_FAMILIES.includes(key.slice('summary:'.length).split('.')[0] ?? ''));
const LOCALE_SUMMARY: Record<Lang, unknown> = { en: enSummary, ru: ruSummary };

const MAX_SHOWN = 40;
const report = (problems: string[]) => (problems.length > MAX_SHOWN ? [...problems.slice(0, MAX_SHOWN), `… and ${problems.length - MAX_SHOWN} more`] : problems);

describe('the generated cases', () => {
  it('reach every outcome, flag, step, point, part, border-rule window and fact window', () => {
    const reached = new Set(CASES.flatMap((c) => [...c.features]));
    expect(requiredFeatures().filter((feature) => !reached.has(feature))).toEqual([]);
  });
});

describe.each(LANGUAGES)('the summary in %s', (lang) => {
  it('shows no raw text, empty value or empty list item, and uses every key of its namespace', { timeout: 60_000 }, async () => {
    await act(() => i18n.changeLanguage(lang));
    requested[lang].clear();
    calendarFiles = 0;
    const problems: string[] = [];
    // The printed copy in the other language takes three more renders: each case's copy is rendered once,
    // in one language's run or the other's (in turn), so both languages' copies are rendered.
    const ownTurn = LANGUAGES.indexOf(lang);
    for (const [i, c] of CASES.entries()) problems.push(...(await renderCase(c, lang, i % LANGUAGES.length === ownTurn)));
    // The message shown when the other language cannot be loaded for the printed copy.
    copyLoad.fails = true;
    try {
      problems.push(...(await renderCase(CASES[0]!, lang, true)));
    } finally {
      copyLoad.fails = false;
    }
    expect.soft(report(problems), `${CASES.length} answer sets in ${lang}`).toEqual([]);
    expect.soft(calendarFiles, 'calendar files read').toBeGreaterThan(0);

    const used = requested[lang];
    const keys = coveredKeys(LOCALE_SUMMARY[lang]);
    const neverUsed = keys.filter((key) => !used.has(key) && !(key.slice('summary:'.length) in NOT_SHOWN_BY_SUMMARY));
    expect.soft(neverUsed, `keys of locales/${lang}/summary.json never used by the summary`).toEqual([]);
    const listedButUsed = Object.keys(NOT_SHOWN_BY_SUMMARY).filter((key) => used.has(`summary:${key}`) || !keys.includes(`summary:${key}`));
    expect.soft(listedButUsed, 'keys listed as not shown by the summary that it does use, or that no longer exist').toEqual([]);
  });
});

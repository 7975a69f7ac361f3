// Which words of locales/<lng>/translation.json the first page carries. The build splits each language's
// translation.json in two chunks (src/i18n/wordsPlugin.ts): the first page's words (the page frame, the
// start page, the first question and the states they can show before the rest arrives: its errors, the
// error page, "Start again", the exit's countdown, the language switch's loading line) load with the first
// page; every other key (the other questions, and any page added later: its words are first-page words only
// if they are named here) is fetched right after the first paint. locales/ stays the one place words are
// written; this list only says where they go. The build fails if a prerendered page uses a key not listed
// here (src/prerender/render.tsx).

/** Dotted key prefixes of translation.json that the first page needs (a prefix takes its whole subtree). */
export const FIRST_PAGE_KEYS: readonly string[] = [
  'app',
  'language',
  'exit',
  'nav',
  'start',
  'progress',
  'errorSummary',
  'errorPage',
  'questions.location',
  'errors.location',
  // The links to the saved-file pages on the start page and below Continue (issue 21); those pages' words are not.
  'save.link',
  'open.link',
  // The start page's notice after the idle clearing (src/lib/idle.ts), shown at once when a reload cleared.
  'idle.notice',
  'share.footerLink',
];

type Words = Record<string, unknown>;

const isObject = (value: unknown): value is Words => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a key path is listed: the path itself or one of its parents, with i18next's suffixes for plurals
 * and contexts (progress_one, title_at_border) counted as the key they vary.
 */
function listed(path: string, keys: readonly string[]): boolean {
  return keys.some((key) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}_`));
}

/** Whether a listed key lies below this path (so its subtree is split further). */
const holdsListed = (path: string, keys: readonly string[]) => keys.some((key) => key.startsWith(`${path}.`));

/**
 * Splits a translation file into the first page's words and the rest; each is a nested object of the same
 * shape (i18next merges them back key by key), and together they hold every key exactly once.
 */
export function splitWords(words: Words, keys: readonly string[] = FIRST_PAGE_KEYS): { first: Words; rest: Words } {
  const first: Words = {};
  const rest: Words = {};
  const walk = (node: Words, prefix: string, firstOut: Words, restOut: Words) => {
    for (const [name, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${name}` : name;
      if (listed(path, keys)) firstOut[name] = value;
      else if (isObject(value) && holdsListed(path, keys)) {
        const a: Words = {};
        const b: Words = {};
        walk(value, path, a, b);
        if (Object.keys(a).length > 0) firstOut[name] = a;
        if (Object.keys(b).length > 0) restOut[name] = b;
      } else restOut[name] = value;
    }
  };
  walk(words, '', first, rest);
  return { first, rest };
}

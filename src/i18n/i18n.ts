// i18next set-up: no language is bundled; each language's namespaces are loaded on demand as their
// own chunks (locales/<lng>/<ns>.json), so the first page carries only the current language's text.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['ru', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export type Namespace = 'translation' | 'summary' | 'glossary' | 'privacy';

export function isLang(value: unknown): value is Lang {
  return value === 'ru' || value === 'en';
}

export function otherLang(lng: Lang): Lang {
  return lng === 'ru' ? 'en' : 'ru';
}

// static.json holds the words of index.html itself (written in at build time, src/prerender/plugin.ts): never loaded here.
// translation.json comes in two parts (src/i18n/firstPage.ts, src/i18n/wordsPlugin.ts): the first page's words and the rest.
const loaders = import.meta.glob<Record<string, unknown>>(['../../locales/*/*.json', '!../../locales/*/static.json', '!../../locales/*/translation.json'], {
  import: 'default',
});
const words = {
  first: import.meta.glob<Record<string, unknown>>('../../locales/*/translation.json', { query: '?part=first', import: 'default' }),
  rest: import.meta.glob<Record<string, unknown>>('../../locales/*/translation.json', { query: '?part=rest', import: 'default' }),
};

/** The loads of translation.json's parts ('enfirst', 'enrest', and both: 'enall'), and those done. */
const loads = new Map<string, Promise<void>>();
const loaded = new Set<string>();

/**
 * Loads a part of a language's translation.json into i18next, or both ('all'): the same promise until it
 * settles (React's use() needs one); a failed load is tried again on the next call.
 */
function loadWords(lng: Lang, part: 'first' | 'rest' | 'all'): Promise<void> {
  const id = lng + part;
  let loading = loads.get(id);
  if (!loading) {
    const load = part === 'all' ? undefined : words[part][`../../locales/${lng}/translation.json`];
    loading = (
      part === 'all'
        ? Promise.all([loadWords(lng, 'first'), loadWords(lng, 'rest')])
        : load
          ? load().then((found) => i18n.addResourceBundle(lng, 'translation', found, true, true))
          : Promise.reject(new Error(`Missing locale file ${lng}/translation`))
    ).then(
      () => void loaded.add(id),
      (error: unknown) => {
        loads.delete(id);
        throw error;
      },
    );
    loads.set(id, loading);
  }
  return loading;
}

/** Loads the first page's words of a language (the start page, the page frame, the first question). */
export const loadFirstPageWords = (lng: Lang) => loadWords(lng, 'first');
/** Loads every word of a language's translation.json (the first page's and the rest). */
export const loadAllWords = (lng: Lang) => loadWords(lng, 'all');
/** Whether every word of a language's translation.json is loaded. */
export const hasAllWords = (lng: Lang) => loaded.has(`${lng}all`);

/** Loads namespaces of a language into i18next (once; 'translation' whole); does not change the current language. */
export async function loadNamespaces(lng: Lang, namespaces: readonly Namespace[]): Promise<void> {
  await Promise.all(
    namespaces.map(async (ns) => {
      if (ns === 'translation') return loadAllWords(lng);
      if (i18n.hasResourceBundle(lng, ns)) return;
      const load = loaders[`../../locales/${lng}/${ns}.json`];
      if (!load) throw new Error(`Missing locale file ${lng}/${ns}`);
      i18n.addResourceBundle(lng, ns, await load(), true, true);
    }),
  );
}

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : 'en';
}

/** Switches the interface language (loading its text first, with the namespaces already in use). */
export async function changeLanguage(lng: Lang): Promise<void> {
  const inUse = (['translation', 'summary', 'glossary', 'privacy'] as const).filter((ns) => i18n.hasResourceBundle(currentLang(), ns));
  await loadNamespaces(lng, inUse.length > 0 ? inUse : ['translation']);
  await i18n.changeLanguage(lng);
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  lng: undefined,
  fallbackLng: false,
  supportedLngs: ['ru', 'en'],
  ns: ['translation'],
  defaultNS: 'translation',
  resources: {},
  partialBundledLanguages: true,
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
  react: { useSuspense: false },
});

export default i18n;

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
const loaders = import.meta.glob<Record<string, unknown>>(['../../locales/*/*.json', '!../../locales/*/static.json'], { import: 'default' });

/** Loads namespaces of a language into i18next (once); does not change the current language. */
export async function loadNamespaces(lng: Lang, namespaces: readonly Namespace[]): Promise<void> {
  await Promise.all(
    namespaces
      .filter((ns) => !i18n.hasResourceBundle(lng, ns))
      .map(async (ns) => {
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

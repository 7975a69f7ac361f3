import { isLang, type Lang } from '../i18n/i18n';
import { parseHash } from './route';
import { loadLanguagePreference, saveLanguagePreference } from './storage';

/**
 * How this document was loaded (`PerformanceNavigationTiming.type`): 'navigate' (a link, the address bar),
 * 'reload', 'back_forward' (the browser's Back or Forward reached an entry that needs a load), or
 * undefined where the browser does not say.
 */
export function navigationType(): string | undefined {
  try {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return entry?.type;
  } catch {
    return undefined;
  }
}

/**
 * The language at start, by the rule the boot script follows too (src/prerender/boot.ts): `?lang=ru|en`
 * on a fresh navigation, else the one chosen last in this tab, else Russian when any of the browser's
 * languages is Russian, else English. On a reload or a Back/Forward load, `?lang=` decides only when the
 * tab holds no choice: the address of an old entry (`?lang=en`, from before a switch to Russian) must not
 * undo the person's later choice.
 */
export function detectLanguage(search: string, browserLanguages: readonly string[], navigation?: string): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  const saved = loadLanguagePreference();
  const again = navigation === 'reload' || navigation === 'back_forward';
  if (isLang(fromUrl) && !(again && saved)) return fromUrl;
  if (saved) return saved;
  return deviceLanguage(browserLanguages);
}

/** The device's language: Russian when any of the browser's languages is Russian, else English. */
export function deviceLanguage(browserLanguages: readonly string[]): Lang {
  return browserLanguages.some((l) => l.toLowerCase().startsWith('ru')) ? 'ru' : 'en';
}

/** Whether this document opened a lawyer's code ('#/r', '#/r/<payload>'): it speaks the device's language. */
function opensCode(hash: string): boolean {
  const route = parseHash(hash);
  return route.kind === 'page' && route.page === 'r';
}

/**
 * The language this document starts in (detectLanguage for its address and load). When the address asked
 * for it (`?lang=`: a shared link, or the language link before the app started) over another language this
 * tab held, it becomes the tab's choice, so that a reload, or Back to an entry without `?lang=`, keeps it.
 * A tab that holds no choice is left so (nothing is written): `?lang=` decides there on any load anyway.
 * A lawyer's code ('#/r') opens in the device's language alone.
 */
export function startLanguage(): Lang {
  // A lawyer's code is read in the language of the device that scanned it (FLOW.md §5), whatever the address
  // or this tab chose before; nothing is written.
  if (opensCode(window.location.hash)) return deviceLanguage(navigator.languages ?? [navigator.language]);
  const search = window.location.search;
  const lng = detectLanguage(search, navigator.languages ?? [navigator.language], navigationType());
  const saved = loadLanguagePreference();
  if (saved !== null && saved !== lng && new URLSearchParams(search).get('lang') === lng) saveLanguagePreference(lng);
  return lng;
}

/**
 * Whether the person chose the language in this tab: with the language switch (kept in this tab), or with
 * `?lang=` on this load. A saved file then opens in this language instead of the file's (FLOW.md §5).
 */
export function languageChosenInTab(search: string = window.location.search): boolean {
  return loadLanguagePreference() !== null || isLang(new URLSearchParams(search).get('lang'));
}

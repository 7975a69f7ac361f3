import { isLang, type Lang } from '../i18n/i18n';
import { loadLanguagePreference } from './storage';

/**
 * The language at start: `?lang=ru|en` when given, else the one chosen earlier in this tab,
 * else Russian when any of the browser's languages is Russian, else English.
 */
export function detectLanguage(search: string, browserLanguages: readonly string[]): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  const saved = loadLanguagePreference();
  if (saved) return saved;
  return browserLanguages.some((l) => l.toLowerCase().startsWith('ru')) ? 'ru' : 'en';
}

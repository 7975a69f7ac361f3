// Typed translation keys: every t() key is checked against the English locale files (the source of the
// key shape), so a missing key of any family is a type error. Russian has the same keys by the locale test.
import 'i18next';
import type glossary from '../../locales/en/glossary.json';
import type privacy from '../../locales/en/privacy.json';
import type summary from '../../locales/en/summary.json';
import type translation from '../../locales/en/translation.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof translation; summary: typeof summary; glossary: typeof glossary; privacy: typeof privacy };
  }
}

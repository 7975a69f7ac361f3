import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import i18n from './i18n/i18n';

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

// jsdom has no layout: scrolling is a no-op there (its own window.scrollTo only logs "Not implemented").
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};
window.scrollTo = function scrollTo() {};

// No raw text in any component test: a key missing in the language asked for, or a {{value}} the call did not
// pass, throws instead of showing the key or the braces (i18next reads these options on every call).
// Tests only: the app itself never sets them.
Object.assign(i18n.options, {
  saveMissing: true,
  saveMissingTo: 'current',
  missingKeyHandler: (lngs: readonly string[], ns: string, key: string) => {
    throw new Error(`Missing locale key ${ns}:${key} in ${lngs.join(', ') || '(no language set)'}`);
  },
  missingInterpolationHandler: (text: string, match: RegExpExecArray) => {
    throw new Error(`Missing interpolation value ${match[0]} in "${text}"`);
  },
});

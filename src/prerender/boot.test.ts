// The boot script (run before the first paint in the built index.html) picks the same language as the app
// (src/lib/language.ts) and the right prerendered page for the hash.
import { afterEach, describe, expect, it } from 'vitest';
import { detectLanguage } from '../lib/language';
import { LANGUAGE_KEY } from '../lib/storage';
import { BOOT_SCRIPT } from './boot';

const PAGES = ['start', 'location', 'frame'] as const;

function setUp(search: string, hash: string, languages: string[], saved: string | null) {
  window.history.replaceState(null, '', `/${search}${hash}`);
  Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });
  sessionStorage.clear();
  if (saved !== null) sessionStorage.setItem(LANGUAGE_KEY, saved);
  document.documentElement.lang = 'en';
  document.body.innerHTML = [
    '<div class="top-band" id="static-top-band"></div>',
    ...['ru', 'en'].flatMap((lng) =>
      PAGES.map((page) => `<template id="pre-${lng}-${page}"><div data-prerendered=""><a class="language-switch" href="?lang=x">switch</a><p class="shown">${lng} ${page}</p></div></template>`),
    ),
    '<div id="root"></div>',
  ].join('');
  // The script is a string (hashed for the CSP as written): run exactly that text, as the browser does.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function(BOOT_SCRIPT)();
}

const shown = () => document.querySelector('#root .shown')?.textContent;

afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('boot script', () => {
  const cases: [string, string[], string | null][] = [
    ['?lang=ru', ['en-US'], 'en'],
    ['?lang=en', ['ru-RU'], 'ru'],
    ['?a=1&lang=ru', ['en-US'], null],
    ['', ['en-US'], 'ru'],
    ['', ['ru-RU'], 'en'],
    ['', ['en-US', 'ru'], null],
    ['?lang=xx', ['de-DE', 'RU-ru'], null],
    ['?lang=xx', ['de-DE', 'en'], null],
    ['', [], null],
    ['', ['ru'], 'xx'],
  ];
  for (const [search, languages, saved] of cases) {
    it(`picks the app's language for ${search || 'no ?lang'}, browser ${languages.join(',') || 'none'}, saved ${saved}`, () => {
      setUp(search, '', languages, saved);
      const expected = detectLanguage(search, languages);
      expect(document.documentElement.lang).toBe(expected);
      expect(shown()).toBe(`${expected} start`);
    });
  }

  it('picks the page by the hash: the start page, the first question, or the frame alone (never the start page deep in a walk)', () => {
    for (const [hash, page] of [['', 'start'], ['#', 'start'], ['#/', 'start'], ['#/location', 'location'], ['#/grounds', 'frame'], ['#/summary', 'frame'], ['#/privacy', 'frame']]) {
      setUp('?lang=en', hash ?? '', [], null);
      expect(shown(), hash).toBe(`en ${page}`);
    }
  });

  it('drops the static exit band (the frame has its own) and points the language link at the other language, keeping the step', () => {
    setUp('?lang=ru', '#/location', [], null);
    expect(document.getElementById('static-top-band')).toBeNull();
    expect(document.querySelector('#root a.language-switch')?.getAttribute('href')).toBe('?lang=en#/location');
    expect(document.querySelectorAll('#root [data-prerendered]')).toHaveLength(1);
  });
});

// The boot script (run before the first paint in the built index.html) picks the same language as the app
// (src/lib/language.ts) and the right prerendered page for the hash.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HANDOFF_PROPERTY } from '../lib/codeHandoff';
import { detectLanguage } from '../lib/language';
import { LANGUAGE_KEY, STORAGE_KEY } from '../lib/storage';
import { BOOT_SCRIPT } from './boot';

const PAGES = ['start', 'location', 'frame'] as const;

function setUp(search: string, hash: string, languages: string[], saved: string | null, state: string | null = null, navigation?: string) {
  window.history.replaceState(null, '', `/${search}${hash}`);
  vi.spyOn(performance, 'getEntriesByType').mockReturnValue(navigation === undefined ? [] : [{ type: navigation } as unknown as PerformanceEntry]);
  Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });
  sessionStorage.clear();
  if (saved !== null) sessionStorage.setItem(LANGUAGE_KEY, saved);
  if (state !== null) sessionStorage.setItem(STORAGE_KEY, state);
  document.documentElement.lang = 'en';
  // The listeners of an earlier run stay on window and document: they go quiet, as once the app takes over.
  document.getElementById('root')?.removeAttribute('data-prerendered');
  document.body.innerHTML = [
    '<div class="top-band" id="static-top-band"></div>',
    ...['ru', 'en'].flatMap((lng) =>
      PAGES.map(
        (page) =>
          `<template id="pre-${lng}-${page}"><div><a class="language-switch" href="?lang=x">switch</a><a class="button--start" role="button" href="#/location">Start</a><h1 tabindex="-1" data-pre-id="${page}-heading">${lng} ${page}</h1><p class="shown">${lng} ${page}</p>` +
          `<form><label data-pre-for="${page}-field">Field</label><input data-pre-id="${page}-field" data-pre-aria-describedby="${page}-hint"><button>Continue</button></form></div></template>`,
      ),
    ),
    '<div id="root"></div>',
  ].join('');
  // The script is a string (hashed for the CSP as written): run exactly that text, as the browser does.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function(BOOT_SCRIPT)();
}

const shown = () => document.querySelector('#root .shown')?.textContent;

afterEach(() => {
  vi.restoreAllMocks();
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
    it(`picks the app's language for ${search || 'no ?lang'}, browser ${languages.join(',') || 'none'}, saved ${saved}, on every kind of load`, () => {
      // undefined: a browser that does not say how the page was loaded.
      for (const navigation of [undefined, 'navigate', 'reload', 'back_forward']) {
        setUp(search, '', languages, saved, null, navigation);
        const expected = detectLanguage(search, languages, navigation);
        expect(document.documentElement.lang, navigation).toBe(expected);
        expect(shown(), navigation).toBe(`${expected} start`);
      }
    });
  }

  it('a lawyer’s code: the payload leaves the address at once, into memory; the page speaks the device’s language', () => {
    const handover = window as unknown as Record<string, unknown>;
    for (const [languages, expected] of [[['en-US'], 'en'], [['ru-RU', 'en'], 'ru']] as const) {
      // Neither ?lang= nor the tab's earlier choice decides here.
      setUp(`?lang=${expected === 'en' ? 'ru' : 'en'}`, '#/r/BQGALKGH77', [...languages], expected === 'en' ? 'ru' : 'en');
      expect(window.location.hash).toBe('#/r');
      expect(window.location.search).toBe(`?lang=${expected === 'en' ? 'ru' : 'en'}`);
      expect(handover[HANDOFF_PROPERTY]).toBe('BQGALKGH77');
      expect(document.documentElement.lang).toBe(expected);
      expect(shown()).toBe(`${expected} frame`);
      delete handover[HANDOFF_PROPERTY];
    }
    // A reload of '#/r' hands nothing over.
    setUp('', '#/r', ['en-US'], 'ru');
    expect(handover[HANDOFF_PROPERTY]).toBeUndefined();
    expect(document.documentElement.lang).toBe('en');
  });

  it('on a reload or a Back/Forward load, keeps the language chosen last over the ?lang= of an old entry', () => {
    for (const navigation of ['reload', 'back_forward']) {
      setUp('?lang=en', '#/grounds', ['en-US'], 'ru', null, navigation);
      expect(document.documentElement.lang, navigation).toBe('ru');
    }
    setUp('?lang=en', '#/grounds', ['ru-RU'], 'ru', null, 'navigate');
    expect(document.documentElement.lang).toBe('en');
  });

  it('picks the page by the hash: the start page, the first question, or the frame alone (never the start page deep in a walk)', () => {
    for (const [hash, page] of [['', 'start'], ['#', 'start'], ['#/', 'start'], ['#main-content', 'start'], ['#/location', 'location'], ['#/grounds', 'frame'], ['#/summary', 'frame'], ['#/privacy', 'frame']]) {
      setUp('?lang=en', hash ?? '', [], null);
      expect(shown(), hash).toBe(`en ${page}`);
    }
  });

  it('drops the static exit band (the frame has its own) and points the language link at the other language, keeping the step', () => {
    setUp('?lang=ru', '#/location', [], null);
    expect(document.getElementById('static-top-band')).toBeNull();
    expect(document.querySelector('#root a.language-switch')?.getAttribute('href')).toBe('?lang=en#/location');
    expect(document.getElementById('root')?.getAttribute('data-prerendered')).toBe('location');
  });

  it('gives the page shown its ids and the attributes that point at them back (the templates hold them as data-pre-*)', () => {
    setUp('?lang=en', '#/location', [], null);
    const field = document.getElementById('location-field');
    expect(field?.closest('#root')).not.toBeNull();
    expect(field?.getAttribute('aria-describedby')).toBe('location-hint');
    expect(document.querySelector('#root label')?.getAttribute('for')).toBe('location-field');
    expect(document.querySelectorAll('#root [data-pre-id], #root [data-pre-for], #root [data-pre-aria-describedby]')).toHaveLength(0);
  });

  it('before the app takes over, a new hash shows its prerendered page with the focus on its heading (Start, Back)', () => {
    setUp('?lang=ru', '#/', [], null);
    expect(shown()).toBe('ru start');
    window.location.hash = '#/location';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(shown()).toBe('ru location');
    expect(document.activeElement?.id).toBe('location-heading');
    expect(document.getElementById('root')?.getAttribute('data-prerendered')).toBe('location');
    expect(document.querySelector('#root a.language-switch')?.getAttribute('href')).toBe('?lang=en#/location');
  });

  it('shows the frame alone when this tab has answers (the app then shows Continue or the saved answer), whatever the hash', () => {
    const state = (answers: object) => JSON.stringify({ v: 1, answers, step: 'grounds' });
    for (const hash of ['', '#/', '#/location']) {
      setUp('?lang=en', hash, [], null, state({ location: 'in_us' }));
      expect(shown(), hash).toBe('en frame');
    }
    // Pressing Start saves an empty walk: that is still a first visit.
    setUp('?lang=en', '#/location', [], null, state({}));
    expect(shown()).toBe('en location');
  });

  it('leaves a fragment that is not a route (the skip link’s #main-content) to the browser', () => {
    setUp('?lang=en', '#/location', [], null);
    window.location.hash = '#main-content';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(shown()).toBe('en location');
    expect(document.getElementById('root')?.getAttribute('data-prerendered')).toBe('location');
  });

  it('presses Start with Space before the app starts, as a button', () => {
    setUp('?lang=en', '', [], null);
    const start = document.querySelector<HTMLAnchorElement>('#root .button--start');
    let clicked = 0;
    start?.addEventListener('click', (event) => {
      clicked += 1;
      event.preventDefault();
    });
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    start?.dispatchEvent(space);
    expect(clicked).toBe(1);
    expect(space.defaultPrevented).toBe(true);
  });

  it('once the app has taken over (data-prerendered gone), leaves the page to it', () => {
    setUp('?lang=en', '#/', [], null);
    document.getElementById('root')?.removeAttribute('data-prerendered');
    window.location.hash = '#/location';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(shown()).toBe('en start');
  });

  it('never lets a form be sent that the app has not handled (its answers would go into the address), and remembers the press', () => {
    setUp('?lang=en', '#/location', [], null);
    const root = document.getElementById('root');
    const form = document.querySelector('#root form');
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    form?.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(root?.hasAttribute('data-submit-pending')).toBe(true);
    // While the app hydrates, after data-prerendered has gone, the same holds.
    root?.removeAttribute('data-submit-pending');
    root?.removeAttribute('data-prerendered');
    const again = new Event('submit', { bubbles: true, cancelable: true });
    form?.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(true);
    expect(root?.hasAttribute('data-submit-pending')).toBe(true);
  });

  it('leaves alone a submit the app has handled', () => {
    setUp('?lang=en', '#/location', [], null);
    const root = document.getElementById('root');
    root?.removeAttribute('data-prerendered');
    const form = document.querySelector('#root form');
    form?.addEventListener('submit', (event) => event.preventDefault());
    form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(root?.hasAttribute('data-submit-pending')).toBe(false);
  });
});

describe('boot script: starting the app after the largest paint', () => {
  type Entry = { element: Element | null };
  let observed: ((list: { getEntries: () => Entry[] }, observer: { disconnect: () => void }) => void) | null = null;
  let disconnected = false;
  let frames: (() => void)[] = [];
  let started = 0;

  /** Sets up the page with the app's metas; `lcp`: whether the browser reports largest-contentful-paint. */
  function boot(hash: string, lcp: boolean) {
    observed = null;
    disconnected = false;
    frames = [];
    started = 0;
    document.head.innerHTML = '<meta name="app-entry" content="/assets/index.js"><meta name="app-text-en" content="/assets/first.js"><meta name="app-words-en" content="/assets/rest.js">';
    class FakeObserver {
      static supportedEntryTypes = lcp ? ['paint', 'largest-contentful-paint'] : ['paint'];
      constructor(callback: typeof observed) {
        observed = callback;
      }
      observe() {}
      disconnect() {
        disconnected = true;
      }
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    // start() hands the import to a task (setTimeout 0): counted here, never run (jsdom has no module loader).
    const realSetTimeout = globalThis.setTimeout;
    vi.stubGlobal('setTimeout', (callback: () => void, ms?: number) => {
      if (!ms) started += 1;
      else if (ms === 3000) return realSetTimeout(() => undefined, 0);
      else return realSetTimeout(callback, ms);
      return 0;
    });
    setUp('?lang=en', hash, [], null);
  }
  const runFrames = () => frames.splice(0).forEach((f) => f());
  const report = (element: Element | null) => observed?.({ getEntries: () => [{ element }] }, { disconnect: () => (disconnected = true) });

  afterEach(() => {
    vi.unstubAllGlobals();
    document.head.innerHTML = '';
  });

  for (const hash of ['', '#/location']) {
    it(`${hash || 'start page'}: waits for a largest-contentful-paint inside #root, not for frames or another element`, () => {
      boot(hash, true);
      runFrames();
      runFrames();
      expect(started).toBe(0);
      report(document.head);
      report(null);
      expect(started).toBe(0);
      report(document.querySelector('#root h1'));
      expect(started).toBe(1);
      expect(disconnected).toBe(true);
      report(document.querySelector('#root p'));
      expect(started).toBe(1);
    });
  }

  it('the frame alone (a reload deep in a walk), or a browser without largest-contentful-paint: two frames', () => {
    for (const [hash, lcp] of [['#/grounds', true], ['', false]] as const) {
      boot(hash, lcp);
      expect(started, hash).toBe(0);
      runFrames();
      expect(started, hash).toBe(0);
      runFrames();
      expect(started, hash).toBe(1);
    }
  });

  it('an input before the largest paint is reported (the browser then reports none) starts it after two frames', () => {
    boot('', true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    runFrames();
    runFrames();
    expect(started).toBe(1);
  });
});

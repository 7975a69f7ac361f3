import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLanguage, languageChosenInTab, navigationType, startLanguage } from './language';
import { loadLanguagePreference, saveLanguagePreference } from './storage';

afterEach(() => vi.restoreAllMocks());

describe('detectLanguage', () => {
  it('takes ?lang first', () => {
    saveLanguagePreference('en');
    expect(detectLanguage('?lang=ru', ['en-US'])).toBe('ru');
    expect(detectLanguage('?lang=en', ['ru-RU'])).toBe('en');
  });

  it('then the language chosen earlier in this tab', () => {
    saveLanguagePreference('ru');
    expect(detectLanguage('', ['en-US'])).toBe('ru');
  });

  it('then Russian when any browser language is Russian, else English; an unknown ?lang is ignored', () => {
    expect(detectLanguage('', ['en-US', 'ru'])).toBe('ru');
    expect(detectLanguage('?lang=xx', ['de-DE', 'RU-ru'])).toBe('ru');
    expect(detectLanguage('?lang=xx', ['de-DE', 'en'])).toBe('en');
    expect(detectLanguage('', [])).toBe('en');
  });
});

describe('detectLanguage on a reload or a Back/Forward load', () => {
  it('keeps the language chosen last in this tab over the ?lang= of an old entry', () => {
    saveLanguagePreference('ru');
    expect(detectLanguage('?lang=en', ['en-US'], 'reload')).toBe('ru');
    expect(detectLanguage('?lang=en', ['en-US'], 'back_forward')).toBe('ru');
    // A fresh navigation (a link, the address bar) is a new choice.
    expect(detectLanguage('?lang=en', ['ru-RU'], 'navigate')).toBe('en');
    expect(detectLanguage('?lang=en', ['ru-RU'], undefined)).toBe('en');
  });

  it('lets ?lang= decide when the tab holds no choice', () => {
    expect(detectLanguage('?lang=en', ['ru-RU'], 'reload')).toBe('en');
    expect(detectLanguage('?lang=ru', ['en-US'], 'back_forward')).toBe('ru');
  });
});

describe('startLanguage', () => {
  function load(url: string, type: string) {
    window.history.replaceState(null, '', url);
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([{ type } as unknown as PerformanceEntry]);
  }

  it('reads the navigation type of this document', () => {
    load('/', 'back_forward');
    expect(navigationType()).toBe('back_forward');
  });

  it('writes nothing in a tab that holds no choice (?lang= decides there on every load)', () => {
    load('/?lang=en#/location', 'navigate');
    expect(startLanguage()).toBe('en');
    expect(loadLanguagePreference()).toBeNull();
    load('/?lang=en#/location', 'reload');
    expect(startLanguage()).toBe('en');
    expect(loadLanguagePreference()).toBeNull();
  });

  it('keeps a ?lang= that decides over an earlier choice as this tab’s choice (a reload then keeps it), and leaves the choice alone otherwise', () => {
    saveLanguagePreference('ru');
    load('/?lang=en#/location', 'navigate');
    expect(startLanguage()).toBe('en');
    expect(loadLanguagePreference()).toBe('en');
    load('/#/location', 'reload');
    expect(startLanguage()).toBe('en');

    saveLanguagePreference('ru');
    load('/?lang=en#/grounds', 'back_forward');
    expect(startLanguage()).toBe('ru');
    expect(loadLanguagePreference()).toBe('ru');
  });
});

describe('languageChosenInTab (a saved file opens in its own language unless this is true)', () => {
  it('is true after the language switch (kept in this tab) or with ?lang= on this load, and false otherwise', () => {
    expect(languageChosenInTab('')).toBe(false);
    expect(languageChosenInTab('?lang=xx')).toBe(false);
    expect(languageChosenInTab('?lang=ru')).toBe(true);
    saveLanguagePreference('en');
    expect(languageChosenInTab('')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { saveLanguagePreference } from './storage';

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

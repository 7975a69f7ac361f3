import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY, STORAGE_KEY, clearAll, clearAnswers, loadLanguagePreference, loadState, saveLanguagePreference, saveState } from './storage';

describe('storage (sessionStorage only)', () => {
  it('round-trips answers and step with a version', () => {
    saveState({ answers: { location: 'in_us' }, step: 'minor' });
    expect(JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '')).toEqual({ v: 1, answers: { location: 'in_us' }, step: 'minor' });
    expect(loadState()).toEqual({ answers: { location: 'in_us' }, step: 'minor' });
    expect(window.localStorage.length).toBe(0);
  });

  it.each([
    ['not JSON', '{oops'],
    ['null', 'null'],
    ['another version', JSON.stringify({ v: 99, answers: {}, step: 'x' })],
    ['a number', '42'],
  ])('drops %s without throwing', (_name, raw) => {
    window.sessionStorage.setItem(STORAGE_KEY, raw);
    expect(loadState()).toBeNull();
  });

  it('Start again keeps the language; Exit wipes everything', () => {
    saveState({ answers: { location: 'in_us' }, step: 'minor' });
    saveLanguagePreference('ru');
    clearAnswers();
    expect(loadState()).toBeNull();
    expect(loadLanguagePreference()).toBe('ru');
    clearAll();
    expect(window.sessionStorage.getItem(LANGUAGE_KEY)).toBeNull();
    expect(window.sessionStorage.length).toBe(0);
  });
});

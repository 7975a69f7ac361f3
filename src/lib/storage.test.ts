import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY, STORAGE_KEY, clearAll, clearAnswers, loadLanguagePreference, loadState, saveLanguagePreference, saveLastInput, saveState } from './storage';

describe('storage (sessionStorage only)', () => {
  it('round-trips answers and step with a version', () => {
    saveState({ answers: { location: 'in_us' }, step: 'minor' });
    expect(JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '')).toEqual({ v: 1, answers: { location: 'in_us' }, step: 'minor' });
    expect(loadState()).toEqual({ answers: { location: 'in_us' }, step: 'minor' });
    expect(window.localStorage.length).toBe(0);
  });

  it('keeps the time of the last input with the answers, and reads states stored before it was kept', () => {
    saveState({ answers: { location: 'in_us' }, step: 'minor', lastInput: 1_800_000_000_000 });
    expect(JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '')).toEqual({ v: 1, answers: { location: 'in_us' }, step: 'minor', at: 1_800_000_000_000 });
    saveLastInput(1_800_000_060_000);
    expect(loadState()).toEqual({ answers: { location: 'in_us' }, step: 'minor', lastInput: 1_800_000_060_000 });
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, answers: { location: 'in_us' }, step: 'minor' }));
    expect(loadState()).toEqual({ answers: { location: 'in_us' }, step: 'minor' });
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, answers: {}, step: 'start', at: 'soon' }));
    expect(loadState()).toEqual({ answers: {}, step: 'start' });
    clearAnswers();
    saveLastInput(1);
    expect(window.sessionStorage.getItem(STORAGE_KEY)).toBeNull();
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

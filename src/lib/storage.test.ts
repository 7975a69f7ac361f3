import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../flows/asylum/answers';
import { QUESTION_ORDER, spec } from '../../flows/asylum/questions';
import { EVERY_QUESTION_ANSWERS } from '../../flows/asylum/testing/fixtures';
import { LANGUAGE_KEY, STORAGE_KEY, clearAll, clearAnswers, loadLanguagePreference, loadState, restoreAnswers, saveLanguagePreference, saveState } from './storage';

const saved = (answers: unknown, step: unknown = 'summary') => window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, answers, step }));

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

  it('keeps every answer of a valid walk (the longest path, every question answered)', () => {
    expect(answersSchema.safeParse(EVERY_QUESTION_ANSWERS).success).toBe(true);
    saved(EVERY_QUESTION_ANSWERS);
    expect(loadState()).toEqual({ answers: EVERY_QUESTION_ANSWERS, step: 'summary' });
  });

  it('drops each wrong-typed or unknown answer alone, keeps the valid ones, and never throws', () => {
    saved({
      location: 'in_us',
      minor: 42,
      grounds: 'political', // a list expected
      harm: 'past_harm',
      harmBy: 'martians', // not a code
      relocation: null,
      lastArrival: '2025-02-30', // no such day
      exceptions: ['none', 'changed_circumstances'], // an exclusive code must stand alone
      bars: ['crime', 'crime'],
      entry: { visa: true },
      unknownQuestion: 'x',
      ['__proto__']: 'y',
    });
    expect(loadState()).toEqual({ answers: { location: 'in_us', harm: 'past_harm' }, step: 'summary' });
    expect(Object.getPrototypeOf(loadState()?.answers)).toBe(Object.prototype);
  });

  it.each([
    ['a string', 'in_us'],
    ['a list', ['in_us']],
    ['null', null],
    ['a number', 7],
  ])('drops saved answers that are %s (not an object), keeping the step', (_name, answers) => {
    saved(answers, 'grounds');
    expect(loadState()).toEqual({ answers: {}, step: 'grounds' });
  });

  it('guards every question of the registry: a wrong value for any one of them is dropped alone', () => {
    for (const id of QUESTION_ORDER) {
      const wrong = spec(id).kind === 'multi' ? ['not-a-code'] : 'not-a-code';
      expect(restoreAnswers({ location: 'in_us', [id]: wrong }), id).toEqual(id === 'location' ? {} : { location: 'in_us' });
    }
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

// Every restore from sessionStorage goes through the machine's RESTORE, which checks each saved answer with
// its question's schema (answerSchema, through checkAnswer) and each date against today (sanitizeAnswers):
// corrupt or wrong-typed answers never crash the app and are dropped, each alone, and the valid ones stay.
import { describe, expect, it } from 'vitest';
import { EVERY_QUESTION_ANSWERS } from '../../flows/asylum/testing/fixtures';
import { currentStep } from '../../flows/asylum/machine';
import { QUESTION_ORDER, spec } from '../../flows/asylum/questions';
import { createScreener } from './screener';
import { STORAGE_KEY } from './storage';

const TODAY = '2026-11-25';

function restored(answers: unknown, step: unknown = 'summary') {
  window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, answers, step }));
  window.history.replaceState(null, '', `/#/${String(step)}`);
  const actor = createScreener(TODAY);
  return actor.getSnapshot();
}

describe('restoring saved answers', () => {
  it('keeps every answer of a valid walk (the longest path) and lands where it was', () => {
    const snapshot = restored(EVERY_QUESTION_ANSWERS);
    expect(snapshot.context.answers).toEqual(EVERY_QUESTION_ANSWERS);
    expect(currentStep(snapshot)).toBe('summary');
  });

  it('drops each wrong-typed, unknown or impossible answer alone, keeps the valid ones, and never throws', () => {
    const snapshot = restored({
      location: 'in_us',
      minor: 42,
      grounds: 'political', // a list expected
      harm: 'past_harm',
      harmBy: 'martians', // not a code
      relocation: null,
      lastArrival: '2027-01-10', // after today
      exceptions: ['none', 'changed_circumstances'], // an exclusive code must stand alone
      bars: ['crime', 'crime'],
      entry: { visa: true },
      unknownQuestion: 'x',
      ['__proto__']: 'y',
    });
    expect(snapshot.context.answers).toEqual({ location: 'in_us', harm: 'past_harm' });
    expect(Object.getPrototypeOf(snapshot.context.answers)).toBe(Object.prototype);
    // The summary is not reachable with those answers: the first open question is shown.
    expect(currentStep(snapshot)).toBe('minor');
  });

  it.each([
    ['a string', 'in_us'],
    ['a list', ['in_us']],
    ['null', null],
    ['a number', 7],
  ])('drops saved answers that are %s (not an object)', (_name, answers) => {
    expect(restored(answers, 'grounds').context.answers).toEqual({});
  });

  it('guards every question of the registry: a wrong value for any one of them is dropped alone', () => {
    for (const id of QUESTION_ORDER) {
      const wrong = spec(id).kind === 'multi' ? ['not-a-code'] : 'not-a-code';
      expect(restored({ location: 'in_us', [id]: wrong }).context.answers, id).toEqual(id === 'location' ? {} : { location: 'in_us' });
    }
  });

  it('starts empty on a corrupt or foreign entry', () => {
    for (const raw of ['{oops', 'null', '42', JSON.stringify({ v: 99, answers: { location: 'in_us' }, step: 'minor' })]) {
      window.sessionStorage.setItem(STORAGE_KEY, raw);
      expect(createScreener(TODAY).getSnapshot().context.answers, raw).toEqual({});
    }
  });
});

// EVERY_QUESTION_ANSWERS is the longest walk, shared by the Chromium and the Firefox/WebKit walks: it must
// answer every question of the registry, each on its path, so that a question added to the registry fails
// here until the fixture answers it (and the browser walks then go through it).
import { describe, expect, it } from 'vitest';
import type { Answers } from '../answers';
import { addDays, localCalendarDate } from '../dates';
import { QUESTION_ORDER, questionPath } from '../questions';
import { isValidAnswer } from '../validation';
import { EVERY_QUESTION_ANSWERS } from './fixtures';

/** What keeps `answers` from being a walk through every question on `today`: one line per problem. */
function everyQuestionProblems(answers: Answers, today: string): string[] {
  const path = questionPath(answers, today);
  return QUESTION_ORDER.flatMap((id) => {
    if (!Object.hasOwn(answers, id)) return [`${id}: not answered`];
    if (!path.includes(id)) return [`${id}: answered but not on the path`];
    if (!isValidAnswer(id, answers[id], today)) return [`${id}: ${JSON.stringify(answers[id])} is not a valid answer`];
    return [];
  }).concat(Object.keys(answers).filter((key) => !(QUESTION_ORDER as readonly string[]).includes(key)).map((key) => `${key}: not a question`));
}

// The browser tests pin 2026-11-25; the Firefox/WebKit cases and a reader run on the device's date.
const TODAYS = ['2026-11-25', localCalendarDate(new Date()), addDays(localCalendarDate(new Date()), 365)];

describe('EVERY_QUESTION_ANSWERS', () => {
  for (const today of TODAYS) {
    it(`answers every question of the registry, each on its path, on ${today}`, () => {
      expect(everyQuestionProblems(EVERY_QUESTION_ANSWERS, today)).toEqual([]);
      expect(questionPath(EVERY_QUESTION_ANSWERS, today)).toEqual([...QUESTION_ORDER]);
    });
  }

  it('the check finds a question left out, one off the path, a bad answer and a stray key', () => {
    const withoutRelocation: Answers = { ...EVERY_QUESTION_ANSWERS };
    delete withoutRelocation.relocation;
    expect(everyQuestionProblems(withoutRelocation, '2026-11-25')).toEqual(['relocation: not answered']);
    // Arrived recently: the deadline has not passed, so `exceptions` is off the path.
    expect(everyQuestionProblems({ ...EVERY_QUESTION_ANSWERS, lastArrival: '2026-10-01' }, '2026-11-25')).toEqual(['exceptions: answered but not on the path']);
    expect(everyQuestionProblems({ ...EVERY_QUESTION_ANSWERS, entry: 'by_boat' } as unknown as Answers, '2026-11-25')).toEqual(['entry: "by_boat" is not a valid answer']);
    expect(everyQuestionProblems({ ...EVERY_QUESTION_ANSWERS, nextQuestion: 'x' } as unknown as Answers, '2026-11-25')).toEqual(['nextQuestion: not a question']);
  });
});

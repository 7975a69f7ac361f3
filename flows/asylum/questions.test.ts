import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import {
  QUESTIONS,
  QUESTION_ORDER,
  answersOnPath,
  firstOpenStep,
  isAsked,
  isReachable,
  questionPath,
  resolveStep,
  stepAfter,
  stepBefore,
  toggleMultiCode,
  type QuestionId,
} from './questions';
import { answersArb, completeAnswers, sampleAnswersArb } from './testing/fixtures';
import { FLOW_ORDER, flowPath } from './testing/flowRules';

const TODAY = '2026-11-25';
const IN_TIME = '2026-06-01'; // deadline 2027-06-01
const PASSED = '2024-01-10'; // deadline 2025-01-10

/** A full in-U.S. path whose deadline has passed: every question is asked except relocation. */
const FULL_IN_US: Answers = completeAnswers({
  location: 'in_us',
  minor: 'no',
  grounds: ['political'],
  harm: 'past_harm',
  harmBy: 'government',
  otherCountry: 'no',
  lastArrival: PASSED,
  entry: 'visa',
  proceedings: 'no',
  priorDenial: 'no',
  exceptions: ['changed_circumstances'],
  bars: ['none'],
}, TODAY);

/** A copy of `answers` without the given questions. */
function without(answers: Answers, ...ids: (keyof Answers)[]): Answers {
  const copy = { ...answers };
  for (const id of ids) delete copy[id];
  return copy;
}

describe('the questions', () => {
  it('are asked in the order of the independent oracle (testing/flowRules.ts)', () => {
    expect(QUESTION_ORDER).toEqual(FLOW_ORDER);
  });

  it('have the contract’s kinds and codes', () => {
    expect(QUESTIONS.location.codes).toEqual(['in_us', 'at_border', 'outside_us']);
    expect(QUESTIONS.grounds.codes).toEqual(['political', 'lgbt', 'ethnicity', 'religion', 'military_refusal', 'other_group', 'none']);
    expect(QUESTIONS.grounds.exclusive).toEqual(['none']);
    expect(QUESTIONS.harmBy.codes).toEqual(['government', 'non_state_uncontrolled', 'non_state_other']);
    expect(QUESTIONS.entry.codes).toEqual(['visa', 'parole', 'between_ports', 'canada_land', 'other']);
    expect(QUESTIONS.exceptions.codes).toEqual(['changed_circumstances', 'extraordinary_circumstances', 'maintained_status', 'none']);
    expect(QUESTIONS.bars.codes).toEqual(['crime', 'persecutor', 'terrorism', 'none', 'prefer_not_say']);
    expect(QUESTIONS.bars.exclusive).toEqual(['none', 'prefer_not_say']);
    expect(QUESTIONS.lastArrival.kind).toBe('date');
    expect(QUESTIONS.relocation.kind).toBe('single');
  });
});

describe('flows/asylum/README.md', () => {
  /** The question table of the README: id → kind, codes and exclusive codes (in italics). */
  function readmeQuestions(): Map<string, { kind: string; codes: string[]; exclusive: string[] }> {
    const text = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const section = text.slice(text.indexOf('## Questions, in order'), text.indexOf('## The path'));
    const rows = new Map<string, { kind: string; codes: string[]; exclusive: string[] }>();
    for (const line of section.split('\n')) {
      const cells = line.split('|').map((cell) => cell.trim());
      const id = /^`(\w+)`$/.exec(cells[1] ?? '')?.[1];
      if (!id) continue;
      const codeCell = (cells[3] ?? '').replace(/\(.*\)/g, '');
      const codes = [...codeCell.matchAll(/\*?`(\w+)`\*?/g)].map((m) => m[1] ?? '').filter((c) => c !== 'YYYY');
      const exclusive = [...codeCell.matchAll(/\*`(\w+)`\*/g)].map((m) => m[1] ?? '');
      rows.set(id, { kind: cells[2] ?? '', codes, exclusive });
    }
    return rows;
  }

  it('lists every question of the registry, in order, with its kind and codes', () => {
    const rows = readmeQuestions();
    expect([...rows.keys()]).toEqual([...QUESTION_ORDER]);
    for (const id of QUESTION_ORDER) {
      const { kind, codes, exclusive } = QUESTIONS[id];
      expect(rows.get(id), `README row of question "${id}"`).toEqual({ kind, codes: [...codes], exclusive: [...exclusive] });
    }
  });
});

describe('the path, read literally', () => {
  it.each<[string, Answers, QuestionId[]]>([
    [
      'no answers: a missing answer satisfies "≠ x" and fails "= x"',
      {},
      ['location', 'minor', 'grounds', 'harm', 'harmBy', 'otherCountry', 'entry', 'bars'],
    ],
    ['outside the U.S.', { location: 'outside_us' }, ['location', 'grounds', 'harm', 'harmBy']],
    ['outside the U.S., no harm', { location: 'outside_us', harm: 'neither' }, ['location', 'grounds', 'harm']],
    [
      'at the border, harm by a non-state actor',
      { location: 'at_border', harm: 'fear_only', harmBy: 'non_state_other' },
      ['location', 'minor', 'grounds', 'harm', 'harmBy', 'relocation', 'otherCountry', 'entry', 'bars'],
    ],
    [
      'in the U.S., no arrival date yet: no exceptions',
      { location: 'in_us', harmBy: 'government' },
      ['location', 'minor', 'grounds', 'harm', 'harmBy', 'otherCountry', 'lastArrival', 'entry', 'proceedings', 'priorDenial', 'bars'],
    ],
    [
      'in the U.S., in time',
      { location: 'in_us', minor: 'no', lastArrival: IN_TIME },
      ['location', 'minor', 'grounds', 'harm', 'harmBy', 'otherCountry', 'lastArrival', 'entry', 'proceedings', 'priorDenial', 'bars'],
    ],
    [
      'in the U.S., deadline passed: exceptions asked',
      { location: 'in_us', minor: 'no', lastArrival: PASSED },
      ['location', 'minor', 'grounds', 'harm', 'harmBy', 'otherCountry', 'lastArrival', 'entry', 'proceedings', 'priorDenial', 'exceptions', 'bars'],
    ],
    [
      'in the U.S., deadline passed, minor not answered yet: exceptions asked (minor ≠ yes)',
      { location: 'in_us', lastArrival: PASSED },
      ['location', 'minor', 'grounds', 'harm', 'harmBy', 'otherCountry', 'lastArrival', 'entry', 'proceedings', 'priorDenial', 'exceptions', 'bars'],
    ],
    [
      'an unaccompanied minor is never asked about exceptions',
      { location: 'in_us', minor: 'yes', lastArrival: PASSED },
      ['location', 'minor', 'grounds', 'harm', 'harmBy', 'otherCountry', 'lastArrival', 'entry', 'proceedings', 'priorDenial', 'bars'],
    ],
    [
      'a passed date at the border does not count: lastArrival is not on that path',
      { location: 'at_border', minor: 'no', lastArrival: PASSED },
      ['location', 'minor', 'grounds', 'harm', 'harmBy', 'otherCountry', 'entry', 'bars'],
    ],
    [
      'everything answered in the U.S. with a passed deadline',
      FULL_IN_US,
      ['location', 'minor', 'grounds', 'harm', 'harmBy', 'otherCountry', 'lastArrival', 'entry', 'proceedings', 'priorDenial', 'exceptions', 'bars'],
    ],
  ])('%s', (_reason, answers, listed) => {
    const path = questionPath(answers, TODAY);
    expect(path).toEqual(flowPath(answers, TODAY));
    // The questions listed here are on the path, in this order (a question added later may stand between).
    expect(path.filter((id) => listed.includes(id))).toEqual(listed);
  });

  it('relocation is asked only after a non-state harmBy', () => {
    expect(isAsked('relocation', { harmBy: 'non_state_uncontrolled' }, TODAY)).toBe(true);
    expect(isAsked('relocation', { harmBy: 'non_state_other' }, TODAY)).toBe(true);
    expect(isAsked('relocation', { harmBy: 'government' }, TODAY)).toBe(false);
    expect(isAsked('relocation', {}, TODAY)).toBe(false);
  });

  it('a stale harmBy (harm = neither, so harmBy is off the path) does not put relocation on the path', () => {
    // Answers to questions no longer on the path are ignored, so they cannot grow the path either.
    const answers: Answers = { location: 'in_us', harm: 'neither', harmBy: 'non_state_other', relocation: 'yes' };
    expect(isAsked('relocation', answers, TODAY)).toBe(false);
    expect(questionPath(answers, TODAY)).not.toContain('relocation');
    expect(answersOnPath(answers, TODAY)).toEqual({ location: 'in_us', harm: 'neither' });
  });
});

describe('exceptions: only after the deadline passed on today, and only with lastArrival', () => {
  // Arrival 2025-11-25 → deadline Wednesday 2026-11-25 (the deadline day itself is in time).
  it.each([
    ['2026-11-24', false],
    ['2026-11-25', false],
    ['2026-11-26', true],
  ])('arrival 2025-11-25, today %s → asked %s', (today, asked) => {
    expect(isAsked('exceptions', { location: 'in_us', minor: 'no', lastArrival: '2025-11-25' }, today)).toBe(asked);
  });

  it('uses the moved deadline: arrival 2025-11-26 → Thanksgiving 2026-11-26 → deadline Friday 2026-11-27', () => {
    const answers: Answers = { location: 'in_us', minor: 'no', lastArrival: '2025-11-26' };
    expect(isAsked('exceptions', answers, '2026-11-27')).toBe(false);
    expect(isAsked('exceptions', answers, '2026-11-28')).toBe(true);
  });

  it('needs a lastArrival', () => {
    expect(isAsked('exceptions', { location: 'in_us', minor: 'no' }, '2099-01-01')).toBe(false);
  });

  it('never for an arrival that is not a date, or whose deadline cannot be written (year 9999)', () => {
    expect(isAsked('exceptions', { location: 'in_us', lastArrival: 'yesterday' }, TODAY)).toBe(false);
    expect(isAsked('exceptions', { location: 'in_us', lastArrival: '9999-06-01' }, '9999-12-31')).toBe(false);
  });

  it('needs location = in_us', () => {
    expect(isAsked('exceptions', { minor: 'no', lastArrival: PASSED }, TODAY)).toBe(false);
  });
});


describe('questionPath agrees with the oracle for any answers', { timeout: 30_000 }, () => {
  it('property: each question is on the path exactly when its condition holds', () => {
    fc.assert(
      fc.property(fc.oneof(sampleAnswersArb(TODAY), answersArb), (answers) => {
        expect(questionPath(answers, TODAY)).toEqual(flowPath(answers, TODAY));
      }),
      { numRuns: 1000 },
    );
  });

  it('every question is asked for some answers (a `when` that never holds names its question)', () => {
    const asked = new Set<QuestionId>();
    fc.assert(
      fc.property(sampleAnswersArb(TODAY), (answers) => {
        questionPath(answers, TODAY).forEach((id) => asked.add(id));
      }),
      { numRuns: 2000, seed: 1 },
    );
    for (const id of QUESTION_ORDER) expect(asked.has(id), `question "${id}" is never asked: its \`when\` never holds`).toBe(true);
  });
});

describe('firstOpenStep', () => {
  it('is location with no answers', () => {
    expect(firstOpenStep({}, TODAY)).toBe('location');
  });

  it('is the first unanswered question on the path', () => {
    expect(firstOpenStep({ location: 'outside_us', grounds: ['none'] }, TODAY)).toBe('harm');
    expect(firstOpenStep({ location: 'in_us', grounds: ['none'] }, TODAY)).toBe('minor');
  });

  it('ignores answers off the path and skips questions off the path', () => {
    expect(firstOpenStep({ location: 'outside_us', minor: 'no', grounds: ['lgbt'], harm: 'neither' }, TODAY)).toBe('summary');
  });

  it('treats an empty multi answer as unanswered', () => {
    expect(firstOpenStep({ location: 'outside_us', grounds: [] }, TODAY)).toBe('grounds');
  });

  it('is the summary when every question on the path is answered', () => {
    expect(firstOpenStep(FULL_IN_US, TODAY)).toBe('summary');
  });

  it('is the new question when the path grew overnight', () => {
    const answers = without(FULL_IN_US, 'exceptions');
    expect(firstOpenStep({ ...answers, lastArrival: '2025-11-25' }, '2026-11-25')).toBe('summary');
    expect(firstOpenStep({ ...answers, lastArrival: '2025-11-25' }, '2026-11-26')).toBe('exceptions');
  });
});

describe('isReachable and resolveStep', () => {
  const partial: Answers = { location: 'in_us', minor: 'no', grounds: ['lgbt'] };

  it('the start page is always reachable', () => {
    expect(isReachable('start', {}, TODAY)).toBe(true);
    expect(isReachable('start', FULL_IN_US, TODAY)).toBe(true);
  });

  it('answered questions and the first open one are reachable, later ones are not', () => {
    expect(isReachable('location', partial, TODAY)).toBe(true);
    expect(isReachable('grounds', partial, TODAY)).toBe(true);
    expect(isReachable('harm', partial, TODAY)).toBe(true);
    expect(isReachable('harmBy', partial, TODAY)).toBe(false);
    expect(isReachable('bars', partial, TODAY)).toBe(false);
    expect(isReachable('summary', partial, TODAY)).toBe(false);
  });

  it('a question off the path is not reachable, even when answered', () => {
    expect(isReachable('relocation', { ...FULL_IN_US, relocation: 'yes' }, TODAY)).toBe(false);
    expect(isReachable('lastArrival', { ...FULL_IN_US, location: 'at_border' }, TODAY)).toBe(false);
  });

  it('every question on a complete path and the summary are reachable', () => {
    for (const id of questionPath(FULL_IN_US, TODAY)) expect(isReachable(id, FULL_IN_US, TODAY), id).toBe(true);
    expect(isReachable('summary', FULL_IN_US, TODAY)).toBe(true);
  });

  it('resolveStep keeps a reachable step', () => {
    expect(resolveStep('grounds', partial, TODAY)).toBe('grounds');
    expect(resolveStep('start', partial, TODAY)).toBe('start');
    expect(resolveStep('summary', FULL_IN_US, TODAY)).toBe('summary');
  });

  it.each<[string, unknown]>([
    ['an unknown step', 'nowhere'],
    ['a step not yet reachable', 'bars'],
    ['the summary too early', 'summary'],
    ['a question off the path', 'relocation'],
    ['not a string', 42],
    ['undefined', undefined],
    ['a prototype key', 'constructor'],
    ['a prototype key', '__proto__'],
  ])('resolveStep sends %s to the first open step', (_reason, step) => {
    expect(resolveStep(step, partial, TODAY)).toBe('harm');
  });
});

describe('stepAfter and stepBefore', () => {
  it('stepAfter goes to the next question on the path', () => {
    expect(stepAfter('location', { location: 'outside_us' }, TODAY, false)).toBe('grounds');
    expect(stepAfter('location', { location: 'in_us' }, TODAY, false)).toBe('minor');
    const before: Answers = { location: 'in_us', minor: 'no', grounds: ['lgbt'], harm: 'fear_only' };
    expect(stepAfter('harmBy', { ...before, harmBy: 'non_state_other' }, TODAY, false)).toBe('relocation');
    expect(stepAfter('harmBy', { ...before, harmBy: 'government' }, TODAY, false)).toBe('otherCountry');
    expect(stepAfter('harm', { ...before, harm: 'neither' }, TODAY, false)).toBe('otherCountry');
    expect(stepAfter('bars', FULL_IN_US, TODAY, false)).toBe('summary');
  });

  it('stepAfter walks through answered questions when revisiting', () => {
    expect(stepAfter('location', FULL_IN_US, TODAY, false)).toBe('minor');
  });

  it('stepAfter never skips an unanswered question behind the user', () => {
    const answers = without(FULL_IN_US, 'minor');
    expect(stepAfter('harm', answers, TODAY, false)).toBe('minor');
  });

  it('stepAfter with returnToSummary goes to the first open step', () => {
    expect(stepAfter('grounds', FULL_IN_US, TODAY, true)).toBe('summary');
    const answers: Answers = { ...FULL_IN_US, harmBy: 'non_state_other' };
    expect(stepAfter('harmBy', answers, TODAY, true)).toBe('relocation');
  });

  it('stepBefore goes to the previous question on the path', () => {
    expect(stepBefore('start', {}, TODAY)).toBe('start');
    expect(stepBefore('location', {}, TODAY)).toBe('start');
    expect(stepBefore('grounds', { location: 'outside_us' }, TODAY)).toBe('location');
    expect(stepBefore('grounds', { location: 'in_us' }, TODAY)).toBe('minor');
    expect(stepBefore('otherCountry', { harmBy: 'government' }, TODAY)).toBe('harmBy');
    expect(stepBefore('otherCountry', { harmBy: 'non_state_uncontrolled' }, TODAY)).toBe('relocation');
    expect(stepBefore('otherCountry', { harm: 'neither' }, TODAY)).toBe('harm');
    expect(stepBefore('bars', FULL_IN_US, TODAY)).toBe('exceptions');
    expect(stepBefore('summary', FULL_IN_US, TODAY)).toBe('bars');
    expect(stepBefore('summary', { location: 'outside_us', harm: 'neither' }, TODAY)).toBe('harm');
  });

  it('stepBefore of a question off the path is the last question before it on the path', () => {
    expect(stepBefore('relocation', { harmBy: 'government' }, TODAY)).toBe('harmBy');
    expect(stepBefore('proceedings', { location: 'at_border' }, TODAY)).toBe('entry');
  });
});

describe('toggleMultiCode', { timeout: 30_000 }, () => {
  it('ticking a box adds it', () => {
    expect(toggleMultiCode('grounds', ['political'], 'lgbt', true)).toEqual(['political', 'lgbt']);
  });

  it('unticking a box removes it', () => {
    expect(toggleMultiCode('grounds', ['political', 'lgbt'], 'political', false)).toEqual(['lgbt']);
    expect(toggleMultiCode('bars', ['none'], 'none', false)).toEqual([]);
  });

  it('ticking an exclusive option clears the others', () => {
    expect(toggleMultiCode('grounds', ['political', 'lgbt'], 'none', true)).toEqual(['none']);
    expect(toggleMultiCode('bars', ['crime', 'terrorism'], 'prefer_not_say', true)).toEqual(['prefer_not_say']);
    expect(toggleMultiCode('bars', ['none'], 'prefer_not_say', true)).toEqual(['prefer_not_say']);
    expect(toggleMultiCode('exceptions', ['maintained_status'], 'none', true)).toEqual(['none']);
  });

  it('ticking another box clears the exclusive ones', () => {
    expect(toggleMultiCode('grounds', ['none'], 'religion', true)).toEqual(['religion']);
    expect(toggleMultiCode('bars', ['prefer_not_say'], 'crime', true)).toEqual(['crime']);
    expect(toggleMultiCode('exceptions', ['none'], 'changed_circumstances', true)).toEqual(['changed_circumstances']);
  });

  it('ticking a box twice keeps one copy', () => {
    expect(toggleMultiCode('grounds', ['lgbt'], 'lgbt', true)).toEqual(['lgbt']);
  });

  it('property: the result never mixes an exclusive option with another and never repeats a code', () => {
    const click = fc.tuple(fc.constantFrom(...QUESTIONS.bars.codes), fc.boolean());
    fc.assert(
      fc.property(fc.array(click, { maxLength: 12 }), (clicks) => {
        let state: string[] = [];
        for (const [code, checked] of clicks) {
          state = toggleMultiCode('bars', state, code, checked);
          expect(new Set(state).size).toBe(state.length);
          const exclusive = state.filter((c) => c === 'none' || c === 'prefer_not_say');
          expect(exclusive.length === 0 || state.length === 1).toBe(true);
          expect(state.includes(code)).toBe(checked);
        }
      }),
    );
  });
});

describe('answersOnPath', () => {
  it('keeps only the answers to questions on the path', () => {
    const answers: Answers = { location: 'outside_us', minor: 'no', grounds: ['lgbt'], harm: 'neither', harmBy: 'government', lastArrival: PASSED, bars: ['crime'] };
    expect(answersOnPath(answers, TODAY)).toEqual({ location: 'outside_us', grounds: ['lgbt'], harm: 'neither' });
  });
});

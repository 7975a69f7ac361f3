import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, transition, type SnapshotFrom } from 'xstate';
import { createTestModel, getStateNodes } from 'xstate/graph';
import type { Answers } from './answers';
import { OUTCOMES, assess } from './assess';
import { asylumMachine, currentStep, type ScreenerEvent } from './machine';
import type { QuestionId, Step } from './questions';
import { completeAnswers, sampleValues } from './testing/fixtures';
import { FLOW_ORDER, flowPath } from './testing/flowRules';

type Snapshot = SnapshotFrom<typeof asylumMachine>;

const TODAY = '2026-11-25';
const IN_TIME = '2026-06-01'; // deadline 2027-06-01
const PASSED = '2024-01-10'; // deadline 2025-01-10

// ---------------------------------------------------------------------------------------------
// The path rules, written out again independently of questions.ts: testing/flowRules.ts.

const ORDER = FLOW_ORDER;

const answered = (a: Answers, id: QuestionId) => a[id] !== undefined;
const flowOpen = (a: Answers, today: string): Step => flowPath(a, today).find((id) => !answered(a, id)) ?? 'summary';
const flowBefore = (step: QuestionId | 'summary', a: Answers, today: string): Step => {
  const path = flowPath(a, today);
  const index = step === 'summary' ? path.length : path.indexOf(step);
  return index > 0 ? (path[index - 1] ?? 'start') : 'start';
};

// ---------------------------------------------------------------------------------------------
// The model: each question's sample values (testing/fixtures.ts, derived from the registry by kind).

const VALUES: Record<QuestionId, readonly unknown[]> = Object.fromEntries(ORDER.map((id) => [id, sampleValues(id, TODAY)])) as Record<string, unknown[]>;

/** Answers in which every question has its first sample value. */
const firstValues = (): Answers => Object.fromEntries(ORDER.map((id) => [id, VALUES[id][0]]));

/**
 * The questions whose answers decide the path (found by trying each question's values on top of a few
 * sets of answers): the traversal tries all their values everywhere, and the others' values only on the
 * longest path.
 */
const ROUTING: readonly QuestionId[] = ORDER.filter((id) => {
  const bases: Answers[] = [{}, firstValues(), ...ORDER.flatMap((other) => VALUES[other].map((value) => ({ ...firstValues(), [other]: value })))];
  return bases.some((base) => {
    const paths = VALUES[id].map((value) => JSON.stringify(flowPath({ ...base, [id]: value }, TODAY)));
    return new Set(paths).size > 1;
  });
});

/** The routing answers with the longest path: there every value of every other question is tried. */
const MAIN_LINE: Answers = ROUTING.reduce<Answers[]>(
  (combos, id) => combos.flatMap((combo) => VALUES[id].map((value) => ({ ...combo, [id]: value }))),
  [{}],
).reduce((best, combo) => (flowPath(combo, TODAY).length > flowPath(best, TODAY).length ? combo : best));

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
const first = (id: QuestionId) => VALUES[id][0];

/**
 * The answers offered on a question. All values on a routing question. On the others, all values
 * on the main line while no other non-routing answer differs from its first value, else the first value only:
 * without this the full product (about 29,000 complete paths) would take minutes to traverse.
 */
function valuesFor(id: QuestionId, a: Answers): readonly unknown[] {
  if (ROUTING.includes(id)) return VALUES[id];
  const onMainLine = ROUTING.every((q) => a[q] === undefined || a[q] === MAIN_LINE[q]);
  const noDeviation = ORDER.filter((q) => !ROUTING.includes(q) && answered(a, q)).every((q) => same(a[q], first(q)));
  return onMainLine && noDeviation ? VALUES[id] : [first(id)];
}

const stepOf = (snapshot: Snapshot): Step => currentStep(snapshot);
const answersOf = (snapshot: Snapshot) => snapshot.context.answers;
/** Whether the snapshot is the first open step (the furthest the user has got), the start or the summary. */
const atFrontier = (snapshot: Snapshot) => {
  const step = stepOf(snapshot);
  return step === 'start' || step === 'summary' || step === flowOpen(answersOf(snapshot), TODAY);
};

/** Answers in question order, so that the same answers give the same key whatever order they were given in. */
const serializeAnswers = (a: Answers) => JSON.stringify(ORDER.filter((id) => answered(a, id)).map((id) => [id, a[id]]));

const model = createTestModel(asylumMachine, {
  events: (snapshot: Snapshot): ScreenerEvent[] => {
    const step = stepOf(snapshot);
    if (step === 'start') return [{ type: 'START' }];
    if (step === 'summary') return [{ type: 'BACK' }];
    return [...valuesFor(step, answersOf(snapshot)).map((value) => ({ type: 'ANSWER' as const, questionId: step, value })), { type: 'BACK' }];
  },
  // Only START, ANSWER and BACK; BACK only from the furthest step (BACK from anywhere, with answers
  // changed on the way, reaches far too many states to traverse: see the actor tests below for that).
  filterEvents: (snapshot, event) =>
    event.type === 'START' || event.type === 'ANSWER' || (event.type === 'BACK' && atFrontier(snapshot)),
  serializeState: (snapshot) => `${JSON.stringify(snapshot.value)} ${stepOf(snapshot)} ${serializeAnswers(snapshot.context.answers)}`,
});

type Path = ReturnType<typeof model.getShortestPaths>[number];
let paths: Path[] = [];
let summaryPaths: Path[] = [];

/** The steps of a path, as [snapshot before, event, snapshot after]. */
function transitionsOf(path: Path): [Snapshot, ScreenerEvent, Snapshot][] {
  // Each step holds the event that led to its state (the first step is the initial state, 'xstate.init').
  return path.steps.slice(1).map((step, i) => [path.steps[i]!.state, step.event, step.state]);
}

// The traversal and the checks run thousands of transitions: allow for a busy machine.
describe('model-based: the machine against the path rules', { timeout: 60_000 }, () => {
  beforeAll(() => {
    // `limit` bounds the traversal (under 2,000 steps today), so that a routing bug that blows up
    // the state space fails here instead of running for ever.
    paths = model.getShortestPaths({ input: { today: TODAY }, allowDuplicatePaths: true, limit: 10_000 });
    summaryPaths = paths.filter((path) => stepOf(path.state) === 'summary');
  }, 120_000);

  it('the graph is finite and non-trivial', () => {
    expect(paths.length).toBeGreaterThan(100);
    expect(paths.length).toBeLessThan(5000);
    expect(summaryPaths.length).toBeGreaterThan(40);
  });

  it('every step is reached: the start page, every question of the registry, the summary', () => {
    const reached = new Set(paths.map((path) => stepOf(path.state)));
    for (const step of ['start', ...ORDER, 'summary']) expect(reached.has(step as Step), `step "${step}" is never reached`).toBe(true);
  });

  it('every state node but the transient `route` is seen, and `route` never rests', () => {
    const seen = new Set(paths.map((path) => JSON.stringify(path.state.value)));
    for (const node of getStateNodes(asylumMachine.root)) {
      if (node.key === 'route') expect(seen.has('"route"')).toBe(false);
      else expect(seen.has(JSON.stringify(node.key)), node.key).toBe(true);
    }
  });

  it('the statechart is the map: start, question, summary and route, whatever the registry holds', () => {
    expect(Object.keys(asylumMachine.root.states).sort()).toEqual(['question', 'route', 'start', 'summary']);
  });

  it('the summaries reached cover every outcome', () => {
    const outcomes = new Set(summaryPaths.map((path) => assess(answersOf(path.state), TODAY).outcome));
    for (const outcome of OUTCOMES) expect(outcomes.has(outcome), outcome).toBe(true);
  });

  it('every value of every question is given on some path', () => {
    const given = new Set(paths.flatMap((path) => transitionsOf(path).map(([, event]) => (event.type === 'ANSWER' ? `${event.questionId} ${JSON.stringify(event.value)}` : ''))));
    for (const id of ORDER) for (const value of VALUES[id]) expect(given, `${id} ${JSON.stringify(value)}`).toContain(`${id} ${JSON.stringify(value)}`);
  });

  it('every path to the summary asked exactly the questions the path rules put on the path, in order', () => {
    for (const path of summaryPaths) {
      const events = transitionsOf(path).map(([, event]) => event.type);
      expect(events[0]).toBe('START');
      expect(events.slice(1).every((type) => type === 'ANSWER')).toBe(true);
      const asked = path.steps.map((step) => stepOf(step.state)).filter((step) => step !== 'start' && step !== 'summary');
      const final = answersOf(path.state);
      expect(asked, serializeAnswers(final)).toEqual(flowPath(final, TODAY));
      // …and every answer it holds was given on the way, to a question then on the path.
      expect(ORDER.filter((id) => answered(final, id))).toEqual(flowPath(final, TODAY));
    }
  });

  it('every state is a step the rules allow: on the path, with every question before it answered', () => {
    for (const path of paths) {
      const snapshot = path.state;
      const step = stepOf(snapshot);
      const a = answersOf(snapshot);
      const flow = flowPath(a, TODAY);
      if (step === 'summary') expect(flowOpen(a, TODAY)).toBe('summary');
      if (step !== 'start' && step !== 'summary') {
        expect(flow, step).toContain(step);
        expect(flow.slice(0, flow.indexOf(step)).every((id) => answered(a, id)), step).toBe(true);
      }
    }
  });

  it('every transition goes where the rules say: ANSWER to the first open step, BACK to the previous question', () => {
    // Every state has its own shortest path, so the last step of each path covers every edge of the tree.
    for (const path of paths) {
      const last = transitionsOf(path).at(-1);
      if (!last) continue;
      const [before, event, after] = last;
      const a = answersOf(after);
      if (event.type === 'START') expect(stepOf(after)).toBe('location');
      if (event.type === 'ANSWER') {
        expect(a[event.questionId]).toEqual(event.value);
        expect(stepOf(after)).toBe(flowOpen(a, TODAY));
      }
      if (event.type === 'BACK') {
        expect(a).toEqual(answersOf(before));
        expect(stepOf(after)).toBe(flowBefore(stepOf(before) as QuestionId | 'summary', a, TODAY));
      }
    }
  });

  it('from every reachable state the summary is reachable (continuing with first answers)', () => {
    const key = (snapshot: Snapshot) => `${stepOf(snapshot)} ${serializeAnswers(answersOf(snapshot))}`;
    const reachesSummary = new Set<string>();
    for (const path of paths) {
      let snapshot = path.state;
      const walked: string[] = [];
      for (let i = 0; i < 30 && stepOf(snapshot) !== 'summary' && !reachesSummary.has(key(snapshot)); i++) {
        walked.push(key(snapshot));
        const step = stepOf(snapshot);
        const event: ScreenerEvent = step === 'start' ? { type: 'START' } : { type: 'ANSWER', questionId: step as QuestionId, value: first(step as QuestionId) };
        [snapshot] = transition(asylumMachine, snapshot, event);
      }
      const arrived = stepOf(snapshot) === 'summary' || reachesSummary.has(key(snapshot));
      expect(arrived, path.description).toBe(true);
      walked.forEach((k) => reachesSummary.add(k));
    }
    expect(reachesSummary.size).toBeGreaterThanOrEqual(paths.length - summaryPaths.length);
  });
});

// ---------------------------------------------------------------------------------------------
// Plain actor tests.

function start(today = TODAY) {
  const actor = createActor(asylumMachine, { input: { today } }).start();
  const step = () => stepOf(actor.getSnapshot());
  const answers = () => answersOf(actor.getSnapshot());
  const answer = (questionId: QuestionId, value: unknown) => actor.send({ type: 'ANSWER', questionId, value });
  /** Answers each question on the way, from `given` (else the first value), until the summary. */
  const fill = (given: Answers, until: Step = 'summary') => {
    if (step() === 'start') actor.send({ type: 'START' });
    for (let i = 0; i < 40 && step() !== until && step() !== 'summary'; i++) {
      const id = step() as QuestionId;
      answer(id, given[id] ?? first(id));
    }
  };
  return { actor, step, answers, answer, fill };
}

/** The longest path, completed (testing/fixtures.ts) for any question added later. */
const FULL: Answers = completeAnswers({
  location: 'in_us',
  minor: 'no',
  grounds: ['lgbt'],
  harm: 'past_harm',
  harmBy: 'non_state_uncontrolled',
  relocation: 'no',
  otherCountry: 'no',
  lastArrival: PASSED,
  entry: 'between_ports',
  proceedings: 'unsure',
  priorDenial: 'no',
  exceptions: ['maintained_status'],
  bars: ['none'],
}, TODAY);

describe('actor: BACK', () => {
  it.each<[string, Answers]>([
    ['the longest path', FULL],
    ['outside the U.S.', { location: 'outside_us', harm: 'neither' }],
    ['at the border, government', { location: 'at_border', harmBy: 'government' }],
    ['in the U.S., in time, a minor', { location: 'in_us', minor: 'yes', lastArrival: IN_TIME }],
  ])('walks back from the summary through exactly the path to the start (%s)', (_name, given) => {
    const { actor, step, answers, fill } = start();
    fill(given);
    expect(step()).toBe('summary');
    const before = answers();
    const path = flowPath(before, TODAY);
    const visited: Step[] = [];
    for (let i = 0; i < 20 && step() !== 'start'; i++) {
      actor.send({ type: 'BACK' });
      visited.push(step());
    }
    expect(visited).toEqual([...[...path].reverse(), 'start']);
    expect(answers()).toEqual(before);
  });

  it('going back and changing an answer that shortens the path continues on the new path', () => {
    const { actor, step, answers, answer, fill } = start();
    fill(FULL);
    // Back to harm, past relocation and harmBy, and say there was no harm.
    for (let i = 0; i < 20 && step() !== 'harm'; i++) actor.send({ type: 'BACK' });
    expect(step()).toBe('harm');
    answer('harm', 'neither');
    expect(step()).toBe('otherCountry'); // harmBy and relocation are off the path now
    expect(answers().relocation).toBe('no'); // kept, so that switching back restores it
    actor.send({ type: 'BACK' });
    expect(step()).toBe('harm');
  });
});

describe('actor: GOTO', () => {
  it.each(['nowhere', 'exceptions', 'relocation', 'summary', 'proceedings', '', 'constructor'])('GOTO %j while at grounds lands on the first open step', (target) => {
    const { actor, step, answer } = start();
    actor.send({ type: 'START' });
    answer('location', 'outside_us');
    expect(step()).toBe('grounds');
    actor.send({ type: 'GOTO', step: target });
    expect(step()).toBe('grounds');
  });

  it('GOTO a reachable step goes there; GOTO start is always allowed', () => {
    const { actor, step, fill } = start();
    fill(FULL);
    actor.send({ type: 'GOTO', step: 'entry' });
    expect(step()).toBe('entry');
    actor.send({ type: 'GOTO', step: 'summary' });
    expect(step()).toBe('summary');
    actor.send({ type: 'GOTO', step: 'start' });
    expect(step()).toBe('start');
  });

  it('GOTO a question off the path from the summary stays on the summary', () => {
    const { actor, step, fill } = start();
    fill({ ...FULL, harmBy: 'government' });
    actor.send({ type: 'GOTO', step: 'relocation' });
    expect(step()).toBe('summary');
  });
});

describe('actor: CHANGE from the summary', () => {
  it('an answer that keeps the path complete returns to the summary', () => {
    const { actor, step, answers, answer, fill } = start();
    fill(FULL);
    actor.send({ type: 'CHANGE', questionId: 'grounds' });
    expect(step()).toBe('grounds');
    answer('grounds', ['religion']);
    expect(step()).toBe('summary');
    expect(answers().grounds).toEqual(['religion']);
  });

  it('an answer that grows the path sends the user to the new question first', () => {
    const { actor, step, answer, fill } = start();
    fill({ ...FULL, harmBy: 'government', relocation: undefined });
    actor.send({ type: 'CHANGE', questionId: 'harmBy' });
    answer('harmBy', 'non_state_other');
    expect(step()).toBe('relocation');
    answer('relocation', 'unsure');
    expect(step()).toBe('summary');
  });

  it('a later arrival date removes the exceptions question; an earlier one brings it back', () => {
    const { actor, step, answers, answer, fill } = start();
    fill({ ...FULL, lastArrival: IN_TIME, exceptions: undefined });
    expect(flowPath(answers(), TODAY)).not.toContain('exceptions');
    actor.send({ type: 'CHANGE', questionId: 'lastArrival' });
    answer('lastArrival', PASSED);
    expect(step()).toBe('exceptions');
    answer('exceptions', ['none']);
    expect(step()).toBe('summary');
    actor.send({ type: 'CHANGE', questionId: 'lastArrival' });
    answer('lastArrival', IN_TIME);
    expect(step()).toBe('summary');
    expect(assess(answers(), TODAY).outcome).toBe('may_qualify');
  });

  it('switching branches and back restores the earlier answers', () => {
    const { actor, step, answers, answer, fill } = start();
    fill(FULL);
    actor.send({ type: 'CHANGE', questionId: 'location' });
    answer('location', 'outside_us');
    expect(step()).toBe('summary');
    // Only the answers still on the path count: no bars, deadline or proceedings from the U.S. branch.
    expect(assess(answers(), TODAY)).toMatchObject({ outcome: 'outside_us', flags: ['non_state_actor'], deadline: null, timing: 'not_applicable' });
    actor.send({ type: 'CHANGE', questionId: 'location' });
    answer('location', 'in_us');
    expect(step()).toBe('summary');
    expect(answers()).toEqual(FULL);
  });

  it('CHANGE of a question that is not on the path is ignored', () => {
    const { actor, step, fill } = start();
    fill({ location: 'outside_us' });
    actor.send({ type: 'CHANGE', questionId: 'bars' });
    expect(step()).toBe('summary');
  });

  it('after a CHANGE, BACK and a new answer still lead to the first open step', () => {
    const { actor, step, answer, fill } = start();
    fill(FULL);
    actor.send({ type: 'CHANGE', questionId: 'harm' });
    actor.send({ type: 'BACK' });
    expect(step()).toBe('grounds');
    answer('grounds', ['ethnicity']);
    expect(step()).toBe('summary');
  });
});

describe('actor: RESTORE', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'corrupt'],
    ['a number', 42],
    ['an array', [FULL]],
  ])('corrupt data (%s) gives no answers and lands safely', (_reason, data) => {
    const { actor, step, answers } = start();
    actor.send({ type: 'RESTORE', answers: data, step: 'summary' });
    expect(answers()).toEqual({});
    expect(step()).toBe('location');
    actor.send({ type: 'RESTORE', answers: data, step: 'start' });
    expect(answers()).toEqual({});
    expect(step()).toBe('start');
  });

  it.each<[string, QuestionId, unknown]>([
    ['a mix', 'grounds', ['none', 'lgbt']],
    ['an unknown code (renamed in a deploy)', 'location', 'moon'],
    ['a bad date', 'lastArrival', '2025-02-31'],
  ])('one bad field (%s) drops that answer alone and lands on its question', (_reason, id, value) => {
    const { actor, step, answers } = start();
    actor.send({ type: 'RESTORE', answers: { ...FULL, [id]: value }, step: 'summary' });
    const rest: Answers = { ...FULL };
    delete rest[id];
    expect(answers()).toEqual(rest);
    expect(step()).toBe(id);
  });

  it('valid data lands on the requested step when it is reachable', () => {
    const { actor, step, answers } = start();
    actor.send({ type: 'RESTORE', answers: FULL, step: 'summary' });
    expect(step()).toBe('summary');
    expect(answers()).toEqual(FULL);
    actor.send({ type: 'RESTORE', answers: FULL, step: 'grounds' });
    expect(step()).toBe('grounds');
  });

  it('valid but incomplete data lands on the first open question', () => {
    const { actor, step } = start();
    actor.send({ type: 'RESTORE', answers: { location: 'in_us', minor: 'no' }, step: 'summary' });
    expect(step()).toBe('grounds');
  });

  it('a future arrival date is dropped and asked again', () => {
    const { actor, step, answers } = start();
    actor.send({ type: 'RESTORE', answers: { ...FULL, lastArrival: '2026-12-01' }, step: 'summary' });
    expect(answers().lastArrival).toBeUndefined();
    expect(step()).toBe('lastArrival');
  });
});

describe('actor: RESTART', () => {
  it('clears the answers and goes to the start page', () => {
    const { actor, step, answers, fill } = start();
    fill(FULL);
    actor.send({ type: 'RESTART' });
    expect(step()).toBe('start');
    expect(answers()).toEqual({});
    actor.send({ type: 'START' });
    expect(step()).toBe('location');
    actor.send({ type: 'GOTO', step: 'summary' });
    expect(step()).toBe('location');
  });
});

describe('actor: invalid ANSWER is ignored', () => {
  it.each<[string, QuestionId, unknown]>([
    ['an answer to another question', 'harm', 'past_harm'],
    ['an unknown code', 'lastArrival', 'yesterday'],
    ['a future date', 'lastArrival', '2026-11-26'],
    ['a date before 1900', 'lastArrival', '1899-12-31'],
    ['31 February', 'lastArrival', '2025-02-31'],
    ['no value', 'lastArrival', undefined],
    ['a list for a date', 'lastArrival', [PASSED]],
  ])('%s', (_reason, questionId, value) => {
    const { step, answers, answer, fill } = start();
    fill({ location: 'in_us', harmBy: 'government' }, 'lastArrival');
    expect(step()).toBe('lastArrival');
    const before = answers();
    answer(questionId, value);
    expect(step()).toBe('lastArrival');
    expect(answers()).toEqual(before);
  });

  it.each<[string, unknown]>([
    ['a mix with none', ['none', 'crime']],
    ['a mix of two exclusive codes', ['none', 'prefer_not_say']],
    ['an empty list', []],
    ['a single code instead of a list', 'crime'],
    ['an unknown code', ['arson']],
  ])('on a multi question: %s', (_reason, value) => {
    const { actor, step, answers, answer, fill } = start();
    fill({ location: 'at_border' });
    actor.send({ type: 'CHANGE', questionId: 'bars' });
    expect(step()).toBe('bars');
    const before = answers();
    answer('bars', value);
    expect(step()).toBe('bars');
    expect(answers()).toEqual(before);
  });

  it('an ANSWER on the start page or the summary does nothing', () => {
    const { step, answers, answer, fill } = start();
    answer('location', 'in_us');
    expect(step()).toBe('start');
    expect(answers()).toEqual({});
    fill({ location: 'outside_us' });
    const before = answers();
    answer('grounds', ['lgbt']);
    expect(step()).toBe('summary');
    expect(answers()).toEqual(before);
  });
});

describe('actor: today comes from the input', () => {
  // Arrival 2025-11-25: the deadline is 2026-11-25 itself.
  const answers: Answers = { ...FULL, lastArrival: '2025-11-25', exceptions: undefined };

  it('on the deadline day the path has no exceptions question', () => {
    const { actor, step } = start('2026-11-25');
    actor.send({ type: 'RESTORE', answers, step: 'summary' });
    expect(step()).toBe('summary');
  });

  it('the same answers a day later add the exceptions question', () => {
    const { actor, step, answer } = start('2026-11-26');
    actor.send({ type: 'RESTORE', answers, step: 'summary' });
    expect(step()).toBe('exceptions');
    actor.send({ type: 'GOTO', step: 'summary' });
    expect(step()).toBe('exceptions');
    answer('exceptions', ['changed_circumstances']);
    expect(step()).toBe('bars'); // the next question on the path, already answered
    actor.send({ type: 'GOTO', step: 'summary' });
    expect(step()).toBe('summary');
  });

  it('today is kept in the context and a date after it is refused', () => {
    const { actor, step, answer } = start('2020-01-01');
    expect(actor.getSnapshot().context.today).toBe('2020-01-01');
    actor.send({ type: 'RESTORE', answers: { location: 'in_us', minor: 'no', grounds: ['lgbt'], harm: 'neither', otherCountry: 'no' }, step: 'summary' });
    expect(step()).toBe('lastArrival');
    answer('lastArrival', '2020-01-02');
    expect(step()).toBe('lastArrival');
    answer('lastArrival', '2020-01-01');
    expect(step()).toBe('entry');
  });
});

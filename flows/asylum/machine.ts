// asylumMachine: the questionnaire as an XState v5 statechart. A reader sees the flow: the start page,
// one `question` state (the current question's id in context), the summary, and `route`, where every move
// lands. Each event has one transition, whose action asks questions.ts where it leads (stepAfter,
// stepBefore, resolveStep, firstOpenStep); `route` then enters the matching state. Adding a question
// never touches this file. Pure: `today` comes in as input, nothing reads the clock.

import { assertEvent, assign, setup } from 'xstate';
import type { Answers } from './answers';
import { firstOpenStep, isReachable, resolveStep, stepAfter, stepBefore, type QuestionId, type Step } from './questions';
import { checkAnswer, sanitizeAnswers } from './validation';

export interface ScreenerContext {
  today: string;
  answers: Answers;
  /** The step shown: 'start', a question id, or 'summary'. */
  step: Step;
  /** Set by CHANGE on the summary: after the change, continue to the summary as soon as the path allows. */
  returnToSummary: boolean;
}

export type ScreenerEvent =
  | { type: 'START' }
  | { type: 'ANSWER'; questionId: QuestionId; value: unknown }
  | { type: 'BACK' }
  | { type: 'GOTO'; step: string }
  | { type: 'CHANGE'; questionId: QuestionId }
  | { type: 'RESTORE'; answers: unknown; step: string }
  | { type: 'RESTART' };

export interface ScreenerInput {
  today: string;
}

export const asylumMachine = setup({
  types: {
    context: {} as ScreenerContext,
    events: {} as ScreenerEvent,
    input: {} as ScreenerInput,
  },
  guards: {
    /** The answer is to the question shown and passes that question's validator. */
    validAnswer: ({ context, event }) =>
      event.type === 'ANSWER' && event.questionId === context.step && checkAnswer(event.questionId, event.value, context.today).ok,
    /** The question to change is on the path and may be shown. */
    canChange: ({ context, event }) => event.type === 'CHANGE' && isReachable(event.questionId, context.answers, context.today),
    onStart: ({ context }) => context.step === 'start',
    onSummary: ({ context }) => context.step === 'summary',
  },
  actions: {
    /** Saves the checked answer and moves to the next step on the (possibly changed) path. */
    answer: assign(({ context, event }) => {
      assertEvent(event, 'ANSWER');
      const result = checkAnswer(event.questionId, event.value, context.today);
      if (!result.ok) return {};
      const answers: Answers = { ...context.answers, [event.questionId]: result.value };
      return { answers, step: stepAfter(event.questionId, answers, context.today, context.returnToSummary) };
    }),
    back: assign(({ context }) => ({ step: stepBefore(context.step, context.answers, context.today) })),
    /** A step asked for by the URL: itself when reachable, else the first open step. */
    goTo: assign(({ context, event }) => {
      assertEvent(event, 'GOTO');
      return { step: resolveStep(event.step, context.answers, context.today) };
    }),
    /** "Start now" or "Continue where you left off": the first open step. */
    begin: assign(({ context }) => ({ step: firstOpenStep(context.answers, context.today), returnToSummary: false })),
    change: assign(({ event }) => {
      assertEvent(event, 'CHANGE');
      return { step: event.questionId, returnToSummary: true };
    }),
    /** Saved answers, checked field by field, and the step asked for (or the first open one). */
    restore: assign(({ context, event }) => {
      assertEvent(event, 'RESTORE');
      const answers = sanitizeAnswers(event.answers, context.today);
      return { answers, step: resolveStep(event.step, answers, context.today), returnToSummary: false };
    }),
    arriveAtSummary: assign({ returnToSummary: false }),
    clear: assign({ answers: {}, step: 'start', returnToSummary: false }),
  },
}).createMachine({
  id: 'asylum',
  context: ({ input }) => ({ today: input.today, answers: {}, step: 'start', returnToSummary: false }),
  initial: 'start',
  on: {
    GOTO: { target: '.route', actions: 'goTo' },
    RESTORE: { target: '.route', actions: 'restore' },
    RESTART: { target: '.start', actions: 'clear' },
  },
  states: {
    start: {
      on: { START: { target: 'route', actions: 'begin' } },
    },
    question: {
      on: {
        ANSWER: { guard: 'validAnswer', target: 'route', actions: 'answer' },
        BACK: { target: 'route', actions: 'back' },
      },
    },
    summary: {
      entry: 'arriveAtSummary',
      on: {
        CHANGE: { guard: 'canChange', target: 'route', actions: 'change' },
        BACK: { target: 'route', actions: 'back' },
      },
    },
    /** Where every move lands: the start page, the summary, or the question in context.step. */
    route: {
      always: [{ guard: 'onStart', target: 'start' }, { guard: 'onSummary', target: 'summary' }, { target: 'question' }],
    },
  },
});

/** The step a snapshot of the machine is on. */
export function currentStep(snapshot: { context: ScreenerContext }): Step {
  return snapshot.context.step;
}

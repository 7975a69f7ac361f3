// asylumMachine: the questionnaire as an XState v5 machine. One state per question, plus `start` and
// `summary`. Routing is guarded transitions whose guards are one-line calls into questions.ts.
// Pure: `today` comes in as input, nothing reads the clock.

import { assign, setup, type TransitionConfigOrTarget } from 'xstate';
import type { Answers } from './answers';
import { QUESTION_ORDER, STEPS, firstOpenStep, resolveStep, stepAfter, stepBefore, type QuestionId, type Step } from './questions';
import { isValidAnswer, sanitizeAnswers } from './validation';

export interface ScreenerContext {
  today: string;
  answers: Answers;
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

function withAnswer(answers: Answers, questionId: QuestionId, value: unknown): Answers {
  return { ...answers, [questionId]: value };
}

function answerTarget(context: ScreenerContext, event: ScreenerEvent, from: QuestionId): Step | null {
  if (event.type !== 'ANSWER' || event.questionId !== from || !isValidAnswer(from, event.value, context.today)) return null;
  return stepAfter(from, withAnswer(context.answers, from, event.value), context.today, context.returnToSummary);
}

const machineSetup = setup({
  types: {
    context: {} as ScreenerContext,
    events: {} as ScreenerEvent,
    input: {} as ScreenerInput,
  },
  guards: {
    /** A valid answer to `from` whose next step on the path is `step`. */
    answerLeadsTo: ({ context, event }, params: { from: QuestionId; step: Step }) => answerTarget(context, event, params.from) === params.step,
    /** The step before `from` on the current path is `step`. */
    previousStepIs: ({ context }, params: { from: Step; step: Step }) => stepBefore(params.from, context.answers, context.today) === params.step,
    /** A requested step (from the URL) lands on `step`: itself when reachable, else the first open step. */
    requestLandsOn: ({ context, event }, params: { step: Step }) =>
      event.type === 'GOTO' && resolveStep(event.step, context.answers, context.today) === params.step,
    /** Restored answers (validated) and a requested step land on `step`. */
    restoreLandsOn: ({ context, event }, params: { step: Step }) =>
      event.type === 'RESTORE' && resolveStep(event.step, sanitizeAnswers(event.answers, context.today), context.today) === params.step,
    /** The first unanswered question on the path (or the summary when none) is `step`. */
    firstOpenStepIs: ({ context }, params: { step: Step }) => firstOpenStep(context.answers, context.today) === params.step,
    /** The question to change is on the path and may be shown. */
    canChange: ({ context, event }, params: { step: QuestionId }) =>
      event.type === 'CHANGE' && event.questionId === params.step && resolveStep(params.step, context.answers, context.today) === params.step,
  },
  actions: {
    saveAnswer: assign(({ context, event }) =>
      event.type === 'ANSWER' ? { answers: withAnswer(context.answers, event.questionId, event.value) } : {},
    ),
    restoreAnswers: assign(({ context, event }) =>
      event.type === 'RESTORE' ? { answers: sanitizeAnswers(event.answers, context.today), returnToSummary: false } : {},
    ),
    markChange: assign({ returnToSummary: true }),
    clearChange: assign({ returnToSummary: false }),
    clearAnswers: assign({ answers: {}, returnToSummary: false }),
  },
});

type Transitions = TransitionConfigOrTarget<ScreenerContext, ScreenerEvent, ScreenerEvent, never, never, never, never, never, never>;

const rootTarget = (step: Step) => `#asylum.${step}`;

function backTransitions(from: Step): Transitions {
  return STEPS.map((step) => ({ target: rootTarget(step), guard: { type: 'previousStepIs', params: { from, step } } })) as Transitions;
}

function answerTransitions(from: QuestionId): Transitions {
  return STEPS.filter((s) => s !== 'start').map((step) => ({
    target: rootTarget(step),
    guard: { type: 'answerLeadsTo', params: { from, step } },
    actions: 'saveAnswer',
  })) as Transitions;
}

const questionStates = Object.fromEntries(
  QUESTION_ORDER.map((id) => [id, { on: { ANSWER: answerTransitions(id), BACK: backTransitions(id) } }]),
);

export const asylumMachine = machineSetup.createMachine({
  id: 'asylum',
  context: ({ input }) => ({ today: input.today, answers: {}, returnToSummary: false }),
  initial: 'start',
  on: {
    GOTO: STEPS.map((step) => ({ target: rootTarget(step), guard: { type: 'requestLandsOn', params: { step } } })) as Transitions,
    RESTORE: STEPS.map((step) => ({
      target: rootTarget(step),
      guard: { type: 'restoreLandsOn', params: { step } },
      actions: 'restoreAnswers',
    })) as Transitions,
    RESTART: { target: '.start', actions: 'clearAnswers' },
  },
  states: {
    // "Start now" (or "Continue where you left off"): the first question still open, or the summary.
    start: {
      on: {
        START: STEPS.filter((step) => step !== 'start').map((step) => ({
          target: rootTarget(step),
          guard: { type: 'firstOpenStepIs', params: { step } },
          actions: 'clearChange',
        })) as Transitions,
      },
    },
    ...questionStates,
    summary: {
      entry: 'clearChange',
      on: {
        CHANGE: QUESTION_ORDER.map((step) => ({
          target: rootTarget(step),
          guard: { type: 'canChange', params: { step } },
          actions: 'markChange',
        })) as Transitions,
        BACK: backTransitions('summary'),
      },
    },
  },
});

/** The step a snapshot of the machine is on. */
export function currentStep(snapshot: { value: unknown }): Step {
  return snapshot.value as Step;
}

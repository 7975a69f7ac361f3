// The longest summary for each outcome, found by search over answer sets generated from the registry (not
// picked by hand): the browser tests hold the worst case of every outcome to the phone-screen limits of
// FLOW.md §3. Test-only.

import fc from 'fast-check';
import type { Answers } from '../answers';
import { OUTCOMES, assess, type Outcome } from '../assess';
import { answersOnPath } from '../questions';
import { planSummary } from '../summary';
import { completeAnswers, sampleAnswersArb } from './fixtures';

/**
 * How much a summary says before and around its folded parts: each step of "What to do now" (the text on the
 * first screen), each flag and point of current law, and each folded part (one line each while closed).
 */
export function summaryWeight(answers: Answers, today: string): number {
  const assessment = assess(answers, today);
  const plan = planSummary(answers, assessment, today);
  return 4 * plan.now.length + plan.flags.length + plan.points.length + plan.sections.length;
}

/**
 * For each outcome, the complete answer set with the heaviest summary among `runs` answer sets drawn (with a
 * fixed seed) from every question's sample values; ties go to the one drawn first.
 */
export function heaviestByOutcome(today: string, runs = 3000, seed = 20261206): Record<Outcome, Answers> {
  const best = new Map<Outcome, { answers: Answers; weight: number }>();
  for (const drawn of fc.sample(sampleAnswersArb(today), { numRuns: runs, seed })) {
    const answers = answersOnPath(completeAnswers(drawn, today), today);
    const { outcome } = assess(answers, today);
    const weight = summaryWeight(answers, today);
    if ((best.get(outcome)?.weight ?? -1) < weight) best.set(outcome, { answers, weight });
  }
  const missing = OUTCOMES.filter((outcome) => !best.has(outcome));
  if (missing.length > 0) throw new Error(`no answer set reached ${missing.join(', ')}: draw more`);
  return Object.fromEntries(OUTCOMES.map((outcome) => [outcome, best.get(outcome)?.answers])) as Record<Outcome, Answers>;
}

import { createActor } from 'xstate';
import { asylumMachine, currentStep } from '../../flows/asylum/machine';
import { hashFor, parseHash } from './route';
import { loadState } from './storage';

/**
 * Starts the questionnaire for `today`, restoring this tab's saved answers (checked by the machine,
 * sanitizeAnswers: each bad answer is dropped alone, the valid ones stay) and landing on the step in the URL, or the first open step when that
 * step is unknown or not yet reachable (the URL is then corrected with replaceState).
 */
export function createScreener(today: string) {
  const actor = createActor(asylumMachine, { input: { today } });
  actor.start();
  const saved = loadState();
  const route = parseHash(window.location.hash);
  const requested = route.kind === 'step' ? route.step : (saved?.step ?? 'start');
  actor.send({ type: 'RESTORE', answers: saved?.answers ?? {}, step: requested });
  if (route.kind === 'step') {
    const landed = hashFor(currentStep(actor.getSnapshot()));
    if (window.location.hash !== landed) window.history.replaceState(window.history.state, '', landed);
  }
  return actor;
}

export type Screener = ReturnType<typeof createScreener>;

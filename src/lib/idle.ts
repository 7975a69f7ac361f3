// Clearing an idle session (FLOW.md §5, the GOV.UK timeout-warning pattern): on a shared phone or a library
// computer, answers left on the screen are wiped after a warning. The times, and the check at start; the
// watch itself (src/lib/idleWatch.ts) loads once the tab holds answers, so the first page does not carry it.
import { clearAnswers, loadState } from './storage';

const MINUTE = 60_000;

/** The times of the idle clearing, in milliseconds: the one place they are set. */
export const IDLE_TIMES = {
  /** Without input for this long in a visible tab that holds answers, the warning opens. */
  warnAfter: 25 * MINUTE,
  /** The warning's countdown: then the answers are cleared. */
  clearAfterWarning: 2 * MINUTE,
  /** Shown, reloaded or restored more than this long after the last input, a tab is cleared at once. */
  hiddenLimit: 60 * MINUTE,
} as const;

export type IdleTimes = { readonly [K in keyof typeof IDLE_TIMES]: number };

/** The seconds left at which the warning's live region speaks (not every second). */
export const ANNOUNCE_AT_SECONDS = [120, 60, 30, 10] as const;

function hasAnswers(answers: unknown): boolean {
  return typeof answers === 'object' && answers !== null && Object.keys(answers).length > 0;
}

/**
 * At start (a reload, or a tab the browser reloads when it is shown again): answers stored more than
 * `hiddenLimit` after their last input are wiped before the app restores them. True when it wiped. A state
 * stored before the time was kept (no `lastInput`) is kept.
 */
export function clearStaleAnswers(now: number = Date.now(), times: IdleTimes = IDLE_TIMES): boolean {
  const saved = loadState();
  if (!saved || saved.lastInput === undefined || !hasAnswers(saved.answers)) return false;
  if (now - saved.lastInput <= times.hiddenLimit) return false;
  clearAnswers();
  return true;
}

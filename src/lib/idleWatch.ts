// The idle watch (FLOW.md §5; the times: src/lib/idle.ts). No words and no React here: the app (src/App.tsx)
// opens the warning (src/components/IdleWarning.tsx) and wipes when told to. Loaded once the tab holds answers.
//
// Timers in hidden tabs are throttled or stopped, and a sleeping device stops them all, so nothing here
// trusts a timer to fire on time: each timer only says "look again", and what happens is decided by
// comparing timestamps. The input listeners store one number (no timer is reset on each key or scroll).
import { IDLE_TIMES, type IdleTimes } from './idle';

/** How often a due warning or clearing looks again while a saved file is being made or opened (src/lib/busy.ts). */
export const BUSY_RETRY = 1000;

/** The inputs that count as using the page. */
const INPUTS = ['keydown', 'pointerdown', 'click'] as const;

export interface IdleWatchOptions {
  /** Whether the tab holds anything to clear (answers, or a page with someone's data). */
  holdsData: () => boolean;
  /** True while a saved file is being made or opened: nothing opens or clears until it is released. */
  isBusy: () => boolean;
  /** Opens the warning (the time the answers will be cleared at) or closes it (null). */
  onWarning: (clearsAt: number | null) => void;
  /** Wipes the answers and shows the start page with the notice. */
  onClear: () => void;
  /** Keeps the time of the last input with the stored answers: called when the tab is hidden or left. */
  onLeave?: (lastInput: number) => void;
  /** The time of the last input before this page started (a restored state's), when known. */
  lastInput?: number | undefined;
  /**
   * When the page began to hold data (the app arms the watch then; its code loads a moment later, or a
   * minute later offline): the count starts here, not when the code arrives. Now, if not given.
   */
  since?: number | undefined;
  times?: IdleTimes;
}

export interface IdleWatch {
  /** The time of the last input (ms since 1970). */
  lastInput: () => number;
  /** "Keep my answers" (or Escape): closes the warning and counts as input. */
  keep: () => void;
  /** Clears at once (the warning's own button). */
  clearNow: () => void;
  /** Removes the listeners and the timer. */
  stop: () => void;
}

/**
 * Watches for input in this tab. The warning opens after `warnAfter` without input in a visible tab that
 * holds data (hidden time does not count: the count starts again when the tab is shown); the data is
 * cleared `clearAfterWarning` later unless kept. A tab shown, or restored from the back-forward cache, more
 * than `hiddenLimit` after the last input is cleared at once; within it, an open warning starts its
 * countdown again, where someone can see it. Nothing opens or clears while `isBusy()`; it looks again
 * every `BUSY_RETRY` until released.
 */
export function watchIdle(options: IdleWatchOptions): IdleWatch {
  const times = options.times ?? IDLE_TIMES;
  /** When the tab was last shown (the count of idle time in a visible tab starts from the later of the two). */
  let shownAt = Math.min(options.since ?? Date.now(), Date.now());
  let lastInput = options.lastInput ?? shownAt;
  let clearsAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = stopped ? undefined : setTimeout(check, Math.max(0, delay));
  };

  const setWarning = (at: number | null) => {
    clearsAt = at;
    options.onWarning(at);
  };

  function clear() {
    if (options.isBusy()) {
      schedule(BUSY_RETRY);
      return;
    }
    if (clearsAt !== null) setWarning(null);
    options.onClear();
    lastInput = shownAt = Date.now();
    schedule(times.warnAfter);
  }

  function check() {
    timer = undefined;
    if (stopped || document.hidden) return; // looked at again when shown
    const now = Date.now();
    if (!options.holdsData()) {
      if (clearsAt !== null) setWarning(null);
      schedule(times.warnAfter);
      return;
    }
    if (clearsAt !== null) {
      if (now < clearsAt) schedule(clearsAt - now);
      else clear();
      return;
    }
    const since = Math.max(lastInput, shownAt);
    // Far past the warning while visible: the device slept (its timers with it), as good as a hidden tab.
    if (now - since > times.hiddenLimit) return clear();
    if (now - since < times.warnAfter) return schedule(since + times.warnAfter - now);
    if (options.isBusy()) return schedule(BUSY_RETRY);
    setWarning(now + times.clearAfterWarning);
    schedule(times.clearAfterWarning);
  }

  function shown() {
    const now = Date.now();
    if (options.holdsData() && now - lastInput > times.hiddenLimit) return clear();
    shownAt = now;
    if (clearsAt !== null) setWarning(now + times.clearAfterWarning);
    check();
  }

  const onInput = () => {
    lastInput = Date.now();
  };
  const onVisibility = () => {
    if (!document.hidden) return shown();
    clearTimeout(timer);
    timer = undefined;
    options.onLeave?.(lastInput);
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) shown();
  };
  const onPageHide = () => options.onLeave?.(lastInput);

  const passive = { capture: true, passive: true } as const;
  for (const type of INPUTS) window.addEventListener(type, onInput, passive);
  window.addEventListener('scroll', onInput, passive);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pageshow', onPageShow);
  window.addEventListener('pagehide', onPageHide);
  check();

  return {
    lastInput: () => lastInput,
    keep() {
      lastInput = Date.now();
      if (clearsAt !== null) setWarning(null);
      schedule(times.warnAfter);
    },
    clearNow: clear,
    stop() {
      stopped = true;
      clearTimeout(timer);
      for (const type of INPUTS) window.removeEventListener(type, onInput, passive);
      window.removeEventListener('scroll', onInput, passive);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('pagehide', onPageHide);
    },
  };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import { currentStep, type asylumMachine } from '../../flows/asylum/machine';
import { hashFor, parseHash, type Page } from '../lib/route';

/** Fired on window when the app changes the address itself (pushState and replaceState fire no event). */
export const URL_CHANGED = 'asylum-screener-url';

/** Subscribes to every change of the address (the browser's and the app's): for views that show it (LanguageSwitch). */
export function subscribeToUrl(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(URL_CHANGED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(URL_CHANGED, onChange);
  };
}

/**
 * Runs `task` once the browser has painted the next frame (the new question is on the screen first), or at
 * once when the page is hidden (no frame comes) or there are no frames (jsdom without them).
 */
function afterNextPaint(task: () => void): void {
  if (document.hidden || typeof requestAnimationFrame !== 'function') task();
  else requestAnimationFrame(() => setTimeout(task, 0));
}

/** Writes the address: a new history entry (`push`) or the current one's, and says so. */
function writeUrl(hash: string, push = false): void {
  if (push) window.history.pushState(null, '', hash);
  else window.history.replaceState(window.history.state, '', hash);
  window.dispatchEvent(new Event(URL_CHANGED));
}

function pageInUrl(): Page | null {
  const route = parseHash(window.location.hash);
  return route.kind === 'page' ? route.page : null;
}

/** A hash as the route it names ('' and '#' are the start page, '#/'), to compare the address with what is shown. */
function routeKey(hash: string): string {
  const route = parseHash(hash);
  if (route.kind === 'none') return hash;
  if (route.kind === 'page') return hashFor(route.page);
  return route.step === 'start' ? '#/' : `#/${route.step}`;
}

/**
 * The one owner of the address bar: every step the machine moves to becomes a history entry ('#/grounds',
 * written once the new step has been painted),
 * and every hash the browser moves to (Back, Forward, a link) is sent to the machine as GOTO, which decides
 * where it lands (the URL is then corrected with replaceState). The browser reports a move with `popstate`,
 * `hashchange` or both: an entry that differs from the current one in more than its hash (`?lang=`, which
 * the language switch drops with replaceState) gets a `popstate` alone, a link to a hash gets both; the
 * first applies the move, the second finds the page already showing it. Pages that are not steps ('#/glossary')
 * are shown over the current step. `navigated` turns true at the first move, after which each page moves
 * focus to its heading. `stop()` ends the syncing (Exit this page leaves without touching history);
 * `closePage()` returns from a page such as the Start again confirmation to the current step.
 */
export function useStepHistory(actor: Actor<typeof asylumMachine>) {
  const [page, setPage] = useState<Page | null>(pageInUrl);
  const [navigated, setNavigated] = useState(false);
  const stopped = useRef(false);
  /** The address when the app first rendered: a move before this effect listened (a link or Back pressed as the app took over the prerendered page) is applied on mount. */
  const hashAtRender = useRef(window.location.hash);
  /** The route the page shows ('#/grounds', '#/glossary'): a move the browser reports twice is applied once. */
  const shown = useRef<string | null>(null);
  if (shown.current === null) shown.current = hashFor(pageInUrl() ?? currentStep(actor.getSnapshot()));

  useEffect(() => {
    /** True while a move asked for by the URL is being applied: the URL is already where it should be. */
    let fromUrl = false;
    let lastStep = currentStep(actor.getSnapshot());
    let pushPending = false;
    let listening = true;

    // The new step's history entry is written after the new page has been painted: pushState costs a few
    // milliseconds of the main thread (tens at 4x CPU slowdown), which would delay the next question on the
    // screen. It writes the step the app is on by then (none when the URL already says it: Back, a link).
    const pushStep = () => {
      pushPending = false;
      const hash = hashFor(lastStep);
      if (!listening || stopped.current || window.location.hash === hash) return;
      writeUrl(hash, true);
    };

    const subscription = actor.subscribe((snapshot) => {
      const step = currentStep(snapshot);
      if (stopped.current || fromUrl || step === lastStep) return;
      lastStep = step;
      if (!pushPending && window.location.hash !== hashFor(step)) {
        pushPending = true;
        afterNextPaint(pushStep);
      }
      shown.current = hashFor(step);
      setPage(null);
      setNavigated(true);
    });

    /** The browser moved to another entry, or to a hash (popstate, hashchange: one or both per move). */
    function onMove() {
      if (stopped.current) return;
      const route = parseHash(window.location.hash);
      if (route.kind === 'none' || routeKey(window.location.hash) === shown.current) return;
      shown.current = routeKey(window.location.hash);
      setNavigated(true);
      if (route.kind === 'page') {
        setPage(route.page);
        return;
      }
      setPage(null);
      fromUrl = true;
      actor.send({ type: 'GOTO', step: route.step });
      fromUrl = false;
      lastStep = currentStep(actor.getSnapshot());
      const landed = hashFor(lastStep);
      if (window.location.hash !== landed) writeUrl(landed);
      shown.current = landed;
    }

    window.addEventListener('popstate', onMove);
    window.addEventListener('hashchange', onMove);
    if (window.location.hash !== hashAtRender.current) onMove();
    return () => {
      listening = false;
      subscription.unsubscribe();
      window.removeEventListener('popstate', onMove);
      window.removeEventListener('hashchange', onMove);
    };
  }, [actor]);

  const stop = useCallback(() => {
    stopped.current = true;
  }, []);
  /** Leaves a page that is not a step for the current step, replacing the page's entry in the history. */
  const closePage = useCallback(() => {
    const step = currentStep(actor.getSnapshot());
    writeUrl(hashFor(step));
    shown.current = hashFor(step);
    setPage(null);
    setNavigated(true);
  }, [actor]);
  return { page, navigated, stop, closePage };
}

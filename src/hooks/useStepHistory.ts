import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import { currentStep, type asylumMachine } from '../../flows/asylum/machine';
import { hashFor, parseHash, type Page } from '../lib/route';

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
 * The one owner of the address bar: every step the machine moves to becomes a history entry ('#/grounds'),
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

    const subscription = actor.subscribe((snapshot) => {
      const step = currentStep(snapshot);
      if (stopped.current || fromUrl || step === lastStep) return;
      lastStep = step;
      if (window.location.hash !== hashFor(step)) window.history.pushState(null, '', hashFor(step));
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
      if (window.location.hash !== landed) window.history.replaceState(window.history.state, '', landed);
      shown.current = landed;
    }

    window.addEventListener('popstate', onMove);
    window.addEventListener('hashchange', onMove);
    if (window.location.hash !== hashAtRender.current) onMove();
    return () => {
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
    window.history.replaceState(null, '', hashFor(step));
    shown.current = hashFor(step);
    setPage(null);
    setNavigated(true);
  }, [actor]);
  return { page, navigated, stop, closePage };
}

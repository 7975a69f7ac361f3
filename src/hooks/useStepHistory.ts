import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import { currentStep, type asylumMachine } from '../../flows/asylum/machine';
import { hashFor, parseHash, type Page } from '../lib/route';

function pageInUrl(): Page | null {
  const route = parseHash(window.location.hash);
  return route.kind === 'page' ? route.page : null;
}

/**
 * The one owner of the address bar: every step the machine moves to becomes a history entry ('#/grounds'),
 * and every hash the browser moves to (Back, Forward, a link) is sent to the machine as GOTO, which decides
 * where it lands (the URL is then corrected with replaceState). Pages that are not steps ('#/glossary')
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

  useEffect(() => {
    /** True while a move asked for by the URL is being applied: the URL is already where it should be. */
    let fromUrl = false;
    let lastStep = currentStep(actor.getSnapshot());

    const subscription = actor.subscribe((snapshot) => {
      const step = currentStep(snapshot);
      if (stopped.current || fromUrl || step === lastStep) return;
      lastStep = step;
      if (window.location.hash !== hashFor(step)) window.history.pushState(null, '', hashFor(step));
      setPage(null);
      setNavigated(true);
    });

    function onHashChange() {
      if (stopped.current) return;
      const route = parseHash(window.location.hash);
      if (route.kind === 'none') return;
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
    }

    window.addEventListener('hashchange', onHashChange);
    if (window.location.hash !== hashAtRender.current) onHashChange();
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [actor]);

  const stop = useCallback(() => {
    stopped.current = true;
  }, []);
  /** Leaves a page that is not a step for the current step, replacing the page's entry in the history. */
  const closePage = useCallback(() => {
    const step = currentStep(actor.getSnapshot());
    window.history.replaceState(null, '', hashFor(step));
    setPage(null);
    setNavigated(true);
  }, [actor]);
  return { page, navigated, stop, closePage };
}

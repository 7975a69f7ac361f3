// useStepHistory follows the browser's moves between history entries whichever event reports them: Back to
// an entry that differs in more than its hash (the ?lang= the language switch drops with replaceState) fires
// popstate alone; a move to another hash fires popstate and hashchange, and is applied once.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { asylumMachine, currentStep } from '../../flows/asylum/machine';
import { useStepHistory } from './useStepHistory';

const TODAY = '2026-11-25';

/** The machine on harm, with location, minor and grounds answered, and the address on #/harm. */
function onHarm() {
  window.history.replaceState(null, '', '/#/harm');
  const actor = createActor(asylumMachine, { input: { today: TODAY } });
  actor.start();
  actor.send({ type: 'RESTORE', answers: { location: 'in_us', minor: 'no', grounds: ['political'] }, step: 'harm' });
  expect(currentStep(actor.getSnapshot())).toBe('harm');
  const send = vi.spyOn(actor, 'send');
  const hook = renderHook(() => useStepHistory(actor));
  const gotos = () => send.mock.calls.filter(([event]) => event.type === 'GOTO');
  return { actor, hook, gotos };
}

/** The browser moves to `url` in the history (the address changes first, then it reports the move). */
function traverse(url: string, events: ('popstate' | 'hashchange')[]) {
  act(() => {
    window.history.replaceState(null, '', url);
    for (const type of events) window.dispatchEvent(type === 'popstate' ? new PopStateEvent('popstate', { state: null }) : new HashChangeEvent('hashchange'));
  });
}

describe('useStepHistory', () => {
  it('follows a popstate without hashchange (Back to an entry that still has ?lang=)', () => {
    const { actor, hook, gotos } = onHarm();
    traverse('/?lang=en#/grounds', ['popstate']);
    expect(currentStep(actor.getSnapshot())).toBe('grounds');
    expect(gotos()).toHaveLength(1);
    expect(hook.result.current.navigated).toBe(true);
    traverse('/?lang=en#/minor', ['popstate']);
    expect(currentStep(actor.getSnapshot())).toBe('minor');
    // Forward to an entry without ?lang= (the one the switch replaced).
    traverse('/#/grounds', ['popstate']);
    expect(currentStep(actor.getSnapshot())).toBe('grounds');
    expect(window.location.hash).toBe('#/grounds');
  });

  it('applies a move reported by both popstate and hashchange once, in either order', () => {
    const { actor, gotos } = onHarm();
    traverse('/#/grounds', ['popstate', 'hashchange']);
    expect(currentStep(actor.getSnapshot())).toBe('grounds');
    expect(gotos()).toHaveLength(1);
    traverse('/#/minor', ['hashchange', 'popstate']);
    expect(currentStep(actor.getSnapshot())).toBe('minor');
    expect(gotos()).toHaveLength(2);
  });

  it('still follows a hashchange alone, and a page that is not a step', () => {
    const { actor, hook, gotos } = onHarm();
    traverse('/#/glossary', ['hashchange', 'popstate']);
    expect(hook.result.current.page).toBe('glossary');
    expect(gotos()).toHaveLength(0);
    act(() => hook.result.current.closePage());
    expect(hook.result.current.page).toBeNull();
    expect(window.location.hash).toBe('#/harm');
    // The same page again, after closing it, opens again.
    traverse('/#/glossary', ['hashchange']);
    expect(hook.result.current.page).toBe('glossary');
    traverse('/#/grounds', ['hashchange']);
    expect(hook.result.current.page).toBeNull();
    expect(currentStep(actor.getSnapshot())).toBe('grounds');
  });

  it('a step not yet reachable lands on the first open step, and the URL is corrected once (the late second event changes nothing)', () => {
    const { actor, gotos } = onHarm();
    act(() => {
      window.history.replaceState(null, '', '/#/summary');
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    });
    expect(currentStep(actor.getSnapshot())).toBe('harm');
    expect(window.location.hash).toBe('#/harm');
    act(() => {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(gotos()).toHaveLength(1);
  });
});

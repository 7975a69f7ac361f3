import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdBusy, isBusy } from './busy';
import { IDLE_TIMES, clearStaleAnswers } from './idle';
import { BUSY_RETRY, watchIdle, type IdleWatch, type IdleWatchOptions } from './idleWatch';
import { STORAGE_KEY, loadState, saveState } from './storage';

const MINUTE = 60_000;
const START = new Date('2026-12-06T10:00:00Z').getTime();

let hidden = false;
/** Hides or shows the tab as the browser does: document.hidden, then visibilitychange. */
function setHidden(value: boolean) {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

interface Calls {
  warnings: (number | null)[];
  clears: number;
  leaves: number[];
}

let watch: IdleWatch | null = null;

/** Starts a watch at START whose tab holds answers unless told otherwise; records what it asks for. */
function start(overrides: Partial<IdleWatchOptions> & { data?: () => boolean } = {}): Calls {
  const calls: Calls = { warnings: [], clears: 0, leaves: [] };
  watch = watchIdle({
    holdsData: overrides.data ?? (() => true),
    isBusy,
    onWarning: (at) => calls.warnings.push(at),
    onClear: () => (calls.clears += 1),
    onLeave: (at) => calls.leaves.push(at),
    ...overrides,
  });
  return calls;
}

const minutes = (n: number) => vi.advanceTimersByTime(n * MINUTE);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
  hidden = false;
  vi.spyOn(document, 'hidden', 'get').mockImplementation(() => hidden);
  window.sessionStorage.clear();
});

afterEach(() => {
  watch?.stop();
  watch = null;
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the idle watch (fake timers)', () => {
  it('opens the warning at 25 minutes without input and clears at 27', () => {
    const calls = start();
    minutes(24.9);
    expect(calls.warnings).toEqual([]);
    minutes(0.1);
    expect(calls.warnings).toEqual([START + 27 * MINUTE]);
    minutes(1.9);
    expect(calls.clears).toBe(0);
    minutes(0.1);
    expect(calls.clears).toBe(1);
    // The warning is closed first, and the count starts again (with nothing left to clear: see below).
    expect(calls.warnings).toEqual([START + 27 * MINUTE, null]);
  });

  it.each(['keydown', 'pointerdown', 'click', 'scroll'])('any input (%s) starts the 25 minutes again', (type) => {
    const calls = start();
    minutes(20);
    window.dispatchEvent(new Event(type));
    minutes(24.9);
    expect(calls.warnings).toEqual([]);
    minutes(0.1);
    expect(calls.warnings).toEqual([START + 47 * MINUTE]);
  });

  it('an input inside the page (an element’s event, caught on its way down) counts too', () => {
    const calls = start();
    const button = document.body.appendChild(document.createElement('button'));
    minutes(20);
    button.dispatchEvent(new KeyboardEvent('keydown', { bubbles: false }));
    minutes(6);
    expect(calls.warnings).toEqual([]);
    button.remove();
  });

  it('"Keep my answers" closes the warning and keeps them; the next warning is 25 minutes later', () => {
    const calls = start();
    minutes(26);
    watch?.keep();
    expect(calls.warnings).toEqual([START + 27 * MINUTE, null]);
    minutes(10);
    expect(calls.clears).toBe(0);
    minutes(15);
    expect(calls.warnings).toHaveLength(3);
    expect(calls.warnings[2]).toBe(START + (26 + 25 + 2) * MINUTE);
  });

  it('an input while the warning is open does not keep the answers (only Keep or Escape does)', () => {
    const calls = start();
    minutes(25.5);
    window.dispatchEvent(new Event('keydown'));
    minutes(1.5);
    expect(calls.clears).toBe(1);
  });

  it('a tab hidden and shown after 59 minutes keeps the answers; the 25 minutes count from the showing', () => {
    const calls = start();
    minutes(1);
    setHidden(true);
    minutes(58);
    setHidden(false);
    expect(calls.clears).toBe(0);
    expect(calls.warnings).toEqual([]);
    minutes(24.9);
    expect(calls.warnings).toEqual([]);
    minutes(0.1);
    expect(calls.warnings).toHaveLength(1);
  });

  it('a tab hidden and shown after 61 minutes is cleared at once, without a warning', () => {
    const calls = start();
    minutes(1);
    setHidden(true);
    minutes(60);
    expect(calls.clears).toBe(0);
    setHidden(false);
    expect(calls.clears).toBe(1);
    expect(calls.warnings).toEqual([]);
  });

  it('nothing happens while the tab is hidden (throttled timers may still fire)', () => {
    const calls = start();
    setHidden(true);
    minutes(45);
    expect(calls).toMatchObject({ warnings: [], clears: 0 });
  });

  it('nor in a tab opened in the background, until it is shown', () => {
    hidden = true;
    const calls = start();
    minutes(45);
    expect(calls).toMatchObject({ warnings: [], clears: 0 });
    setHidden(false);
    minutes(25);
    expect(calls.warnings).toHaveLength(1);
  });

  it('a warning open when the tab was hidden starts its countdown again when shown within the hour', () => {
    const calls = start();
    minutes(25.5);
    setHidden(true);
    minutes(20);
    setHidden(false);
    expect(calls.clears).toBe(0);
    expect(calls.warnings).toEqual([START + 27 * MINUTE, START + (45.5 + 2) * MINUTE]);
    minutes(2);
    expect(calls.clears).toBe(1);
  });

  it('a page restored from the back-forward cache after 61 minutes is cleared', () => {
    const calls = start();
    vi.setSystemTime(START + 61 * MINUTE);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(calls.clears).toBe(1);
  });

  it('a device that slept with the page on screen (no timer ran) clears when it wakes', () => {
    const calls = start();
    vi.setSystemTime(START + 3 * 60 * MINUTE);
    vi.advanceTimersByTime(25 * MINUTE);
    expect(calls.clears).toBe(1);
    expect(calls.warnings).toEqual([]);
  });

  it('keeps the time of the last input with the answers when the tab is hidden or left', () => {
    const calls = start();
    minutes(3);
    window.dispatchEvent(new Event('click'));
    minutes(2);
    setHidden(true);
    window.dispatchEvent(new Event('pagehide'));
    expect(calls.leaves).toEqual([START + 3 * MINUTE, START + 3 * MINUTE]);
    expect(watch?.lastInput()).toBe(START + 3 * MINUTE);
  });

  it('does nothing when the tab holds no answers (the start page of a new walk)', () => {
    const calls = start({ data: () => false });
    minutes(3 * 60);
    setHidden(true);
    minutes(2 * 60);
    setHidden(false);
    expect(calls).toMatchObject({ warnings: [], clears: 0 });
  });

  it('closes an open warning when the answers are gone (Exit this page, Start again in another way)', () => {
    let data = true;
    const calls = start({ data: () => data });
    minutes(25.5);
    data = false;
    minutes(1.5);
    expect(calls.warnings).toEqual([START + 27 * MINUTE, null]);
    expect(calls.clears).toBe(0);
  });

  it('never warns while a file is being made or opened: the warning waits until it is released', () => {
    const calls = start();
    minutes(24);
    const release = holdBusy();
    minutes(10);
    expect(calls.warnings).toEqual([]);
    release();
    vi.advanceTimersByTime(BUSY_RETRY);
    expect(calls.warnings).toEqual([START + (34 + 2) * MINUTE + BUSY_RETRY]);
  });

  it('never clears while a file is being made or opened: the clearing waits until it is released', () => {
    const calls = start();
    minutes(26);
    const release = holdBusy();
    minutes(5);
    expect(calls.clears).toBe(0);
    release();
    vi.advanceTimersByTime(BUSY_RETRY);
    expect(calls.clears).toBe(1);
  });

  it('nor when a hidden tab is shown after an hour while busy', () => {
    const calls = start();
    setHidden(true);
    minutes(70);
    const release = holdBusy();
    setHidden(false);
    expect(calls.clears).toBe(0);
    release();
    vi.advanceTimersByTime(BUSY_RETRY);
    expect(calls.clears).toBe(1);
  });

  it('keeps the last input of a restored state for the hour (the 25 minutes count from the page on screen)', () => {
    const calls = start({ lastInput: START - 50 * MINUTE });
    minutes(24.9);
    expect(calls.warnings).toEqual([]);
    setHidden(true);
    minutes(11);
    setHidden(false);
    expect(calls.clears).toBe(1);
  });

  it('counts from when the page was armed, not from when the watch’s code arrived (late, or offline)', () => {
    minutes(3); // the code arrives 3 minutes after the page began to hold answers
    const calls = start({ since: START });
    minutes(21.9);
    expect(calls.warnings).toEqual([]);
    minutes(0.1);
    expect(calls.warnings).toEqual([START + 27 * MINUTE]);
  });

  it('arriving after the 25 minutes, it warns at once with the full 2 minutes', () => {
    minutes(26);
    const calls = start({ since: START });
    expect(calls.warnings).toEqual([START + 28 * MINUTE]);
    minutes(2);
    expect(calls.clears).toBe(1);
  });

  it('stops: no listener or timer is left', () => {
    const calls = start();
    watch?.stop();
    minutes(30);
    setHidden(true);
    setHidden(false);
    expect(calls).toMatchObject({ warnings: [], clears: 0, leaves: [] });
  });
});

describe('clearStaleAnswers (at start: a reload, a tab reloaded when shown)', () => {
  const store = (minutesAgo: number | null, answers: unknown = { location: 'in_us' }) => {
    const state = { answers, step: 'grounds' };
    saveState(minutesAgo === null ? state : { ...state, lastInput: START - minutesAgo * MINUTE });
  };

  it('wipes answers whose last input was more than 60 minutes ago', () => {
    store(61);
    expect(clearStaleAnswers(START)).toBe(true);
    expect(window.sessionStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('keeps answers used within the hour', () => {
    store(59);
    expect(clearStaleAnswers(START)).toBe(false);
    expect(loadState()).toEqual({ answers: { location: 'in_us' }, step: 'grounds', lastInput: START - 59 * MINUTE });
  });

  it('keeps a state stored before the time was kept, and says nothing when there are no answers', () => {
    store(null);
    expect(clearStaleAnswers(START)).toBe(false);
    expect(loadState()).toEqual({ answers: { location: 'in_us' }, step: 'grounds' });
    store(120, {});
    expect(clearStaleAnswers(START)).toBe(false);
  });

  it('uses the one constant', () => {
    store(45);
    expect(clearStaleAnswers(START, { ...IDLE_TIMES, hiddenLimit: 30 * MINUTE })).toBe(true);
  });
});

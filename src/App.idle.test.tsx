// The idle clearing in the app (src/lib/idle.ts has the timer's own tests): the warning opens over the page,
// Keep keeps, and the clearing wipes as Start again does and lands on the start page with the notice.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../locales/en/translation.json';
import { App } from './App';
import { holdBusy } from './lib/busy';
import { STORAGE_KEY, loadState } from './lib/storage';
import { useLanguage } from './test/i18n';

const TODAY = '2026-11-25';
const MINUTE = 60_000;

/** Lets the fake clock run `ms`, with React's updates and the warning's lazy load in between. */
async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('App: the idle clearing', () => {
  // The watch's code loads once the tab holds answers, the warning's when it first opens: loaded here first,
  // so that under the fake clock their imports settle in the same turn.
  beforeAll(async () => {
    await Promise.all([import('./components/IdleWarning'), import('./lib/idleWatch')]);
  });
  beforeEach(async () => {
    await useLanguage('en');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-25T15:00:00Z'));
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, answers: { location: 'in_us', minor: 'no' }, step: 'grounds' }));
    window.history.replaceState(null, '', '/#/grounds');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns after 25 minutes, keeps the answers on Keep, and clears them 2 minutes after the next warning', async () => {
    render(<App today={TODAY} />);
    const radio = screen.getByLabelText(en.questions.grounds.options.political);
    radio.focus();
    await wait(25 * MINUTE - 1000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await wait(1000);
    const dialog = screen.getByRole('alertdialog', { name: en.idle.title });
    expect(dialog).toHaveTextContent('2:00');
    expect(screen.getByRole('button', { name: en.idle.keep })).toHaveFocus();
    await wait(1000);
    expect(dialog).toHaveTextContent('1:59');

    fireEvent.click(screen.getByRole('button', { name: en.idle.keep }));
    await wait(0);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(radio).toHaveFocus();
    expect(loadState()?.answers).toEqual({ location: 'in_us', minor: 'no' });

    await wait(27 * MINUTE);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(window.location.hash).toBe('#/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.start.title);
    expect(document.getElementById('idle-notice')).toHaveTextContent(en.idle.notice);
    expect(document.getElementById('idle-notice')).toHaveFocus();
    expect(loadState()?.answers ?? {}).toEqual({});
    // A fresh start page: Start, not "Continue where you left off".
    expect(screen.getByRole('button', { name: new RegExp(en.start.button) })).toBeInTheDocument();
  });

  it('clears from a page shown over the step (the glossary) too, and the notice goes once the walk starts again', async () => {
    window.history.replaceState(null, '', '/#/glossary');
    render(<App today={TODAY} />);
    await wait(27 * MINUTE);
    expect(window.location.hash).toBe('#/');
    expect(document.getElementById('idle-notice')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: new RegExp(en.start.button) }));
    await wait(0);
    expect(document.getElementById('idle-notice')).toBeNull();
  });

  it('never while a file is being made or opened', async () => {
    render(<App today={TODAY} />);
    const release = holdBusy();
    await wait(40 * MINUTE);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(loadState()?.answers).toEqual({ location: 'in_us', minor: 'no' });
    release();
    await wait(1000);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('nothing on the start page of a new walk', async () => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/#/');
    render(<App today={TODAY} />);
    await wait(90 * MINUTE);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.getElementById('idle-notice')).toBeNull();
  });
});

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import en from '../locales/en/translation.json';
import ru from '../locales/ru/translation.json';
import { App } from './App';
import { STORAGE_KEY } from './lib/storage';
import { useLanguage } from './test/i18n';

const TODAY = '2026-11-25';

async function choose(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByLabelText(label));
  await user.click(screen.getByRole('button', { name: en.nav.continue }));
}

describe('App', () => {
  beforeEach(() => useLanguage('en'));

  it('walks from the start page through questions, with a URL per step and the answers saved in sessionStorage', async () => {
    const user = userEvent.setup();
    render(<App today={TODAY} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.start.title);
    await user.click(screen.getByRole('button', { name: new RegExp(en.start.button) }));
    expect(window.location.hash).toBe('#/location');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    await choose(user, en.questions.location.options.outside_us);
    // The step's history entry is written once the new page has been painted (useStepHistory).
    await waitFor(() => expect(window.location.hash).toBe('#/grounds'));
    expect(screen.getByText('Question 2')).toBeInTheDocument();
    expect(screen.queryByText(/of about/)).toBeNull();
    expect(document.title).toBe('Question 2 – Asylum Screener');
    const saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}') as { answers: unknown; step: string };
    // With the time of the last input (the idle clearing compares it after a reload, src/lib/idle.ts).
    expect(saved).toEqual({ v: 1, answers: { location: 'outside_us' }, step: 'grounds', at: expect.any(Number) as number });
  });

  it('Start is a link to the next step (it works before the app starts) that the app presses like a button, with Space too', async () => {
    const user = userEvent.setup();
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, answers: { location: 'in_us', minor: 'no' }, step: 'start' }));
    render(<App today={TODAY} />);
    const start = screen.getByRole('button', { name: new RegExp(en.start.continue) });
    expect(start.tagName).toBe('A');
    expect(start).toHaveAttribute('href', '#/grounds');
    start.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(window.location.hash).toBe('#/grounds'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('Ctrl-click on Start or on the language link is left to the browser (a new tab); a plain click is the app’s', () => {
    window.history.replaceState(null, '', '/#/');
    render(<App today={TODAY} />);
    const language = screen.getByRole('link', { name: en.language.switchTo });
    const start = screen.getByRole('button', { name: new RegExp(en.start.button) });
    // fireEvent returns false when a handler prevented the browser's own action.
    expect(fireEvent.click(language, { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(start, { metaKey: true })).toBe(true);
    expect(fireEvent.click(start, { button: 1 })).toBe(true);
    expect(document.documentElement.lang).toBe('en');
    expect(fireEvent.click(start)).toBe(false);
  });

  it('restores answers and lands on the step in the URL, or the first open step when it is not reachable', () => {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, answers: { location: 'in_us', minor: 'no' }, step: 'grounds' }));
    window.history.replaceState(null, '', '/#/bars');
    render(<App today={TODAY} />);
    expect(window.location.hash).toBe('#/grounds');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.questions.grounds.title);
  });

  it('survives corrupt saved state and an unknown step', () => {
    window.sessionStorage.setItem(STORAGE_KEY, '{"v":1,"answers":{"location":"mars","grounds":["none","lgbt"]},"step":42}');
    window.history.replaceState(null, '', '/#/no-such-step');
    render(<App today={TODAY} />);
    expect(window.location.hash).toBe('#/location');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.questions.location.title);
  });

  it('a hash change asks the machine: a reachable step is shown, an unreachable one is corrected', async () => {
    const user = userEvent.setup();
    render(<App today={TODAY} />);
    await user.click(screen.getByRole('button', { name: new RegExp(en.start.button) }));
    await choose(user, en.questions.location.options.in_us);
    await waitFor(() => expect(window.location.hash).toBe('#/minor'));
    act(() => {
      window.location.hash = '#/location';
    });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.questions.location.title));
    expect(screen.getByLabelText(en.questions.location.options.in_us)).toBeChecked();
    act(() => {
      window.location.hash = '#/summary';
    });
    await waitFor(() => expect(window.location.hash).toBe('#/minor'));
  });

  it('switches language without losing the answers or the step', async () => {
    const user = userEvent.setup();
    render(<App today={TODAY} />);
    await user.click(screen.getByRole('button', { name: new RegExp(en.start.button) }));
    await user.click(screen.getByLabelText(en.questions.location.options.at_border));
    await user.click(screen.getByRole('link', { name: en.language.switchTo }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ru.questions.location.title));
    expect(document.documentElement.lang).toBe('ru');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(screen.getByLabelText(ru.questions.location.options.at_border.replace(/\s+/g, ' '))).toBeChecked();
    await user.click(screen.getByRole('button', { name: ru.nav.continue }));
    await waitFor(() => expect(window.location.hash).toBe('#/minor'));
    // The frame's words (looked up once per language) follow the switch too.
    expect(screen.getByRole('navigation', { name: ru.nav.back })).toHaveTextContent(ru.nav.back);
    await act(async () => {
      await user.click(screen.getByRole('link', { name: 'English' }));
    });
    // At the border, the question speaks of arriving (the at_border text, chosen from the answers).
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.questions.minor.title_at_border));
    expect(screen.getByRole('navigation', { name: en.nav.back })).toHaveTextContent(en.nav.back);
  });

  it('no question page offers Start again; from the summary it asks first: Cancel keeps the answers, Yes wipes them', async () => {
    const user = userEvent.setup();
    render(<App today={TODAY} />);
    await user.click(screen.getByRole('button', { name: new RegExp(en.start.button) }));
    expect(screen.queryByRole('button', { name: en.nav.startAgain })).toBeNull();
    await choose(user, en.questions.location.options.outside_us);
    expect(screen.queryByRole('button', { name: en.nav.startAgain })).toBeNull();
    await user.click(screen.getByLabelText(en.questions.grounds.options.political));
    await user.click(screen.getByRole('button', { name: en.nav.continue }));
    await choose(user, en.questions.harm.options.neither);
    await waitFor(() => expect(window.location.hash).toBe('#/summary'));
    await user.click(await screen.findByRole('button', { name: en.nav.startAgain }));
    await waitFor(() => expect(window.location.hash).toBe('#/start-again'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.startAgain.title);
    await user.click(screen.getByRole('link', { name: en.startAgain.cancel }));
    await waitFor(() => expect(window.location.hash).toBe('#/summary'));
    let saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}') as { answers: unknown };
    expect(saved.answers).toEqual({ location: 'outside_us', grounds: ['political'], harm: 'neither' });
    await user.click(await screen.findByRole('button', { name: en.nav.startAgain }));
    await waitFor(() => expect(window.location.hash).toBe('#/start-again'));
    await user.click(screen.getByRole('button', { name: en.startAgain.yes }));
    expect(window.location.hash).toBe('#/');
    saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}') as { answers: unknown };
    expect(saved.answers).toEqual({});
    await user.click(screen.getByRole('button', { name: new RegExp(en.start.button) }));
    expect(screen.getByLabelText(en.questions.location.options.in_us)).not.toBeChecked();
  });

});

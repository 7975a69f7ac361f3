import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en/translation.json';
import { useLanguage } from '../test/i18n';
import { ErrorBoundary } from './ErrorBoundary';

let broken = true;
function Page({ name }: { name: string }) {
  if (broken) throw new Error('broken page');
  return <h1>{name}</h1>;
}

describe('ErrorBoundary', () => {
  beforeEach(async () => {
    await useLanguage('en');
    broken = true;
    // React reports the caught error on the console; the page itself is what is tested here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a friendly page whose Start again asks first (a link to the confirmation page), never wiping at once', () => {
    render(
      <ErrorBoundary resetKey="grounds">
        <Page name="grounds" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.errorPage.title);
    expect(screen.getByRole('link', { name: en.nav.startAgain })).toHaveAttribute('href', '#/start-again');
    expect(screen.queryByRole('button', { name: en.nav.startAgain })).toBeNull();
  });

  it('offers no Start again on the Start again page itself (the link would lead nowhere)', () => {
    render(
      <ErrorBoundary resetKey="start-again">
        <Page name="start-again" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.errorPage.title);
    expect(screen.queryByRole('link', { name: en.nav.startAgain })).toBeNull();
    expect(screen.getByRole('button', { name: en.errorPage.retry })).toBeInTheDocument();
  });

  it('tries the page again on Try again, and gives way when another step or page is shown', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <ErrorBoundary resetKey="grounds">
        <Page name="grounds" />
      </ErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: en.errorPage.retry }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.errorPage.title);
    broken = false;
    rerender(
      <ErrorBoundary resetKey="start-again">
        <Page name="start-again" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('start-again');
  });
});

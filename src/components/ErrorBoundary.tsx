import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import { hashFor } from '../lib/route';

interface Props {
  /** The page shown (step or page): when it changes (Back, a link, Start again), the page is tried afresh. */
  resetKey: string;
  children: ReactNode;
}

/**
 * Anything unexpected shows a friendly, localized page, never a blank screen: Try again, or Start again,
 * which asks first on its confirmation page like every other Start again (the answers are kept until Yes;
 * not offered on that page itself, where the link would lead nowhere).
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div className="error-page">
            <h1>{t('errorPage.title')}</h1>
            <p>{t('errorPage.body')}</p>
            <div className="button-group">
              <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
                {t('errorPage.retry')}
              </button>
              {this.props.resetKey === 'start-again' ? null : (
                <a href={hashFor('start-again')} className="button-group__link">
                  {t('nav.startAgain')}
                </a>
              )}
            </div>
          </div>
        )}
      </Translation>
    );
  }
}

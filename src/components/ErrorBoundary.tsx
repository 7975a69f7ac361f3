import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface Props {
  onRestart: () => void;
  children: ReactNode;
}

/** Anything unexpected shows a friendly, localized page with "Start again", never a blank screen. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
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
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  this.props.onRestart();
                  this.setState({ failed: false });
                }}
              >
                {t('nav.startAgain')}
              </button>
            </div>
          </div>
        )}
      </Translation>
    );
  }
}

import { useTranslation } from 'react-i18next';
import { usePageHeading } from '../hooks/usePageHeading';
import { hashFor } from '../lib/route';

export function StartPage({ hasAnswers, focusHeading, onStart, onRestart }: { hasAnswers: boolean; focusHeading: boolean; onStart: () => void; onRestart: () => void }) {
  const { t } = useTranslation();
  const headingRef = usePageHeading(t('app.title'), focusHeading);

  return (
    <div className="start">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('start.title')}
      </h1>
      <p className="lead">{t('start.lead')}</p>
      <p>{t('start.time')}</p>
      <div className="inset">
        <h2>{t('start.notAdviceTitle')}</h2>
        <p>{t('start.notAdvice')}</p>
      </div>
      <h2>{t('start.privacyTitle')}</h2>
      <p>{t('start.privacy')}</p>
      <p>
        <a href={hashFor('privacy')}>{t('nav.privacy')}</a>
      </p>
      <p>{t('exit.hint')}</p>
      <p>{t('start.languageNote')}</p>
      <div className="button-group">
        <button type="button" className="button button--start" onClick={onStart}>
          {hasAnswers ? t('start.continue') : t('start.button')}
          <svg className="button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </button>
        {hasAnswers ? (
          <button type="button" className="button button--secondary" onClick={onRestart}>
            {t('nav.startAgain')}
          </button>
        ) : null}
      </div>
      <p>
        <a href={hashFor('glossary')}>{t('nav.glossary')}</a>
      </p>
    </div>
  );
}

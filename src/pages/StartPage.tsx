import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { OfflineNote } from '../components/OfflineNote';
import { usePageHeading } from '../hooks/usePageHeading';
import { hashFor, opensElsewhere } from '../lib/route';

/**
 * What this is, that it is not legal advice, that nothing leaves the device, how long it takes, and the
 * Start button: all on the first phone screen. The rest (covering your tracks, quick exit) comes after.
 * "Start again" goes to the confirmation page (#/start-again) first.
 */
export interface StartPageProps {
  hasAnswers: boolean;
  focusHeading: boolean;
  /** Where Start leads: the first question, or where the person stopped. */
  startHref: string;
  onStart: () => void;
  /** The answers were just cleared after the page was left unused (src/lib/idle.ts): the notice shows, focused. */
  idleCleared?: boolean;
}

export function StartPage({ hasAnswers, focusHeading, startHref, onStart, idleCleared = false }: StartPageProps) {
  const { t } = useTranslation();
  const headingRef = usePageHeading(t('app.title'), focusHeading && !idleCleared);

  return (
    <div className="start">
      {idleCleared ? <IdleNotice text={t('idle.notice')} /> : null}
      <h1 ref={headingRef} tabIndex={-1}>
        {t('start.title')}
      </h1>
      <p className="lead">{t('start.lead')}</p>
      <div className="inset">
        <p>
          <strong>{t('start.notAdviceTitle')}</strong> {t('start.notAdvice')}
        </p>
      </div>
      <p>
        {t('start.privacyShort')} {t('start.time')}
      </p>
      <div className="button-group">
        {/* GOV.UK's start button is a link styled as a button: it works in the prerendered page before the app
            starts (the boot script shows the first question), and the app sends START instead. Space presses
            it, as it would a button. */}
        <a
          href={startHref}
          role="button"
          draggable="false"
          className="button button--start"
          onClick={(event) => {
            if (opensElsewhere(event)) return;
            event.preventDefault();
            onStart();
          }}
          onKeyDown={(event) => {
            if (event.key === ' ') {
              event.preventDefault();
              onStart();
            }
          }}
        >
          {hasAnswers ? t('start.continue') : t('start.button')}
          <svg className="button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </a>
        {hasAnswers ? (
          <a href={hashFor('start-again')} className="button-group__link">
            {t('nav.startAgain')}
          </a>
        ) : null}
        <a href={hashFor('open')} className="button-group__link">
          {t('open.link')}
        </a>
      </div>
      <OfflineNote />
      <h2>{t('start.privacyTitle')}</h2>
      <p>{t('start.privacy')}</p>
      <p className="keyboard-only">{t('exit.hint')}</p>
      <p>
        <a href={hashFor('privacy')}>{t('nav.privacy')}</a>
      </p>
      <p>{t('start.languageNote')}</p>
      <p>
        <a href={hashFor('glossary')}>{t('nav.glossary')}</a>
      </p>
    </div>
  );
}

/** The neutral notice after the idle clearing, at the top of the start page, focused so that it is read first. */
function IdleNotice({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <p ref={ref} id="idle-notice" className="notice" tabIndex={-1}>
      {text}
    </p>
  );
}

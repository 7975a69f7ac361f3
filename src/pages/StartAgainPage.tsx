import { useTranslation } from 'react-i18next';
import { usePageHeading } from '../hooks/usePageHeading';

/**
 * "Start again" asks first (GOV.UK confirmation page): Yes deletes every answer and goes to the start page;
 * Cancel is a link back to the step the person came from, with every answer kept.
 */
export function StartAgainPage({ cancelHref, onConfirm }: { cancelHref: string; onConfirm: () => void }) {
  const { t } = useTranslation();
  const headingRef = usePageHeading(t('app.titlePage', { page: t('startAgain.title') }), true);
  return (
    <div className="start-again-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('startAgain.title')}
      </h1>
      <p>{t('startAgain.body')}</p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {t('startAgain.yes')}
        </button>
        <a href={cancelHref} className="button-group__link">
          {t('startAgain.cancel')}
        </a>
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { OfflineNote } from '../components/OfflineNote';
import { usePageHeading } from '../hooks/usePageHeading';
import { IDLE_TIMES } from '../lib/idle';
import { hashFor } from '../lib/route';
import '../styles/print.css';

const MINUTE = 60_000;

export function PrivacyPage({ backHref }: { backHref: string }) {
  const { t } = useTranslation(['privacy', 'translation']);
  const headingRef = usePageHeading(t('translation:app.titlePage', { page: t('privacy:title') }), true, t);
  return (
    <div className="privacy">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('privacy:title')}
      </h1>
      <h2>{t('privacy:whatWeKeep')}</h2>
      <p>{t('privacy:whatWeKeepText')}</p>
      <p>
        {t('privacy:idle', {
          warnAfter: t('translation:idle.minutes', { count: IDLE_TIMES.warnAfter / MINUTE }),
          clearAfter: t('translation:idle.minutes', { count: IDLE_TIMES.clearAfterWarning / MINUTE }),
          hiddenLimit: t('translation:idle.minutes', { count: IDLE_TIMES.hiddenLimit / MINUTE }),
        })}
      </p>
      <p>{t('privacy:offline')}</p>
      <OfflineNote />
      <h2>{t('privacy:tracksTitle')}</h2>
      <p>{t('privacy:tracksIntro')}</p>
      <ul className="list list--bullet">
        <li>{t('privacy:private')}</li>
        <li>{t('privacy:history')}</li>
        <li>{t('privacy:shared')}</li>
        <li>{t('privacy:exit')}</li>
        <li>{t('privacy:print')}</li>
      </ul>
      <h2>{t('privacy:savedTitle')}</h2>
      <p>{t('privacy:savedWhat')}</p>
      <p>{t('privacy:savedProtects')}</p>
      <p>{t('privacy:savedLost')}</p>
      <h2>{t('privacy:lawyerCodeTitle')}</h2>
      <p>{t('privacy:lawyerCode')}</p>
      <p>
        {t('privacy:share')} <a href={hashFor('share')}>{t('translation:share.footerLink')}</a>
      </p>
      <p>
        <a href={backHref}>{t('translation:nav.backToQuestions')}</a>
      </p>
    </div>
  );
}

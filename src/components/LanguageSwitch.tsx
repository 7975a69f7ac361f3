import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLang, otherLang } from '../i18n/i18n';
import { opensElsewhere } from '../lib/route';
import { saveLanguagePreference } from '../lib/storage';
import { subscribeToUrl } from '../hooks/useStepHistory';

/** The address's hash ('' at build time): the link follows it (the app writes a step's entry after painting it). */
const currentHash = () => (typeof window === 'undefined' ? '' : window.location.hash);

/**
 * Switches Russian ⇄ English at once; answers and the current step stay as they are. A link (to
 * ?lang=<other>) so that it works in the prerendered page before the app starts, as GOV.UK's language
 * toggles are; the app switches in place instead of loading the page again.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const target = otherLang(currentLang());
  const hash = useSyncExternalStore(subscribeToUrl, currentHash, currentHash);

  async function switchLanguage() {
    try {
      await changeLanguage(target);
      saveLanguagePreference(target);
      setFailed(false);
      const url = new URL(window.location.href);
      if (url.searchParams.has('lang')) {
        url.searchParams.delete('lang');
        window.history.replaceState(window.history.state, '', url);
      }
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <a
        // The link's address: this page in the other language (before the app starts, and opened in a new tab, it reloads in it).
        href={`?lang=${target}${hash}`}
        className="language-switch"
        lang={t('language.switchToCode')}
        hrefLang={t('language.switchToCode')}
        onClick={(event) => {
          if (opensElsewhere(event)) return;
          event.preventDefault();
          void switchLanguage();
        }}
      >
        {t('language.switchTo')}
      </a>
      {failed ? (
        <p className="language-switch__error" role="alert">
          {t('language.failed')}
        </p>
      ) : null}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLang, otherLang } from '../i18n/i18n';
import { saveLanguagePreference } from '../lib/storage';

/** Switches Russian ⇄ English at once; answers and the current step stay as they are. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const target = otherLang(currentLang());

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
      <button type="button" className="language-switch" lang={t('language.switchToCode')} onClick={() => void switchLanguage()}>
        {t('language.switchTo')}
      </button>
      {failed ? (
        <p className="language-switch__error" role="alert">
          {t('language.failed')}
        </p>
      ) : null}
    </>
  );
}

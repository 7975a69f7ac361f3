import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang, hasAllWords, loadAllWords } from '../i18n/i18n';

/** The offline line itself (src/components/OfflineNote.tsx decides where it shows), once its words are here. */
export default function OfflineLine() {
  const { t } = useTranslation();
  const lng = currentLang();
  const [words, setWords] = useState(() => hasAllWords(lng));
  const ready = words || hasAllWords(lng);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadAllWords(lng).then(
      () => live && setWords(true),
      () => undefined, // no words, no line: a page that needs them shows the error
    );
    return () => {
      live = false;
    };
  }, [ready, lng]);
  if (!ready) return null;
  return (
    <p id="offline-note" className="hint">
      {t('offline.note')}
    </p>
  );
}

import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang, hasAllWords, loadAllWords } from '../i18n/i18n';
import { offlineSupport, subscribeOfflineSupport } from '../lib/serviceWorker';

/**
 * One line where this browser cannot keep the app for use without internet (no service worker, or its
 * registration failed: src/lib/serviceWorker.ts), on the start page below Start and on the privacy page;
 * nothing anywhere else, and nothing while the answer is unknown or yes. It appears after the registration
 * was tried (never in the prerendered page, so it never moves Start), with the rest of the words, which
 * it waits for without a loading line.
 */
export function OfflineNote() {
  const { t } = useTranslation();
  const support = useSyncExternalStore(subscribeOfflineSupport, offlineSupport, () => 'unknown' as const);
  const lng = currentLang();
  const [words, setWords] = useState(() => hasAllWords(lng));
  const ready = words || hasAllWords(lng);
  useEffect(() => {
    if (support !== 'no' || ready) return;
    let live = true;
    loadAllWords(lng).then(
      () => live && setWords(true),
      () => undefined, // no words, no line: a page that needs them shows the error
    );
    return () => {
      live = false;
    };
  }, [support, ready, lng]);
  if (support !== 'no' || !ready) return null;
  return (
    <p id="offline-note" className="hint">
      {t('offline.note')}
    </p>
  );
}

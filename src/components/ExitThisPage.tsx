import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../i18n/i18n';

/** A neutral page that loads in the U.S. and in Russia. */
export const EXIT_URLS = {
  en: 'https://www.google.com/search?q=weather',
  ru: 'https://www.google.com/search?q=%D0%BF%D0%BE%D0%B3%D0%BE%D0%B4%D0%B0',
} as const;

const SHIFT_WINDOW_MS = 5000;

/** The band in index.html's static markup: the exit link that works before and without any script. */
export const STATIC_BAND_ID = 'static-top-band';

/**
 * GOV.UK "Exit this page": a real link to a neutral site at the top of every page (in the sticky top band),
 * and Shift pressed 3 times on a keyboard. With the script, both wipe the answers first (onExit), hide the
 * page, then replace it with the neutral site (so Back does not return here); without it, the link is an
 * ordinary link (index.html holds one until the app starts). A page restored from the back-forward cache
 * is reloaded, showing nothing of before.
 */
export function ExitThisPage({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'' | 'exit.pressTwoMore' | 'exit.pressOneMore' | 'exit.expired'>('');
  const [exiting, setExiting] = useState(false);
  const presses = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const lastKeyWasModified = useRef(false);

  const exit = useCallback(() => {
    onExit();
    setExiting(true);
    document.body.classList.add('exiting');
    window.location.replace(EXIT_URLS[currentLang()]);
  }, [onExit]);

  // The app's band takes over from the static one before the first paint.
  useLayoutEffect(() => {
    document.getElementById(STATIC_BAND_ID)?.remove();
  }, []);

  useEffect(() => {
    function reset() {
      presses.current = 0;
      window.clearTimeout(timer.current);
    }
    function onKeyDown(event: KeyboardEvent) {
      // Shift as part of a shortcut (Alt+Shift, Ctrl+Shift to switch keyboard layout) does not count.
      if (event.key !== 'Shift' || event.altKey || event.ctrlKey || event.metaKey) {
        lastKeyWasModified.current = true;
        if (event.key !== 'Shift') reset();
      } else {
        lastKeyWasModified.current = false;
      }
    }
    function onKeyUp(event: KeyboardEvent) {
      if (event.key !== 'Shift') return;
      if (lastKeyWasModified.current || event.altKey || event.ctrlKey || event.metaKey) {
        lastKeyWasModified.current = false;
        reset();
        return;
      }
      presses.current += 1;
      window.clearTimeout(timer.current);
      if (presses.current >= 3) {
        reset();
        exit();
        return;
      }
      setStatus(presses.current === 1 ? 'exit.pressTwoMore' : 'exit.pressOneMore');
      timer.current = window.setTimeout(() => {
        presses.current = 0;
        setStatus('exit.expired');
      }, SHIFT_WINDOW_MS);
    }
    function onPageShow(event: PageTransitionEvent) {
      // Restored from the back-forward cache after an exit: show a fresh, empty app instead.
      if (event.persisted && document.body.classList.contains('exiting')) window.location.reload();
    }
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      reset();
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [exit]);

  return (
    <div className="exit-this-page">
      <a
        href={EXIT_URLS[currentLang()]}
        className="exit-this-page__button"
        role="button"
        rel="nofollow noreferrer"
        onClick={(event) => {
          event.preventDefault();
          exit();
        }}
      >
        {t('exit.button')}
      </a>
      <span className="visually-hidden" role="status">
        {status ? t(status) : ''}
      </span>
      {exiting ? (
        <div className="exit-this-page__overlay" role="alert">
          {t('exit.loading')}
        </div>
      ) : null}
    </div>
  );
}

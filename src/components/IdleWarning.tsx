import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOUNCE_AT_SECONDS, IDLE_TIMES } from '../lib/idle';
import './idle.css';

export interface IdleWarningProps {
  /** When the answers will be cleared (ms since 1970). */
  clearsAt: number;
  /** "Keep my answers", Escape, or the browser closing the dialog. */
  onKeep: () => void;
  onClearNow: () => void;
}

/** The whole seconds left until `clearsAt`. */
export function secondsLeft(clearsAt: number, now: number): number {
  return Math.max(0, Math.ceil((clearsAt - now) / 1000));
}

/** Seconds as m:ss ('2:00', '0:09'). */
export function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The mark (ANNOUNCE_AT_SECONDS) the live region should speak at `seconds` left: the smallest mark not below
 * it, once that many seconds or fewer are left (120 right at the opening, then 60, 30, 10); null before the first.
 */
export function markFor(seconds: number): number | null {
  let found: number | null = null;
  for (const mark of ANNOUNCE_AT_SECONDS) if (seconds <= mark) found = found === null ? mark : Math.min(found, mark);
  return found;
}

/**
 * The idle warning (GOV.UK timeout-warning pattern, FLOW.md §5): a modal `role="alertdialog"` that takes the
 * focus, shows the time left as m:ss every second, and has a separate polite live region that speaks only at
 * 2:00, 1:00, 0:30 and 0:10. Escape or "Keep my answers" keeps them, and the focus goes back where it was.
 * Loaded with its words only when it first opens (src/App.tsx).
 */
export default function IdleWarning({ clearsAt, onKeep, onClearNow }: IdleWarningProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const [now, setNow] = useState(() => Date.now());
  // (At most the whole countdown: when it starts again, a tab shown again, `now` is up to a second old.)
  const left = Math.min(secondsLeft(clearsAt, now), IDLE_TIMES.clearAfterWarning / 1000);
  const mark = markFor(left);
  /** What the live region says: set after the dialog is on the screen, so that the change is announced. */
  const [spoken, setSpoken] = useState<number | null>(null);

  // A modal dialog (the page behind is inert) with the focus on its least destructive action, "Keep my
  // answers" (an alertdialog's name and description are read with it); on close the focus returns where it was.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const before = document.activeElement;
    // (A browser without <dialog>, Safari before 15.4, shows it in place, not modal.)
    if (typeof dialog.showModal !== 'function') dialog.setAttribute('open', '');
    else if (!dialog.open) dialog.showModal();
    keepRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (before instanceof HTMLElement && before.isConnected && before !== document.body) before.focus({ preventScroll: true });
    };
  }, []);

  // Escape: the browser's cancel, kept as "Keep my answers" (and any other way the browser closes it).
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onCancel = (event: Event) => {
      event.preventDefault();
      onKeep();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onKeep);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onKeep);
    };
  }, [onKeep]);

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    if (mark === null || mark === spoken) return;
    const speak = setTimeout(() => setSpoken(mark), 100);
    return () => clearTimeout(speak);
  }, [mark, spoken]);

  const time = (seconds: number) =>
    seconds >= 60 && seconds % 60 === 0 ? t('idle.minutes', { count: seconds / 60 }) : t('idle.seconds', { count: seconds });

  return (
    <dialog
      ref={dialogRef}
      className="idle-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      id="idle-warning"
    >
      <h2 id="idle-title" className="idle-dialog__title">
        {t('idle.title')}
      </h2>
      <div id="idle-text">
        <p>{t('idle.body', { time: t('idle.minutes', { count: IDLE_TIMES.warnAfter / 60_000 }) })}</p>
        <p className="idle-dialog__left">
          {t('idle.left')} <span className="idle-dialog__clock" role="timer">
            {clockText(left)}
          </span>
        </p>
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-idle-announce="">
        {spoken === null ? '' : t('idle.announce', { time: time(spoken) })}
      </p>
      <div className="button-group">
        <button ref={keepRef} type="button" className="button" onClick={onKeep}>
          {t('idle.keep')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClearNow}>
          {t('idle.clearNow')}
        </button>
      </div>
    </dialog>
  );
}

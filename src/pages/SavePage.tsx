import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../flows/asylum/answers';
import { localCalendarDate } from '../../flows/asylum/dates';
import { firstOpenStep, type Step } from '../../flows/asylum/questions';
import { ErrorSummary, type ErrorItem } from '../components/ErrorSummary';
import { PassphraseField, ShowPassphrase, WorkingButton } from '../components/savedFile/PassphraseField';
import '../components/savedFile/savedFile.css';
import { usePageHeading } from '../hooks/usePageHeading';
import { currentLang } from '../i18n/i18n';
import type { T } from '../i18n/keys';
import { holdBusy } from '../lib/busy';
import { canUseSavedFiles, makeSavedFile } from '../lib/savedFile';

/** The shortest passphrase taken, in characters (Unicode code points, after NFC normalization). */
export const MIN_PASSPHRASE = 12;

/** The file's name: no word of asylum in it (FLOW.md §5). */
export const savedFileName = (savedOn: string) => `notes-${savedOn}.txt`;

type SaveError = 'passphraseRequired' | 'passphraseShort' | 'againRequired' | 'mismatch';

/** The form's errors, each with the field it belongs to, in the order of the fields. */
export function checkPassphrases(passphrase: string, again: string): { target: 'passphrase' | 'passphrase-again'; error: SaveError }[] {
  const first = passphrase.normalize('NFC');
  const errors: { target: 'passphrase' | 'passphrase-again'; error: SaveError }[] = [];
  if (first === '') errors.push({ target: 'passphrase', error: 'passphraseRequired' });
  else if ([...first].length < MIN_PASSPHRASE) errors.push({ target: 'passphrase', error: 'passphraseShort' });
  if (again === '') errors.push({ target: 'passphrase-again', error: 'againRequired' });
  else if (first !== '' && again.normalize('NFC') !== first) errors.push({ target: 'passphrase-again', error: 'mismatch' });
  return errors;
}

const message = (t: T, error: SaveError) => (error === 'passphraseShort' ? t('save.errors.passphraseShort', { count: MIN_PASSPHRASE }) : t(`save.errors.${error}`));

interface Made {
  text: string;
  name: string;
  /** A Blob URL of the file, revoked when the page closes or another file is made. */
  url: string;
  file: File;
  canShare: boolean;
}

function canShareFile(file: File): boolean {
  try {
    return typeof navigator.canShare === 'function' && typeof navigator.share === 'function' && navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
}

export interface SavePageProps {
  answers: Answers;
  /** The step the person is on (over which this page shows): where the file will land them. */
  step: Step;
  today: string;
  backHref: string;
}

/**
 * "Save and continue later" (FLOW.md §5): a passphrase typed twice, then "Make the file" derives the key and
 * encrypts the answers on the device; then, each on its own tap (a browser refuses a download or a share
 * long after the tap that asked for it), a download link, "Send the file" where the browser can share files,
 * and "Copy as text" for browsers inside apps. The page cannot know that a download worked: it says to check.
 */
export function SavePage({ answers, step, today, backHref }: SavePageProps) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<ReturnType<typeof checkPassphrases>>([]);
  const [attempt, setAttempt] = useState(0);
  const [making, setMaking] = useState(false);
  const [failed, setFailed] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const [shareFailed, setShareFailed] = useState(false);
  /** Set at once (before React renders the working state): a second press while the key is derived does nothing. */
  const working = useRef(false);
  const readyRef = useRef<HTMLHeadingElement>(null);

  // The file's Blob URL lives as long as the page shows it.
  useEffect(() => {
    if (!made) return;
    readyRef.current?.focus();
    return () => URL.revokeObjectURL(made.url);
  }, [made]);

  const hasAnswers = Object.keys(answers).length > 0;
  const usable = canUseSavedFiles();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (working.current) return;
    const found = checkPassphrases(passphrase, again);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    working.current = true;
    setMaking(true);
    setFailed(false);
    const release = holdBusy();
    try {
      const savedOn = localCalendarDate(new Date());
      const savedStep = step === 'start' ? firstOpenStep(answers, today) : step;
      const text = await makeSavedFile({ answers, step: savedStep, lang: currentLang(), savedOn }, passphrase);
      const name = savedFileName(savedOn);
      const file = new File([text], name, { type: 'text/plain' });
      setMade({ text, name, file, url: URL.createObjectURL(file), canShare: canShareFile(file) });
      setPassphrase('');
      setAgain('');
    } catch {
      setFailed(true);
    } finally {
      release();
      working.current = false;
      setMaking(false);
    }
  }

  async function share(file: File) {
    setShareFailed(false);
    try {
      await navigator.share({ files: [file] });
    } catch (error) {
      // The person closed the share sheet: nothing to say.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setShareFailed(true);
    }
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  const summaryErrors: ErrorItem[] = errors.map((e) => ({ target: e.target, message: message(t, e.error) }));
  if (failed) summaryErrors.push({ target: 'passphrase', message: t('save.errors.failed') });
  const fieldError = (target: 'passphrase' | 'passphrase-again') => {
    const found = errors.find((e) => e.target === target);
    return found ? message(t, found.error) : null;
  };

  const title = t('app.titlePage', { page: t('save.title') });
  const headingRef = usePageHeading(summaryErrors.length > 0 && !made ? `${t('app.errorPrefix')}${title}` : title, true);

  let body;
  if (!usable) body = <p>{t('save.noCrypto')}</p>;
  else if (!hasAnswers) body = <p>{t('save.nothing')}</p>;
  else if (made)
    body = (
      <div className="saved-file__ready">
        <h2 ref={readyRef} tabIndex={-1}>
          {t('save.readyTitle')}
        </h2>
        <p>{t('save.readyLead')}</p>
        <a className="button" href={made.url} download={made.name}>
          {t('save.download')}
        </a>
        {/* Non-breaking hyphens: the name never breaks across lines (notes-⏎2026-…). */}
        <p className="hint">{t('save.downloadCheck', { name: made.name.replace(/-/g, '\u2011') })}</p>
        {made.canShare ? (
          <button type="button" className="button button--secondary" onClick={() => void share(made.file)}>
            {t('save.share')}
          </button>
        ) : null}
        {shareFailed ? (
          <p className="error-message" role="alert">
            {t('save.shareFailed')}
          </p>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => void copy(made.text)}>
          {t('save.copy')}
        </button>
        <p className="hint">{t('save.copyHint')}</p>
        <div className="saved-file__status" role="status">
          {copied === 'copied' ? <p>{t('save.copied')}</p> : null}
        </div>
        {copied === 'failed' ? (
          <>
            <p className="error-message" role="alert">
              {t('save.copyFailed')}
            </p>
            <label className="label" htmlFor="saved-file-text">
              {t('save.textLabel')}
            </label>
            <textarea id="saved-file-text" className="textarea saved-file__text" readOnly value={made.text} onFocus={(event) => event.currentTarget.select()} />
          </>
        ) : null}
        <div className="inset">
          <p>{t('save.keepApart')}</p>
        </div>
      </div>
    );
  else
    body = (
      <>
        <p>{t('save.lead')}</p>
        <h2>{t('save.beforeTitle')}</h2>
        <ul className="list list--bullet">
          <li>{t('save.warnSearched')}</li>
          <li>{t('save.warnNever')}</li>
          <li>{t('save.warnLost')}</li>
          <li>{t('save.warnTogether')}</li>
        </ul>
        <form id="save-form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <PassphraseField
            t={t}
            name="passphrase"
            label={t('save.passphrase')}
            hint={t('save.passphraseHint', { count: MIN_PASSPHRASE })}
            error={fieldError('passphrase')}
            value={passphrase}
            shown={shown}
            onChange={setPassphrase}
          />
          <PassphraseField t={t} name="passphrase-again" label={t('save.passphraseAgain')} error={fieldError('passphrase-again')} value={again} shown={shown} onChange={setAgain} />
          <ShowPassphrase t={t} shown={shown} controls="passphrase passphrase-again" onToggle={() => setShown((s) => !s)} />
          {failed ? (
            <p className="error-message">
              <span className="visually-hidden">{t('app.errorPrefix')}</span>
              {t('save.errors.failed')}
            </p>
          ) : null}
          <div className="saved-file__status" role="status">
            {making ? <p>{t('save.makingStatus')}</p> : null}
          </div>
          <WorkingButton working={making} label={t('save.make')} workingLabel={t('save.making')} />
        </form>
      </>
    );

  return (
    <div className="saved-file">
      <ErrorSummary t={t} errors={made ? [] : summaryErrors} attempt={attempt} />
      <h1 ref={headingRef} tabIndex={-1}>
        {t('save.title')}
      </h1>
      {body}
      <p>
        <a href={backHref}>{t('nav.backToQuestions')}</a>
      </p>
    </div>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../flows/asylum/questions';
import { ErrorSummary, type ErrorItem } from '../components/ErrorSummary';
import { FormGroup, PassphraseField, ShowPassphrase, WorkingButton } from '../components/savedFile/PassphraseField';
import '../components/savedFile/savedFile.css';
import { usePageHeading } from '../hooks/usePageHeading';
import { changeLanguage, currentLang } from '../i18n/i18n';
import { holdBusy } from '../lib/busy';
import { languageChosenInTab } from '../lib/language';
import { MAX_FILE_BYTES, canUseSavedFiles, openSavedFile, type OpenRefusal, type OpenResult } from '../lib/savedFile';
import { saveLanguagePreference } from '../lib/storage';

/** A file opened with its passphrase: what the app restores. */
export type OpenedFile = Extract<OpenResult, { ok: true }>;

type Field = 'answers-file' | 'answers-text' | 'passphrase';
type OpenError = 'chooseFile' | 'both' | 'passphraseRequired' | 'tooLarge' | 'notThisFormat' | 'newerVersion' | 'badIterations' | 'wrongPassphrase' | 'readFailed';

/** Each refusal of the file format (FLOW.md §5) as the page's message; a wrong passphrase belongs to the passphrase. */
const REFUSALS: Record<Exclude<OpenRefusal, 'no-web-crypto'>, OpenError> = {
  'too-large': 'tooLarge',
  'not-this-format': 'notThisFormat',
  'newer-version': 'newerVersion',
  'bad-iterations': 'badIterations',
  'wrong-passphrase-or-altered': 'wrongPassphrase',
};

export interface OpenPageProps {
  today: string;
  /** Whether this tab holds answers: they are replaced only after the person says yes. */
  hasAnswers: boolean;
  /** Back to the step the person came from, every answer kept. */
  cancelHref: string;
  /** Restores the file's answers and leaves this page for the step they land on (in the language already switched to). */
  onOpen: (file: OpenedFile) => void;
}

/**
 * "Continue from a saved file" (FLOW.md §5): the file (or its pasted text) and its passphrase. Every
 * refusal is said next to its field and in the error summary, and changes nothing in the tab. When the tab
 * already holds answers the page asks before replacing them; when the file holds an answer this version no
 * longer takes, it names the question to answer again before leaving.
 */
export function OpenPage({ today, hasAnswers, cancelHref, onOpen }: OpenPageProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<{ target: Field; error: OpenError }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [opening, setOpening] = useState(false);
  const [noCrypto, setNoCrypto] = useState(() => !canUseSavedFiles());
  /** A file opened and waiting for the person's yes (answers to replace, or a question to answer again). */
  const [pending, setPending] = useState<OpenedFile | null>(null);
  const working = useRef(false);

  const title = t('app.titlePage', { page: pending && hasAnswers ? t('open.replaceTitle') : pending ? t('open.openedTitle') : t('open.title') });
  const headingRef = usePageHeading(errors.length > 0 && !pending ? `${t('app.errorPrefix')}${title}` : title, true, pending);

  /** The file's language first, unless the person chose one in this tab (it stays this one if it cannot load), then its answers. */
  async function finish(opened: OpenedFile) {
    const release = holdBusy();
    try {
      if (opened.lang !== currentLang() && !languageChosenInTab()) {
        try {
          await changeLanguage(opened.lang);
          saveLanguagePreference(opened.lang);
        } catch {
          // Offline before the other language's words came: the answers come back in this one.
        }
      }
      onOpen(opened);
    } finally {
      release();
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (working.current) return;
    const found: { target: Field; error: OpenError }[] = [];
    const pasted = text.trim();
    if (!file && pasted === '') found.push({ target: 'answers-file', error: 'chooseFile' });
    else if (file && pasted !== '') found.push({ target: 'answers-text', error: 'both' });
    else if (file && file.size > MAX_FILE_BYTES) found.push({ target: 'answers-file', error: 'tooLarge' });
    if (passphrase === '') found.push({ target: 'passphrase', error: 'passphraseRequired' });
    setAttempt((n) => n + 1);
    setErrors(found);
    if (found.length > 0) return;
    const source: Field = file ? 'answers-file' : 'answers-text';
    working.current = true;
    setOpening(true);
    const release = holdBusy();
    try {
      let content: string;
      try {
        content = file ? await file.text() : pasted;
      } catch {
        setErrors([{ target: source, error: 'readFailed' }]);
        return;
      }
      // The file is one line of JSON with no spaces: a line break a messenger put in pasted text is dropped.
      const result = await openSavedFile(content.replace(/\s+/g, ''), passphrase, today);
      if (!result.ok) {
        if (result.reason === 'no-web-crypto') setNoCrypto(true);
        else setErrors([{ target: result.reason === 'wrong-passphrase-or-altered' ? 'passphrase' : source, error: REFUSALS[result.reason] }]);
        return;
      }
      setPassphrase('');
      if (hasAnswers || result.dropped.length > 0) setPending(result);
      else await finish(result);
    } finally {
      release();
      working.current = false;
      setOpening(false);
    }
  }

  const fieldError = (target: Field) => {
    const found = errors.find((e) => e.target === target);
    return found ? t(`open.errors.${found.error}`) : null;
  };
  const summaryErrors: ErrorItem[] = errors.map((e) => ({ target: e.target, message: t(`open.errors.${e.error}`) }));

  let body;
  if (noCrypto) body = <p>{t('open.noCrypto')}</p>;
  else if (pending) {
    const context = pending.answers.location === 'at_border' ? 'at_border' : undefined;
    body = (
      <>
        {hasAnswers ? <p>{t('open.replaceBody')}</p> : null}
        {pending.dropped.length > 0 ? (
          <>
            <p>{t('open.dropped', { count: pending.dropped.length })}</p>
            <ul className="list list--bullet" id="open-dropped">
              {pending.dropped.map((id: QuestionId) => (
                <li key={id}>{t(`questions.${id}.title`, { context })}</li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="button-group">
          <button type="button" className={hasAnswers ? 'button button--warning' : 'button'} onClick={() => void finish(pending)}>
            {hasAnswers ? t('open.replaceYes') : t('nav.continue')}
          </button>
          {hasAnswers ? (
            <a href={cancelHref} className="button-group__link">
              {t('open.replaceNo')}
            </a>
          ) : null}
        </div>
      </>
    );
  } else {
    const fileError = fieldError('answers-file');
    const textError = fieldError('answers-text');
    body = (
      <>
        <p>{t('open.lead')}</p>
        <form id="open-form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <FormGroup t={t} name="answers-file" label={t('open.file')} hint={t('open.fileHint')} error={fileError}>
            <input
              className="input--file"
              id="answers-file"
              name="answers-file"
              type="file"
              aria-describedby={['answers-file-hint', fileError ? 'answers-file-error' : null].filter(Boolean).join(' ')}
              aria-invalid={fileError ? true : undefined}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </FormGroup>
          <FormGroup t={t} name="answers-text" label={t('open.text')} error={textError}>
            <textarea
              className={`textarea${textError ? ' input--error' : ''}`}
              id="answers-text"
              name="answers-text"
              autoComplete="off"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              aria-describedby={textError ? 'answers-text-error' : undefined}
              aria-invalid={textError ? true : undefined}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          </FormGroup>
          <PassphraseField t={t} name="passphrase" label={t('open.passphrase')} error={fieldError('passphrase')} value={passphrase} shown={shown} onChange={setPassphrase} />
          <ShowPassphrase t={t} shown={shown} controls="passphrase" onToggle={() => setShown((s) => !s)} />
          <div className="saved-file__status" role="status">
            {opening ? <p>{t('open.openingStatus')}</p> : null}
          </div>
          <WorkingButton working={opening} label={t('open.submit')} workingLabel={t('open.opening')} />
        </form>
      </>
    );
  }

  return (
    <div className="saved-file">
      <ErrorSummary t={t} errors={pending || noCrypto ? [] : summaryErrors} attempt={attempt} />
      <h1 ref={headingRef} tabIndex={-1}>
        {pending && hasAnswers ? t('open.replaceTitle') : pending ? t('open.openedTitle') : t('open.title')}
      </h1>
      {body}
      {pending ? null : (
        <p>
          <a href={cancelHref}>{t('nav.backToQuestions')}</a>
        </p>
      )}
    </div>
  );
}

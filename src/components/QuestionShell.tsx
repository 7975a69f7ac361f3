import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import type { QuestionId } from '../../flows/asylum/questions';
import type { T } from '../i18n/keys';
import { usePageHeading } from '../hooks/usePageHeading';
import { hashFor } from '../lib/route';
import { ErrorSummary, type ErrorItem } from './ErrorSummary';

/** The questions with a "Why we ask this" disclosure (whyWeAsk.<id>). */
export const WHY_WE_ASK = ['grounds', 'harm', 'bars'] as const satisfies readonly QuestionId[];
const hasWhyWeAsk = (id: QuestionId): id is (typeof WHY_WE_ASK)[number] => (WHY_WE_ASK as readonly QuestionId[]).includes(id);

/** The questions with a "What this means" disclosure (questions.<id>.details). */
export const WHAT_THIS_MEANS = ['grounds', 'lastArrival', 'proceedings', 'exceptions'] as const satisfies readonly QuestionId[];
const hasDetails = (id: QuestionId): id is (typeof WHAT_THIS_MEANS)[number] => (WHAT_THIS_MEANS as readonly QuestionId[]).includes(id);

interface Props {
  t: T;
  id: QuestionId;
  /** The question's number along the path so far (no total: the path grows with the answers). */
  progress: { number: number };
  /** The text variant that fits the answers so far (e.g. 'at_border'), as an i18next context. */
  context?: string | undefined;
  /** The question's error, if any: shown next to the field and, linked to `target`, in the error summary. */
  error: ErrorItem | null;
  attempt: number;
  focusHeading: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/**
 * One question page: a form whose fieldset legend holds the page's h1 (the question), with hint,
 * "Why we ask this", inline error and error summary, following the GOV.UK Design System.
 */
export function QuestionShell({ t, id, progress, context, error, attempt, focusHeading, onSubmit, children }: Props) {
  const fieldError = error?.message ?? null;
  const errors = error ? [error] : [];
  const base = t('app.titleQuestion', { number: progress.number });
  const headingRef = usePageHeading(errors.length > 0 ? `${t('app.errorPrefix')}${base}` : base, focusHeading, id);
  const hint = t(`questions.${id}.hint`, { defaultValue: '', context });
  const describedBy = [hint ? `${id}-hint` : null, fieldError ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  // A Continue pressed on the prerendered page before this form worked (the boot script held it,
  // src/prerender/boot.ts) is pressed again now: the answer is taken, or its error shown.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const root = document.getElementById('root');
    if (!formRef.current?.isConnected || !root?.hasAttribute('data-submit-pending')) return;
    root.removeAttribute('data-submit-pending');
    formRef.current?.requestSubmit();
  }, []);

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <ErrorSummary t={t} errors={errors} attempt={attempt} />
      <p className="progress" id={`${id}-progress`}>
        {t('progress', { number: progress.number })}
      </p>
      <div className={fieldError ? 'form-group form-group--error' : 'form-group'}>
        <fieldset aria-describedby={describedBy}>
          <legend className="legend--page">
            <h1 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
              {t(`questions.${id}.title`, { context })}
            </h1>
          </legend>
          {hint ? (
            <div className="hint" id={`${id}-hint`}>
              {hint}
            </div>
          ) : null}
          {hasDetails(id) ? (
            <details className="details">
              <summary>{t('whatThisMeans.summary')}</summary>
              <p>{t(`questions.${id}.details`)}</p>
            </details>
          ) : null}
          {hasWhyWeAsk(id) ? (
            <details className="details">
              <summary>{t('whyWeAsk.summary')}</summary>
              <p>{t(`whyWeAsk.${id}`)}</p>
            </details>
          ) : null}
          {fieldError ? (
            <p className="error-message" id={`${id}-error`}>
              <span className="visually-hidden">{t('app.errorPrefix')}</span>
              {fieldError}
            </p>
          ) : null}
          {children}
        </fieldset>
      </div>
      <div className="button-group">
        <button
          type="submit"
          className="button"
          onClick={(event) => {
            // The second click of a double click would land on the next page's Continue (already answered
            // when going over the questions again) and skip it: only the first click counts.
            if (event.detail > 1) event.preventDefault();
          }}
        >
          {t('nav.continue')}
        </button>
        <a href={hashFor('save')} className="button-group__link">
          {t('save.link')}
        </a>
      </div>
    </form>
  );
}

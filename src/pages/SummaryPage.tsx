import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../flows/asylum/answers';
import { assess } from '../../flows/asylum/assess';
import { encodeLawyerCode } from '../../flows/asylum/code';
import { localCalendarDate } from '../../flows/asylum/dates';
import { answersOnPath, type QuestionId } from '../../flows/asylum/questions';
import { planSummary } from '../../flows/asylum/summary';
import { QrCode } from '../components/QrCode';
import '../components/qr-code.css';
import { CalendarButton } from '../components/summary/DeadlineSection';
import { useSummaryT } from '../components/summary/useSummaryT';
import { SummaryContent } from '../components/summary/SummaryContent';
import { usePageHeading } from '../hooks/usePageHeading';
import { hashFor } from '../lib/route';
import { usePrintOpensFolds } from '../hooks/usePrintOpensFolds';
import '../styles/print.css';
import '../components/summary/summary.css';
import { isLang, loadNamespaces, otherLang, type Lang } from '../i18n/i18n';

export interface SummaryPageProps {
  answers: Answers;
  today: string;
  focusHeading: boolean;
  onChange: (id: QuestionId) => void;
  onRestart: () => void;
  /** The question whose answer was just changed: its row's Change link gets the focus. */
  changed?: QuestionId | null;
}

const COPY_NAMESPACES = ['translation', 'summary'] as const;

export default function SummaryPage({ answers, today, focusHeading, onChange, onRestart, changed = null }: SummaryPageProps) {
  const { t, i18n } = useTranslation(['summary', 'translation']);
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'en';
  const other = otherLang(lang);
  const assessment = useMemo(() => assess(answers, today), [answers, today]);
  const plan = useMemo(() => planSummary(answers, assessment, today), [answers, assessment, today]);
  const s = useSummaryT();
  const headingRef = usePageHeading(t('translation:app.titleSummary'), focusHeading && changed === null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [bilingual, setBilingual] = useState(false);
  /** The language whose text is loaded for the second printed copy. */
  const [copyLang, setCopyLang] = useState<Lang | null>(null);
  const [copyFailed, setCopyFailed] = useState(false);
  const [printedOn, setPrintedOn] = useState(() => localCalendarDate(new Date()));
  /** The lawyer's code (FLOW.md §5): off until the person ticks it. */
  const [withCode, setWithCode] = useState(false);
  // The code holds the answers on the path and the day the page was computed for: the same answers as the page.
  const codeUrl = useMemo(
    () => (withCode ? `${window.location.origin}${window.location.pathname}#/r/${encodeLawyerCode(answersOnPath(answers, today), today)}` : ''),
    [withCode, answers, today],
  );

  // The second copy needs the other language's text, loaded without changing the interface language.
  useEffect(() => {
    if (!bilingual || copyLang === other) return;
    let cancelled = false;
    loadNamespaces(other, COPY_NAMESPACES).then(
      () => {
        if (!cancelled) {
          setCopyFailed(false);
          setCopyLang(other);
        }
      },
      () => {
        if (!cancelled) setCopyFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [bilingual, other, copyLang]);

  // On paper everything is shown (every folded part opens); the printed date is the day of printing (the tab
  // may have stayed open since "today" was read).
  usePrintOpensFolds(() => flushSync(() => setPrintedOn(localCalendarDate(new Date()))));

  // Back from a Change: the answers part is open; the focus goes to that row's Change link.
  useEffect(() => {
    if (changed === null) return;
    rootRef.current?.querySelector<HTMLElement>(`#change-${changed}`)?.focus();
  }, [changed]);

  async function print() {
    if (bilingual && copyLang !== other) {
      try {
        await loadNamespaces(other, COPY_NAMESPACES);
        flushSync(() => setCopyLang(other));
      } catch {
        setCopyFailed(true);
        return;
      }
    }
    window.print();
  }

  const showCopy = bilingual && copyLang === other;
  /** The filing deadline goes in the calendar while it is ahead; the next hearing whenever its date is known. */
  const calendarDeadline = assessment.deadline && plan.deadlineKind === 'deadline' && assessment.timing === 'in_time' ? assessment.deadline : null;

  const printControls = (
    <div className="summary-print no-print">
      <div className="button-group">
        <button type="button" className="button" onClick={() => void print()}>
          {t('summary.print.button')}
        </button>
        <a href={hashFor('save')} className="button-group__link">
          {t('translation:save.link')}
        </a>
      </div>
      <div className="checkboxes__item">
        <input
          className="checkboxes__input"
          type="checkbox"
          id="summary-print-bilingual"
          checked={bilingual}
          onChange={(event) => setBilingual(event.target.checked)}
        />
        <label className="checkboxes__label" htmlFor="summary-print-bilingual">
          {t('summary.print.bilingual')}
        </label>
      </div>
      <div className="checkboxes__item">
        <input
          className="checkboxes__input"
          type="checkbox"
          id="summary-lawyer-code"
          name="lawyer-code"
          aria-describedby={withCode ? 'summary-lawyer-code-hint' : undefined}
          checked={withCode}
          onChange={(event) => setWithCode(event.target.checked)}
        />
        <label className="checkboxes__label" htmlFor="summary-lawyer-code">
          {t('translation:lawyerCode.checkbox')}
        </label>
      </div>
      {withCode ? (
        <div className="summary-print__code-note">
          <p className="hint" id="summary-lawyer-code-hint">
            {t('translation:lawyerCode.hint')}
          </p>
          <p>
            {t('translation:lawyerCode.where')}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const code = document.getElementById('lawyer-code-figure');
                code?.scrollIntoView({ block: 'center' });
                code?.focus({ preventScroll: true });
              }}
            >
              {t('translation:lawyerCode.show')}
            </button>
          </p>
        </div>
      ) : null}
      {copyFailed ? (
        <p className="error-message" role="alert">
          {t('summary.print.failed')}
        </p>
      ) : null}
      <p className="hint">{t('summary.keepSafe')}</p>
      {calendarDeadline || plan.hearing ? <CalendarButton deadline={calendarDeadline} hearing={plan.hearing?.date ?? null} s={s} /> : null}
    </div>
  );

  return (
    <>
      <div id="summary" data-outcome={assessment.outcome} className="summary" ref={rootRef}>
        <SummaryContent
          assessment={assessment}
          plan={plan}
          answers={answers}
          today={today}
          printedOn={printedOn}
          screen={{ headingRef, onChange, open: changed === null ? [] : ['answers'], controls: printControls }}
          lawyerCode={
            withCode ? (
              <figure className="lawyer-code" id="lawyer-code-figure" tabIndex={-1}>
                <QrCode id="lawyer-code" url={codeUrl} label={t('translation:lawyerCode.imageLabel')} failed={t('translation:lawyerCode.failed')} />
                <figcaption className="lawyer-code__caption">
                  <span className="lawyer-code__url">{codeUrl}</span>
                  <span className="lawyer-code__same">{t('translation:lawyerCode.sameAnswers')}</span>
                </figcaption>
              </figure>
            ) : undefined
          }
        />
        <button type="button" className="button button--secondary no-print" onClick={onRestart}>
          {t('translation:nav.startAgain')}
        </button>
      </div>
      {showCopy ? (
        <div className="print-only summary-copy" lang={other} hidden>
          <SummaryContent assessment={assessment} plan={plan} answers={answers} today={today} printedOn={printedOn} lng={other} />
        </div>
      ) : null}
    </>
  );
}

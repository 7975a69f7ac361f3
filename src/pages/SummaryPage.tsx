import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../flows/asylum/answers';
import { assess } from '../../flows/asylum/assess';
import { localCalendarDate } from '../../flows/asylum/dates';
import type { QuestionId } from '../../flows/asylum/questions';
import { SummaryContent } from '../components/summary/SummaryContent';
import { usePageHeading } from '../hooks/usePageHeading';
import '../components/summary/summary.css';
import { isLang, loadNamespaces, otherLang, type Lang } from '../i18n/i18n';

export interface SummaryPageProps {
  answers: Answers;
  today: string;
  focusHeading: boolean;
  onChange: (id: QuestionId) => void;
  onRestart: () => void;
}

const COPY_NAMESPACES = ['translation', 'summary'] as const;

export default function SummaryPage({ answers, today, focusHeading, onChange, onRestart }: SummaryPageProps) {
  const { t, i18n } = useTranslation(['summary', 'translation']);
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'en';
  const other = otherLang(lang);
  const assessment = useMemo(() => assess(answers, today), [answers, today]);
  const headingRef = usePageHeading(t('translation:app.titleSummary'), focusHeading);
  const [bilingual, setBilingual] = useState(false);
  /** The language whose text is loaded for the second printed copy. */
  const [copyLang, setCopyLang] = useState<Lang | null>(null);
  const [copyFailed, setCopyFailed] = useState(false);
  const [printedOn, setPrintedOn] = useState(() => localCalendarDate(new Date()));

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

  // The printed date is the day of printing (the tab may have stayed open since "today" was read).
  useEffect(() => {
    const onBeforePrint = () => flushSync(() => setPrintedOn(localCalendarDate(new Date())));
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);

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

  return (
    <>
      <div id="summary" data-outcome={assessment.outcome} className="summary">
        <SummaryContent assessment={assessment} answers={answers} today={today} printedOn={printedOn} screen={{ headingRef, onChange }} />
        <section className="summary-section summary-print no-print" aria-labelledby="summary-print-title">
          <h2 id="summary-print-title">{t('summary.print.title')}</h2>
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
          {copyFailed ? (
            <p className="error-message" role="alert">
              {t('summary.print.failed')}
            </p>
          ) : null}
          <button type="button" className="button" onClick={() => void print()}>
            {t('summary.print.button')}
          </button>
          <p className="hint">{t('summary.keepSafe')}</p>
        </section>
        <button type="button" className="button button--secondary no-print" onClick={onRestart}>
          {t('translation:nav.startAgain')}
        </button>
      </div>
      {showCopy ? (
        <div className="print-only summary-copy" lang={other} hidden>
          <SummaryContent assessment={assessment} answers={answers} today={today} printedOn={printedOn} lng={other} />
        </div>
      ) : null}
    </>
  );
}

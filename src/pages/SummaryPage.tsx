import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../flows/asylum/answers';
import { assess } from '../../flows/asylum/assess';
import type { QuestionId } from '../../flows/asylum/questions';
import { AnswersList } from '../components/AnswersList';
import { formatDate } from '../lib/format';

export interface SummaryPageProps {
  answers: Answers;
  today: string;
  focusHeading: boolean;
  onChange: (id: QuestionId) => void;
  onRestart: () => void;
}

export default function SummaryPage({ answers, today, focusHeading, onChange, onRestart }: SummaryPageProps) {
  const { t, i18n } = useTranslation(['summary', 'translation']);
  const assessment = useMemo(() => assess(answers, today), [answers, today]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('translation:app.titleSummary');
  }, [t]);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);

  return (
    <div id="summary" data-outcome={assessment.outcome}>
      <h1 ref={headingRef} tabIndex={-1}>
        {t(`outcomes.${assessment.outcome}.title`)}
      </h1>
      <p className="summary__as-of">{t('summary.asOf', { date: formatDate(today, i18n.language) })}</p>
      <p>{t(`outcomes.${assessment.outcome}.body`)}</p>
      {assessment.deadline ? (
        <p>
          {t('summary.deadline.label')} <time dateTime={assessment.deadline}>{formatDate(assessment.deadline, i18n.language)}</time>
        </p>
      ) : null}
      <h2>{t('summary.answers.title')}</h2>
      <AnswersList answers={answers} today={today} onChange={onChange} />
      <button type="button" className="button button--secondary no-print" onClick={onRestart}>
        {t('translation:nav.startAgain')}
      </button>
    </div>
  );
}

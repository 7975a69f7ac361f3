import { useTranslation } from 'react-i18next';
import type { Answers } from '../../flows/asylum/answers';
import { questionPath, type QuestionId } from '../../flows/asylum/questions';
import { hashFor } from '../lib/route';
import { formatDate } from '../lib/format';

/** The answers on the current path, each with a "Change" link (GOV.UK summary list). */
export function AnswersList({ answers, today, onChange, lng }: { answers: Answers; today: string; onChange?: (id: QuestionId) => void; lng?: string }) {
  const { t, i18n } = useTranslation('translation', lng ? { lng } : undefined);
  const language = lng ?? i18n.language;
  const answerText = (id: QuestionId): string => {
    const value = answers[id];
    if (value === undefined) return '';
    if (id === 'lastArrival' && typeof value === 'string') return formatDate(value, language);
    const codes = Array.isArray(value) ? value : [value];
    return codes.map((code) => t(`questions.${id}.options.${code}`)).join('; ');
  };

  return (
    <dl className="summary-list">
      {questionPath(answers, today).map((id) => (
        <div className="summary-list__row" key={id}>
          <dt className="summary-list__key">{t(`questions.${id}.title`)}</dt>
          <dd className="summary-list__value">
            {id === 'lastArrival' && typeof answers.lastArrival === 'string' ? <time dateTime={answers.lastArrival}>{answerText(id)}</time> : answerText(id)}
          </dd>
          {onChange ? (
            <dd className="summary-list__actions no-print">
              <a
                href={hashFor(id)}
                onClick={(event) => {
                  event.preventDefault();
                  onChange(id);
                }}
              >
                {t('summaryList.change')}
                <span className="visually-hidden"> {t(`questions.${id}.title`)}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

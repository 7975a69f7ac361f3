import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../flows/asylum/answers';
import { isIsoMonth } from '../../flows/asylum/dates';
import { UNKNOWN_DATE, questionPath, spec, type QuestionId } from '../../flows/asylum/questions';
import { optionKey } from '../i18n/keys';
import { hashFor } from '../lib/route';
import { formatDate } from '../lib/format';

/** The answers on the current path, each under a short label with a "Change" link (GOV.UK summary list). */
export function AnswersList({
  answers,
  today,
  onChange,
  lng,
  onPaperElsewhere = [],
}: {
  answers: Answers;
  today: string;
  onChange?: (id: QuestionId) => void;
  lng?: string;
  /** Answers already printed elsewhere (the lawyer's table): shown on screen, left out on paper. */
  onPaperElsewhere?: readonly QuestionId[];
}) {
  const { t, i18n } = useTranslation('translation', lng ? { lng } : undefined);
  const language = lng ?? i18n.language;
  const answerText = (id: QuestionId): ReactNode => {
    const value = answers[id];
    if (value === undefined) return '';
    if (spec(id).kind === 'date' && typeof value === 'string') {
      // As the declaration allows: "I don't know the date", a month ('March 2025'), or a day.
      if (value === UNKNOWN_DATE) return t('dateInput.unknown');
      if (isIsoMonth(value)) return <time dateTime={value}>{formatDate(`${value}-01`, language, { dateStyle: undefined, month: 'long', year: 'numeric' })}</time>;
      return <time dateTime={value}>{formatDate(value, language)}</time>;
    }
    if (!Array.isArray(value)) return t(optionKey(id, value));
    const [only] = value;
    if (value.length === 1 && only !== undefined) return t(optionKey(id, only));
    return (
      <ul className="summary-list__answers">
        {value.map((code) => (
          <li key={code}>{t(optionKey(id, code))}</li>
        ))}
      </ul>
    );
  };

  return (
    <dl className="summary-list">
      {questionPath(answers, today).map((id) => (
        <div className={onPaperElsewhere.includes(id) ? 'summary-list__row no-print' : 'summary-list__row'} key={id}>
          <dt className="summary-list__key">{t(`questions.${id}.short`)}</dt>
          <dd className="summary-list__value">{answerText(id)}</dd>
          {onChange ? (
            <dd className="summary-list__actions no-print">
              <a
                id={`change-${id}`}
                href={hashFor(id)}
                onClick={(event) => {
                  event.preventDefault();
                  onChange(id);
                }}
              >
                {t('summaryList.change')}{' '}
                <span className="visually-hidden">{t(`questions.${id}.short`)}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

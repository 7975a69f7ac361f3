import type { UseFormRegister } from 'react-hook-form';
import { dateSpec, type QuestionId } from '../../../flows/asylum/questions';
import { DATE_FIELDS, type DateField } from '../../../flows/asylum/validation';
import { dateBoxName, dateFieldName, type QuestionFormValues } from '../../hooks/useQuestionForm';
import type { T } from '../../i18n/keys';

/** One box under the date fields ("I don't remember the exact day", "I don't know the date"). */
function DateBox({ t, name, box, register }: { t: T; name: string; box: 'dayUnknown' | 'unknown'; register: UseFormRegister<QuestionFormValues> }) {
  return (
    <div className={`checkboxes date-input__box date-input__box--${box}`}>
      <div className="checkboxes__item">
        <input className="checkboxes__input" type="checkbox" id={name} {...register(name)} />
        <label className="checkboxes__label" htmlFor={name}>
          {t(`dateInput.${box}`)}
        </label>
      </div>
    </div>
  );
}

/**
 * GOV.UK memorable date: day, month and year inputs named `<id>-day`, `<id>-month`, `<id>-year`, and the
 * boxes the question's declaration allows (registry): `<id>-dayUnknown` hides the day (a month-only
 * answer), `<id>-unknown` hides the fields (the answer "unknown"). The hiding is CSS (`:has`, screen.css),
 * so it works on the prerendered page before any script and costs the first page no code; hidden fields
 * keep what was typed, and the validator ignores them.
 */
export function DateInput({ t, id, register, badFields }: { t: T; id: QuestionId; register: UseFormRegister<QuestionFormValues>; badFields: readonly DateField[] }) {
  const declared = dateSpec(id);
  return (
    <div className="date-field">
      <div className="date-input">
        {DATE_FIELDS.map((field) => {
          const name = dateFieldName(id, field);
          const bad = badFields.includes(field);
          return (
            <div className={`date-input__item date-input__item--${field}`} key={field}>
              <label className="date-input__label" htmlFor={name}>
                {t(`dateInput.${field}`)}
              </label>
              <input
                className={`input date-input__input date-input__input--${field}${bad ? ' input--error' : ''}`}
                id={name}
                type="text"
                // The month may be a number or a name («окт», "October"): a full keyboard there.
                inputMode={field === 'month' ? 'text' : 'numeric'}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={bad || undefined}
                {...register(name)}
              />
            </div>
          );
        })}
      </div>
      {declared?.monthOnly ? <DateBox t={t} name={dateBoxName(id, 'dayUnknown')} box="dayUnknown" register={register} /> : null}
      {declared?.unknown ? <DateBox t={t} name={dateBoxName(id, 'unknown')} box="unknown" register={register} /> : null}
    </div>
  );
}

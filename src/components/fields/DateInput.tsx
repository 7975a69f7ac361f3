import type { UseFormRegister } from 'react-hook-form';
import type { QuestionId } from '../../../flows/asylum/questions';
import { DATE_FIELDS, type DateField } from '../../../flows/asylum/validation';
import { dateFieldName, type QuestionFormValues } from '../../hooks/useQuestionForm';
import type { T } from '../../i18n/keys';

/** GOV.UK memorable date: day, month and year inputs named `<id>-day`, `<id>-month`, `<id>-year`. */
export function DateInput({ t, id, register, badFields }: { t: T; id: QuestionId; register: UseFormRegister<QuestionFormValues>; badFields: readonly DateField[] }) {
  return (
    <div className="date-input">
      {DATE_FIELDS.map((field) => {
        const name = dateFieldName(id, field);
        const bad = badFields.includes(field);
        return (
          <div className="date-input__item" key={field}>
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
  );
}

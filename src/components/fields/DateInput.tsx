import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { dateSpec, type QuestionId } from '../../../flows/asylum/questions';
import { DATE_FIELDS, type DateField } from '../../../flows/asylum/validation';
import { dateBoxName, dateFieldName, type QuestionFormValues } from '../../hooks/useQuestionForm';
import type { T } from '../../i18n/keys';

/** One box under the date fields ("I don't remember the exact day", "I don't know the date"). */
function DateBox({ t, name, box, register }: { t: T; name: string; box: 'dayUnknown' | 'unknown'; register: UseFormRegister<QuestionFormValues> }) {
  return (
    <div className="checkboxes date-input__box">
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
 * answer), `<id>-unknown` hides the fields (the answer "unknown"). Hidden fields keep what was typed.
 */
export function DateInput({ t, id, register, control, badFields }: { t: T; id: QuestionId; register: UseFormRegister<QuestionFormValues>; control: Control<QuestionFormValues>; badFields: readonly DateField[] }) {
  const declared = dateSpec(id);
  const dayUnknownName = dateBoxName(id, 'dayUnknown');
  const unknownName = dateBoxName(id, 'unknown');
  const [dayUnknown, unknown] = useWatch({ control, name: [dayUnknownName, unknownName] });
  const hideDay = declared?.monthOnly === true && dayUnknown === true;
  const hideAll = declared?.unknown === true && unknown === true;
  return (
    <>
      <div className="date-input" hidden={hideAll || undefined}>
        {DATE_FIELDS.map((field) => {
          const name = dateFieldName(id, field);
          const bad = badFields.includes(field);
          return (
            <div className="date-input__item" key={field} hidden={(field === 'day' && hideDay) || undefined}>
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
      {declared?.monthOnly ? <DateBox t={t} name={dayUnknownName} box="dayUnknown" register={register} /> : null}
      {declared?.unknown ? <DateBox t={t} name={unknownName} box="unknown" register={register} /> : null}
    </>
  );
}

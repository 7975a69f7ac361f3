import { useController, type Control } from 'react-hook-form';
import { spec, toggleMultiCode, type QuestionId } from '../../../flows/asylum/questions';
import { optionKey, type T } from '../../i18n/keys';
import { optionInputId, type QuestionFormValues } from '../../hooks/useQuestionForm';

/** GOV.UK checkboxes, with an "or" divider before the exclusive options, which clear the others. */
export function Checkboxes({ t, id, control }: { t: T; id: QuestionId; control: Control<QuestionFormValues> }) {
  const { codes, exclusive } = spec(id);
  const { field } = useController({ control, name: id });
  const selected = Array.isArray(field.value) ? field.value : [];
  return (
    <div className="checkboxes">
      {codes.map((code, index) => {
        const inputId = optionInputId(id, code, index);
        const firstExclusive = exclusive.includes(code) && !exclusive.includes(codes[index - 1] ?? '');
        return (
          <div key={code}>
            {firstExclusive ? <p className="checkboxes__divider">{t('options.or')}</p> : null}
            <div className="checkboxes__item">
              <input
                className="checkboxes__input"
                type="checkbox"
                id={inputId}
                name={id}
                value={code}
                checked={selected.includes(code)}
                onChange={(event) => field.onChange(toggleMultiCode(id, selected, code, event.target.checked))}
                onBlur={field.onBlur}
                ref={index === 0 ? field.ref : undefined}
              />
              <label className="checkboxes__label" htmlFor={inputId}>
                {t(optionKey(id, code))}
              </label>
            </div>
          </div>
        );
      })}
    </div>
  );
}

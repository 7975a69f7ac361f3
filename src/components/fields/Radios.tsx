import type { UseFormRegister } from 'react-hook-form';
import { spec, type QuestionId } from '../../../flows/asylum/questions';
import { optionKey, type T } from '../../i18n/keys';
import { optionInputId, type QuestionFormValues } from '../../hooks/useQuestionForm';

/** GOV.UK radios: one per answer code, named by the question id, valued by the code. */
export function Radios({ t, id, register, context }: { t: T; id: QuestionId; register: UseFormRegister<QuestionFormValues>; context?: string | undefined }) {
  return (
    <div className="radios">
      {spec(id).codes.map((code, index) => {
        const inputId = optionInputId(id, code, index);
        return (
          <div className="radios__item" key={code}>
            <input className="radios__input" type="radio" id={inputId} value={code} {...register(id)} />
            <label className="radios__label" htmlFor={inputId}>
              {t(optionKey(id, code), { context })}
            </label>
          </div>
        );
      })}
    </div>
  );
}

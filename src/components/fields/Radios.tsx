import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { spec, type QuestionId } from '../../../flows/asylum/questions';
import { optionKey } from '../../i18n/keys';
import { optionInputId, type QuestionFormValues } from '../../hooks/useQuestionForm';

/** GOV.UK radios: one per answer code, named by the question id, valued by the code. */
export function Radios({ id, register, context }: { id: QuestionId; register: UseFormRegister<QuestionFormValues>; context?: string | undefined }) {
  const { t } = useTranslation();
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

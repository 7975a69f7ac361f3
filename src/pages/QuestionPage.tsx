import { useTranslation } from 'react-i18next';
import type { Answers } from '../../flows/asylum/answers';
import { spec, type QuestionId } from '../../flows/asylum/questions';
import { QuestionShell } from '../components/QuestionShell';
import { Checkboxes } from '../components/fields/Checkboxes';
import { DateInput } from '../components/fields/DateInput';
import { Radios } from '../components/fields/Radios';
import { useQuestionForm } from '../hooks/useQuestionForm';

export interface QuestionPageProps {
  id: QuestionId;
  answers: Answers;
  today: string;
  progress: { number: number };
  focusHeading: boolean;
  /** What the person chose on the prerendered page before the app started (not yet an answer). */
  draft?: string | undefined;
  onAnswer: (id: QuestionId, value: string | string[]) => void;
}

/**
 * One question: the shell (heading, hint, errors, Continue) around the fields of the question's kind. The
 * page's one useTranslation: its parts take `t` from here (each useTranslation mounted costs a fixed t, an
 * i18n wrapper and a subscription, on every step).
 */
export function QuestionPage({ id, answers, today, progress, focusHeading, draft, onAnswer }: QuestionPageProps) {
  const { t } = useTranslation();
  const { form, error, badFields, attempt, onSubmit } = useQuestionForm(t, id, today, answers[id] ?? draft, onAnswer);
  const { kind } = spec(id);
  // Words only: someone at the border reads the present tense ("How are you arriving?"), from the answers.
  const context = answers.location === 'at_border' ? 'at_border' : undefined;
  return (
    <QuestionShell t={t} id={id} progress={progress} context={context} error={error} attempt={attempt} focusHeading={focusHeading} onSubmit={(event) => void onSubmit(event)}>
      {kind === 'date' ? (
        <DateInput t={t} id={id} register={form.register} badFields={badFields} />
      ) : kind === 'multi' ? (
        <Checkboxes t={t} id={id} control={form.control} />
      ) : (
        <Radios t={t} id={id} register={form.register} context={context} />
      )}
    </QuestionShell>
  );
}

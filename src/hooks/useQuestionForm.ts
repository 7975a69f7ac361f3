import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { spec, type AnswerValue, type QuestionId } from '../../flows/asylum/questions';
import { DATE_FIELDS, checkAnswer, isAnswerError, toDateParts, type DateField } from '../../flows/asylum/validation';
import { errorKey, type T } from '../i18n/keys';
import type { ErrorItem } from '../components/ErrorSummary';

/** The form's values: the question id's value (a code or codes), or its three date fields `<id>-day` … and its boxes. */
export type QuestionFormValues = Record<string, string | string[] | boolean | undefined>;

export const dateFieldName = (id: QuestionId, field: DateField) => `${id}-${field}`;
/** The date's boxes, where the declaration allows them: `<id>-dayUnknown` (month only), `<id>-unknown` ("I don't know the date"). */
export const dateBoxName = (id: QuestionId, box: 'dayUnknown' | 'unknown') => `${id}-${box}`;
const DATE_BOXES = ['dayUnknown', 'unknown'] as const;

/** The id of the n-th option input: the first carries the question id, so error links land on it. */
export const optionInputId = (id: QuestionId, code: string, index: number) => (index === 0 ? id : `${id}-${code}`);

/** What the form holds, as the question's validator reads it. */
function formInput(id: QuestionId, values: QuestionFormValues): unknown {
  if (spec(id).kind !== 'date') return values[id];
  const part = (field: DateField) => {
    const value = values[dateFieldName(id, field)];
    return typeof value === 'string' ? value : '';
  };
  const box = (name: 'dayUnknown' | 'unknown') => values[dateBoxName(id, name)] === true;
  return { day: part('day'), month: part('month'), year: part('year'), dayUnknown: box('dayUnknown'), unknown: box('unknown') };
}

function defaultValues(id: QuestionId, saved: AnswerValue | undefined): QuestionFormValues {
  const { kind } = spec(id);
  if (kind === 'date') {
    const parts = toDateParts(saved);
    const fields: [string, string | boolean][] = [
      ...DATE_FIELDS.map((field): [string, string] => [dateFieldName(id, field), parts[field]]),
      ...DATE_BOXES.map((box): [string, boolean] => [dateBoxName(id, box), parts[box] === true]),
    ];
    return Object.fromEntries(fields);
  }
  if (kind === 'multi') return { [id]: Array.isArray(saved) ? [...saved] : [] };
  return { [id]: typeof saved === 'string' ? saved : undefined };
}

/**
 * The one react-hook-form set-up of every question page: its resolver is the question's own validator
 * (flows/asylum/validation.ts `checkAnswer`, the one the machine uses too), so the form submits exactly
 * the value the machine will store. Returns the form, the error (field message and summary link), the
 * date fields to highlight, and the submit handler.
 */
export function useQuestionForm(t: T, id: QuestionId, today: string, saved: AnswerValue | undefined, onAnswer: (id: QuestionId, value: string | string[]) => void) {
  const isDate = spec(id).kind === 'date';
  const resolver: Resolver<QuestionFormValues> = (values) => {
    const result = checkAnswer(id, formInput(id, values), today);
    if (result.ok) return { values: { [id]: result.value }, errors: {} };
    const names = isDate ? result.fields.map((field) => dateFieldName(id, field)) : [id];
    const errors: FieldErrors<QuestionFormValues> = Object.fromEntries(
      names.map((name) => [name, { type: result.error }]),
    );
    return { values: {}, errors };
  };
  const form = useForm<QuestionFormValues>({
    resolver,
    // The error summary takes focus (GOV.UK); its links move focus to the fields.
    shouldFocusError: false,
    defaultValues: defaultValues(id, saved),
  });
  const { errors, submitCount } = form.formState;
  const badFields = isDate ? DATE_FIELDS.filter((field) => errors[dateFieldName(id, field)]) : [];
  const target = isDate ? (badFields[0] ? dateFieldName(id, badFields[0]) : null) : errors[id] ? optionInputId(id, spec(id).codes[0] ?? '', 0) : null;
  const type = target === null ? undefined : errors[isDate ? target : id]?.type;
  const error: ErrorItem | null = target !== null && isAnswerError(type) ? { target, message: t(errorKey(id, type)) } : null;
  const onSubmit = form.handleSubmit((values) => {
    const value = values[id];
    if (typeof value === 'string' || Array.isArray(value)) onAnswer(id, value);
  });
  return { form, error, badFields, attempt: submitCount, onSubmit };
}

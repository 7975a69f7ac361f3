// Typed keys built from the question registry. Each helper states, as a type, every key it can return:
// `t(optionKey(id, code))` is a type error as soon as one question's code has no text in locales/en.
import type { TFunction } from 'i18next';
import type { QUESTIONS, QuestionId } from '../../flows/asylum/questions';
import type { AnswerError, FutureDateError, PastDateError } from '../../flows/asylum/validation';

/** The translation function of the default namespace, as useTranslation gives it (passed down a question page from its one useTranslation). */
export type T = TFunction<'translation', undefined>;

type CodeOf<K extends QuestionId> = (typeof QUESTIONS)[K]['codes'][number];
/** A date's errors follow its declared range (registry): `.future`/`.too_early` for the past, `.past`/`.too_late` for the future. */
type ErrorOf<K extends QuestionId> = (typeof QUESTIONS)[K] extends { readonly date: { readonly range: 'future' } }
  ? FutureDateError
  : (typeof QUESTIONS)[K]['kind'] extends 'date'
    ? PastDateError
    : 'required';

/** `questions.<id>.options.<code>` for every code of every question. */
export type OptionKey = { [K in QuestionId]: `questions.${K}.options.${CodeOf<K>}` }[QuestionId];
/** `errors.<id>.<error>`: 'required' for a choice, every date error for a date. */
export type ErrorKey = { [K in QuestionId]: `errors.${K}.${ErrorOf<K>}` }[QuestionId];

/** The label of answer `code` of question `id` (the code comes from the registry, so the key exists). */
export function optionKey(id: QuestionId, code: string): OptionKey {
  return `questions.${id}.options.${code}` as OptionKey;
}

/** The message of `error` on question `id` (the validator only gives a date's errors for a date). */
export function errorKey(id: QuestionId, error: AnswerError): ErrorKey {
  return `errors.${id}.${error}` as ErrorKey;
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import type { Answers } from '../../flows/asylum/answers';
import { QUESTIONS, exclusiveCodes, toggleMultiCode, type QuestionId } from '../../flows/asylum/questions';
import { toDateParts, validateDateParts, type DateParts } from '../../flows/asylum/validation';
import type { ErrorItem } from '../components/ErrorSummary';
import { QuestionShell } from '../components/QuestionShell';

export interface QuestionPageProps {
  id: QuestionId;
  answers: Answers;
  today: string;
  progress: { number: number; total: number };
  focusHeading: boolean;
  onAnswer: (id: QuestionId, value: string | string[]) => void;
}

function codesOf(id: QuestionId): readonly string[] {
  const question = QUESTIONS[id];
  return 'codes' in question ? question.codes : [];
}

/** The id of the n-th option input: the first carries the question id, so error links land on it. */
function optionId(id: QuestionId, code: string, index: number): string {
  return index === 0 ? id : `${id}-${code}`;
}

export function QuestionPage(props: QuestionPageProps) {
  const kind = QUESTIONS[props.id].kind;
  if (kind === 'date') return <DateQuestion {...props} />;
  if (kind === 'multi') return <MultiQuestion {...props} />;
  return <SingleQuestion {...props} />;
}

function SingleQuestion({ id, answers, progress, focusHeading, onAnswer }: QuestionPageProps) {
  const { t } = useTranslation();
  const codes = codesOf(id);
  const schema = useMemo(() => z.object({ [id]: z.enum(codes as [string, ...string[]], { error: `errors.${id}.required` }) }), [id, codes]);
  const saved = answers[id];
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<Record<string, string>>({
    resolver: zodResolver(schema),
    // The error summary takes focus (GOV.UK); its links move focus to the fields.
    shouldFocusError: false,
    defaultValues: { [id]: typeof saved === 'string' ? saved : undefined },
  });
  const message = errors[id]?.message ? t(errors[id].message) : null;
  const error: ErrorItem | null = message ? { target: optionId(id, codes[0] ?? '', 0), message } : null;

  return (
    <QuestionShell
      id={id}
      progress={progress}
      error={error}
      attempt={submitCount}
      focusHeading={focusHeading}
      onSubmit={(event) => void handleSubmit((values) => onAnswer(id, values[id] ?? ''))(event)}
    >
      <div className="radios">
        {codes.map((code, index) => {
          const inputId = optionId(id, code, index);
          return (
            <div className="radios__item" key={code}>
              <input className="radios__input" type="radio" id={inputId} value={code} {...register(id)} />
              <label className="radios__label" htmlFor={inputId}>
                {t(`questions.${id}.options.${code}`)}
              </label>
            </div>
          );
        })}
      </div>
    </QuestionShell>
  );
}

function MultiQuestion({ id, answers, progress, focusHeading, onAnswer }: QuestionPageProps) {
  const { t } = useTranslation();
  const codes = codesOf(id);
  const exclusive = exclusiveCodes(id);
  const schema = useMemo(
    () => z.object({ [id]: z.array(z.string()).check(z.minLength(1, { error: `errors.${id}.required` })) }),
    [id],
  );
  const saved = answers[id];
  const { control, handleSubmit, formState } = useForm<Record<string, string[]>>({
    resolver: zodResolver(schema),
    // The error summary takes focus (GOV.UK); its links move focus to the fields.
    shouldFocusError: false,
    defaultValues: { [id]: Array.isArray(saved) ? [...saved] : [] },
  });
  const { field } = useController({ control, name: id });
  const selected = field.value ?? [];
  const fieldError = formState.errors[id];
  const message = fieldError?.message ? t(fieldError.message) : null;
  const error: ErrorItem | null = message ? { target: optionId(id, codes[0] ?? '', 0), message } : null;

  return (
    <QuestionShell
      id={id}
      progress={progress}
      error={error}
      attempt={formState.submitCount}
      focusHeading={focusHeading}
      onSubmit={(event) => void handleSubmit((values) => onAnswer(id, values[id] ?? []))(event)}
    >
      <div className="checkboxes">
        {codes.map((code, index) => {
          const inputId = optionId(id, code, index);
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
                  {t(`questions.${id}.options.${code}`)}
                </label>
              </div>
            </div>
          );
        })}
      </div>
    </QuestionShell>
  );
}

const DATE_FIELDS = ['day', 'month', 'year'] as const;

/** The three date fields of question `id` from the form's values. */
function datePartsOf(id: QuestionId, values: Record<string, string | undefined>): DateParts {
  return { day: values[`${id}-day`] ?? '', month: values[`${id}-month`] ?? '', year: values[`${id}-year`] ?? '' };
}

function DateQuestion({ id, answers, today, progress, focusHeading, onAnswer }: QuestionPageProps) {
  const { t } = useTranslation();
  const name = (part: keyof DateParts) => `${id}-${part}`;
  const schema = useMemo(
    () =>
      z.record(z.string(), z.string()).check(
        z.superRefine((values, ctx) => {
          const result = validateDateParts(datePartsOf(id, values), today);
          if (!result.ok) {
            for (const field of result.fields) {
              ctx.addIssue({ code: 'custom', message: `errors.${id}.${result.error}`, path: [`${id}-${field}`], input: values });
            }
          }
        }),
      ),
    [id, today],
  );
  const saved = toDateParts(answers[id] as string | undefined);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Record<string, string>>({
    resolver: zodResolver(schema),
    // The error summary takes focus (GOV.UK); its links move focus to the fields.
    shouldFocusError: false,
    defaultValues: { [name('day')]: saved.day, [name('month')]: saved.month, [name('year')]: saved.year },
  });
  const badFields = DATE_FIELDS.filter((part) => errors[name(part)]);
  const firstBad = badFields[0];
  const key = firstBad ? errors[name(firstBad)]?.message : undefined;
  const message = key ? t(key) : null;
  const error: ErrorItem | null = message && firstBad ? { target: name(firstBad), message } : null;

  return (
    <QuestionShell
      id={id}
      progress={progress}
      error={error}
      attempt={attempt}
      focusHeading={focusHeading}
      onSubmit={(event) => {
        setAttempt((n) => n + 1);
        void handleSubmit((values) => {
          const result = validateDateParts(datePartsOf(id, values), today);
          if (result.ok) onAnswer(id, result.value);
        })(event);
      }}
    >
      <div className="date-input">
        {DATE_FIELDS.map((part) => (
          <div className="date-input__item" key={part}>
            <label className="date-input__label" htmlFor={name(part)}>
              {t(`dateInput.${part}`)}
            </label>
            <input
              className={`input date-input__input date-input__input--${part}${badFields.includes(part) ? ' input--error' : ''}`}
              id={name(part)}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={badFields.includes(part) || undefined}
              {...register(name(part))}
            />
          </div>
        ))}
      </div>
    </QuestionShell>
  );
}

// Answers keyed by question id, and their stored form: answerSchema(id) for one answer, which checkAnswer
// (validation.ts) applies to every answer the form gives and every answer restored from storage (through
// sanitizeAnswers, field by field, so that one bad answer is dropped alone); answersSchema for all of them
// at once, which the tests use to state the stored form. The app restores with sanitizeAnswers, not with
// answersSchema: it would reject the whole object for one bad answer and cannot check a date against
// today, and its object schema would add about 1 KB (gzip) to every first page. Both derived from the
// question registry (questions.ts), so a new question needs no line here.

import * as z from 'zod/mini';
import { isIsoDate, isIsoMonth } from './dates';
import { QUESTION_ORDER, UNKNOWN_DATE, spec, type QuestionId, type RegistryAnswers } from './questions';

/** Every answer optional; a single question's code, a multi question's codes, a date's 'YYYY-MM-DD' (or 'YYYY-MM', 'unknown', where declared). */
export type Answers = RegistryAnswers;

/** Each question's schema, built on first use (building one costs more than a check with it). */
const schemas = new Map<QuestionId, z.ZodMiniType<unknown>>();

/** The stored form of one answer, by the question's kind and a date's declaration (its range is checked against `today` separately). */
export function answerSchema(id: QuestionId): z.ZodMiniType<unknown> {
  let schema = schemas.get(id);
  if (schema === undefined) {
    schema = buildAnswerSchema(id);
    schemas.set(id, schema);
  }
  return schema;
}

function buildAnswerSchema(id: QuestionId): z.ZodMiniType<unknown> {
  const { kind, codes, exclusive, date } = spec(id);
  const code = z.string().check(z.refine((value) => codes.includes(value), 'not an answer code'));
  switch (kind) {
    case 'single':
      return code;
    case 'multi':
      return z.array(code).check(
        z.minLength(1),
        z.refine((list) => new Set(list).size === list.length, 'duplicate codes'),
        z.refine((list) => list.length === 1 || !list.some((c) => exclusive.includes(c)), 'an exclusive code must stand alone'),
      );
    case 'date': {
      // By the declaration: a real date (a past one from `earliest` on), a month where allowed, 'unknown' where allowed.
      const earliest = date?.range === 'past' ? date.earliest : '';
      const stored = (s: string) =>
        (isIsoDate(s) && s >= earliest) || (date?.monthOnly === true && isIsoMonth(s) && s >= earliest.slice(0, 7)) || (date?.unknown === true && s === UNKNOWN_DATE);
      return z.string().check(z.refine(stored, 'a date as the question declares it'));
    }
  }
}

/** All the answers at once: an object whose every field is optional and, when present, valid. */
export const answersSchema = z.object(
  Object.fromEntries(QUESTION_ORDER.map((id) => [id, z.optional(answerSchema(id))])) as Record<QuestionId, z.ZodMiniOptional<z.ZodMiniType<unknown>>>,
) as z.ZodMiniType<Answers>;

// Answers keyed by question id (FLOW.md §1), and the schema that guards anything restored from storage.

import * as z from 'zod/mini';
import { isIsoDate } from './dates';
import { QUESTIONS } from './questions';

type Codes<Id extends keyof typeof QUESTIONS> = (typeof QUESTIONS)[Id] extends { codes: readonly (infer C)[] } ? C : never;

export interface Answers {
  location?: Codes<'location'>;
  minor?: Codes<'minor'>;
  grounds?: Codes<'grounds'>[];
  harm?: Codes<'harm'>;
  harmBy?: Codes<'harmBy'>;
  relocation?: Codes<'relocation'>;
  otherCountry?: Codes<'otherCountry'>;
  /** 'YYYY-MM-DD', the date of the LAST arrival in the U.S. */
  lastArrival?: string;
  entry?: Codes<'entry'>;
  proceedings?: Codes<'proceedings'>;
  priorDenial?: Codes<'priorDenial'>;
  exceptions?: Codes<'exceptions'>[];
  bars?: Codes<'bars'>[];
}

export const EARLIEST_ARRIVAL = '1900-01-01';

/** A set of distinct codes, at least one, where an exclusive code ('none', 'prefer_not_say') stands alone. */
function multiSchema<const C extends string>(codes: readonly C[], exclusive: readonly string[]) {
  return z.array(z.enum(codes)).check(
    z.minLength(1),
    z.refine((list) => new Set(list).size === list.length, 'duplicate codes'),
    z.refine((list) => list.length === 1 || !list.some((c) => exclusive.includes(c)), 'an exclusive code must stand alone'),
  );
}

export const answersSchema = z.object({
  location: z.optional(z.enum(QUESTIONS.location.codes)),
  minor: z.optional(z.enum(QUESTIONS.minor.codes)),
  grounds: z.optional(multiSchema(QUESTIONS.grounds.codes, QUESTIONS.grounds.exclusive)),
  harm: z.optional(z.enum(QUESTIONS.harm.codes)),
  harmBy: z.optional(z.enum(QUESTIONS.harmBy.codes)),
  relocation: z.optional(z.enum(QUESTIONS.relocation.codes)),
  otherCountry: z.optional(z.enum(QUESTIONS.otherCountry.codes)),
  lastArrival: z.optional(
    z.string().check(z.refine((s) => isIsoDate(s) && s >= EARLIEST_ARRIVAL, 'a real date from 1900 on')),
  ),
  entry: z.optional(z.enum(QUESTIONS.entry.codes)),
  proceedings: z.optional(z.enum(QUESTIONS.proceedings.codes)),
  priorDenial: z.optional(z.enum(QUESTIONS.priorDenial.codes)),
  exceptions: z.optional(multiSchema(QUESTIONS.exceptions.codes, QUESTIONS.exceptions.exclusive)),
  bars: z.optional(multiSchema(QUESTIONS.bars.codes, QUESTIONS.bars.exclusive)),
});

// Compile-time check that the schema and the Answers type agree.
type SchemaAnswers = z.infer<typeof answersSchema>;
export const schemaMatchesType: [SchemaAnswers] extends [Answers] ? ([Answers] extends [SchemaAnswers] ? true : false) : false = true;

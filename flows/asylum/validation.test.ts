import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSchema, answersSchema, type Answers } from './answers';
import { QUESTIONS, QUESTION_ORDER } from './questions';
import { DATE_ERRORS, isValidAnswer, parseMonth, sanitizeAnswers, toDateParts, validateDateParts, type DateError, type DateParts } from './validation';

const TODAY = '2026-11-25';

const VALID: Answers = {
  location: 'in_us',
  minor: 'no',
  grounds: ['political', 'military_refusal'],
  harm: 'past_harm',
  harmBy: 'non_state_uncontrolled',
  relocation: 'unsure',
  otherCountry: 'no',
  lastArrival: '2024-01-10',
  entry: 'between_ports',
  proceedings: 'unsure',
  priorDenial: 'no',
  exceptions: ['changed_circumstances', 'maintained_status'],
  bars: ['none'],
};

describe('answersSchema', () => {
  it('accepts a complete valid set of answers, and no answers at all', () => {
    expect(answersSchema.safeParse(VALID).success).toBe(true);
    expect(answersSchema.safeParse({}).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ["a mix of 'none' with a ground", { grounds: ['none', 'lgbt'] }],
    ["a mix of 'none' with a bar", { bars: ['crime', 'none'] }],
    ["a mix of 'prefer_not_say' with a bar", { bars: ['prefer_not_say', 'terrorism'] }],
    ["'none' with 'prefer_not_say'", { bars: ['none', 'prefer_not_say'] }],
    ["a mix of 'none' with an exception", { exceptions: ['none', 'maintained_status'] }],
    ['a repeated code', { grounds: ['lgbt', 'lgbt'] }],
    ['an empty multi answer', { bars: [] }],
    ['a single code where a list is expected', { grounds: 'lgbt' }],
    ['an unknown single code', { location: 'mars' }],
    ['an unknown multi code', { grounds: ['astrology'] }],
    ["another question's code", { minor: 'unsure' }],
    ['a code in the wrong case', { location: 'IN_US' }],
    ['a number', { harm: 1 }],
    ['null', { harm: null }],
    ['31 February', { lastArrival: '2025-02-31' }],
    ['month 13', { lastArrival: '2025-13-01' }],
    ['a date without zero padding', { lastArrival: '2025-3-1' }],
    ['a date with a time', { lastArrival: '2025-03-01T00:00:00Z' }],
    ['a date in another format', { lastArrival: '01/03/2025' }],
    ['a date before 1900', { lastArrival: '1899-12-31' }],
    ['a date that is not a string', { lastArrival: 20250301 }],
    ['29 February of a common year', { lastArrival: '2025-02-29' }],
  ])('rejects %s', (_reason, answers) => {
    expect(answersSchema.safeParse(answers).success).toBe(false);
  });

  it.each<[string, Answers]>([
    ["'none' alone", { grounds: ['none'], bars: ['none'], exceptions: ['none'] }],
    ["'prefer_not_say' alone", { bars: ['prefer_not_say'] }],
    ['several non-exclusive codes', { bars: ['crime', 'persecutor', 'terrorism'] }],
    ['1900-01-01', { lastArrival: '1900-01-01' }],
    ['29 February of a leap year', { lastArrival: '2024-02-29' }],
  ])('accepts %s', (_reason, answers) => {
    expect(answersSchema.safeParse(answers).success).toBe(true);
  });

  it('answerSchema builds the schema of each question once (a step checks its answer three times: form, guard, action)', () => {
    for (const id of QUESTION_ORDER) expect(answerSchema(id)).toBe(answerSchema(id));
    expect(answerSchema('location')).not.toBe(answerSchema('minor'));
  });

  it('accepts every single code of every single question', () => {
    for (const id of QUESTION_ORDER) {
      const question = QUESTIONS[id];
      if (question.kind !== 'single') continue;
      for (const code of question.codes) expect(answersSchema.safeParse({ [id]: code }).success, `${id}=${code}`).toBe(true);
    }
  });
});

const parts = (day: string, month: string, year: string): DateParts => ({ day, month, year });

describe('validateDateParts (error keys)', { timeout: 30_000 }, () => {
  it('accepts a real past date and gives YYYY-MM-DD', () => {
    expect(validateDateParts(parts('10', '1', '2024'), TODAY)).toEqual({ ok: true, value: '2024-01-10' });
    expect(validateDateParts(parts(' 29 ', '02', '2024'), TODAY)).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('accepts today and 1900-01-01 (the bounds are inclusive)', () => {
    expect(validateDateParts(parts('25', '11', '2026'), TODAY)).toEqual({ ok: true, value: TODAY });
    expect(validateDateParts(parts('1', '1', '1900'), TODAY)).toEqual({ ok: true, value: '1900-01-01' });
  });

  it('required: all three fields empty', () => {
    expect(validateDateParts(parts('', '', ''), TODAY)).toEqual({ ok: false, error: 'required', fields: ['day', 'month', 'year'] });
    expect(validateDateParts(parts(' ', '  ', ''), TODAY)).toMatchObject({ ok: false, error: 'required' });
  });

  it.each<[DateParts, string[]]>([
    [parts('', '1', '2024'), ['day']],
    [parts('10', '', '2024'), ['month']],
    [parts('10', '1', ''), ['year']],
    [parts('', '', '2024'), ['day', 'month']],
    [parts('10', '', ''), ['month', 'year']],
  ])('incomplete: %o highlights %o', (input, fields) => {
    expect(validateDateParts(input, TODAY)).toEqual({ ok: false, error: 'incomplete', fields });
  });

  it.each<[string, DateParts, DateError]>([
    ['31 February', parts('31', '2', '2025'), 'invalid_day'],
    ['29 February of a common year', parts('29', '2', '2025'), 'invalid_day'],
    ['31 April', parts('31', '4', '2025'), 'invalid_day'],
    ['31 April, the month by name', parts('31', 'апреля', '2025'), 'invalid_day'],
    ['month 13', parts('1', '13', '2025'), 'invalid_month'],
    ['month 0', parts('1', '0', '2025'), 'invalid_month'],
    ['day 0', parts('0', '5', '2025'), 'invalid_day'],
    ['day 32', parts('32', '5', '2025'), 'invalid_day'],
    ['letters in the day', parts('ten', '5', '2025'), 'invalid_day'],
    ['letters that are no month', parts('10', 'Mai', '2025'), 'invalid_month'],
    ['too short to name one month', parts('10', 'ju', '2025'), 'invalid_month'],
    ['a beginning shared by two months', parts('10', 'ма', '2025'), 'invalid_month'],
    ['letters in the year', parts('10', '5', '20x5'), 'invalid_year'],
    ['a 2-digit year', parts('10', '5', '25'), 'invalid_year'],
    ['a 5-digit year', parts('10', '5', '20255'), 'invalid_year'],
    ['a negative number', parts('-1', '5', '2025'), 'invalid_day'],
    ['a decimal', parts('1.5', '5', '2025'), 'invalid_day'],
    ['two fields wrong', parts('40', '5', '25'), 'invalid'],
  ])('%s: %s', (_reason, input, error) => {
    expect(validateDateParts(input, TODAY)).toMatchObject({ ok: false, error });
  });

  it('each specific error highlights its own field; more than one wrong field is the fallback "invalid"', () => {
    expect(validateDateParts(parts('40', '13', '25'), TODAY)).toEqual({ ok: false, error: 'invalid', fields: ['day', 'month', 'year'] });
    expect(validateDateParts(parts('4', '13', '2025'), TODAY)).toEqual({ ok: false, error: 'invalid_month', fields: ['month'] });
    expect(validateDateParts(parts('31', '2', '2025'), TODAY)).toEqual({ ok: false, error: 'invalid_day', fields: ['day'] });
    expect(validateDateParts(parts('3', '2', '202'), TODAY)).toEqual({ ok: false, error: 'invalid_year', fields: ['year'] });
  });

  it.each<[string, number]>([
    ['October', 10],
    ['oct', 10],
    ['Oct.', 10],
    ['OCT', 10],
    ['sept', 9],
    ['Sep.', 9],
    ['may', 5],
    ['June', 6],
    ['jul', 7],
    ['октябрь', 10],
    ['октября', 10],
    ['Окт.', 10],
    ['окт', 10],
    ['сент.', 9],
    ['СЕНТЯБРЯ', 9],
    ['май', 5],
    ['мая', 5],
    ['мар', 3],
    ['марта', 3],
    ['февр.', 2],
    ['июн', 6],
    ['июля', 7],
    ['нояб', 11],
    ['декабря', 12],
    [' 03 ', 3],
    ['12', 12],
  ])('a month given as %o is month %i', (month, number) => {
    expect(parseMonth(month)).toBe(number);
    expect(validateDateParts(parts('1', month, '2025'), TODAY)).toEqual({ ok: true, value: `2025-${String(number).padStart(2, '0')}-01` });
  });

  it('«ё» reads as «е» in a month name (a keyboard or a habit may give either)', () => {
    expect(parseMonth('сёнт.')).toBe(9);
    expect(parseMonth('Дёкабря')).toBe(12);
  });

  it.each(['', 'ma', 'ju', 'xyz', 'Mai', '13', '0', '1.', 'окт-', 'октябряя'])('%o names no month', (month) => {
    expect(parseMonth(month)).toBeNull();
  });

  it('future: after today (today is passed in, not read from the clock)', () => {
    expect(validateDateParts(parts('26', '11', '2026'), TODAY)).toMatchObject({ ok: false, error: 'future' });
    expect(validateDateParts(parts('26', '11', '2026'), '2026-11-26')).toEqual({ ok: true, value: '2026-11-26' });
    expect(validateDateParts(parts('1', '1', '2030'), TODAY)).toMatchObject({ ok: false, error: 'future' });
  });

  it('too_early: before 1900-01-01', () => {
    expect(validateDateParts(parts('31', '12', '1899'), TODAY)).toEqual({ ok: false, error: 'too_early', fields: ['year'] });
    expect(validateDateParts(parts('1', '1', '0999'), TODAY)).toMatchObject({ ok: false, error: 'too_early' });
  });

  it('property: any accepted date is a valid answer on that day and round-trips through toDateParts', () => {
    const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-25T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(date, (d) => {
        const iso = d.toISOString().slice(0, 10);
        const result = validateDateParts(toDateParts(iso), TODAY);
        expect(result).toEqual({ ok: true, value: iso });
        expect(isValidAnswer('lastArrival', iso, TODAY)).toBe(true);
      }),
    );
  });

  it('property: arbitrary text never throws and gives an error key or a valid date', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (day, month, year) => {
        const result = validateDateParts({ day, month, year }, TODAY);
        if (result.ok) {
          expect(answersSchema.safeParse({ lastArrival: result.value }).success).toBe(true);
          expect(result.value <= TODAY).toBe(true);
        } else {
          expect(DATE_ERRORS).toContain(result.error);
          expect(result.fields.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('toDateParts', () => {
  it('splits a stored date, and gives empty fields for nothing or garbage', () => {
    expect(toDateParts('2024-01-10')).toEqual({ day: '10', month: '1', year: '2024' });
    expect(toDateParts(undefined)).toEqual({ day: '', month: '', year: '' });
    expect(toDateParts('2025-02-31')).toEqual({ day: '', month: '', year: '' });
  });
});

describe('isValidAnswer', () => {
  it('accepts valid answers', () => {
    expect(isValidAnswer('location', 'at_border', TODAY)).toBe(true);
    expect(isValidAnswer('bars', ['prefer_not_say'], TODAY)).toBe(true);
    expect(isValidAnswer('lastArrival', TODAY, TODAY)).toBe(true);
  });

  it('rejects missing, unknown, mixed and future answers', () => {
    expect(isValidAnswer('location', undefined, TODAY)).toBe(false);
    expect(isValidAnswer('location', 'moon', TODAY)).toBe(false);
    expect(isValidAnswer('grounds', ['none', 'lgbt'], TODAY)).toBe(false);
    expect(isValidAnswer('lastArrival', '2026-11-26', TODAY)).toBe(false);
    expect(isValidAnswer('lastArrival', '1899-12-31', TODAY)).toBe(false);
    expect(isValidAnswer('minor', ['yes'], TODAY)).toBe(false);
  });
});

describe('sanitizeAnswers', { timeout: 30_000 }, () => {
  it('keeps valid answers', () => {
    expect(sanitizeAnswers(VALID, TODAY)).toEqual(VALID);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'in_us'],
    ['an array', [VALID]],
    ['a number', 7],
    ['JSON text', JSON.stringify(VALID)],
  ])('drops everything for %s', (_reason, value) => {
    expect(sanitizeAnswers(value, TODAY)).toEqual({});
  });

  it.each<[string, keyof Answers, unknown]>([
    ['a mix of exclusive and other codes', 'bars', ['none', 'crime']],
    ['an impossible date', 'lastArrival', '2025-02-31'],
    ['the three date fields instead of a date', 'lastArrival', { day: '1', month: '2', year: '2025' }],
    ['an unknown code (renamed in a deploy)', 'harm', 'maybe'],
    ['a list for a single question', 'location', ['in_us']],
  ])('drops only the field with %s, and keeps every other answer', (_reason, id, bad) => {
    const rest: Answers = { ...VALID };
    delete rest[id];
    expect(sanitizeAnswers({ ...VALID, [id]: bad }, TODAY)).toEqual(rest);
  });

  it('drops a future arrival date and keeps the rest', () => {
    const rest: Answers = { ...VALID };
    delete rest.lastArrival;
    expect(sanitizeAnswers({ ...VALID, lastArrival: '2026-11-26' }, TODAY)).toEqual(rest);
    expect(sanitizeAnswers({ ...VALID, lastArrival: '2026-11-26' }, '2026-11-26')).toEqual({ ...VALID, lastArrival: '2026-11-26' });
  });

  it('drops unknown keys', () => {
    expect(sanitizeAnswers({ location: 'in_us', name: 'Ivan' }, TODAY)).toEqual({ location: 'in_us' });
  });

  it('property: any input gives answers the schema accepts, with no future date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ location: fc.string(), grounds: fc.array(fc.string()), lastArrival: fc.string() })), (value) => {
        const answers = sanitizeAnswers(value, TODAY);
        expect(answersSchema.safeParse(answers).success).toBe(true);
        expect(answers.lastArrival === undefined || answers.lastArrival <= TODAY).toBe(true);
      }),
    );
  });
});

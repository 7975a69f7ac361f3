// The one date kind (FLOW.md §1): "Only the month" for lastArrival and "The next hearing". Properties, not
// restatements: the month-only rules are checked against every exact day of the month, read one by one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { assess } from './assess';
import { addDays, daysInMonth, formatIsoDate } from './dates';
import { explainDeadline, firstDayInTime, latestDeadline, oneYearDeadline } from './deadline';
import { borderRulesFor, withinYears } from './facts';
import { dateSpec, isAsked, QUESTION_ORDER, spec, UNKNOWN_DATE } from './questions';
import { EXPEDITED_REMOVAL_YEARS, planSummary } from './summary';
import { checkAnswer, sanitizeAnswers, toDateParts, validateDateParts, type DateParts } from './validation';

/** Every day of a month 'YYYY-MM', read independently of deadline.ts. */
function daysOf(month: string): string[] {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return Array.from({ length: daysInMonth(year, m) }, (_, i) => formatIsoDate({ year, month: m, day: i + 1 }));
}

const monthArb = fc.record({ year: fc.integer({ min: 1996, max: 2028 }), month: fc.integer({ min: 1, max: 12 }) }).map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);
const dayArb = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** An adult in the U.S. with a claim that fits, arrived in `lastArrival`, who ticked no exception. */
const person = (lastArrival: string, more: Answers = {}): Answers => ({
  location: 'in_us',
  minor: 'no',
  grounds: ['political'],
  harm: 'past_harm',
  harmBy: 'government',
  otherCountry: 'no',
  lastArrival,
  entry: 'between_ports',
  proceedings: 'no',
  priorDenial: 'no',
  exceptions: ['none'],
  bars: ['none'],
  ...more,
});

describe('only the month: the deadline', () => {
  it('for every month from 1996-01 to 2028-12: on or before the deadline of every day of it; latestDeadline is its last day’s', () => {
    for (let year = 1996; year <= 2028; year++) {
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        const days = daysOf(month);
        const deadline = oneYearDeadline(month);
        for (const day of days) expect(deadline <= oneYearDeadline(day), `${month} vs ${day}`).toBe(true);
        expect(deadline, month).toBe(oneYearDeadline(days[0] ?? ''));
        expect(latestDeadline(month), month).toBe(oneYearDeadline(days[days.length - 1] ?? ''));
        expect(explainDeadline(month), month).toEqual({ ...explainDeadline(`${month}-01`), monthOnly: true });
      }
    }
  });

  it('an exact date behaves exactly as before: no monthOnly, latestDeadline = deadline', () => {
    fc.assert(
      fc.property(dayArb('1990-01-01', '2030-12-31'), (day) => {
        expect(explainDeadline(day).monthOnly).toBeUndefined();
        expect(latestDeadline(day)).toBe(oneYearDeadline(day));
      }),
    );
  });

  it('firstDayInTime is the first day of the month whose own deadline is not yet past', () => {
    fc.assert(
      fc.property(monthArb, dayArb('1997-01-01', '2030-12-31'), (month, today) => {
        const expected = daysOf(month).find((day) => oneYearDeadline(day) >= today) ?? null;
        expect(firstDayInTime(month, today)).toBe(expected);
      }),
    );
  });
});

describe('only the month: assess', () => {
  it('timing is passed only when every day has passed, uncertain exactly when some but not all have; exceptions asked from the first day’s deadline', () => {
    const seen = { in_time: 0, uncertain: 0, passed: 0 };
    // Todays near the month's deadlines, so that every timing comes up.
    const caseArb = monthArb.chain((month) => fc.tuple(fc.constant(month), fc.integer({ min: -10, max: 45 }).map((offset) => addDays(oneYearDeadline(month), offset))));
    fc.assert(
      fc.property(caseArb, fc.boolean(), ([month, today], claimed) => {
        if (`${month}-01` > today) return;
        const passedDays = daysOf(month).filter((day) => today > oneYearDeadline(day)).length;
        const all = daysOf(month).length;
        const result = assess(person(month, { exceptions: claimed ? ['changed_circumstances'] : ['none'] }), today);
        const expected = passedDays === all ? 'passed' : passedDays > 0 ? 'uncertain' : 'in_time';
        expect(result.timing, `${month} on ${today}`).toBe(expected);
        seen[expected] += 1;
        expect(result.flags.includes('deadline_passed')).toBe(expected === 'passed');
        expect(result.flags.includes('deadline_uncertain')).toBe(expected === 'uncertain');
        expect(result.flags.includes('exception_claimed')).toBe(claimed && expected !== 'in_time');
        // Never a false "passed": the outcome deadline_passed only when every day has passed.
        if (result.outcome === 'deadline_passed') expect(expected).toBe('passed');
        // Whether `exceptions` is asked follows the deadline counted from the first day, on both sides of it.
        expect(isAsked('exceptions', person(month), today)).toBe(today > oneYearDeadline(`${month}-01`));
        expect(result.deadline).toBe(oneYearDeadline(`${month}-01`));
        expect(result.latestDeadline).toBe(oneYearDeadline(daysOf(month).at(-1) ?? ''));
      }),
      { numRuns: 600 },
    );
    expect(Math.min(seen.in_time, seen.uncertain, seen.passed)).toBeGreaterThan(0);
  });

  it('around the deadline: exceptions not asked on the first day’s deadline, asked the day after', () => {
    const month = '2025-03';
    const deadline = oneYearDeadline(month);
    expect(isAsked('exceptions', person(month), deadline)).toBe(false);
    expect(isAsked('exceptions', person(month), addDays(deadline, 1))).toBe(true);
    expect(assess(person(month), addDays(deadline, 1)).timing).toBe('uncertain');
    expect(assess(person(month), latestDeadline(month)).timing).toBe('uncertain');
    expect(assess(person(month), addDays(latestDeadline(month), 1)).timing).toBe('passed');
  });
});

describe('only the month: the summary’s rules', () => {
  it('expedited removal and the border rules show exactly when some day of the month (not after today) qualifies', () => {
    const seen = { er: 0, noEr: 0, rules: 0 };
    fc.assert(
      fc.property(dayArb('2022-01-01', '2028-12-31'), fc.integer({ min: 0, max: 40 }), (today, monthsBack) => {
        const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
        const index = y * 12 + (m - 1) - monthsBack;
        const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
        const answers = person(month);
        const plan = planSummary(answers, assess(answers, today), today);
        const possible = daysOf(month).filter((day) => day <= today);
        const er = possible.some((day) => withinYears(day, today, EXPEDITED_REMOVAL_YEARS));
        expect(plan.points.includes('expeditedRemoval'), `${month} on ${today}`).toBe(er);
        seen[er ? 'er' : 'noEr'] += 1;
        const rules = [...new Set(daysOf(month).flatMap((day) => borderRulesFor(day)))].sort();
        expect([...borderRulesFor(month)].sort(), month).toEqual(rules);
        if (rules.length > 0) seen.rules += 1;
      }),
      { numRuns: 400 },
    );
    expect(Math.min(seen.er, seen.noEr, seen.rules)).toBeGreaterThan(0);
  });

  it('the uncertain step comes first among the deadline steps; "passed" is never said for it', () => {
    const today = addDays(oneYearDeadline('2025-11'), 3);
    const answers = person('2025-11');
    const plan = planSummary(answers, assess(answers, today), today);
    expect(plan.now[0]).toBe('deadlineUncertain');
    expect(plan.now).toContain('lateFiler');
    expect(plan.now).not.toContain('deadlinePassed');
  });
});

describe('the date kind follows the declaration', () => {
  const TODAY = '2026-11-25';
  const parts = (p: Partial<DateParts>): DateParts => ({ day: '', month: '', year: '', ...p });
  const past = dateSpec('lastArrival');
  const future = dateSpec('nextHearing');

  it('declares lastArrival past with a month allowed, nextHearing future (5 years) with unknown allowed, by the registry only', () => {
    expect(past).toMatchObject({ range: 'past', monthOnly: true, unknown: false });
    expect(future).toMatchObject({ range: 'future', yearsAhead: 5, monthOnly: false, unknown: true });
    // Every date question has a declaration; no other question has one.
    for (const id of QUESTION_ORDER) expect(dateSpec(id) !== null, id).toBe(spec(id).kind === 'date');
  });

  it.each<[string, Partial<DateParts>, string]>([
    ['month and year, day unknown', { month: '3', year: '2025', dayUnknown: true }, '2025-03'],
    ['a month name in Russian', { month: 'марта', year: '2025', dayUnknown: true }, '2025-03'],
    ['a month name in English', { month: 'Nov', year: '2026', dayUnknown: true }, '2026-11'],
    ['a day typed before ticking is ignored', { day: '31', month: '2', year: '2025', dayUnknown: true }, '2025-02'],
  ])('lastArrival, month only: %s', (_name, input, expected) => {
    expect(validateDateParts(parts(input), TODAY, past ?? undefined)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, Partial<DateParts>, string, string[]]>([
    ['nothing', { dayUnknown: true }, 'required', ['month', 'year']],
    ['no year', { month: '3', dayUnknown: true }, 'incomplete', ['year']],
    ['a month that is not one', { month: '13', year: '2025', dayUnknown: true }, 'invalid_month', ['month']],
    ['a two-digit year', { month: '3', year: '25', dayUnknown: true }, 'invalid_year', ['year']],
    ['both wrong', { month: 'xx', year: '25', dayUnknown: true }, 'invalid', ['month', 'year']],
    ['next month', { month: '12', year: '2026', dayUnknown: true }, 'future', ['month', 'year']],
    ['before 1900', { month: '12', year: '1899', dayUnknown: true }, 'too_early', ['year']],
  ])('lastArrival, month only, errors: %s', (_name, input, error, fields) => {
    expect(validateDateParts(parts(input), TODAY, past ?? undefined)).toEqual({ ok: false, error, fields });
  });

  it('the month of today is allowed; without the box, a day is still required', () => {
    expect(checkAnswer('lastArrival', parts({ month: '11', year: '2026', dayUnknown: true }), TODAY)).toEqual({ ok: true, value: '2026-11' });
    expect(checkAnswer('lastArrival', parts({ month: '11', year: '2026' }), TODAY)).toMatchObject({ ok: false, error: 'incomplete', fields: ['day'] });
    // "I don't know the date" is not declared for lastArrival: the box means nothing there.
    expect(checkAnswer('lastArrival', parts({ unknown: true }), TODAY)).toMatchObject({ ok: false, error: 'required' });
  });

  it.each<[string, Partial<DateParts>, { ok: boolean; value?: string; error?: string }]>([
    ['today', { day: '25', month: '11', year: '2026' }, { ok: true, value: '2026-11-25' }],
    ['5 years ahead to the day', { day: '25', month: '11', year: '2031' }, { ok: true, value: '2031-11-25' }],
    ['"I don\'t know the date"', { unknown: true }, { ok: true, value: UNKNOWN_DATE }],
    ['"I don\'t know the date" with a date typed before', { day: '1', month: '1', year: '2020', unknown: true }, { ok: true, value: UNKNOWN_DATE }],
    ['yesterday', { day: '24', month: '11', year: '2026' }, { ok: false, error: 'past' }],
    ['5 years and a day ahead', { day: '26', month: '11', year: '2031' }, { ok: false, error: 'too_late' }],
    ['nothing', {}, { ok: false, error: 'required' }],
    ['no month', { day: '3', year: '2027' }, { ok: false, error: 'incomplete' }],
    ['31 April', { day: '31', month: 'апреля', year: '2027' }, { ok: false, error: 'invalid_day' }],
    ['a month only is not declared for it', { month: '3', year: '2027', dayUnknown: true }, { ok: false, error: 'incomplete' }],
  ])('nextHearing: %s', (_name, input, expected) => {
    expect(checkAnswer('nextHearing', parts(input), TODAY)).toMatchObject(expected);
  });

  it('stored answers: a month restored as a month, an exact date never turned into one, a hearing now past dropped', () => {
    const stored = { location: 'in_us', lastArrival: '2025-03', proceedings: 'yes', nextHearing: '2026-12-01' };
    expect(sanitizeAnswers(stored, TODAY)).toEqual(stored);
    expect(sanitizeAnswers({ ...stored, lastArrival: '2025-03-10' }, TODAY).lastArrival).toBe('2025-03-10');
    // The next day the hearing is still ahead; a week after it, it is dropped (and asked again).
    expect(sanitizeAnswers(stored, '2026-12-01').nextHearing).toBe('2026-12-01');
    expect(sanitizeAnswers(stored, '2026-12-08')).toEqual({ location: 'in_us', lastArrival: '2025-03', proceedings: 'yes' });
    expect(sanitizeAnswers({ ...stored, nextHearing: UNKNOWN_DATE }, '2030-01-01').nextHearing).toBe(UNKNOWN_DATE);
    // Forms a declaration does not allow are dropped: a month for the hearing, "unknown" for the arrival, a month in the future.
    expect(sanitizeAnswers({ ...stored, nextHearing: '2027-03' }, TODAY).nextHearing).toBeUndefined();
    expect(sanitizeAnswers({ ...stored, lastArrival: UNKNOWN_DATE }, TODAY).lastArrival).toBeUndefined();
    expect(sanitizeAnswers({ ...stored, lastArrival: '2026-12' }, TODAY).lastArrival).toBeUndefined();
    expect(sanitizeAnswers({ ...stored, lastArrival: '2025-13' }, TODAY).lastArrival).toBeUndefined();
  });

  it('toDateParts gives back the fields and the box of each stored form', () => {
    expect(toDateParts('2025-03')).toEqual({ day: '', month: '3', year: '2025', dayUnknown: true });
    expect(toDateParts(UNKNOWN_DATE)).toEqual({ day: '', month: '', year: '', unknown: true });
    expect(toDateParts('2025-03-10')).toEqual({ day: '10', month: '3', year: '2025' });
  });
});

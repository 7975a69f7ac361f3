import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, dayOfWeek, fromDayNumber, localCalendarDate, toDayNumber } from './dates';
import { daysUntil, explainDeadline, isLegalHoliday, oneYearDeadline, type HolidayKey } from './deadline';

// ---------------------------------------------------------------------------------------------
// Independent helpers (plain UTC Date arithmetic, not dates.ts), used as the reference below.

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const refAddDays = (date: string, days: number) => iso(new Date(utc(date).getTime() + days * 86_400_000));
const refWeekday = (date: string) => utc(date).getUTCDay();

/** The n-th (1-based, or -1 = last) given weekday of a month, by walking the days. */
function refNthWeekday(year: number, month: number, weekday: number, n: number): string {
  const days: string[] = [];
  for (let d = new Date(Date.UTC(year, month - 1, 1)); d.getUTCMonth() === month - 1; d = new Date(d.getTime() + 86_400_000)) {
    if (d.getUTCDay() === weekday) days.push(iso(d));
  }
  const pick = n > 0 ? days[n - 1] : days[days.length - 1];
  if (pick === undefined) throw new Error('no such weekday');
  return pick;
}

/** 5 U.S.C. 6103(a) holidays of a year, on their own dates. */
function refHolidays(year: number): [HolidayKey, string][] {
  const y = String(year);
  const list: [HolidayKey, string][] = [
    ['new_year', `${y}-01-01`],
    ['mlk', refNthWeekday(year, 1, 1, 3)],
    ['washington', refNthWeekday(year, 2, 1, 3)],
    ['memorial', refNthWeekday(year, 5, 1, -1)],
    ['independence', `${y}-07-04`],
    ['labor', refNthWeekday(year, 9, 1, 1)],
    ['columbus', refNthWeekday(year, 10, 1, 2)],
    ['veterans', `${y}-11-11`],
    ['thanksgiving', refNthWeekday(year, 11, 4, 4)],
    ['christmas', `${y}-12-25`],
  ];
  if (year >= 2021) list.push(['juneteenth', `${y}-06-19`]);
  return list;
}

/** Observed holiday dates (Saturday → Friday before, Sunday → Monday after) → key. */
function refObserved(fromYear: number, toYear: number): Map<string, HolidayKey> {
  const map = new Map<string, HolidayKey>();
  for (let year = fromYear; year <= toYear; year++) {
    for (const [key, date] of refHolidays(year)) {
      const wd = refWeekday(date);
      map.set(wd === 6 ? refAddDays(date, -1) : wd === 0 ? refAddDays(date, 1) : date, key);
    }
  }
  return map;
}

const REF_OBSERVED = refObserved(1996, 2102);

/** Every day of the years [from, to]. */
function daysOf(from: number, to: number): string[] {
  const out: string[] = [];
  for (let d = `${from}-01-01`; d <= `${to}-12-31`; d = refAddDays(d, 1)) out.push(d);
  return out;
}

const arrivalBetween = (min: string, max: string) =>
  fc.date({ min: utc(min), max: utc(max), noInvalidDate: true }).map((d) => iso(d));

// ---------------------------------------------------------------------------------------------

describe('oneYearDeadline: ordinary dates', () => {
  it.each([
    ['2025-03-10', '2026-03-10', 'Tuesday anniversary, a working day'],
    ['2025-11-25', '2026-11-25', 'Wednesday before Thanksgiving'],
    ['2026-06-01', '2027-06-01', 'Tuesday'],
    ['2024-01-10', '2025-01-10', 'Friday'],
    ['2023-05-11', '2024-05-13', '2024-05-11 is a Saturday'],
  ])('arrival %s → %s (%s)', (arrival, deadline) => {
    expect(oneYearDeadline(arrival)).toBe(deadline);
  });
});

describe('oneYearDeadline: weekend roll-forward', () => {
  it('a Saturday anniversary moves to Monday', () => {
    expect(oneYearDeadline('2025-03-14')).toBe('2026-03-16');
    expect(explainDeadline('2025-03-14').skipped).toEqual([
      { date: '2026-03-14', reason: 'saturday' },
      { date: '2026-03-15', reason: 'sunday' },
    ]);
  });

  it('a Sunday anniversary moves to Monday', () => {
    expect(oneYearDeadline('2025-03-15')).toBe('2026-03-16');
    expect(explainDeadline('2025-03-15').skipped).toEqual([{ date: '2026-03-15', reason: 'sunday' }]);
  });
});

describe('oneYearDeadline: each federal holiday', () => {
  // Arrival one year before the holiday (observed) date; the skipped days, in order; the deadline.
  const cases: [HolidayKey, string, string[], string][] = [
    ['new_year', '2025-01-01', ['2026-01-01 new_year'], '2026-01-02'],
    ['mlk', '2025-01-19', ['2026-01-19 mlk'], '2026-01-20'],
    ['washington', '2025-02-16', ['2026-02-16 washington'], '2026-02-17'],
    ['memorial', '2025-05-25', ['2026-05-25 memorial'], '2026-05-26'],
    ['juneteenth', '2025-06-19', ['2026-06-19 juneteenth', '2026-06-20 saturday', '2026-06-21 sunday'], '2026-06-22'],
    ['independence', '2027-07-04', ['2028-07-04 independence'], '2028-07-05'],
    ['labor', '2025-09-07', ['2026-09-07 labor'], '2026-09-08'],
    ['columbus', '2025-10-12', ['2026-10-12 columbus'], '2026-10-13'],
    ['veterans', '2025-11-11', ['2026-11-11 veterans'], '2026-11-12'],
    ['thanksgiving', '2025-11-26', ['2026-11-26 thanksgiving'], '2026-11-27'],
    ['christmas', '2025-12-25', ['2026-12-25 christmas', '2026-12-26 saturday', '2026-12-27 sunday'], '2026-12-28'],
  ];

  it.each(cases)('%s: arrival %s', (_key, arrival, skipped, deadline) => {
    const steps = explainDeadline(arrival);
    expect(steps.deadline).toBe(deadline);
    expect(steps.skipped.map((s) => `${s.date} ${s.reason}`)).toEqual(skipped);
  });

  it('covers all 11 holiday keys', () => {
    expect(new Set(cases.map(([key]) => key)).size).toBe(11);
  });
});

describe('oneYearDeadline: observed days', () => {
  it('a deadline on Friday 2026-07-03 (Independence Day observed) moves to Monday 2026-07-06', () => {
    expect(explainDeadline('2025-07-03')).toEqual({
      from: '2025-07-03',
      anniversary: '2026-07-03',
      deadline: '2026-07-06',
      skipped: [
        { date: '2026-07-03', reason: 'independence' },
        { date: '2026-07-04', reason: 'saturday' },
        { date: '2026-07-05', reason: 'sunday' },
      ],
    });
  });

  it('arrival 2026-07-04 → Sunday 2027-07-04 → observed Monday 07-05 → Tuesday 2027-07-06', () => {
    expect(explainDeadline('2026-07-04')).toEqual({
      from: '2026-07-04',
      anniversary: '2027-07-04',
      deadline: '2027-07-06',
      skipped: [
        { date: '2027-07-04', reason: 'sunday' },
        { date: '2027-07-05', reason: 'independence' },
      ],
    });
  });

  it('New Year 2028 is observed on Friday 2027-12-31', () => {
    expect(explainDeadline('2026-12-31').skipped).toEqual([
      { date: '2027-12-31', reason: 'new_year' },
      { date: '2028-01-01', reason: 'saturday' },
      { date: '2028-01-02', reason: 'sunday' },
    ]);
    expect(oneYearDeadline('2026-12-31')).toBe('2028-01-03');
  });

  it('Christmas 2027 is observed on Friday 2027-12-24', () => {
    expect(explainDeadline('2026-12-24').skipped.map((s) => s.reason)).toEqual(['christmas', 'saturday', 'sunday']);
    expect(oneYearDeadline('2026-12-24')).toBe('2027-12-27');
  });

  it('Veterans Day 2028 is observed on Friday 2028-11-10', () => {
    expect(explainDeadline('2027-11-10').skipped.map((s) => s.reason)).toEqual(['veterans', 'saturday', 'sunday']);
    expect(oneYearDeadline('2027-11-10')).toBe('2028-11-13');
  });

  it('Juneteenth 2027 is observed on Friday 2027-06-18', () => {
    expect(oneYearDeadline('2026-06-18')).toBe('2027-06-21');
  });

  it('Juneteenth counts only from 2021', () => {
    expect(oneYearDeadline('2019-06-19')).toBe('2020-06-19'); // a Friday, not yet a holiday
    expect(isLegalHoliday('2020-06-19')).toBe(false);
    expect(isLegalHoliday('2021-06-18')).toBe(true); // 2021-06-19 was a Saturday
    expect(isLegalHoliday('2022-06-20')).toBe(true); // 2022-06-19 was a Sunday
    expect(oneYearDeadline('2021-06-20')).toBe('2022-06-21');
  });
});

describe('isLegalHoliday against the 5 U.S.C. 6103 dates (2024-2028)', { timeout: 30_000 }, () => {
  const TABLE: Record<number, string[]> = {
    2024: ['01-01', '01-15', '02-19', '05-27', '06-19', '07-04', '09-02', '10-14', '11-11', '11-28', '12-25'],
    2025: ['01-01', '01-20', '02-17', '05-26', '06-19', '07-04', '09-01', '10-13', '11-11', '11-27', '12-25'],
    2026: ['01-01', '01-19', '02-16', '05-25', '06-19', '07-03', '09-07', '10-12', '11-11', '11-26', '12-25'],
    // 2027 also holds Friday 12-31, New Year's Day 2028 observed.
    2027: ['01-01', '01-18', '02-15', '05-31', '06-18', '07-05', '09-06', '10-11', '11-11', '11-25', '12-24', '12-31'],
    // 2028: New Year's Day (Saturday) is observed in 2027.
    2028: ['01-17', '02-21', '05-29', '06-19', '07-04', '09-04', '10-09', '11-10', '11-23', '12-25'],
  };
  const expected = new Set(Object.entries(TABLE).flatMap(([year, days]) => days.map((d) => `${year}-${d}`)));

  it('is true on every row of the table', () => {
    for (const date of expected) expect(isLegalHoliday(date), date).toBe(true);
  });

  it('is true on no other day of 2024-2028', () => {
    const extra = daysOf(2024, 2028).filter((d) => isLegalHoliday(d) && !expected.has(d));
    expect(extra).toEqual([]);
    expect(daysOf(2024, 2028).filter((d) => isLegalHoliday(d))).toHaveLength(expected.size);
  });

  it("is false on a holiday's own date when it falls on a weekend", () => {
    for (const date of ['2026-07-04', '2027-07-04', '2027-06-19', '2027-12-25', '2028-01-01', '2028-11-11']) {
      expect(isLegalHoliday(date), date).toBe(false);
    }
  });

  it('is false on ordinary days and on one-off closures outside 5 U.S.C. 6103', () => {
    expect(isLegalHoliday('2026-11-25')).toBe(false);
    expect(isLegalHoliday('2025-01-09')).toBe(false); // day of mourning for President Carter
    expect(isLegalHoliday('2029-01-20')).toBe(false); // Inauguration Day is not counted
  });

  it('agrees with an independent computation of the rule for 1997-2100', () => {
    fc.assert(
      fc.property(arrivalBetween('1997-01-01', '2100-12-31'), (date) => {
        expect(isLegalHoliday(date)).toBe(REF_OBSERVED.has(date));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('29 February and arrivals before 1997-04-01', () => {
  it('29 February gives 28 February of the next year', () => {
    expect(explainDeadline('2024-02-29')).toEqual({ from: '2024-02-29', anniversary: '2025-02-28', deadline: '2025-02-28', skipped: [] });
    expect(oneYearDeadline('2028-02-29')).toBe('2029-02-28');
  });

  it('29 February whose 28 February is a Sunday moves to Monday 1 March', () => {
    expect(explainDeadline('2020-02-29')).toEqual({
      from: '2020-02-29',
      anniversary: '2021-02-28',
      deadline: '2021-03-01',
      skipped: [{ date: '2021-02-28', reason: 'sunday' }],
    });
  });

  it.each(['1990-05-05', '1996-02-29', '1997-03-31', '1900-01-01'])('arrival %s counts from 1997-04-01', (arrival) => {
    expect(explainDeadline(arrival)).toEqual({ from: '1997-04-01', anniversary: '1998-04-01', deadline: '1998-04-01', skipped: [] });
  });

  it('an arrival on 1997-04-01 itself counts from that day', () => {
    expect(explainDeadline('1997-04-01').from).toBe('1997-04-01');
    expect(explainDeadline('1997-04-02').from).toBe('1997-04-02');
  });

  it('a string that is not a calendar date throws a RangeError', () => {
    for (const bad of ['', 'abc', '1996-02-30', '2025-13-01', '2025-3-1', '1990-00-10']) {
      expect(() => explainDeadline(bad), bad).toThrow(RangeError);
    }
  });
});

describe('explainDeadline', { timeout: 30_000 }, () => {
  it('a weekend day is saturday/sunday even when it is the holiday itself', () => {
    // 2027-12-25 is Christmas on a Saturday; 2028-01-01 is New Year on a Saturday.
    expect(explainDeadline('2026-12-25').skipped).toEqual([
      { date: '2027-12-25', reason: 'saturday' },
      { date: '2027-12-26', reason: 'sunday' },
    ]);
    expect(explainDeadline('2027-01-01').skipped).toEqual([
      { date: '2028-01-01', reason: 'saturday' },
      { date: '2028-01-02', reason: 'sunday' },
    ]);
  });

  it('a holiday on a weekday carries its key', () => {
    expect(explainDeadline('2025-11-26').skipped).toEqual([{ date: '2026-11-26', reason: 'thanksgiving' }]);
  });

  it('an anniversary on a working day skips nothing', () => {
    expect(explainDeadline('2025-03-10')).toEqual({ from: '2025-03-10', anniversary: '2026-03-10', deadline: '2026-03-10', skipped: [] });
  });

  it('the deadline equals oneYearDeadline', () => {
    fc.assert(
      fc.property(arrivalBetween('1900-01-01', '2100-12-31'), (arrival) => {
        expect(explainDeadline(arrival).deadline).toBe(oneYearDeadline(arrival));
      }),
    );
  });
});

describe('daysUntil', { timeout: 30_000 }, () => {
  it.each([
    ['2026-11-25', '2026-11-25', 0, 'same day'],
    ['2026-11-25', '2026-11-26', 1, 'tomorrow'],
    ['2026-11-25', '2026-11-24', -1, 'yesterday'],
    ['2026-11-25', '2024-01-10', -1050, 'long ago'],
    ['2024-02-28', '2024-03-01', 2, 'across 29 February 2024'],
    ['2023-02-28', '2023-03-01', 1, 'no 29 February in 2023'],
    ['2024-01-01', '2025-01-01', 366, 'a leap year'],
    ['2025-01-01', '2026-01-01', 365, 'a common year'],
    ['1900-02-28', '1900-03-01', 1, '1900 is not a leap year'],
    ['2000-02-28', '2000-03-01', 2, '2000 is a leap year'],
    ['2026-03-07', '2026-03-09', 2, 'across the U.S. spring DST change (2026-03-08)'],
    ['2026-03-28', '2026-03-30', 2, 'across the EU spring DST change (2026-03-29)'],
    ['2026-10-24', '2026-10-26', 2, 'across the EU autumn DST change (2026-10-25)'],
    ['2026-10-31', '2026-11-02', 2, 'across the U.S. autumn DST change (2026-11-01)'],
    ['1900-01-01', '2100-01-01', 73049, 'two centuries'],
  ])('%s → %s = %i (%s)', (from, to, days) => {
    expect(daysUntil(from, to)).toBe(days);
  });

  it('is antisymmetric and additive', () => {
    const date = arrivalBetween('1900-01-01', '2100-12-31');
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(daysUntil(a, b) + daysUntil(b, a)).toBe(0);
        expect(daysUntil(a, b) + daysUntil(b, c)).toBe(daysUntil(a, c));
        expect(refAddDays(a, daysUntil(a, b))).toBe(b);
      }),
    );
  });
});

describe('properties of the deadline for arrivals 1997-2100', { timeout: 30_000 }, () => {
  const arrival = arrivalBetween('1997-04-01', '2100-12-31');

  it('is never before the anniversary, never on a weekend or legal holiday, at most 4 (in fact 3) days after it', () => {
    fc.assert(
      fc.property(arrival, (a) => {
        const { anniversary, deadline } = explainDeadline(a);
        expect(deadline >= anniversary).toBe(true);
        expect([0, 6]).not.toContain(refWeekday(deadline));
        expect(isLegalHoliday(deadline)).toBe(false);
        expect(REF_OBSERVED.has(deadline)).toBe(false);
        // At most 3 in fact (Saturday, Sunday, Monday holiday; or Friday holiday, Saturday, Sunday).
        expect(daysUntil(anniversary, deadline)).toBeLessThanOrEqual(3);
      }),
      { numRuns: 3000 },
    );
  });

  it('the anniversary is the same month and day one year on (28 February for 29 February)', () => {
    fc.assert(
      fc.property(arrival, (a) => {
        const { anniversary } = explainDeadline(a);
        const expected = `${String(Number(a.slice(0, 4)) + 1)}${a.slice(4)}`;
        expect(anniversary).toBe(a.slice(5) === '02-29' ? expected.replace('-02-29', '-02-28') : expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('every day from the anniversary up to the deadline is in `skipped`, in order, with its reason', () => {
    fc.assert(
      fc.property(arrival, (a) => {
        const { anniversary, deadline, skipped } = explainDeadline(a);
        const between: string[] = [];
        for (let d = anniversary; d < deadline; d = refAddDays(d, 1)) between.push(d);
        expect(skipped.map((s) => s.date)).toEqual(between);
        for (const { date, reason } of skipped) {
          const wd = refWeekday(date);
          expect(reason).toBe(wd === 6 ? 'saturday' : wd === 0 ? 'sunday' : REF_OBSERVED.get(date));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('dates are time-zone independent', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const RealDate = Date;
  /** A Date that refuses everything that reads or builds local time. */
  class UtcOnlyDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length !== 1 || typeof args[0] !== 'number') throw new Error(`local-time Date construction: ${JSON.stringify(args)}`);
      super(args[0]);
    }
    static override parse(): number {
      throw new Error('Date.parse reads local time');
    }
  }
  const LOCAL_METHODS = [
    'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getTimezoneOffset',
    'setFullYear', 'setMonth', 'setDate', 'setHours', 'toDateString', 'toLocaleDateString', 'toString',
  ] as const;
  for (const name of LOCAL_METHODS) {
    Object.defineProperty(UtcOnlyDate.prototype, name, {
      value: () => {
        throw new Error(`local-time Date method: ${name}`);
      },
    });
  }

  // Hand-computed (Python datetime, proleptic Gregorian calendar).
  const DAY_NUMBERS: [string, number][] = [
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['1900-01-01', -25567],
    ['2000-01-01', 10957],
    ['2026-11-25', 20782],
    ['2100-12-31', 47846],
    ['0050-01-01', -701265],
  ];

  it('dates.ts and deadline.ts give the hand-computed results using UTC only', () => {
    vi.stubGlobal('Date', UtcOnlyDate);
    const results = {
      dayNumbers: DAY_NUMBERS.map(([d]) => toDayNumber(d)),
      back: DAY_NUMBERS.map(([, n]) => fromDayNumber(n)),
      weekdays: ['2026-11-25', '2027-07-04', '2028-01-01', '1900-01-01', '2000-02-29'].map(dayOfWeek),
      added: [addDays('2026-12-31', 1), addDays('2024-03-01', -1), addDays('2026-03-08', 1), addDays('2026-11-01', 1)],
      deadlines: ['2025-03-10', '2026-07-04', '2026-12-31', '2024-02-29', '1990-05-05'].map(oneYearDeadline),
      holidays: ['2027-12-31', '2028-01-01', '2026-07-03'].map(isLegalHoliday),
      days: daysUntil('0050-01-01', '1950-01-01'),
    };
    vi.unstubAllGlobals();
    expect(results).toEqual({
      dayNumbers: DAY_NUMBERS.map(([, n]) => n),
      back: DAY_NUMBERS.map(([d]) => d),
      weekdays: [3, 0, 6, 1, 2],
      added: ['2027-01-01', '2024-02-29', '2026-03-09', '2026-11-02'],
      deadlines: ['2026-03-10', '2027-07-06', '2028-01-03', '2025-02-28', '1998-04-01'],
      holidays: [true, false, true],
      days: 693960,
    });
  });

  it('the stub really rejects local-time use', () => {
    vi.stubGlobal('Date', UtcOnlyDate);
    const attempts = [() => new Date(2026, 10, 25), () => new Date(0).getDate(), () => new Date('2026-11-25'), () => Date.parse('2026-11-25')];
    const failures = attempts.filter((attempt) => {
      try {
        attempt();
        return false;
      } catch {
        return true;
      }
    }).length;
    vi.unstubAllGlobals();
    expect(failures).toBe(attempts.length);
  });

  it("localCalendarDate reads the device's own calendar date", () => {
    expect(localCalendarDate(new Date(2026, 10, 25, 0, 0))).toBe('2026-11-25');
    expect(localCalendarDate(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
    expect(localCalendarDate(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
  });
});

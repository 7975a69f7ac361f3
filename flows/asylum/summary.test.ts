import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { assess } from './assess';
import { CITATIONS } from './citations';
import { DATED_FACTS, factOn, factProblems, type DatedFact, type FactId } from './facts';
import { POINTS, SECTIONS, planSummary, type Point } from './summary';
import { addDays } from './dates';
import { completeAnswers, sampleAnswersArb } from './testing/fixtures';

const TODAY = '2026-11-29';
const RECENT = '2026-02-10'; // under two years ago; deadline 2027-02-10 (in time)
const PASSED = '2024-03-11'; // deadline passed
const SOON = '2025-12-20'; // deadline 2026-12-21 (Monday), 22 days left

/** Complete answers on the path for these overrides, and their plan. */
function plan(overrides: Answers) {
  const answers = completeAnswers(overrides, TODAY);
  const assessment = assess(answers, TODAY);
  return { answers, assessment, ...planSummary(answers, assessment, TODAY) };
}

// The six people of the summary's browser tests, and a few more.
const PEOPLE = {
  refuserWithCourtCase: { location: 'in_us', grounds: ['military_refusal'], lastArrival: RECENT, entry: 'visa', proceedings: 'yes' },
  chechenAtPort: { location: 'at_border', minor: 'no', grounds: ['ethnicity', 'religion'], entry: 'parole' },
  lgbtWomanInRussia: { location: 'outside_us', grounds: ['lgbt'], harm: 'fear_only', harmBy: 'government' },
  childInUs: { location: 'in_us', minor: 'yes', lastArrival: RECENT, entry: 'between_ports' },
  childAtBorder: { location: 'at_border', minor: 'yes', entry: 'between_ports' },
  journalistPassed: { location: 'in_us', grounds: ['political'], lastArrival: PASSED, entry: 'visa', exceptions: ['changed_circumstances'] },
  crossedBetweenPorts: { location: 'in_us', lastArrival: RECENT, entry: 'between_ports' },
  paroledAtPort: { location: 'in_us', lastArrival: RECENT, entry: 'parole' },
  unsureCourt: { location: 'in_us', lastArrival: RECENT, proceedings: 'unsure' },
  preferNotToSay: { location: 'in_us', lastArrival: RECENT, bars: ['prefer_not_say'] },
  barred: { location: 'in_us', lastArrival: RECENT, bars: ['crime'] },
  weak: { location: 'in_us', lastArrival: RECENT, grounds: ['none'] },
  deadlineSoon: { location: 'in_us', lastArrival: SOON },
} satisfies Record<string, Answers>;

describe('What to do now: one to three steps, most urgent first', () => {
  it.each<[keyof typeof PEOPLE, string[]]>([
    ['refuserWithCourtCase', ['hearing']],
    ['chechenAtPort', ['detentionBorder', 'sayFear']],
    ['lgbtWomanInRussia', ['abroad', 'lawyer']],
    ['childInUs', ['child']],
    ['childAtBorder', ['child']],
    ['journalistPassed', ['lateFiler']],
    ['crossedBetweenPorts', ['expeditedRemoval', 'detentionInside']],
    ['paroledAtPort', ['expeditedRemovalParole']],
    ['unsureCourt', ['checkCourt', 'lawyer']],
    ['preferNotToSay', ['lawyerTalk']],
    ['barred', ['lawyerFirst']],
    ['deadlineSoon', ['deadlineSoon', 'lawyer']],
  ])('%s: %j', (person, expected) => {
    expect(plan(PEOPLE[person]).now).toEqual(expected);
  });

  it('property: always one to three steps, never repeated', () => {
    fc.assert(
      fc.property(sampleAnswersArb(TODAY), (answers) => {
        const { now } = planSummary(answers, assess(answers, TODAY), TODAY);
        expect(now.length).toBeGreaterThanOrEqual(1);
        expect(now.length).toBeLessThanOrEqual(3);
        expect(new Set(now).size).toBe(now.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the late filer (LEGAL.md §12): file now and explain the exception in the I-589 itself', () => {
  it('is the step for a late affirmative filer, and "see a lawyer now" stays the step in court', () => {
    const seen = { shown: 0, hidden: 0 };
    fc.assert(
      fc.property(sampleAnswersArb(TODAY), (overrides) => {
        const p = plan(overrides);
        // LEGAL.md §12's late filer: past the deadline, or perhaps past it (only the month known, FLOW.md §1).
        const passed = p.assessment.timing === 'passed';
        const late = passed || p.assessment.timing === 'uncertain';
        const expected = late && p.assessment.filing === 'affirmative_uscis';
        expect(p.now.includes('lateFiler'), JSON.stringify(p.answers)).toBe(expected);
        // Exactly one of the two late steps, whenever a late step fits in the first three; never "passed" while uncertain.
        if (passed && p.now.length < 3) expect(p.now.includes('lateFiler') !== p.now.includes('deadlinePassed'), JSON.stringify(p.answers)).toBe(true);
        if (!passed) expect(p.now, JSON.stringify(p.answers)).not.toContain('deadlinePassed');
        seen[expected ? 'shown' : 'hidden'] += 1;
      }),
      { numRuns: 400, seed: 11 },
    );
    expect(seen.shown).toBeGreaterThan(0);
    expect(seen.hidden).toBeGreaterThan(0);
    expect(plan({ ...PEOPLE.journalistPassed, proceedings: 'yes' }).now).toContain('deadlinePassed');
  });

  it('the flag "deadline passed" is not said again under "What may apply" when the step says it', () => {
    expect(plan(PEOPLE.journalistPassed).flags).not.toContain('deadline_passed');
  });
});

describe('the rules of LEGAL.md §12 are said only from the day they took effect', () => {
  /** The plan of these answers on another day (their arrival moved with it, so the deadline stays as it was). */
  function planOn(overrides: Answers, today: string) {
    const answers = completeAnswers(overrides, today);
    const assessment = assess(answers, today);
    return { assessment, ...planSummary(answers, assessment, today) };
  }
  const day = (id: FactId) => String(DATED_FACTS[id][0].validFrom);
  const before = (id: FactId) => addDays(day(id), -1);

  it('referral without an interview (2026-07-28): the point, and the late filer step', () => {
    const passed = { ...PEOPLE.journalistPassed, lastArrival: '2024-01-10' };
    // The step says it, so the point under "How to file" does not repeat it; a filer in time gets the point.
    expect(planOn(passed, day('referralWithoutInterview')).now).toEqual(['lateFiler']);
    expect(planOn(passed, day('referralWithoutInterview')).points).not.toContain('referralNoInterview');
    expect(planOn({ location: 'in_us', lastArrival: '2026-02-10' }, day('referralWithoutInterview')).points).toContain('referralNoInterview');
    expect(planOn(passed, before('referralWithoutInterview')).points).not.toContain('referralNoInterview');
    expect(planOn(passed, before('referralWithoutInterview')).now).toEqual(['deadlinePassed']);
  });

  it('turn-backs at a crossing (2026-06-25) and travel on advance parole (2026-08-13)', () => {
    expect(planOn(PEOPLE.chechenAtPort, day('borderTurnBacks')).points).toContain('borderAccess');
    expect(planOn(PEOPLE.chechenAtPort, before('borderTurnBacks')).points).not.toContain('borderAccess');
    const filer = { location: 'in_us', lastArrival: '2026-02-10' } satisfies Answers;
    expect(planOn(filer, day('advanceParoleDeparture')).points).toContain('travel');
    expect(planOn(filer, before('advanceParoleDeparture')).points).not.toContain('travel');
  });
});

describe('only what fits', () => {
  it('an unaccompanied child: no expedited removal, detention, border rules, STCA or family part; a safe date, not a deadline', () => {
    for (const person of [PEOPLE.childInUs, PEOPLE.childAtBorder, { ...PEOPLE.childAtBorder, entry: 'canada_land' as const }]) {
      const p = plan(person);
      for (const point of ['expeditedRemoval', 'expeditedRemovalParole', 'detention', 'entryRules', 'family'] as const) expect(p.points).not.toContain(point);
      expect(p.sections).not.toContain('family');
      expect(p.flags).not.toContain('canada_stca');
      expect(p.flags).not.toContain('entry_review');
      expect(p.points).toContain('child');
    }
    expect(plan(PEOPLE.childInUs).deadlineKind).toBe('safeDate');
  });

  it('someone outside the U.S.: no fees, translations, filing, court-lawyer lists or family', () => {
    const p = plan(PEOPLE.lgbtWomanInRussia);
    for (const point of ['fees', 'annualAsylumFee', 'translations', 'changeAddress', 'leavingAbandons', 'family', 'deportationFlights'] as const) expect(p.points).not.toContain(point);
    expect(p.lawyerLists).not.toContain('eoir-pro-bono');
    expect(p.lawyerLists).not.toContain('eoir-ra-roster');
    expect(p.lawyerLists.length).toBeGreaterThan(0);
    expect(p.points).toContain('abroad');
    expect(p.deadlineKind).toBe('none');
  });

  it('someone at the border: no deadline, no arrival date, no fees before they file', () => {
    const p = plan(PEOPLE.chechenAtPort);
    expect(p.deadlineKind).toBe('none');
    expect(p.answers.lastArrival).toBeUndefined();
    expect(p.points).not.toContain('fees');
    expect(p.points).toContain('detention');
  });

  it('"prefer not to say" alone: a neutral talk with a lawyer, no warning of removal to Russia', () => {
    const p = plan(PEOPLE.preferNotToSay);
    expect(p.assessment.outcome).toBe('lawyer_first');
    expect(p.now).toEqual(['lawyerTalk']);
    expect(p.points).toContain('lawyerTalk');
    expect(p.points).not.toContain('deportationFlights');
    // With a real bar as well, it is no longer the only reason.
    expect(plan({ ...PEOPLE.preferNotToSay, otherCountry: 'yes' }).points).not.toContain('lawyerTalk');
  });

  it('a court case: the hearing first, the address to report, a complete I-589 in court', () => {
    const p = plan(PEOPLE.refuserWithCourtCase);
    expect(p.now[0]).toBe('hearing');
    expect(p.points).toEqual(expect.arrayContaining(['changeAddress', 'courtCompleteI589', 'checkCourt', 'annualAsylumFee']));
  });
});

/** Each point of current law, with the condition under which it is shown (and nowhere else). */
const WHEN: Record<Point, (p: ReturnType<typeof plan>) => boolean> = {
  annualAsylumFee: ({ assessment: x }) => x.filing === 'affirmative_uscis' || x.filing === 'defensive_court',
  fees: ({ assessment: x }) => x.filing === 'affirmative_uscis' || x.filing === 'defensive_court',
  leavingAbandons: ({ assessment: x }) => x.filing === 'affirmative_uscis' || x.filing === 'defensive_court',
  changeAddress: ({ assessment: x, answers: a }) =>
    x.filing === 'affirmative_uscis' || x.filing === 'defensive_court' || (a.location === 'in_us' && (a.proceedings === 'yes' || a.proceedings === 'unsure')),
  uscisDelays: ({ assessment: x }) => x.filing === 'affirmative_uscis',
  // LEGAL.md §12 (TODAY is after each rule's first day; the days before are tested below).
  referralNoInterview: ({ assessment: x, now }) => x.filing === 'affirmative_uscis' && !now.includes('lateFiler'),
  travel: ({ assessment: x }) => x.filing === 'affirmative_uscis' || x.filing === 'defensive_court',
  currentForms: ({ assessment: x }) => x.filing === 'affirmative_uscis' || x.filing === 'defensive_court',
  borderAccess: ({ answers: a }) => a.location === 'at_border' && a.minor !== 'yes',
  detention: ({ answers: a }) => a.minor !== 'yes' && a.location !== 'outside_us' && (a.location === 'at_border' || a.entry === 'between_ports' || a.entry === 'other'),
  expeditedRemoval: ({ answers: a }) =>
    a.location === 'in_us' && a.minor !== 'yes' && (a.entry === 'between_ports' || a.entry === 'other') && (a.lastArrival ?? '') > '2024-11-29',
  expeditedRemovalParole: ({ answers: a }) => a.location === 'in_us' && a.minor !== 'yes' && a.entry === 'parole' && (a.lastArrival ?? '') > '2024-11-29',
  deportationFlights: ({ assessment: x, answers: a }) =>
    a.location !== 'outside_us' &&
    (x.outcome === 'deadline_passed' || x.outcome === 'weak_claim' || ['bar_crime', 'bar_persecutor', 'bar_terrorism', 'prior_denial'].some((f) => x.flags.includes(f as never))),
  courtCompleteI589: ({ assessment: x, answers: a }) => x.filing === 'defensive_court' || (a.location === 'in_us' && a.proceedings === 'unsure'),
  thirdCountry: ({ assessment: x }) => x.alternatives.length > 0,
  abroad: ({ answers: a }) => a.location === 'outside_us',
  checkCourt: ({ answers: a }) => a.location === 'in_us' && (a.proceedings === 'yes' || a.proceedings === 'unsure'),
  child: ({ answers: a }) => a.location !== 'outside_us' && a.minor === 'yes',
  lawyerTalk: ({ assessment: x, answers: a }) =>
    x.flags.includes('bars_undisclosed') &&
    !x.flags.some((f) => ['prior_denial', 'bar_crime', 'bar_persecutor', 'bar_terrorism', 'other_country'].includes(f)) &&
    !(x.flags.includes('canada_stca') && a.location === 'at_border'),
  entryRules: ({ answers: a }) => a.minor !== 'yes' && a.location !== 'outside_us' && (a.entry === 'between_ports' || a.entry === 'other'),
  family: ({ answers: a }) => a.minor !== 'yes' && a.location !== 'outside_us',
  translations: ({ answers: a }) => a.location !== 'outside_us',
};

describe('every point of current law is shown exactly where its condition holds', () => {
  it.each(POINTS.map((point) => [point]))('%s', (point) => {
    const seen = { shown: 0, hidden: 0 };
    fc.assert(
      fc.property(sampleAnswersArb(TODAY), (overrides) => {
        const p = plan(overrides);
        const expected = WHEN[point](p);
        expect(p.points.includes(point), JSON.stringify(p.answers)).toBe(expected);
        seen[expected ? 'shown' : 'hidden'] += 1;
      }),
      { numRuns: 400, seed: 7 },
    );
    // The condition is met by some answers and not by others: the test saw both.
    expect(seen.shown, `${point} is never shown`).toBeGreaterThan(0);
    expect(seen.hidden, `${point} is always shown`).toBeGreaterThan(0);
  });
});

describe('the folded parts', () => {
  it('are in the fixed order; answers and sources are always there', () => {
    for (const person of Object.values(PEOPLE)) {
      const { sections } = plan(person);
      expect(sections).toEqual(SECTIONS.filter((s) => sections.includes(s)));
      expect(sections).toEqual(expect.arrayContaining(['filing', 'evidence', 'lawyers', 'answers', 'about']));
    }
  });

  it('other protection only with alternatives; what may apply only with something to say', () => {
    expect(plan({ location: 'in_us', lastArrival: RECENT }).sections).not.toContain('otherProtection');
    expect(plan({ ...PEOPLE.journalistPassed, exceptions: ['none'] }).sections).toContain('otherProtection');
    expect(plan({ location: 'in_us', lastArrival: RECENT }).sections).not.toContain('mayApply');
    expect(plan(PEOPLE.barred).sections).toContain('mayApply');
  });
});

describe('dated facts', () => {
  const all = Object.entries(DATED_FACTS) as [FactId, readonly DatedFact[]][];

  it('every version has a source, a checked date, a window and a valid amount or date', () => {
    for (const [id, versions] of all) {
      for (const fact of versions) expect(factProblems(fact), id).toEqual([]);
      expect(versions.every((f) => Object.hasOwn(CITATIONS, f.source)), id).toBe(true);
    }
  });

  it.each<[string, DatedFact, string]>([
    ['no source', { value: 100, validFrom: '2026-01-01', source: '' as never, checkedOn: TODAY }, 'no source'],
    ['no checked date', { value: 100, validFrom: '2026-01-01', source: 'uscis-fees', checkedOn: '' }, 'no valid checkedOn date'],
    ['an amount that is not one', { value: Number.NaN, validFrom: '2026-01-01', source: 'uscis-fees', checkedOn: TODAY }, 'no valid amount or date'],
    ['a zero amount', { value: 0, validFrom: '2026-01-01', source: 'uscis-fees', checkedOn: TODAY }, 'no valid amount or date'],
    ['an end before the start', { value: 1, validFrom: '2026-01-01', validTo: '2025-01-01', source: 'uscis-fees', checkedOn: TODAY }, 'validTo is not a date after validFrom'],
  ])('a fact with %s is refused', (_reason, fact, problem) => {
    expect(factProblems(fact)).toContain(problem);
  });

  it('versions of one fact never overlap', () => {
    for (const [id, versions] of all) {
      const sorted = [...versions].sort((x, y) => x.validFrom.localeCompare(y.validFrom));
      sorted.slice(1).forEach((fact, i) => expect(sorted[i]?.validTo !== undefined && sorted[i].validTo <= fact.validFrom, id).toBe(true));
    }
  });

  it('is chosen by today: the FY2026 fees now, none once their window has ended', () => {
    expect(factOn('annualAsylumFee', TODAY)?.value).toBe(102);
    expect(factOn('workPermitFee', TODAY)?.value).toBe(560);
    expect(factOn('i589Fee', '2025-09-01')).toMatchObject({ value: 100, validFrom: '2025-07-22' });
    expect(factOn('i589Fee', '2026-05-01')).toMatchObject({ value: 100, validFrom: '2026-01-01' });
    expect(factOn('annualAsylumFee', '2025-12-31')).toBeNull();
    expect(factOn('annualAsylumFee', '2027-01-01')).toBeNull();
  });

  it('says an amount may change within 60 days of its known end, or once checked more than 6 months ago', () => {
    expect(factOn('workPermitFee', '2026-10-01')?.mayChange).toBe(false);
    expect(factOn('workPermitFee', '2026-11-02')?.mayChange).toBe(true); // 60 days before 2027-01-01
    expect(factOn('workPermitFee', '2026-11-01')?.mayChange).toBe(false);
    expect(factOn('workPermitWaitDays', '2027-06-06')?.mayChange).toBe(false);
    expect(factOn('workPermitWaitDays', '2027-06-07')?.mayChange).toBe(true); // checked 2026-12-06, 6 months on
  });
});

describe('the bad news is said once', () => {
  it('a flag whose step is in "What to do now" is not repeated under "What may apply"', () => {
    expect(plan(PEOPLE.journalistPassed).flags).not.toContain('deadline_passed');
    expect(plan(PEOPLE.journalistPassed).flags).toContain('exception_claimed');
    expect(plan(PEOPLE.unsureCourt).flags).not.toContain('check_proceedings');
    expect(plan(PEOPLE.deadlineSoon).flags).not.toContain('deadline_soon');
    expect(plan(PEOPLE.childInUs).flags).not.toContain('unaccompanied_minor');
    // With a court case, a close deadline and a recent crossing, each is said once, in "What to do now".
    const crowded = plan({ location: 'in_us', lastArrival: SOON, entry: 'between_ports', proceedings: 'yes' });
    expect(crowded.now).toEqual(['hearing', 'deadlineSoon', 'expeditedRemoval']);
    expect(crowded.flags).not.toContain('deadline_soon');
    expect(crowded.flags).toContain('entry_review');
  });
});

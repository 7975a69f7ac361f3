import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { FLAGS as EXPORTED_FLAGS, RULES_REVIEWED, assess, type Assessment } from './assess';
import { CITATIONS, CITATION_IDS } from './citations';
import { daysUntil } from './deadline';
import { QUESTION_ORDER, spec, type QuestionId } from './questions';
import { answerArb } from './testing/fixtures';
import { FLOW_FLAGS, flowAssess, flowPath } from './testing/flowRules';

// The names of the contract (flows/asylum/README.md), written out here (not imported) so that a renamed code fails the test.
const OUTCOMES = ['outside_us', 'lawyer_first', 'weak_claim', 'credible_fear', 'deadline_passed', 'may_qualify_exception', 'may_qualify'];
const FILINGS = ['affirmative_uscis', 'defensive_court', 'credible_fear', 'not_applicable'];
const TIMINGS = ['in_time', 'uncertain', 'passed', 'exempt_minor', 'not_applicable'];
/** The flags of the independent oracle (testing/flowRules.ts): assess.ts must export exactly these. */
const FLAGS: readonly string[] = FLOW_FLAGS;
const ALTERNATIVES = [[], ['cat'], ['withholding', 'cat']];
/** The citation ids the app may cite. */
const LEGAL_IDS = [
  'ina-208', 'ina-101-a-42', 'ina-241-b-3', 'cfr-208-4', 'cfr-208-13', 'cfr-208-16', 'cfr-208-30', 'cfr-208-7', 'usc-5-6103',
  'uscis-asylum', 'uscis-i589', 'eoir-acis', 'eoir-pro-bono', 'eoir-ra-roster', 'uscis-legal-services', 'uscis-avoid-scams',
  'ian-directory', 'aila-search', 'uscis-processing-times', 'state-refugee-admissions',
  'uscis-fees', 'fr-2025-20622', 'uscis-ar-11', 'eoir-33', 'usc-8-1225', 'usc-8-1229a', 'usc-8-1232', 'bia-h-a-a-v', 'kind',
  // LEGAL.md §12 (2026-12-06)
  'cfr-106-2', 'cfr-208-8', 'fr-91-45637', 'fr-2026-15190', 'scotus-al-otro-lado', 'bia-delcarmen-lara', 'uscis-i765',
];

const TODAY = '2026-11-25';
const IN_TIME = '2026-06-01'; // deadline 2027-06-01, 188 days after TODAY
const PASSED = '2024-01-10'; // deadline 2025-01-10, 684 days before TODAY

/** In the U.S., in time, a claim that fits, nothing that bars: `may_qualify`. */
const US: Answers = {
  location: 'in_us',
  minor: 'no',
  grounds: ['political'],
  harm: 'past_harm',
  harmBy: 'government',
  otherCountry: 'no',
  lastArrival: IN_TIME,
  entry: 'visa',
  proceedings: 'no',
  priorDenial: 'no',
  bars: ['none'],
};
/** As US, but the year has passed and no exception is claimed: `deadline_passed`. */
const US_PASSED: Answers = { ...US, lastArrival: PASSED, exceptions: ['none'] };
/** At the border, a claim that fits: `credible_fear`. */
const BORDER: Answers = {
  location: 'at_border',
  minor: 'no',
  grounds: ['lgbt'],
  harm: 'fear_only',
  harmBy: 'government',
  otherCountry: 'no',
  entry: 'parole',
  bars: ['none'],
};
/** Outside the U.S. */
const OUTSIDE: Answers = { location: 'outside_us', grounds: ['religion'], harm: 'past_harm', harmBy: 'government' };

interface Case {
  reason: string;
  answers: Answers;
  today?: string;
  outcome: string;
  filing: string;
  timing: string;
  flags: string[];
  alternatives: string[];
  claim?: 'fits' | 'weak';
  deadline?: string | null;
  daysLeft?: number | null;
  latestDeadline?: string | null;
}

const IN_TIME_US = { filing: 'affirmative_uscis', timing: 'in_time', deadline: '2027-06-01', daysLeft: 188 };
const PASSED_US = { filing: 'affirmative_uscis', timing: 'passed', deadline: '2025-01-10', daysLeft: -684 };
const AT_BORDER = { filing: 'credible_fear', timing: 'not_applicable', deadline: null, daysLeft: null };
const ABROAD = { outcome: 'outside_us', filing: 'not_applicable', timing: 'not_applicable', deadline: null, daysLeft: null, alternatives: [] };

/** Only the month (FLOW.md §1): November 2025 on TODAY: from its first day the deadline passed (Monday 2026-11-02), from its last not yet (2026-11-30). */
const MONTH_UNCERTAIN = { filing: 'affirmative_uscis', timing: 'uncertain', deadline: '2026-11-02', daysLeft: -23, latestDeadline: '2026-11-30' };

const CASES: Case[] = [
  // --- only the month of arrival (FLOW.md §1, "Only the month")
  {
    reason: 'only the month, in time: the deadline counts from its first day',
    answers: { ...US, lastArrival: '2026-06' },
    outcome: 'may_qualify',
    ...IN_TIME_US,
    latestDeadline: '2027-06-30',
    flags: [],
    alternatives: [],
  },
  {
    reason: 'only the month, some day of it still in time: uncertain, never passed',
    answers: { ...US, lastArrival: '2025-11', exceptions: ['none'] },
    outcome: 'may_qualify',
    ...MONTH_UNCERTAIN,
    flags: ['deadline_uncertain'],
    alternatives: [],
  },
  {
    reason: 'only the month, uncertain, an exception claimed',
    answers: { ...US, lastArrival: '2025-11', exceptions: ['changed_circumstances'] },
    outcome: 'may_qualify',
    ...MONTH_UNCERTAIN,
    flags: ['deadline_uncertain', 'exception_claimed'],
    alternatives: [],
  },
  {
    reason: 'only the month, every day of it past the deadline: passed',
    answers: { ...US, lastArrival: '2024-01', exceptions: ['none'] },
    outcome: 'deadline_passed',
    filing: 'affirmative_uscis',
    timing: 'passed',
    // 2025-01-01 is New Year's Day: the 2nd; from the last day, Friday 2025-01-31.
    deadline: '2025-01-02',
    latestDeadline: '2025-01-31',
    daysLeft: -692,
    flags: ['deadline_passed'],
    alternatives: ['withholding', 'cat'],
  },
  // --- outcomes, one by one
  { reason: 'in the U.S., in time, a claim that fits', answers: US, outcome: 'may_qualify', claim: 'fits', ...IN_TIME_US, flags: [], alternatives: [] },
  { reason: 'outside the U.S.', answers: OUTSIDE, ...ABROAD, claim: 'fits', flags: [] },
  { reason: 'outside the U.S. with no harm: still outside_us first', answers: { ...OUTSIDE, harm: 'neither' }, ...ABROAD, claim: 'weak', flags: [] },
  {
    reason: 'outside the U.S. with stale in-U.S. answers (bars, lastArrival, minor, …) that must not count',
    answers: { ...OUTSIDE, minor: 'yes', lastArrival: PASSED, bars: ['crime'], priorDenial: 'yes', otherCountry: 'yes', entry: 'canada_land', proceedings: 'unsure', exceptions: ['changed_circumstances'] },
    ...ABROAD,
    flags: [],
  },
  { reason: 'at the border, a claim that fits', answers: BORDER, outcome: 'credible_fear', claim: 'fits', ...AT_BORDER, flags: [], alternatives: [] },
  {
    reason: 'at the border with stale in-U.S. answers (lastArrival, proceedings, priorDenial, exceptions) that must not count',
    answers: { ...BORDER, lastArrival: PASSED, proceedings: 'yes', priorDenial: 'yes', exceptions: ['maintained_status'] },
    outcome: 'credible_fear',
    ...AT_BORDER,
    flags: [],
    alternatives: [],
  },
  { reason: 'deadline passed, no exception', answers: US_PASSED, outcome: 'deadline_passed', ...PASSED_US, flags: ['deadline_passed'], alternatives: ['withholding', 'cat'] },
  {
    reason: 'deadline passed, changed circumstances',
    answers: { ...US_PASSED, exceptions: ['changed_circumstances'] },
    outcome: 'may_qualify_exception',
    ...PASSED_US,
    flags: ['deadline_passed', 'exception_claimed'],
    alternatives: ['withholding', 'cat'],
  },
  {
    reason: 'deadline passed, extraordinary circumstances',
    answers: { ...US_PASSED, exceptions: ['extraordinary_circumstances'] },
    outcome: 'may_qualify_exception',
    ...PASSED_US,
    flags: ['deadline_passed', 'exception_claimed'],
    alternatives: ['withholding', 'cat'],
  },
  {
    reason: 'deadline passed, status maintained until recently',
    answers: { ...US_PASSED, exceptions: ['maintained_status'] },
    outcome: 'may_qualify_exception',
    ...PASSED_US,
    flags: ['deadline_passed', 'exception_claimed'],
    alternatives: ['withholding', 'cat'],
  },
  {
    reason: "a stored mix ['none', 'maintained_status'] is read as claiming an exception",
    answers: { ...US_PASSED, exceptions: ['none', 'maintained_status'] },
    outcome: 'may_qualify_exception',
    ...PASSED_US,
    flags: ['deadline_passed', 'exception_claimed'],
    alternatives: ['withholding', 'cat'],
  },
  {
    reason: 'deadline passed but exceptions not answered yet: deadline_passed',
    answers: { ...US_PASSED, exceptions: undefined },
    outcome: 'deadline_passed',
    ...PASSED_US,
    flags: ['deadline_passed'],
    alternatives: ['withholding', 'cat'],
  },
  {
    reason: 'in time: exceptions left over from a passed date are off the path',
    answers: { ...US, exceptions: ['changed_circumstances'] },
    outcome: 'may_qualify',
    ...IN_TIME_US,
    flags: [],
    alternatives: [],
  },

  // --- claim
  { reason: "grounds ['none']: weak, CAT because the government harms", answers: { ...US, grounds: ['none'] }, outcome: 'weak_claim', claim: 'weak', ...IN_TIME_US, flags: [], alternatives: ['cat'] },
  { reason: "a stored mix ['none', 'lgbt'] has a ground other than none", answers: { ...US, grounds: ['none', 'lgbt'] }, outcome: 'may_qualify', claim: 'fits', ...IN_TIME_US, flags: [], alternatives: [] },
  {
    reason: 'harm = neither: weak; a leftover harmBy government is off the path, so no CAT',
    answers: { ...US, harm: 'neither', harmBy: 'government' },
    outcome: 'weak_claim',
    claim: 'weak',
    ...IN_TIME_US,
    flags: [],
    alternatives: [],
  },
  {
    reason: 'harm = neither: leftover non-state harmBy and relocation are off the path (no flags)',
    answers: { ...US, harm: 'neither', harmBy: 'non_state_uncontrolled', relocation: 'yes' },
    outcome: 'weak_claim',
    claim: 'weak',
    ...IN_TIME_US,
    flags: [],
    alternatives: [],
  },
  {
    reason: 'non-state actor the authorities would stop: weak, no CAT',
    answers: { ...US, harmBy: 'non_state_other', relocation: 'no' },
    outcome: 'weak_claim',
    claim: 'weak',
    ...IN_TIME_US,
    flags: ['non_state_actor'],
    alternatives: [],
  },
  {
    reason: 'uncontrolled non-state actor, no safe place: fits',
    answers: { ...US, harmBy: 'non_state_uncontrolled', relocation: 'no' },
    outcome: 'may_qualify',
    claim: 'fits',
    ...IN_TIME_US,
    flags: ['non_state_actor'],
    alternatives: [],
  },
  {
    reason: 'uncontrolled non-state actor, relocation unsure: fits',
    answers: { ...US, harmBy: 'non_state_uncontrolled', relocation: 'unsure' },
    outcome: 'may_qualify',
    claim: 'fits',
    ...IN_TIME_US,
    flags: ['non_state_actor'],
    alternatives: [],
  },
  {
    reason: 'uncontrolled non-state actor, could relocate: weak',
    answers: { ...US, harmBy: 'non_state_uncontrolled', relocation: 'yes' },
    outcome: 'weak_claim',
    claim: 'weak',
    ...IN_TIME_US,
    flags: ['non_state_actor', 'relocation_possible'],
    alternatives: [],
  },
  {
    reason: 'government harms: a leftover relocation answer is off the path',
    answers: { ...US, relocation: 'yes' },
    outcome: 'may_qualify',
    claim: 'fits',
    ...IN_TIME_US,
    flags: [],
    alternatives: [],
  },
  {
    reason: 'refusing mobilization: the nuance flag',
    answers: { ...US, grounds: ['military_refusal', 'political'] },
    outcome: 'may_qualify',
    ...IN_TIME_US,
    flags: ['military_refusal_nuance'],
    alternatives: [],
  },
  {
    reason: 'weak claim at the border comes before credible_fear',
    answers: { ...BORDER, grounds: ['none'] },
    outcome: 'weak_claim',
    claim: 'weak',
    ...AT_BORDER,
    flags: [],
    alternatives: ['cat'],
  },
  {
    reason: 'weak claim comes before deadline_passed',
    answers: { ...US_PASSED, grounds: ['none'] },
    outcome: 'weak_claim',
    ...PASSED_US,
    flags: ['deadline_passed'],
    alternatives: ['cat'],
  },

  // --- lawyer_first and the bars
  { reason: 'asylum denied before', answers: { ...US, priorDenial: 'yes' }, outcome: 'lawyer_first', ...IN_TIME_US, flags: ['prior_denial'], alternatives: ['withholding', 'cat'] },
  { reason: 'a serious crime: only CAT is left', answers: { ...US, bars: ['crime'] }, outcome: 'lawyer_first', ...IN_TIME_US, flags: ['bar_crime'], alternatives: ['cat'] },
  { reason: 'harmed others: only CAT is left', answers: { ...US, bars: ['persecutor'] }, outcome: 'lawyer_first', ...IN_TIME_US, flags: ['bar_persecutor'], alternatives: ['cat'] },
  { reason: 'supported an armed group: only CAT is left', answers: { ...US, bars: ['terrorism'] }, outcome: 'lawyer_first', ...IN_TIME_US, flags: ['bar_terrorism'], alternatives: ['cat'] },
  {
    reason: 'two bars at once',
    answers: { ...US, bars: ['crime', 'terrorism'] },
    outcome: 'lawyer_first',
    ...IN_TIME_US,
    flags: ['bar_crime', 'bar_terrorism'],
    alternatives: ['cat'],
  },
  {
    reason: 'prefer not to say: lawyer first, withholding still possible',
    answers: { ...US, bars: ['prefer_not_say'] },
    outcome: 'lawyer_first',
    ...IN_TIME_US,
    flags: ['bars_undisclosed'],
    alternatives: ['withholding', 'cat'],
  },
  {
    reason: 'a stored mix ["none", "crime"] is read as it is: the crime bar counts',
    answers: { ...US, bars: ['none', 'crime'] },
    outcome: 'lawyer_first',
    ...IN_TIME_US,
    flags: ['bar_crime'],
    alternatives: ['cat'],
  },
  { reason: 'another citizenship or residence', answers: { ...US, otherCountry: 'yes' }, outcome: 'lawyer_first', ...IN_TIME_US, flags: ['other_country'], alternatives: ['withholding', 'cat'] },
  {
    reason: 'Canada land crossing at the border: lawyer first',
    answers: { ...BORDER, entry: 'canada_land' },
    outcome: 'lawyer_first',
    ...AT_BORDER,
    flags: ['canada_stca'],
    alternatives: ['withholding', 'cat'],
  },
  {
    reason: 'Canada land crossing, already in the U.S.: the flag only informs',
    answers: { ...US, entry: 'canada_land' },
    outcome: 'may_qualify',
    ...IN_TIME_US,
    flags: ['canada_stca'],
    alternatives: [],
  },
  {
    reason: 'Canada land crossing by an unaccompanied minor at the border: no STCA flag, USCIS',
    answers: { ...BORDER, minor: 'yes', entry: 'canada_land' },
    outcome: 'may_qualify',
    filing: 'affirmative_uscis',
    timing: 'not_applicable',
    deadline: null,
    flags: ['unaccompanied_minor'],
    alternatives: [],
  },
  {
    reason: 'lawyer_first comes before weak_claim (CAT only, because of the bar)',
    answers: { ...US, grounds: ['none'], bars: ['persecutor'] },
    outcome: 'lawyer_first',
    claim: 'weak',
    ...IN_TIME_US,
    flags: ['bar_persecutor'],
    alternatives: ['cat'],
  },
  {
    reason: 'lawyer_first with harm = neither: no alternatives',
    answers: { ...US, harm: 'neither', priorDenial: 'yes' },
    outcome: 'lawyer_first',
    claim: 'weak',
    ...IN_TIME_US,
    flags: ['prior_denial'],
    alternatives: [],
  },
  {
    reason: 'lawyer_first comes before deadline_passed',
    answers: { ...US_PASSED, priorDenial: 'yes' },
    outcome: 'lawyer_first',
    ...PASSED_US,
    flags: ['deadline_passed', 'prior_denial'],
    alternatives: ['withholding', 'cat'],
  },
  {
    reason: 'every flag that can apply together',
    answers: {
      ...US_PASSED,
      grounds: ['military_refusal'],
      harmBy: 'non_state_uncontrolled',
      relocation: 'yes',
      otherCountry: 'yes',
      entry: 'canada_land',
      proceedings: 'unsure',
      priorDenial: 'yes',
      exceptions: ['changed_circumstances'],
      bars: ['crime', 'persecutor', 'terrorism'],
    },
    outcome: 'lawyer_first',
    claim: 'weak',
    ...PASSED_US,
    flags: [
      'deadline_passed', 'exception_claimed', 'check_proceedings', 'prior_denial', 'bar_crime', 'bar_persecutor', 'bar_terrorism',
      'other_country', 'canada_stca', 'non_state_actor', 'relocation_possible', 'military_refusal_nuance',
    ],
    alternatives: ['cat'],
  },

  // --- filing
  { reason: 'removal proceedings: file with the court', answers: { ...US, proceedings: 'yes' }, outcome: 'may_qualify', ...IN_TIME_US, filing: 'defensive_court', flags: [], alternatives: [] },
  {
    reason: 'unsure about proceedings: affirmative, and check',
    answers: { ...US, proceedings: 'unsure' },
    outcome: 'may_qualify',
    ...IN_TIME_US,
    filing: 'affirmative_uscis',
    flags: ['check_proceedings'],
    alternatives: [],
  },
  {
    reason: 'an unaccompanied minor past the year, in proceedings: exempt, USCIS; stale exceptions ignored',
    answers: { ...US_PASSED, minor: 'yes', proceedings: 'yes', exceptions: ['changed_circumstances'] },
    outcome: 'may_qualify',
    filing: 'affirmative_uscis',
    timing: 'exempt_minor',
    deadline: '2025-01-10',
    daysLeft: -684,
    flags: ['unaccompanied_minor'],
    alternatives: [],
  },
  {
    reason: 'an unaccompanied minor close to the year: exempt, so no deadline_soon',
    answers: { ...US, minor: 'yes', lastArrival: '2025-12-01' },
    outcome: 'may_qualify',
    filing: 'affirmative_uscis',
    timing: 'exempt_minor',
    deadline: '2026-12-01',
    daysLeft: 6,
    flags: ['unaccompanied_minor'],
    alternatives: [],
  },
  {
    reason: 'an unaccompanied minor at the border: USCIS, not credible fear',
    answers: { ...BORDER, minor: 'yes' },
    outcome: 'may_qualify',
    filing: 'affirmative_uscis',
    timing: 'not_applicable',
    deadline: null,
    flags: ['unaccompanied_minor'],
    alternatives: [],
  },

  // --- timing and the deadline
  {
    reason: 'deadline today: in time, 0 days left',
    answers: { ...US, lastArrival: '2025-11-25' },
    outcome: 'may_qualify',
    filing: 'affirmative_uscis',
    timing: 'in_time',
    deadline: '2026-11-25',
    daysLeft: 0,
    flags: ['deadline_soon'],
    alternatives: [],
  },
  {
    reason: 'deadline yesterday: passed',
    answers: { ...US, lastArrival: '2025-11-24', exceptions: ['none'] },
    outcome: 'deadline_passed',
    filing: 'affirmative_uscis',
    timing: 'passed',
    deadline: '2026-11-24',
    daysLeft: -1,
    flags: ['deadline_passed'],
    alternatives: ['withholding', 'cat'],
  },
  {
    reason: 'anniversary Saturday 2026-11-28 moved to Monday 11-30: still in time on Sunday 11-29',
    answers: { ...US, lastArrival: '2025-11-28' },
    today: '2026-11-29',
    outcome: 'may_qualify',
    filing: 'affirmative_uscis',
    timing: 'in_time',
    deadline: '2026-11-30',
    daysLeft: 1,
    flags: ['deadline_soon'],
    alternatives: [],
  },
  {
    reason: 'anniversary on Thanksgiving 2026-11-26 moved to Friday 11-27: in time on 11-27',
    answers: { ...US, lastArrival: '2025-11-26' },
    today: '2026-11-27',
    outcome: 'may_qualify',
    filing: 'affirmative_uscis',
    timing: 'in_time',
    deadline: '2026-11-27',
    daysLeft: 0,
    flags: ['deadline_soon'],
    alternatives: [],
  },
  {
    reason: 'the day after the moved deadline: passed',
    answers: { ...US, lastArrival: '2025-11-26', exceptions: ['none'] },
    today: '2026-11-28',
    outcome: 'deadline_passed',
    filing: 'affirmative_uscis',
    timing: 'passed',
    deadline: '2026-11-27',
    daysLeft: -1,
    flags: ['deadline_passed'],
    alternatives: ['withholding', 'cat'],
  },
  {
    reason: '60 days left: deadline_soon',
    answers: { ...US, lastArrival: '2026-03-10' },
    today: '2027-01-09',
    outcome: 'may_qualify',
    filing: 'affirmative_uscis',
    timing: 'in_time',
    deadline: '2027-03-10',
    daysLeft: 60,
    flags: ['deadline_soon'],
    alternatives: [],
  },
  {
    reason: '61 days left: not soon',
    answers: { ...US, lastArrival: '2026-03-10' },
    today: '2027-01-08',
    outcome: 'may_qualify',
    filing: 'affirmative_uscis',
    timing: 'in_time',
    deadline: '2027-03-10',
    daysLeft: 61,
    flags: [],
    alternatives: [],
  },
  {
    reason: 'in the U.S. with no arrival date yet: no deadline, timing not_applicable',
    answers: { ...US, lastArrival: undefined },
    outcome: 'may_qualify',
    filing: 'affirmative_uscis',
    timing: 'not_applicable',
    deadline: null,
    daysLeft: null,
    flags: [],
    alternatives: [],
  },
  {
    reason: 'an arrival before 1997-04-01 counts from then: deadline 1998-04-01',
    answers: { ...US, lastArrival: '1990-05-05', exceptions: ['none'] },
    outcome: 'deadline_passed',
    ...PASSED_US,
    deadline: '1998-04-01',
    daysLeft: -10465,
    flags: ['deadline_passed'],
    alternatives: ['withholding', 'cat'],
  },

  // --- entry
  { reason: 'crossed between ports: entry review', answers: { ...US, entry: 'between_ports' }, outcome: 'may_qualify', ...IN_TIME_US, flags: ['entry_review'], alternatives: [] },
  { reason: 'another way of entry: entry review', answers: { ...US, entry: 'other' }, outcome: 'may_qualify', ...IN_TIME_US, flags: ['entry_review'], alternatives: [] },
  { reason: 'paroled at a port (CBP One): no entry flag', answers: { ...US, entry: 'parole' }, outcome: 'may_qualify', ...IN_TIME_US, flags: [], alternatives: [] },
  {
    reason: 'at the border between ports: credible fear with entry review',
    answers: { ...BORDER, entry: 'between_ports' },
    outcome: 'credible_fear',
    ...AT_BORDER,
    flags: ['entry_review'],
    alternatives: [],
  },

  // --- incomplete answers, read literally
  {
    reason: 'no answers at all: nothing fits yet, no deadline',
    answers: {},
    outcome: 'weak_claim',
    claim: 'weak',
    filing: 'affirmative_uscis',
    timing: 'not_applicable',
    deadline: null,
    flags: [],
    alternatives: [],
  },
];

describe('assess: the assessment table', () => {
  it('has at least 45 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(45);
  });

  it.each(CASES.map((c) => [c.reason, c] as const))('%s', (_reason, c) => {
    const result = assess(c.answers, c.today ?? TODAY);
    expect(result.outcome).toBe(c.outcome);
    expect(result.filing).toBe(c.filing);
    expect(result.timing).toBe(c.timing);
    expect([...result.flags].sort()).toEqual([...c.flags].sort());
    expect(new Set(result.flags).size).toBe(result.flags.length);
    expect(result.alternatives).toEqual(c.alternatives);
    if (c.claim !== undefined) expect(result.claim).toBe(c.claim);
    if (c.deadline !== undefined) expect(result.deadline).toBe(c.deadline);
    if (c.daysLeft !== undefined) expect(result.daysLeft).toBe(c.daysLeft);
    if (c.latestDeadline !== undefined) expect(result.latestDeadline).toBe(c.latestDeadline);
  });

  it('assess.ts exports exactly the flags of the independent oracle', () => {
    expect([...EXPORTED_FLAGS].sort()).toEqual([...FLAGS].sort());
  });

  it('covers every outcome, filing, timing, flag and alternatives value', () => {
    expect(new Set(CASES.map((c) => c.outcome))).toEqual(new Set(OUTCOMES));
    expect(new Set(CASES.map((c) => c.filing))).toEqual(new Set(FILINGS));
    expect(new Set(CASES.map((c) => c.timing))).toEqual(new Set(TIMINGS));
    expect(new Set(CASES.flatMap((c) => c.flags))).toEqual(new Set(FLAGS));
    expect(new Set(CASES.map((c) => JSON.stringify(c.alternatives)))).toEqual(new Set(ALTERNATIVES.map((a) => JSON.stringify(a))));
    expect(new Set(CASES.map((c) => c.reason)).size).toBe(CASES.length);
  });
});

describe('citations', () => {
  it('citations.ts has exactly the known citation ids, each with a title and an https URL', () => {
    expect([...CITATION_IDS].sort()).toEqual([...LEGAL_IDS].sort());
    for (const id of CITATION_IDS) {
      expect(CITATIONS[id].title.length, id).toBeGreaterThan(0);
      expect(CITATIONS[id].url, id).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  /** At least one id behind each flag (the law the flag rests on). */
  const FLAG_SOURCES: Record<string, string[]> = {
    deadline_soon: ['cfr-208-4', 'ina-208'],
    deadline_passed: ['cfr-208-4', 'ina-208'],
    deadline_uncertain: ['cfr-208-4', 'ina-208'],
    exception_claimed: ['cfr-208-4', 'ina-208'],
    unaccompanied_minor: ['ina-208'],
    check_proceedings: ['eoir-acis'],
    prior_denial: ['ina-208', 'cfr-208-4'],
    bar_crime: ['ina-208', 'cfr-208-13'],
    bar_persecutor: ['ina-208', 'cfr-208-13'],
    bar_terrorism: ['ina-208', 'cfr-208-13'],
    bars_undisclosed: ['ina-208', 'cfr-208-13'],
    other_country: ['cfr-208-13', 'ina-208'],
    canada_stca: ['cfr-208-30'],
    entry_review: ['cfr-208-13', 'ina-208'],
    non_state_actor: ['cfr-208-13', 'ina-101-a-42'],
    relocation_possible: ['cfr-208-13'],
    military_refusal_nuance: ['ina-101-a-42'],
  };
  /** At least one id behind each outcome. */
  const OUTCOME_SOURCES: Record<string, string[]> = {
    outside_us: ['state-refugee-admissions'],
    lawyer_first: ['ina-208', 'cfr-208-13'],
    weak_claim: ['ina-101-a-42'],
    credible_fear: ['cfr-208-30'],
    deadline_passed: ['cfr-208-4'],
    may_qualify_exception: ['cfr-208-4'],
    may_qualify: ['ina-208'],
  };

  it.each(CASES.map((c) => [c.reason, c] as const))('%s: known ids, one per flag and for the outcome, and a lawyer', (_reason, c) => {
    const { citations, flags, outcome, alternatives } = assess(c.answers, c.today ?? TODAY);
    expect(new Set(citations).size).toBe(citations.length);
    for (const id of citations) expect(LEGAL_IDS).toContain(id);
    for (const flag of flags) expect(citations.some((id) => FLAG_SOURCES[flag]?.includes(id)), flag).toBe(true);
    expect(citations.some((id) => OUTCOME_SOURCES[outcome]?.includes(id))).toBe(true);
    expect(citations).toContain('eoir-pro-bono');
    if (alternatives.includes('withholding')) expect(citations).toContain('ina-241-b-3');
    if (alternatives.includes('cat')) expect(citations).toContain('cfr-208-16');
  });
});

describe('RULES_REVIEWED', () => {
  it('is a real YYYY-MM-DD date, not in the future', () => {
    expect(RULES_REVIEWED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(`${RULES_REVIEWED}T00:00:00Z`))).toBe(false);
    expect(RULES_REVIEWED).toBe('2026-12-06');
  });
});

// ---------------------------------------------------------------------------------------------

const day = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/**
 * Any valid answers drawn from the registry by kind, and for a multi question any subset of its codes,
 * stored mixes of exclusive and other codes included (assess must read them as they are).
 */
const anyAnswer = (id: QuestionId): fc.Arbitrary<unknown> => {
  const { kind, codes } = spec(id);
  if (kind === 'multi') return fc.subarray([...codes], { minLength: 1 });
  if (kind === 'date') return fc.oneof(answerArb(id), fc.constantFrom('2025-11-25', '2025-11-26', '2024-02-29'));
  return answerArb(id);
};
const validAnswers = fc.record(
  Object.fromEntries(QUESTION_ORDER.map((id) => [id, maybe(anyAnswer(id))])) as Record<QuestionId, fc.Arbitrary<unknown>>,
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

const garbageValue = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.array(fc.string()),
  fc.constantFrom('in_us', 'yes', '9999-12-31', '9999-06-01', '0001-01-01', '2025-02-31', '', 'none', ['none', 'crime'], ['prefer_not_say', 'none']),
);
const garbageAnswers = fc.dictionary(fc.constantFrom(...QUESTION_ORDER, 'extra', 'constructor'), garbageValue) as unknown as fc.Arbitrary<Answers>;
const todayArb = fc.oneof(day('1997-01-01', '2100-12-31'), fc.constant(TODAY));

/** Everything but the citations, with the flags in a fixed order. */
const comparable = (r: Omit<Assessment, 'citations'>) => ({
  outcome: r.outcome,
  claim: r.claim,
  filing: r.filing,
  deadline: r.deadline,
  daysLeft: r.daysLeft,
  timing: r.timing,
  latestDeadline: r.latestDeadline,
  flags: [...r.flags].sort(),
  alternatives: r.alternatives,
});

function expectWellFormed(result: Assessment, today: string) {
  expect(OUTCOMES).toContain(result.outcome);
  expect(['fits', 'weak']).toContain(result.claim);
  expect(FILINGS).toContain(result.filing);
  expect(TIMINGS).toContain(result.timing);
  for (const flag of result.flags) expect(FLAGS).toContain(flag);
  expect(new Set(result.flags).size).toBe(result.flags.length);
  expect(ALTERNATIVES).toContainEqual(result.alternatives);
  expect(result.citations.length).toBeGreaterThan(0);
  for (const id of result.citations) expect(LEGAL_IDS).toContain(id);
  if (result.deadline === null) {
    expect(result.daysLeft).toBeNull();
  } else {
    expect(result.daysLeft).toBe(daysUntil(today, result.deadline));
  }
}

describe('assess: properties', { timeout: 60_000 }, () => {
  it('valid codes (and stored mixes): never throws, well-formed, and agrees with the rules read independently', () => {
    fc.assert(
      fc.property(validAnswers, todayArb, (answers, today) => {
        const result = assess(answers, today);
        expectWellFormed(result, today);
        expect(comparable(result)).toEqual(comparable(flowAssess(answers, today)));
      }),
      { numRuns: 1000 },
    );
  });

  it('random garbage values: never throws and stays well-formed', () => {
    fc.assert(
      fc.property(garbageAnswers, fc.oneof(todayArb, fc.string()), (answers, today) => {
        const result = assess(answers, today);
        expect(OUTCOMES).toContain(result.outcome);
        expect(FILINGS).toContain(result.filing);
        expect(TIMINGS).toContain(result.timing);
        for (const flag of result.flags) expect(FLAGS).toContain(flag);
        expect(ALTERNATIVES).toContainEqual(result.alternatives);
        if (result.deadline !== null) expect(result.daysLeft).toBe(daysUntil(today, result.deadline));
        else expect(result.daysLeft).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('answers off the path never change the result', () => {
    fc.assert(
      fc.property(validAnswers, validAnswers, todayArb, (answers, noise, today) => {
        const path = flowPath(answers, today);
        // Add the noise only to questions that stay off the path, one at a time, keeping those that do not move it.
        let withNoise: Answers = { ...answers };
        for (const id of QUESTION_ORDER) {
          if (path.includes(id) || answers[id] !== undefined || noise[id] === undefined) continue;
          const candidate: Answers = { ...withNoise, [id]: noise[id] };
          if (JSON.stringify(flowPath(candidate, today)) === JSON.stringify(path)) withNoise = candidate;
        }
        expect(flowPath(withNoise, today)).toEqual(path);
        expect(assess(withNoise, today)).toEqual(assess(answers, today));
      }),
      { numRuns: 500 },
    );
  });

  it('an arrival in 9999 (no writable deadline) does not throw', () => {
    expect(() => assess({ location: 'in_us', lastArrival: '9999-06-01' }, TODAY)).not.toThrow();
    expect(assess({ location: 'in_us', minor: 'yes', lastArrival: '9999-06-01' }, TODAY)).toMatchObject({ deadline: null, daysLeft: null, timing: 'exempt_minor' });
  });

  it('does not mutate the answers', () => {
    const answers = structuredClone(US_PASSED);
    assess(answers, TODAY);
    expect(answers).toEqual(US_PASSED);
  });
});

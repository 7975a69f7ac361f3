// Answer sets for testing everything the summary can show, generated from the registry and the dated data:
// every question on the path varied through its sample values (alone, and in pairs), arrival dates around
// each border-rule window and over two years of days (every weekday, holiday and count of days left),
// and `today` on both sides of every edge of every dated fact. From that pool a small set is chosen that
// still reaches every outcome, flag, step of "What to do now", point, part, border-rule window and fact
// window (`REQUIRED_FEATURES`), so a new question, code, flag, step, point, rule or fact is picked up
// without editing a test. Test-only; pure (no React, no words).

import type { Answers } from '../answers';
import { assess, FILINGS, FLAGS, OUTCOMES, RULES_REVIEWED, TIMINGS, type Assessment } from '../assess';
import { addDays, isLeapYear } from '../dates';
import { explainDeadline, holidaysOfYear, ONE_YEAR_RULE_START } from '../deadline';
import { BORDER_RULES, CHANGE_WARNING_DAYS, DATED_FACTS, monthsPassed, STALE_AFTER_MONTHS } from '../facts';
import { answersOnPath, EARLIEST_DATE, QUESTION_ORDER, questionPath, spec, UNKNOWN_DATE, type AnswerValue, type QuestionId } from '../questions';
import { EXPEDITED_REMOVAL_YEARS, NOW_STEPS, planSummary, POINTS, SECTIONS, type SummaryPlan } from '../summary';
import { completeAnswers, sampleValues } from './fixtures';

/** The day the generated cases are mostly judged on: the day the rules were last reviewed. */
export const BASE_TODAY = RULES_REVIEWED;

export interface SummaryCase {
  /** Exactly the answers on the path. */
  answers: Answers;
  today: string;
  assessment: Assessment;
  plan: SummaryPlan;
  /** What this case shows (see `caseFeatures`). */
  features: ReadonlySet<string>;
}

/** `iso` moved by whole calendar years (29 February → 28 February). */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const monthDay = iso.slice(4) === '-02-29' && !isLeapYear(year) ? '-02-28' : iso.slice(4);
  return `${String(year).padStart(4, '0')}${monthDay}`;
}

/** The first day on which `from` was more than `months` months ago (the day a check goes stale). */
function firstStaleDay(from: string, months: number): string {
  let day = addDays(from, 28 * months);
  while (!monthsPassed(from, day, months)) day = addDays(day, 1);
  return day;
}

/** Each edge of each border-rule window, as an arrival date: the day before it opens, its first and last day, the day after. */
export function borderEdges(): { rule: string; edge: 'before' | 'from' | 'to' | 'after'; date: string }[] {
  return BORDER_RULES.flatMap((rule) => [
    { rule: rule.key, edge: 'before' as const, date: addDays(rule.from, -1) },
    { rule: rule.key, edge: 'from' as const, date: rule.from },
    ...(rule.to === null
      ? []
      : [
          { rule: rule.key, edge: 'to' as const, date: rule.to },
          { rule: rule.key, edge: 'after' as const, date: addDays(rule.to, 1) },
        ]),
  ]);
}

/**
 * The `today` dates around every dated fact: the day before and the first day of each version, the last day
 * before and the first day of its "may change" warning, its last day and the day after it ends, and the
 * last fresh and first stale day after it (and the rules) were checked.
 */
export function factDays(): string[] {
  const days = new Set<string>();
  for (const versions of Object.values(DATED_FACTS)) {
    for (const fact of versions as readonly { validFrom: string; validTo?: string; checkedOn: string }[]) {
      days.add(addDays(fact.validFrom, -1)).add(fact.validFrom);
      if (fact.validTo !== undefined) {
        const warning = addDays(fact.validTo, -CHANGE_WARNING_DAYS);
        days.add(addDays(warning, -1)).add(warning).add(addDays(fact.validTo, -1)).add(fact.validTo);
      }
      const stale = firstStaleDay(fact.checkedOn, STALE_AFTER_MONTHS);
      days.add(addDays(stale, -1)).add(stale);
    }
  }
  const stale = firstStaleDay(RULES_REVIEWED, STALE_AFTER_MONTHS);
  days.add(addDays(stale, -1)).add(stale);
  return [...days].sort();
}

/** Every day from `from` to `to`, both included. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * Arrival dates worth trying on `today`: the border-rule edges, the two-year edge of expedited removal, a day
 * before the one-year rule began, the last 29 February and the week up to a year ago; with `everyDay`, also every day of the last two
 * years (every count of days left or passed, and every weekend and holiday the deadline can be moved past).
 */
function arrivalDates(today: string, everyDay: boolean): string[] {
  const twoYears = addYears(today, -EXPEDITED_REMOVAL_YEARS);
  let leapDay = `${today.slice(0, 4)}-02-29`;
  for (let year = Number(today.slice(0, 4)); !isLeapYear(year) || leapDay > today; year--) leapDay = `${String(year - 1).padStart(4, '0')}-02-29`;
  const dates = [
    ...borderEdges().map((edge) => edge.date),
    twoYears,
    addDays(twoYears, 1),
    addDays(ONE_YEAR_RULE_START, -1),
    leapDay,
    // The week up to one year ago: on a working day, one of them has its deadline today.
    ...daysBetween(addDays(addYears(today, -1), -7), addYears(today, -1)),
    ...(everyDay ? daysBetween(addDays(twoYears, -7), today) : []),
  ];
  return dates.filter((date) => date >= EARLIEST_DATE && date <= today);
}

const key = (value: unknown) => JSON.stringify(value);

/** Exactly the answers on the path, every question on it answered (typical answers where `answers` has none). */
function settle(answers: Answers, today: string): Answers {
  let current = answers;
  for (let i = 0; i <= QUESTION_ORDER.length; i++) {
    const next = answersOnPath(completeAnswers(current, today), today);
    if (key(next) === key(current)) return next;
    current = next;
  }
  throw new Error(`answers do not settle: ${key(answers)}`);
}

/** Each answer set one question away from `base`: every question on its path, each of `values(id)`. */
function oneAway(base: Answers, today: string, values: (id: QuestionId) => readonly AnswerValue[]): Answers[] {
  return questionPath(base, today).flatMap((id) => values(id).map((value) => settle({ ...base, [id]: value }, today)));
}

/**
 * The values tried for question `id`: its sample values, and, by a date's declaration, the arrivals worth
 * trying for a past date (and their months where a month is allowed), today for a future one.
 */
function valuesOf(today: string, everyDay: boolean) {
  return (id: QuestionId): AnswerValue[] => {
    const samples = sampleValues(id, today);
    const { date } = spec(id);
    if (!date) return samples;
    if (date.range === 'future') return [...new Set([...samples, today])] as AnswerValue[];
    const arrivals = arrivalDates(today, everyDay);
    const months = date.monthOnly ? arrivals.map((day) => day.slice(0, 7)) : [];
    return [...new Set([...samples, ...arrivals, ...months])] as AnswerValue[];
  };
}

/** The form of a date answer: a day, only the month, or "unknown". */
const dateForm = (value: string) => (value === UNKNOWN_DATE ? 'unknown' : value.length === 7 ? 'month' : 'day');

/** Whether a holiday skipped on `date` falls on its own date (else the deadline passed over its observed day). */
function ownHolidayDate(date: string, reason: string): boolean {
  return holidaysOfYear(Number(date.slice(0, 4))).some((holiday) => holiday.key === reason && holiday.date === date);
}

/** What a case shows, as feature strings: the cover keeps, for every feature, a case that has it. */
export function caseFeatures(answers: Answers, today: string, assessment: Assessment, plan: SummaryPlan): Set<string> {
  const features = new Set<string>([
    `outcome:${assessment.outcome}`,
    `filing:${assessment.filing}`,
    `timing:${assessment.timing}`,
    `deadlineKind:${plan.deadlineKind}`,
    // The way of filing with the timing, the kind of date and where the person is: the next steps and the
    // working depend on them together.
    `combination:${assessment.filing}:${assessment.timing}:${plan.deadlineKind}:${answers.location}`,
    ...assessment.flags.map((flag) => `flag:${flag}`),
    ...plan.flags.map((flag) => `shownFlag:${flag}`),
    ...assessment.alternatives.map((alternative) => `alternative:${alternative}`),
    ...plan.now.map((step) => `now:${step}`),
    ...plan.points.map((point) => `point:${point}`),
    ...plan.sections.map((section) => `section:${section}`),
    ...plan.lawyerLists.map((list) => `lawyerList:${list}`),
  ]);
  for (const id of QUESTION_ORDER) {
    const value = answers[id];
    if (value === undefined) continue;
    if (spec(id).kind === 'date') features.add(`answer:${id}:${dateForm(String(value))}`);
    else for (const code of Array.isArray(value) ? value : [value]) features.add(`answer:${id}:${code}`);
  }
  // The working of the deadline: its start, the leap day, each day it is moved past.
  if (plan.deadlineKind === 'deadline' && typeof answers.lastArrival === 'string') {
    const steps = explainDeadline(answers.lastArrival);
    features.add(steps.monthOnly ? 'working:fromMonth' : answers.lastArrival < ONE_YEAR_RULE_START ? 'working:before1997' : 'working:from');
    features.add(steps.from.endsWith('-02-29') ? 'working:leapDay' : 'working:anniversary');
    features.add(steps.skipped.length > 0 ? 'working:moved' : 'working:notMoved');
    for (const { date, reason } of steps.skipped) {
      features.add(`skip:${reason}`);
      if (reason !== 'saturday' && reason !== 'sunday') features.add(ownHolidayDate(date, reason) ? 'skip:ownDate' : 'skip:observed');
    }
  }
  if (assessment.daysLeft !== null && plan.deadlineKind === 'deadline') features.add(`daysLeft:${Math.sign(assessment.daysLeft)}`);
  // The text under the headline: a child's note, the "prefer not to say" note, or the outcome's own text.
  features.add(plan.points.includes('child') ? 'note:child' : plan.points.includes('lawyerTalk') ? 'note:lawyerTalk' : 'note:outcome');
  // The next hearing in "What to do now": today, or in so many days.
  if (plan.hearing && plan.now.includes('hearing')) features.add(`hearing:${Math.sign(plan.hearing.daysLeft)}`);
  // The border rules, shown with the flag "How you entered": by arrival date, or today when arriving now.
  if (plan.flags.includes('entry_review')) {
    const arrival = typeof answers.lastArrival === 'string' ? answers.lastArrival : answers.location === 'at_border' ? today : null;
    if (arrival === null) features.add('border:unknownDate');
    if (answers.location === 'at_border') features.add('border:atBorder');
    for (const edge of borderEdges()) if (edge.date === arrival) features.add(`border:${edge.rule}:${edge.edge}`);
  }
  if (monthsPassed(RULES_REVIEWED, today, STALE_AFTER_MONTHS)) features.add('rulesStale');
  // Every way of filing on each day around a fact's edges: the fees and dates of the day, or their absence.
  if (factDays().includes(today)) features.add(`day:${today}:filing:${assessment.filing}`);
  return features;
}

/**
 * What the chosen cases must reach between them (so the generator cannot silently shrink): every outcome,
 * flag, step, point, part, filing and timing, every edge of every border-rule window, every way of filing on
 * every day around a dated fact's edges, a deadline ahead, today and passed, moved past every kind of day, and
 * every answer of every question.
 */
export function requiredFeatures(): string[] {
  return [
    ...OUTCOMES.map((outcome) => `outcome:${outcome}`),
    ...FLAGS.map((flag) => `flag:${flag}`),
    ...NOW_STEPS.map((step) => `now:${step}`),
    ...POINTS.map((point) => `point:${point}`),
    ...SECTIONS.map((section) => `section:${section}`),
    ...FILINGS.map((filing) => `filing:${filing}`),
    ...TIMINGS.map((timing) => `timing:${timing}`),
    ...(['deadline', 'safeDate', 'none'] as const).map((kind) => `deadlineKind:${kind}`),
    ...borderEdges().map((edge) => `border:${edge.rule}:${edge.edge}`),
    'border:atBorder',
    'rulesStale',
    ...[-1, 0, 1].map((sign) => `daysLeft:${sign}`),
    ...['saturday', 'sunday', ...holidaysOfYear(Number(BASE_TODAY.slice(0, 4))).map((holiday) => holiday.key)].map((reason) => `skip:${reason}`),
    'skip:ownDate',
    'skip:observed',
    'working:before1997',
    'working:leapDay',
    'working:fromMonth',
    'hearing:0',
    'hearing:1',
    'note:child',
    'note:lawyerTalk',
    // Every answer of every question (so every label of the answers list), a date in every form its declaration allows.
    ...QUESTION_ORDER.flatMap((id) => {
      const { date, codes } = spec(id);
      if (!date) return codes.map((code) => `answer:${id}:${code}`);
      return ['day', ...(date.monthOnly ? ['month'] : []), ...(date.unknown ? ['unknown'] : [])].map((form) => `answer:${id}:${form}`);
    }),
    ...factDays().flatMap((day) => FILINGS.map((filing) => `day:${day}:filing:${filing}`)),
  ];
}

function makeCase(answers: Answers, today: string, extra?: (c: Omit<SummaryCase, 'features'>) => Iterable<string>): SummaryCase {
  const assessment = assess(answers, today);
  const plan = planSummary(answers, assessment, today);
  const features = caseFeatures(answers, today, assessment, plan);
  for (const feature of extra?.({ answers, today, assessment, plan }) ?? []) features.add(feature);
  return { answers, today, assessment, plan, features };
}

/**
 * Every generated case: on BASE_TODAY, the typical answers, each one question away (arrivals: every day of
 * the last two years too) and each two questions away; on every day around a fact's edges, each one
 * question away.
 */
export function summaryCasePool(extra?: (c: Omit<SummaryCase, 'features'>) => Iterable<string>): SummaryCase[] {
  const pool = new Map<string, SummaryCase>();
  const add = (answers: Answers, today: string) => {
    const id = key([today, answers]);
    if (!pool.has(id)) pool.set(id, makeCase(answers, today, extra));
  };
  const typical = settle({}, BASE_TODAY);
  add(typical, BASE_TODAY);
  for (const answers of oneAway(typical, BASE_TODAY, valuesOf(BASE_TODAY, true))) add(answers, BASE_TODAY);
  for (const first of oneAway(typical, BASE_TODAY, valuesOf(BASE_TODAY, false))) {
    for (const answers of oneAway(first, BASE_TODAY, valuesOf(BASE_TODAY, false))) add(answers, BASE_TODAY);
  }
  for (const today of factDays()) {
    const base = settle({}, today);
    add(base, today);
    for (const answers of oneAway(base, today, valuesOf(today, false))) add(answers, today);
  }
  return [...pool.values()];
}

/**
 * A small set of cases that has every feature any case of the pool has (greedy set cover: each time, the
 * case with the most features not yet covered; ties go to the earlier case).
 */
export function coverCases(pool: readonly SummaryCase[]): SummaryCase[] {
  const uncovered = new Set(pool.flatMap((c) => [...c.features]));
  const chosen: SummaryCase[] = [];
  while (uncovered.size > 0) {
    let best: SummaryCase | undefined;
    let bestGain = 0;
    for (const candidate of pool) {
      let gain = 0;
      for (const feature of candidate.features) if (uncovered.has(feature)) gain++;
      if (gain > bestGain) {
        best = candidate;
        bestGain = gain;
      }
    }
    if (!best) break;
    chosen.push(best);
    for (const feature of best.features) uncovered.delete(feature);
  }
  return chosen;
}

/** The answers and day of a case, for a failure message. */
export function describeCase(c: { answers: Answers; today: string }): string {
  return `today ${c.today}, answers ${key(c.answers)}`;
}

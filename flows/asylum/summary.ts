// The rules of the summary: what to do now (one to three steps, most urgent first), which parts apply,
// and which of the current-law points (fees, the annual asylum fee, addresses, detention, expedited
// removal, deportation flights, court practice, third-country removal, referral without an interview, the
// southern border, travel abroad, form editions) fit this person. Points resting on a dated rule are shown
// from the day it took effect (flows/asylum/facts.ts). Pure: it reads
// the answers on the path and the assessment, and returns codes; the words live in locales/ and React
// only renders. The table of points is in flows/asylum/README.md ("The summary").

import type { Answers } from './answers';
import { HARD_BARS, LAWYER_FIRST_FLAGS, type Assessment, type Flag } from './assess';
import type { CitationId } from './citations';
import { isIsoDate } from './dates';
import { arrivalBounds, daysUntil } from './deadline';
import { factOn, withinYears } from './facts';
import { answersOnPath } from './questions';

/** The steps of "What to do now", in their order of urgency ('lawyer' fills the last place when none sends to one). */
export const NOW_STEPS = [
  'hearing',
  'checkCourt',
  'deadlineUncertain',
  'lateFiler',
  'deadlinePassed',
  'deadlineSoon',
  'expeditedRemoval',
  'expeditedRemovalParole',
  'detentionBorder',
  'detentionInside',
  'sayFear',
  'child',
  'abroad',
  'lawyerTalk',
  'lawyerFirst',
  'lawyer',
] as const;
/** A step of "What to do now". */
export type NowStep = (typeof NOW_STEPS)[number];

/** The folded parts of the summary, in the order shown. */
export const SECTIONS = ['mayApply', 'filing', 'otherProtection', 'family', 'evidence', 'lawyers', 'answers', 'about'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** The points of current law the summary may state, each in one place. */
export const POINTS = [
  'annualAsylumFee',
  'changeAddress',
  'fees',
  'uscisDelays',
  'detention',
  'expeditedRemoval',
  'expeditedRemovalParole',
  'deportationFlights',
  'courtCompleteI589',
  'thirdCountry',
  'leavingAbandons',
  'travel',
  'currentForms',
  'referralNoInterview',
  'borderAccess',
  'abroad',
  'checkCourt',
  'child',
  'lawyerTalk',
  'entryRules',
  'family',
  'translations',
] as const;
export type Point = (typeof POINTS)[number];

export interface SummaryPlan {
  /** "What to do now": one to three steps, most urgent first. */
  now: NowStep[];
  /** The points that fit this person. */
  points: Point[];
  /** The folded parts that apply, in order. */
  sections: SectionId[];
  /** The flags shown under "What may apply" (southern-border rules never for a child). */
  flags: Flag[];
  /** The lawyer lists shown (no court lists for someone outside the U.S.). */
  lawyerLists: LawyerList[];
  /** For a child: the date shown is "to be safe, file before", never "your deadline". */
  deadlineKind: 'deadline' | 'safeDate' | 'none';
  /** The next hearing's date and the days left to it, when it is known (the hearing step gives them). */
  hearing: { date: string; daysLeft: number } | null;
}

/** Years of continuous presence that protect from expedited removal inside the U.S. (8 U.S.C. 1225(b)(1)(A)(iii)). */
export const EXPEDITED_REMOVAL_YEARS = 2;

/** Reasons for a lawyer first other than "prefer not to say" on the bars. */
const OTHER_LAWYER_FIRST_FLAGS = LAWYER_FIRST_FLAGS.filter((flag) => flag !== 'bars_undisclosed');
/** Flags with which the claim may fail (with the outcomes deadline_passed and weak_claim). */
const CLAIM_RISK_FLAGS: readonly Flag[] = [...HARD_BARS, 'prior_denial'];
const COURT_LISTS: readonly LawyerList[] = ['eoir-pro-bono', 'eoir-ra-roster'];
/** Where to find a lawyer, in the order shown. */
export const LAWYER_LISTS = ['eoir-pro-bono', 'eoir-ra-roster', 'uscis-legal-services', 'ian-directory', 'aila-search'] as const satisfies readonly CitationId[];
export type LawyerList = (typeof LAWYER_LISTS)[number];

/** What the summary shows for these answers on `today`, given their assessment. */
export function planSummary(allAnswers: Answers, assessment: Assessment, today: string): SummaryPlan {
  const a = answersOnPath(allAnswers, today);
  const { outcome, filing, flags, alternatives } = assessment;
  const has = (flag: Flag) => flags.includes(flag);
  const child = has('unaccompanied_minor');
  const abroad = a.location === 'outside_us';
  const inUs = a.location === 'in_us';
  const files = filing === 'affirmative_uscis' || filing === 'defensive_court';
  const court = a.proceedings === 'yes' || a.proceedings === 'unsure';
  const claimMayFail = outcome === 'deadline_passed' || outcome === 'weak_claim' || CLAIM_RISK_FLAGS.some(has);
  /** "Prefer not to say" on the bars, and nothing else that calls for a lawyer first. */
  const lawyerTalk = has('bars_undisclosed') && !OTHER_LAWYER_FIRST_FLAGS.some(has) && !(has('canada_stca') && a.location === 'at_border');
  // "Within two years of arrival" takes the LAST day a month-only arrival may have been (never after today): the safe end.
  const arrival = typeof a.lastArrival === 'string' ? arrivalBounds(a.lastArrival) : null;
  const recent = arrival !== null && withinYears(arrival.last > today ? today : arrival.last, today, EXPEDITED_REMOVAL_YEARS);
  const notAdmitted = a.entry === 'between_ports' || a.entry === 'other';
  const affirmative = filing === 'affirmative_uscis';
  /** Since 2026-07-28 USCIS may send a case it thinks barred (a late filing, say) to court without an interview. */
  const referral = affirmative && factOn('referralWithoutInterview', today) !== null;
  /** Past the one-year deadline by our calculation, or perhaps past it (a month-only arrival, FLOW.md §1): LEGAL.md §12's late filer. */
  const late = assessment.timing === 'passed' || assessment.timing === 'uncertain';

  const point: Record<Point, boolean> = {
    annualAsylumFee: files,
    changeAddress: files || court,
    fees: files,
    uscisDelays: filing === 'affirmative_uscis',
    detention: !child && (a.location === 'at_border' || notAdmitted),
    expeditedRemoval: inUs && !child && notAdmitted && recent,
    expeditedRemovalParole: inUs && !child && a.entry === 'parole' && recent,
    deportationFlights: !abroad && claimMayFail,
    courtCompleteI589: filing === 'defensive_court' || a.proceedings === 'unsure',
    thirdCountry: alternatives.length > 0,
    leavingAbandons: files,
    travel: files && factOn('advanceParoleDeparture', today) !== null,
    currentForms: files,
    referralNoInterview: referral,
    borderAccess: a.location === 'at_border' && !child && factOn('borderTurnBacks', today) !== null,
    abroad,
    checkCourt: court,
    child,
    lawyerTalk,
    entryRules: !child && has('entry_review'),
    family: !child && !abroad,
    translations: !abroad,
  };

  const candidates: [NowStep, boolean][] = [
    ['hearing', a.proceedings === 'yes'],
    ['checkCourt', a.proceedings === 'unsure'],
    // Only the month, and some day of it would still be in time: file now, until when, find the exact date.
    ['deadlineUncertain', assessment.timing === 'uncertain'],
    ['lateFiler', late && referral],
    ['deadlinePassed', assessment.timing === 'passed' && !referral],
    ['deadlineSoon', has('deadline_soon')],
    ['expeditedRemoval', point.expeditedRemoval],
    ['expeditedRemovalParole', point.expeditedRemovalParole],
    ['detentionBorder', point.detention && a.location === 'at_border'],
    ['detentionInside', point.detention && a.location === 'in_us'],
    ['sayFear', filing === 'credible_fear'],
    ['child', child],
    ['abroad', abroad],
    ['lawyerTalk', outcome === 'lawyer_first' && lawyerTalk],
    ['lawyerFirst', outcome === 'lawyer_first' && !lawyerTalk],
  ];
  const now = candidates.filter(([, applies]) => applies).map(([step]) => step).slice(0, 3);
  // Said once: the late filer's step already says that USCIS may send the case to court without an interview.
  if (now.includes('lateFiler')) point.referralNoInterview = false;
  // Every person is sent to a lawyer: when no step above already says so, the last step does.
  const SENDS_TO_LAWYER: readonly NowStep[] = ['hearing', 'deadlinePassed', 'lateFiler', 'expeditedRemoval', 'expeditedRemovalParole', 'sayFear', 'child', 'lawyerFirst', 'lawyerTalk'];
  if (now.length < 3 && !now.some((step) => SENDS_TO_LAWYER.includes(step))) now.push('lawyer');

  // The bad news is said once: a flag whose step is already in "What to do now" is not repeated below.
  const SAID_NOW: Partial<Record<Flag, readonly NowStep[]>> = {
    deadline_passed: ['deadlinePassed', 'lateFiler'],
    deadline_soon: ['deadlineSoon'],
    check_proceedings: ['checkCourt'],
    unaccompanied_minor: ['child'],
  };
  const shownFlags = flags.filter((flag) => !(flag === 'entry_review' && child) && !(SAID_NOW[flag] ?? []).some((step) => now.includes(step)));
  const sections = SECTIONS.filter((section) => {
    if (section === 'mayApply') return shownFlags.length > 0 || point.deportationFlights;
    if (section === 'otherProtection') return alternatives.length > 0;
    if (section === 'family') return point.family;
    return true;
  });

  return {
    now,
    points: POINTS.filter((p) => point[p]),
    sections,
    flags: shownFlags,
    lawyerLists: LAWYER_LISTS.filter((id) => !(abroad && COURT_LISTS.includes(id))),
    deadlineKind: assessment.deadline === null ? 'none' : child ? 'safeDate' : 'deadline',
    hearing: typeof a.nextHearing === 'string' && isIsoDate(a.nextHearing) ? { date: a.nextHearing, daysLeft: daysUntil(today, a.nextHearing) } : null,
  };
}

import { Trans } from 'react-i18next';
import type { Answers } from '../../../flows/asylum/answers';
import type { Assessment } from '../../../flows/asylum/assess';
import { CITATIONS, type CitationId } from '../../../flows/asylum/citations';
import type { ReactNode } from 'react';
import { DATED_FACTS, STATUS_AS_OF, factOn, type FactOnDay } from '../../../flows/asylum/facts';
import type { Point, SummaryPlan } from '../../../flows/asylum/summary';
import type { SummaryT } from './useSummaryT';

/** Humanitarian parole (Form I-131), for someone outside the U.S. */
const HUMANITARIAN_PAROLE_URL = 'https://www.uscis.gov/humanitarian/humanitarian-parole';

const link = (id: CitationId) => <a href={CITATIONS[id].url} />;

/** Where and how they would file (or, from abroad, what is possible). */
export function FilingSection({ assessment, plan, today, s }: { assessment: Assessment; plan: SummaryPlan; today: string; s: SummaryT }) {
  const { t, date } = s;
  const { filing } = assessment;
  const suspended = factOn('refugeeAdmissionsSuspended', today);
  const turnBacks = factOn('borderTurnBacks', today);
  return (
    <div className="summary-section summary-filing">
      {filing === 'affirmative_uscis' ? (
        <>
          <p>
            <Trans t={t} i18nKey="summary.filing.affirmative_uscis" components={{ i589: link('uscis-i589') }} />
          </p>
          <p>{t('summary.filing.affirmativeNext')}</p>
        </>
      ) : null}
      {filing === 'defensive_court' ? (
        <>
          <p>{t('summary.filing.defensive_court')}</p>
          <p>
            <Trans t={t} i18nKey="summary.filing.defensiveCheck" components={{ acis: link('eoir-acis') }} />
          </p>
        </>
      ) : null}
      {filing === 'credible_fear' ? (
        <>
          <p>{t('summary.filing.credible_fear')}</p>
          <p>{t('summary.filing.credibleFearNext')}</p>
          {plan.points.includes('borderAccess') && turnBacks ? <p data-point="borderAccess">{t('summary.points.borderAccess', { since: date(turnBacks.validFrom) })}</p> : null}
        </>
      ) : null}
      {filing === 'not_applicable' ? (
        <>
          <p>
            {/* Before the suspension took effect (a device clock set back), the sentence says nothing of it. */}
            {suspended ? (
              <Trans
                t={t}
                i18nKey="summary.filing.not_applicable"
                values={{ date: date(String(suspended.value)), asOf: date(DATED_FACTS.refugeeAdmissionsSuspended[0].checkedOn) }}
                components={{ usrap: link('state-refugee-admissions') }}
              />
            ) : (
              <Trans t={t} i18nKey="summary.filing.not_applicableOpen" components={{ usrap: link('state-refugee-admissions') }} />
            )}
          </p>
          <p>
            <Trans t={t} i18nKey="summary.filing.parole" components={{ parole: <a href={HUMANITARIAN_PAROLE_URL} /> }} />
          </p>
        </>
      ) : null}
    </div>
  );
}

/**
 * The points of current law for someone who files: fees, the annual fee, addresses, court practice, what USCIS
 * may do without an interview, form editions, leaving and travel, the work permit. Every amount is the one in
 * force today; when none is, the text without it links the fee page.
 */
export function FilingPoints({ plan, today, s }: { plan: SummaryPlan; today: string; s: SummaryT }) {
  const { t, date, month, money } = s;
  const has = (point: Point) => plan.points.includes(point);
  const fees = { fees: link('uscis-fees') };
  const i589 = factOn('i589Fee', today);
  const aaf = factOn('annualAsylumFee', today);
  const aafPaused = factOn('annualFeeRulePaused', today);
  const ead = factOn('workPermitFee', today);
  const renewal = factOn('workPermitRenewalFee', today);
  const i765Online = factOn('i765FeeOnline', today);
  const i765Paper = factOn('i765FeePaper', today);
  const wait = factOn('workPermitWaitDays', today);
  const grant = factOn('workPermitGrantDays', today);
  const referral = factOn('referralWithoutInterview', today);
  const departure = factOn('advanceParoleDeparture', today);
  const mayChange = [i589, aaf, ead, renewal].some((fact) => fact === null || fact.mayChange);
  const amount = (fact: FactOnDay | null) => (fact && typeof fact.value === 'number' ? money(fact.value) : '');
  const from = (fact: FactOnDay | null) => (fact ? date(fact.validFrom) : '');
  /** The sum of amounts in force today (a renewal: the H.R. 1 fee on top of the regular I-765 fee). */
  const total = (...facts: (FactOnDay | null)[]) => money(facts.reduce((sum, fact) => sum + (fact && typeof fact.value === 'number' ? fact.value : 0), 0));
  const items: [string, ReactNode][] = [];
  if (has('fees')) {
    items.push(['fees', i589 ? t('summary.points.fees', { fee: amount(i589), from: from(i589) }) : <Trans t={t} i18nKey="summary.points.feesNoAmount" components={fees} />]);
  }
  if (has('annualAsylumFee')) {
    items.push([
      'annualAsylumFee',
      <>
        {aaf ? t('summary.points.annualAsylumFee', { fee: amount(aaf), from: from(aaf) }) : <Trans t={t} i18nKey="summary.points.annualAsylumFeeNoAmount" components={fees} />}
        {aafPaused ? <> {t('summary.points.annualFeePaused', { asOf: month(STATUS_AS_OF) })}</> : null}
      </>,
    ]);
  }
  if (has('fees') && mayChange) items.push(['mayChange', <Trans t={t} i18nKey="summary.points.mayChange" components={fees} />]);
  if (has('changeAddress')) {
    items.push(['changeAddress', <Trans t={t} i18nKey="summary.points.changeAddress" components={{ ar11: link('uscis-ar-11'), eoir33: link('eoir-33') }} />]);
  }
  if (has('courtCompleteI589')) items.push(['courtCompleteI589', t('summary.points.courtCompleteI589')]);
  if (has('referralNoInterview') && referral) items.push(['referralNoInterview', t('summary.points.referralNoInterview', { since: date(referral.validFrom) })]);
  if (has('fees')) {
    items.push(['complete', t('summary.counts.complete')]);
    if (has('currentForms')) items.push(['currentForms', t('summary.points.currentForms')]);
    if (has('translations')) items.push(['translations', t('summary.counts.translations')]);
    items.push(['proof', t('summary.counts.proof')]);
  }
  if (has('leavingAbandons')) items.push(['leavingAbandons', t('summary.points.leavingAbandons')]);
  if (has('travel') && departure) items.push(['travel', t('summary.points.travel', { since: date(departure.validFrom) })]);
  if (has('uscisDelays')) items.push(['uscisDelays', t('summary.points.uscisDelays')]);
  // The waits do not depend on the fees: without amounts in force the point stays and links the fee page.
  if (has('fees') && wait && grant) {
    const waits = { count: Number(wait.value), grant: Number(grant.value) };
    items.push([
      'workPermit',
      ead && renewal && i765Online && i765Paper ? (
        t('summary.points.workPermit', { ...waits, fee: amount(ead), renewal: amount(renewal), renewalOnline: total(renewal, i765Online), renewalPaper: total(renewal, i765Paper), from: from(ead) })
      ) : (
        <Trans t={t} i18nKey="summary.points.workPermitNoAmount" count={waits.count} values={waits} components={fees} />
      ),
    ]);
  }
  if (items.length === 0) return null;
  return (
    <>
      <h3>{t('summary.counts.title')}</h3>
      <ul className="list summary-points">
        {items.map(([key, content]) => (
          <li key={key} data-point={key}>
            {content}
          </li>
        ))}
      </ul>
      {has('fees') ? (
        <p className="summary-honesty">
          <strong>{t('summary.counts.honesty')}</strong>
        </p>
      ) : null}
    </>
  );
}

/** Withholding of removal and CAT, which stop removal to Russia but not to another country. */
export function OtherProtectionSection({ assessment, plan, s }: { assessment: Assessment; plan: SummaryPlan; s: SummaryT }) {
  const { t } = s;
  return (
    <div className="summary-section summary-alternatives">
      <p>{t(plan.points.includes('lawyerTalk') ? 'summary.alternatives.alsoAvailable' : 'summary.alternatives.intro')}</p>
      <ul className="list">
        {assessment.alternatives.map((alt) => (
          <li key={alt}>{t(`summary.alternatives.${alt}`)}</li>
        ))}
      </ul>
      {plan.points.includes('thirdCountry') ? <p data-point="thirdCountry">{t('summary.points.thirdCountry')}</p> : null}
    </div>
  );
}

type NextStep = 'evidence' | 'writeDown' | 'file' | 'after' | 'refugee';

function nextSteps(assessment: Assessment): NextStep[] {
  if (assessment.filing === 'not_applicable') return ['refugee', 'writeDown'];
  if (assessment.filing === 'credible_fear') return ['file', 'evidence', 'writeDown'];
  return ['evidence', 'writeDown', 'file', 'after'];
}

function fileStepKey(assessment: Assessment, minor: boolean) {
  const { filing, timing } = assessment;
  if (filing === 'credible_fear') return 'summary.next.file.credible_fear';
  if (filing === 'defensive_court') return timing === 'passed' ? 'summary.next.file.defensive_court_passed' : 'summary.next.file.defensive_court';
  if (timing === 'in_time' || (minor && assessment.deadline)) return 'summary.next.file.byDeadline';
  if (timing === 'passed') return 'summary.next.file.asap';
  return 'summary.next.file.soon';
}

export function NextStepsSection({ assessment, plan, s }: { assessment: Assessment; plan: SummaryPlan; s: SummaryT }) {
  const { t, date } = s;
  const minor = plan.points.includes('child');
  return (
    <>
      <h3 className="no-print">{t('summary.next.title')}</h3>
      <ol className="list summary-next no-print">
        {nextSteps(assessment).map((step) => (
          <li key={step}>
            {step === 'file'
              ? t(fileStepKey(assessment, minor), { date: assessment.deadline ? date(assessment.deadline) : '' })
              : step === 'evidence' && !plan.points.includes('translations')
                ? t('summary.evidence.intro')
                : t(`summary.next.${step}`)}
          </li>
        ))}
      </ol>
    </>
  );
}

/** Evidence to gather for each ground, then what helps every case. */
export const EVIDENCE = {
  political: ['courtPapers', 'protocols', 'foreignAgent', 'posts'],
  lgbt: ['identity', 'relationships', 'threats'],
  ethnicity: ['identity', 'targeting', 'otherCitizenship'],
  religion: ['membership', 'ban', 'cases'],
  military_refusal: ['summons', 'gosuslugi', 'militaryId', 'objection'],
  other_group: ['relationship', 'relativeCase'],
} as const;

export const EVIDENCE_COMMON = ['identity', 'medical', 'messages', 'witnesses', 'news'] as const;

type Ground = keyof typeof EVIDENCE;
type EvidenceKey = { [G in Ground]: `summary.evidence.${G}.${(typeof EVIDENCE)[G][number]}` }[Ground];
/** The checklist keys of one ground (each item of EVIDENCE is a key of that ground's list). */
const evidenceKeys = (ground: Ground): EvidenceKey[] => EVIDENCE[ground].map((item) => `summary.evidence.${ground}.${item}` as EvidenceKey);

export function EvidenceSection({ onPath, s }: { onPath: Answers; s: SummaryT }) {
  const { t } = s;
  const grounds = (onPath.grounds ?? []).filter((g): g is keyof typeof EVIDENCE => g in EVIDENCE);
  return (
    <div className="summary-section summary-evidence">
      <p className="no-print">{t('summary.evidence.intro')}</p>
      <div className="summary-evidence__groups">
        {grounds.map((ground) => (
          <div key={ground} className="summary-evidence__group" data-ground={ground}>
            <h3>{t(`summary.evidence.${ground}.title`)}</h3>
            <ul className="list summary-checklist">
              {evidenceKeys(ground).map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </div>
        ))}
        <div className="summary-evidence__group">
          <h3>{t('summary.evidence.common.title')}</h3>
          <ul className="list summary-checklist">
            {EVIDENCE_COMMON.map((item) => (
              <li key={item}>{t(`summary.evidence.common.${item}`)}</li>
            ))}
          </ul>
        </div>
      </div>
      <p>{t('summary.evidence.safety')}</p>
    </div>
  );
}

export function LawyersSection({ s, plan }: { s: SummaryT; plan: SummaryPlan }) {
  const { t } = s;
  return (
    <div className="summary-section summary-lawyers">
      <p>{t('summary.lawyers.intro')}</p>
      <ul className="list summary-links">
        {plan.lawyerLists.map((id) => (
          <li key={id}>
            <a href={CITATIONS[id].url}>{t(`citations.${id}`)}</a>: {t(`summary.lawyers.sources.${id}`)}
          </li>
        ))}
      </ul>
      <p>
        <strong>
          <Trans t={t} i18nKey="summary.lawyers.scams" components={{ scams: link('uscis-avoid-scams') }} />
        </strong>
      </p>
    </div>
  );
}

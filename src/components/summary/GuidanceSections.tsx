import { Trans } from 'react-i18next';
import type { Answers } from '../../../flows/asylum/answers';
import type { Assessment } from '../../../flows/asylum/assess';
import { CITATIONS } from '../../../flows/asylum/citations';
import { DATED_FACTS, LAWYER_SOURCES } from './datedFacts';
import type { SummaryT } from './useSummaryT';

const link = (id: keyof typeof CITATIONS) => <a href={CITATIONS[id].url} />;

/** Where and how they would file, the alternatives, and family members. */
export function FilingSection({ assessment, s, labelled }: { assessment: Assessment; s: SummaryT; labelled: boolean }) {
  const { t, date } = s;
  const { filing, alternatives } = assessment;
  const minor = assessment.flags.includes('unaccompanied_minor');
  return (
    <section className="summary-section summary-filing" aria-labelledby={labelled ? 'summary-filing-title' : undefined}>
      <h2 id={labelled ? 'summary-filing-title' : undefined}>{t(`summary.filing.title.${filing}`)}</h2>
      {filing === 'affirmative_uscis' ? (
        <>
          <p>
            <Trans t={t} i18nKey="summary.filing.affirmative_uscis" components={{ i589: link('uscis-i589') }} />
          </p>
          <p>{t('summary.filing.affirmativeNext')}</p>
          {minor ? <p>{t('summary.filing.minorUscis')}</p> : null}
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
        </>
      ) : null}
      {filing === 'not_applicable' ? (
        <>
          <p>
            <Trans
              t={t}
              i18nKey="summary.filing.not_applicable"
              values={{ date: date(DATED_FACTS.refugeeAdmissionsSuspended), asOf: date(DATED_FACTS.asOf) }}
              components={{ usrap: link('state-refugee-admissions') }}
            />
          </p>
          <p>
            <Trans t={t} i18nKey="summary.filing.parole" components={{ parole: <a href={DATED_FACTS.humanitarianParoleUrl} /> }} />
          </p>
        </>
      ) : null}
      {alternatives.length > 0 ? (
        <>
          <h3>{t('summary.alternatives.title')}</h3>
          <p>{t('summary.alternatives.intro')}</p>
          <ul className="list">
            {alternatives.map((alt) => (
              <li key={alt}>{t(`summary.alternatives.${alt}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {filing !== 'not_applicable' ? (
        <>
          <h3>{t('summary.family.title')}</h3>
          <p>{t('summary.family.body')}</p>
        </>
      ) : null}
    </section>
  );
}

/** What makes a filing count: fee, complete form, translations, proof of mailing, honesty. */
export function FilingCountsSection({ assessment, s, labelled }: { assessment: Assessment; s: SummaryT; labelled: boolean }) {
  const { t, date, money } = s;
  if (assessment.filing === 'not_applicable') return null;
  const { fees } = DATED_FACTS;
  return (
    <section className="summary-section summary-counts" aria-labelledby={labelled ? 'summary-counts-title' : undefined}>
      <h2 id={labelled ? 'summary-counts-title' : undefined}>{t('summary.counts.title')}</h2>
      <ul className="list">
        <li>
          <Trans
            t={t}
            i18nKey="summary.counts.fee"
            values={{ fee: money(fees.i589), annual: money(fees.annualAsylum), since: date(fees.since), asOf: date(DATED_FACTS.asOf) }}
            components={{ i589: link('uscis-i589') }}
          />
        </li>
        <li>{t('summary.counts.complete')}</li>
        <li>{t('summary.counts.translations')}</li>
        <li>{t('summary.counts.proof')}</li>
      </ul>
      <p className="summary-honesty">
        <strong>{t('summary.counts.honesty')}</strong>
      </p>
    </section>
  );
}

type NextStep = 'lawyer' | 'evidence' | 'writeDown' | 'file' | 'after' | 'workPermit' | 'delays' | 'refugee';

function nextSteps(assessment: Assessment): NextStep[] {
  if (assessment.filing === 'not_applicable') return ['lawyer', 'refugee', 'evidence', 'writeDown'];
  if (assessment.filing === 'credible_fear') return ['file', 'lawyer', 'evidence', 'writeDown'];
  return ['lawyer', 'evidence', 'writeDown', 'file', 'after', 'workPermit', 'delays'];
}

function fileStepKey(assessment: Assessment) {
  const { filing, timing } = assessment;
  if (filing === 'credible_fear') return 'summary.next.file.credible_fear';
  if (filing === 'defensive_court') return timing === 'passed' ? 'summary.next.file.defensive_court_passed' : 'summary.next.file.defensive_court';
  if (timing === 'in_time') return 'summary.next.file.byDeadline';
  if (timing === 'passed') return 'summary.next.file.asap';
  return 'summary.next.file.soon';
}

export function NextStepsSection({ assessment, s, labelled }: { assessment: Assessment; s: SummaryT; labelled: boolean }) {
  const { t, date, money } = s;
  return (
    <section className="summary-section summary-next" aria-labelledby={labelled ? 'summary-next-title' : undefined}>
      <h2 id={labelled ? 'summary-next-title' : undefined}>{t('summary.next.title')}</h2>
      <ol className="list">
        {nextSteps(assessment).map((step) => (
          <li key={step}>
            {step === 'file' ? (
              t(fileStepKey(assessment), { date: assessment.deadline ? date(assessment.deadline) : '' })
            ) : step === 'workPermit' ? (
              t('summary.next.workPermit', {
                count: DATED_FACTS.workPermit.applyAfterDays,
                grant: DATED_FACTS.workPermit.earliestGrantDays,
                fee: money(DATED_FACTS.fees.ead),
                asOf: date(DATED_FACTS.asOf),
              })
            ) : step === 'delays' ? (
              <Trans t={t} i18nKey="summary.next.delays" components={{ times: link('uscis-processing-times') }} />
            ) : (
              t(`summary.next.${step}`)
            )}
          </li>
        ))}
      </ol>
    </section>
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

export function EvidenceSection({ onPath, s, labelled }: { onPath: Answers; s: SummaryT; labelled: boolean }) {
  const { t } = s;
  const grounds = (onPath.grounds ?? []).filter((g): g is keyof typeof EVIDENCE => g in EVIDENCE);
  return (
    <section className="summary-section summary-evidence" aria-labelledby={labelled ? 'summary-evidence-title' : undefined}>
      <h2 id={labelled ? 'summary-evidence-title' : undefined}>{t('summary.evidence.title')}</h2>
      <p>{t('summary.evidence.intro')}</p>
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
    </section>
  );
}

export function LawyersSection({ s, labelled }: { s: SummaryT; labelled: boolean }) {
  const { t } = s;
  return (
    <section className="summary-section summary-lawyers" aria-labelledby={labelled ? 'summary-lawyers-title' : undefined}>
      <h2 id={labelled ? 'summary-lawyers-title' : undefined}>{t('summary.lawyers.title')}</h2>
      <p>{t('summary.lawyers.intro')}</p>
      <ul className="list summary-links">
        {LAWYER_SOURCES.map((id) => (
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
    </section>
  );
}

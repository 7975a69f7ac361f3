import { Trans } from 'react-i18next';
import type { Answers } from '../../../flows/asylum/answers';
import type { Assessment, Flag } from '../../../flows/asylum/assess';
import { CITATIONS } from '../../../flows/asylum/citations';
import { DATED_FACTS, borderRulesFor, withinYears } from './datedFacts';
import type { SummaryT } from './useSummaryT';

export type UrgentKey = 'hearing' | 'deadlinePassed' | 'deadlineSoon' | 'expeditedRemoval';

/** The most urgent things to do, most urgent first (answers are those on the current path). */
export function urgentItems(assessment: Assessment, onPath: Answers, today: string): UrgentKey[] {
  const items: UrgentKey[] = [];
  if (onPath.proceedings === 'yes') items.push('hearing');
  if (assessment.flags.includes('deadline_passed')) items.push('deadlinePassed');
  if (assessment.flags.includes('deadline_soon')) items.push('deadlineSoon');
  if (onPath.entry === 'between_ports' && typeof onPath.lastArrival === 'string' && withinYears(onPath.lastArrival, today, DATED_FACTS.expeditedRemoval.years)) {
    items.push('expeditedRemoval');
  }
  return items;
}

export function UrgentSection({ items, assessment, s, labelled }: { items: UrgentKey[]; assessment: Assessment; s: SummaryT; labelled: boolean }) {
  const { t, date, longDate } = s;
  if (items.length === 0) return null;
  return (
    <section className="summary-section summary-urgent warning-text" aria-labelledby={labelled ? 'summary-urgent-title' : undefined}>
      <h2 id={labelled ? 'summary-urgent-title' : undefined}>{t('summary.urgent.title')}</h2>
      {items.map((item) => (
        <p key={item}>
          {item === 'hearing' ? (
            <Trans t={t} i18nKey="summary.urgent.hearing" components={{ acis: <a href={CITATIONS['eoir-acis'].url} /> }} />
          ) : item === 'deadlineSoon' ? (
            t('summary.urgent.deadlineSoon', { date: longDate(assessment.deadline ?? '') })
          ) : item === 'expeditedRemoval' ? (
            t('summary.urgent.expeditedRemoval', { since: date(DATED_FACTS.expeditedRemoval.since), asOf: date(DATED_FACTS.asOf) })
          ) : (
            t('summary.urgent.deadlinePassed')
          )}
        </p>
      ))}
    </section>
  );
}

/** The date the border rules are measured against: the last arrival, or today for someone arriving now. */
export function entryDate(onPath: Answers, today: string): string | null {
  if (typeof onPath.lastArrival === 'string') return onPath.lastArrival;
  if (onPath.location === 'at_border') return today;
  return null;
}

function EntryRules({ arrival, s }: { arrival: string | null; s: SummaryT }) {
  const { t, date } = s;
  if (arrival === null) return <p>{t('summary.entryRules.unknownDate')}</p>;
  const rules = borderRulesFor(arrival);
  const asOf = date(DATED_FACTS.asOf);
  const [clp, stb, proclamation] = DATED_FACTS.borderRules;
  return (
    <>
      <p>{t('summary.entryRules.intro', { date: date(arrival) })}</p>
      {rules.length === 0 ? (
        <p>{t('summary.entryRules.none', { from: date(clp.from) })}</p>
      ) : (
        <ul className="list">
          {rules.includes('clp') ? <li>{t('summary.entryRules.clp', { from: date(clp.from), to: date(clp.to), asOf })}</li> : null}
          {rules.includes('securingBorder') ? <li>{t('summary.entryRules.securingBorder', { from: date(stb.from), vacated: date(stb.vacated), asOf })}</li> : null}
          {rules.includes('proclamation') ? <li>{t('summary.entryRules.proclamation', { from: date(proclamation.from), asOf })}</li> : null}
        </ul>
      )}
      <p>{t('summary.entryRules.askLawyer')}</p>
    </>
  );
}

export function FlagsSection({ flags, onPath, today, s, labelled }: { flags: Flag[]; onPath: Answers; today: string; s: SummaryT; labelled: boolean }) {
  const { t } = s;
  if (flags.length === 0) return null;
  return (
    <section className="summary-section summary-flags" aria-labelledby={labelled ? 'summary-flags-title' : undefined}>
      <h2 id={labelled ? 'summary-flags-title' : undefined}>{t('summary.flagsTitle')}</h2>
      <ul className="summary-flag-list">
        {flags.map((flag) => (
          <li key={flag} className="summary-flag" data-flag={flag}>
            <h3>{t(`flagNames.${flag}`)}</h3>
            <p>{t(`flags.${flag}`)}</p>
            {flag === 'entry_review' ? <EntryRules arrival={entryDate(onPath, today)} s={s} /> : null}
            {flag === 'check_proceedings' ? (
              <p>
                <a href={CITATIONS['eoir-acis'].url}>{t('citations.eoir-acis')}</a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

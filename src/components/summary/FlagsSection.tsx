import type { Answers } from '../../../flows/asylum/answers';
import { FLAGS, type Flag } from '../../../flows/asylum/assess';
import { CITATIONS } from '../../../flows/asylum/citations';
import { BORDER_RULES, STATUS_AS_OF, borderRulesFor } from '../../../flows/asylum/facts';
import type { SummaryPlan } from '../../../flows/asylum/summary';
import type { SummaryT } from './useSummaryT';

/** The southern-border rules that may reach this person: by the arrival date, or today when arriving now. */
function EntryRules({ onPath, today, s }: { onPath: Answers; today: string; s: SummaryT }) {
  const { t, date, month } = s;
  const arrival = typeof onPath.lastArrival === 'string' ? onPath.lastArrival : onPath.location === 'at_border' ? today : null;
  if (arrival === null) return <p>{t('summary.entryRules.unknownDate')}</p>;
  const rules = borderRulesFor(arrival);
  const [clp, stb, proclamation] = BORDER_RULES;
  // Court fights are told as of the month of the newest source found, not the day of the review (LEGAL.md §12).
  const asOf = month(STATUS_AS_OF);
  return (
    <>
      <p>{onPath.location === 'at_border' ? t('summary.entryRules.atBorder') : t('summary.entryRules.intro', { date: arrival.length === 7 ? month(`${arrival}-01`) : date(arrival) })}</p>
      {rules.length === 0 ? (
        <p>{t('summary.entryRules.none', { from: date(clp.from) })}</p>
      ) : (
        <ul className="list">
          {rules.includes('clp') ? <li>{t('summary.entryRules.clp', { from: date(clp.from), to: date(clp.to), asOf })}</li> : null}
          {rules.includes('securingBorder') ? <li>{t('summary.entryRules.securingBorder', { from: date(stb.from), asOf })}</li> : null}
          {rules.includes('proclamation') ? <li>{t('summary.entryRules.proclamation', { from: date(proclamation.from), asOf })}</li> : null}
        </ul>
      )}
      <p>{t('summary.entryRules.askLawyer')}</p>
    </>
  );
}

/** "What may apply to you": each flag that fits, and the risk of removal to Russia where the claim may fail. */
export function FlagsSection({ plan, onPath, today, s }: { plan: SummaryPlan; onPath: Answers; today: string; s: SummaryT }) {
  const { t } = s;
  const flags: Flag[] = FLAGS.filter((f) => plan.flags.includes(f));
  return (
    <div className="summary-section summary-flags">
      {plan.points.includes('deportationFlights') ? (
        <p className="warning-text summary-flights" data-point="deportationFlights">
          {t('summary.points.deportationFlights')}
        </p>
      ) : null}
      <ul className="summary-flag-list">
        {flags.map((flag) => (
          <li key={flag} className="summary-flag" data-flag={flag}>
            <h3>{t(`flagNames.${flag}`)}</h3>
            <p>{t(`flags.${flag}`)}</p>
            {flag === 'entry_review' ? <EntryRules onPath={onPath} today={today} s={s} /> : null}
            {flag === 'check_proceedings' ? (
              <p>
                <a href={CITATIONS['eoir-acis'].url}>{t('citations.eoir-acis')}</a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Answers } from '../../../flows/asylum/answers';
import { FLAGS, RULES_REVIEWED, type Assessment } from '../../../flows/asylum/assess';
import { CITATIONS, type CitationId } from '../../../flows/asylum/citations';
import { UNKNOWN_DATE, type QuestionId } from '../../../flows/asylum/questions';
import { arrivalBounds } from '../../../flows/asylum/deadline';
import { STALE_AFTER_MONTHS, monthsPassed } from '../../../flows/asylum/facts';
import { LAWYER_LISTS, type SummaryPlan } from '../../../flows/asylum/summary';
import { optionKey } from '../../i18n/keys';
import type { SummaryT } from './useSummaryT';

/** Statutes, regulations, Federal Register notices and BIA decisions: their citation finds them, so paper leaves out the long address. */
const isLegalCitation = (id: CitationId) => /^(ina|cfr|usc|fr|bia)-/.test(id);

/** Sources already printed with their addresses in the lawyer section (not repeated on paper). */
const LISTED_ABOVE: readonly CitationId[] = [...LAWYER_LISTS, 'uscis-avoid-scams'];

/** Not legal advice, when the rules were reviewed (with a warning when that is long ago), and the sources. */
export function AboutSection({ assessment, plan, today, s }: { assessment: Assessment; plan: SummaryPlan; today: string; s: SummaryT }) {
  /** Lawyer lists that do not fit this person (court lists from abroad) are not sources either. */
  const sources = assessment.citations.filter((id) => !(LAWYER_LISTS as readonly CitationId[]).includes(id) || (plan.lawyerLists as readonly CitationId[]).includes(id));
  const { t, date } = s;
  const stale = monthsPassed(RULES_REVIEWED, today, STALE_AFTER_MONTHS);
  return (
    <div className="summary-section summary-about">
      <p>
        <strong>{t('summary.about.notAdvice')}</strong>
      </p>
      {/* On paper the printed header already gives these dates. */}
      <p className="no-print summary__as-of">
        {t('summary.asOf', { date: date(today) })} {t('summary.about.reviewed', { date: date(RULES_REVIEWED) })}
      </p>
      {stale ? (
        <p className="warning-text summary-stale" role="note">
          {t('summary.about.stale', { date: date(RULES_REVIEWED) })}
        </p>
      ) : null}
      <h3>
        {t('summary.about.sources')}
        <span className="print-only print-only--inline summary-sources__note" hidden>
          {' '}
          ({t('summary.about.sourcesLawyers')})
        </span>
      </h3>
      <ul className="list summary-sources">
        {sources.map((id) => (
          <li key={id} className={LISTED_ABOVE.includes(id) ? 'summary-sources__listed' : undefined}>
            <a href={CITATIONS[id].url} className={isLegalCitation(id) ? 'summary-sources__law' : undefined}>
              {t(`citations.${id}`)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Shown only on paper, at the top: product, "not legal advice", date printed, rules reviewed. */
export function PrintHeader({ printedOn, s }: { printedOn: string; s: SummaryT }) {
  const { t, date } = s;
  return (
    <div className="print-only print-header" hidden>
      <p className="print-header__name">
        <strong>{t('translation:app.name')}</strong> — {t('translation:app.notAdvice')}
      </p>
      <p className="print-header__dates">
        {t('summary.print.printedOn', { date: date(printedOn) })} · {t('summary.print.reviewed', { date: date(RULES_REVIEWED) })}
      </p>
    </div>
  );
}

const codes = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

/** The answers the lawyer's table prints (so the printed answers list need not repeat them). */
export const LAWYER_FACT_QUESTIONS = ['location', 'lastArrival', 'entry', 'proceedings', 'nextHearing', 'grounds'] as const satisfies readonly QuestionId[];

/** "For the lawyer": the key facts in one table, on paper only (and on screen in the summary opened from a code). */
export function LawyerFacts({
  assessment,
  onPath,
  s,
  onScreen = false,
  besideCode = false,
}: {
  assessment: Assessment;
  onPath: Answers;
  s: SummaryT;
  onScreen?: boolean;
  /** Printed beside the lawyer's code, narrower: without the outcome row, which the heading just above says. */
  besideCode?: boolean;
}) {
  const { t, date, month } = s;
  const none = t('summary.forLawyer.none');
  const option = (id: 'location' | 'entry' | 'proceedings', value: unknown) => {
    const list = codes(value);
    return list.length > 0 ? list.map((code) => t(`translation:${optionKey(id, code)}`)).join('; ') : none;
  };
  const flags = FLAGS.filter((f) => assessment.flags.includes(f));
  const timing = t(`summary.forLawyer.timing.${assessment.timing}`);
  // Only the month: the deadlines counted from its first and its last day.
  const range = assessment.deadline && assessment.latestDeadline && assessment.latestDeadline !== assessment.deadline
    ? t('dates.lawyerRange', { first: date(assessment.deadline), last: date(assessment.latestDeadline) })
    : null;
  const deadline = assessment.deadline ? `${range ?? date(assessment.deadline)} (${timing})` : timing;
  const arrival = typeof onPath.lastArrival === 'string' ? arrivalBounds(onPath.lastArrival) : null;
  const lastArrival = arrival === null ? none : arrival.monthOnly ? t('dates.lawyerMonth', { month: month(arrival.first) }) : date(arrival.first);
  const hearing = onPath.nextHearing;
  const rows: [string, string][] = [
    ...(besideCode ? [] : [[t('summary.forLawyer.outcome'), t(`outcomes.${assessment.outcome}.title`)] as [string, string]]),
    [t('summary.forLawyer.location'), option('location', onPath.location)],
    [t('summary.forLawyer.lastArrival'), lastArrival],
    [t('summary.forLawyer.deadline'), deadline],
    [t('summary.forLawyer.entry'), option('entry', onPath.entry)],
    [t('summary.forLawyer.proceedings'), option('proceedings', onPath.proceedings)],
    ...(typeof hearing === 'string' ? [[t('dates.lawyerHearing'), hearing === UNKNOWN_DATE ? t('dates.lawyerHearingUnknown') : date(hearing)] as [string, string]] : []),
    [t('summary.forLawyer.grounds'), (onPath.grounds ?? []).map((code) => t(`summary.forLawyer.groundNames.${code}`)).join('; ') || none],
    [t('summary.forLawyer.flags'), flags.length > 0 ? flags.map((f) => t(`flagNames.${f}`)).join('; ') : none],
  ];
  return (
    <section className={onScreen ? 'summary-lawyer-facts' : 'print-only summary-lawyer-facts'} hidden={!onScreen}>
      <h2>{t('summary.forLawyer.title')}</h2>
      <table className="facts-table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

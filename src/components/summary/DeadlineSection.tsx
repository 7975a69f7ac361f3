import type { Assessment } from '../../../flows/asylum/assess';
import { explainDeadline, holidaysOfYear, ONE_YEAR_RULE_START, type SkipReason } from '../../../flows/asylum/deadline';
import { parseIsoDate } from '../../../flows/asylum/dates';
import { buildDeadlineIcs, downloadText, randomUid } from '../../lib/ics';
import type { SummaryT } from './useSummaryT';

/** Whether a holiday skipped on `date` is its own date (else it is the observed day of a weekend holiday). */
function isOwnHolidayDate(date: string, reason: SkipReason): boolean {
  const year = parseIsoDate(date)?.year;
  if (year === undefined) return false;
  return holidaysOfYear(year).some((h) => h.key === reason && h.date === date);
}

/** The lines of the working: arrival → one year later → each day skipped → the last day. */
export function deadlineWorking(lastArrival: string, s: SummaryT): string[] {
  const { t, date, longDate, dayDate, sentence } = s;
  const steps = explainDeadline(lastArrival);
  const lines: string[] = [];
  if (lastArrival < ONE_YEAR_RULE_START) {
    lines.push(t('summary.deadline.working.before1997', { arrival: date(lastArrival), start: date(ONE_YEAR_RULE_START) }));
  } else {
    lines.push(t('summary.deadline.working.from', { date: date(lastArrival) }));
  }
  if (steps.from.endsWith('-02-29')) {
    lines.push(t('summary.deadline.working.leapDay', { date: longDate(steps.anniversary) }));
  } else {
    lines.push(t('summary.deadline.working.anniversary', { date: longDate(steps.anniversary) }));
  }
  for (const { date: day, reason } of steps.skipped) {
    if (reason === 'saturday' || reason === 'sunday') {
      lines.push(sentence(t(`summary.deadline.working.${reason}`, { date: dayDate(day) })));
    } else {
      const key = isOwnHolidayDate(day, reason) ? 'holiday' : 'holidayObserved';
      lines.push(sentence(t(`summary.deadline.working.${key}`, { date: dayDate(day), holiday: t(`holidays.${reason}`) })));
    }
  }
  lines.push(t(steps.skipped.length > 0 ? 'summary.deadline.working.resultMoved' : 'summary.deadline.working.result', { date: longDate(steps.deadline) }));
  return lines;
}

export function daysSentence(daysLeft: number, s: SummaryT): string {
  if (daysLeft > 0) return s.t('summary.deadline.daysLeft', { count: daysLeft });
  if (daysLeft === 0) return s.t('summary.deadline.today');
  return s.t('summary.deadline.daysAgo', { count: -daysLeft });
}

export function DeadlineSection({
  assessment,
  lastArrival,
  s,
  interactive,
}: {
  assessment: Assessment;
  lastArrival: string | undefined;
  s: SummaryT;
  /** Whether to show the calendar button (not in the second, printed-only copy). */
  interactive: boolean;
}) {
  const { t, longDate } = s;
  const { deadline, daysLeft, timing } = assessment;

  if (timing === 'exempt_minor') {
    return (
      <section className="summary-section summary-deadline" aria-labelledby={interactive ? 'summary-deadline-title' : undefined}>
        <h2 id={interactive ? 'summary-deadline-title' : undefined}>{t('summary.deadline.title')}</h2>
        <p>{t('summary.deadline.minor')}</p>
        {deadline ? <p>{t('summary.deadline.minorSafe', { date: s.date(deadline) })}</p> : null}
      </section>
    );
  }
  if (!deadline || daysLeft === null || !lastArrival) return null;

  function addToCalendar() {
    if (!deadline) return;
    const text = buildDeadlineIcs({
      date: deadline,
      title: t('summary.calendar.eventTitle'),
      uid: randomUid(),
      stamp: new Date(),
      remindDaysBefore: [30, 7],
    });
    downloadText(text, t('summary.calendar.fileName'));
  }

  return (
    <section className="summary-section summary-deadline" aria-labelledby={interactive ? 'summary-deadline-title' : undefined}>
      <h2 id={interactive ? 'summary-deadline-title' : undefined}>{t('summary.deadline.title')}</h2>
      <p className="summary-deadline__date">
        {t('summary.deadline.label')}{' '}
        <strong>{interactive ? <time dateTime={deadline}>{longDate(deadline)}</time> : longDate(deadline)}</strong>
      </p>
      <p className="summary-deadline__days">
        <strong>{daysSentence(daysLeft, s)}</strong>
      </p>
      <h3>{t('summary.deadline.workingTitle')}</h3>
      <ol className="list summary-working">
        {deadlineWorking(lastArrival, s).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      {timing === 'in_time' ? <p>{t('summary.deadline.fileEarly')}</p> : null}
      {timing === 'in_time' && interactive ? (
        <div className="no-print">
          <button type="button" className="button button--secondary" onClick={addToCalendar}>
            {t('summary.calendar.button')}
          </button>
          <p className="hint">{t('summary.calendar.note')}</p>
        </div>
      ) : null}
    </section>
  );
}

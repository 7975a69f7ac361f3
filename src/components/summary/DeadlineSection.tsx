import { Trans } from 'react-i18next';
import type { Assessment } from '../../../flows/asylum/assess';
import { arrivalBounds, explainDeadline, holidaysOfYear, ONE_YEAR_RULE_START, type SkipReason } from '../../../flows/asylum/deadline';
import { parseIsoDate } from '../../../flows/asylum/dates';
import { buildCalendarIcs, downloadText, randomUid, type DeadlineEvent } from '../../lib/ics';
import type { SummaryT } from './useSummaryT';

/** Whether a holiday skipped on `date` is its own date (else it is the observed day of a weekend holiday). */
function isOwnHolidayDate(date: string, reason: SkipReason): boolean {
  const year = parseIsoDate(date)?.year;
  if (year === undefined) return false;
  return holidaysOfYear(year).some((h) => h.key === reason && h.date === date);
}

/** The lines of the working: arrival → one year later → each day skipped → the last day. */
export function deadlineWorking(lastArrival: string, s: SummaryT): string[] {
  const { t, date, longDate, dayDate, sentence, month } = s;
  const steps = explainDeadline(lastArrival);
  const lines: string[] = [];
  const first = arrivalBounds(lastArrival)?.first ?? lastArrival;
  if (steps.monthOnly) {
    // Only the month: the year counts from its first day, the earliest the person may have arrived (FLOW.md §1).
    lines.push(t('dates.workingFromMonth', { month: month(first), date: date(first) }));
    if (first < ONE_YEAR_RULE_START) lines.push(t('summary.deadline.working.before1997', { arrival: date(first), start: date(ONE_YEAR_RULE_START) }));
  } else if (lastArrival < ONE_YEAR_RULE_START) {
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

/**
 * The deadline in one line, with the days left or passed; for an unaccompanied child, "to be safe, file
 * before" the same date (the one-year rule may not apply to them).
 */
export function DeadlineLine({ assessment, kind, s, interactive }: { assessment: Assessment; kind: 'deadline' | 'safeDate' | 'none'; s: SummaryT; interactive: boolean }) {
  const { t, longDate } = s;
  const { deadline, daysLeft } = assessment;
  if (kind === 'none' || !deadline || daysLeft === null) return null;
  // Only the month, and some day of it still in time: the step "file now" gives both dates; never "that was N days ago".
  if (kind === 'deadline' && assessment.timing === 'uncertain') return null;
  // The printed-only second copy repeats the date as text: one <time> on the page.
  const date = interactive ? <time dateTime={deadline}>{longDate(deadline)}</time> : <span>{longDate(deadline)}</span>;
  return (
    <p className="summary-deadline-line">
      <strong>
        <Trans t={t} i18nKey={kind === 'safeDate' ? 'summary.deadline.safeDate' : 'summary.deadline.line'} components={{ date }} />
      </strong>{' '}
      {kind === 'deadline' ? daysSentence(daysLeft, s) : null}
    </p>
  );
}

/** Reminders before the filing deadline and before the next hearing (days). */
export const DEADLINE_REMINDERS = [30, 7] as const;
export const HEARING_REMINDERS = [7, 1] as const;

/**
 * The calendar file's events: the filing deadline (when still ahead) and the next hearing (when its date is
 * known), each all day with a neutral title; the hearing's one line says to check the time on the notice.
 */
export function calendarEvents(deadline: string | null, hearing: string | null, s: SummaryT, stamp: Date): DeadlineEvent[] {
  const { t } = s;
  const events: DeadlineEvent[] = [];
  if (deadline) events.push({ date: deadline, title: t('summary.calendar.eventTitle'), uid: randomUid(), stamp, remindDaysBefore: DEADLINE_REMINDERS });
  if (hearing)
    events.push({ date: hearing, title: t('dates.calendarHearingTitle'), description: t('dates.calendarHearingNote'), uid: randomUid(), stamp, remindDaysBefore: HEARING_REMINDERS });
  return events;
}

/** "Add this date to my calendar": an .ics file made on the device, holding no answers beyond the dates. */
export function CalendarButton({ deadline, hearing, s }: { deadline: string | null; hearing: string | null; s: SummaryT }) {
  const { t } = s;
  function addToCalendar() {
    downloadText(buildCalendarIcs(calendarEvents(deadline, hearing, s, new Date())), t('summary.calendar.fileName'));
  }
  const note = hearing ? (deadline ? t('dates.calendarNoteHearing') : t('dates.calendarNoteHearingOnly')) : t('summary.calendar.note');
  return (
    <div className="no-print summary-calendar">
      <button type="button" className="button button--secondary" onClick={addToCalendar}>
        {t('summary.calendar.button')}
      </button>
      <p className="hint">{note}</p>
    </div>
  );
}

/** How the date was worked out (inside "How and where to file"). */
export function DeadlineWorking({ assessment, lastArrival, s }: { assessment: Assessment; lastArrival: string | undefined; s: SummaryT }) {
  const { t } = s;
  if (!assessment.deadline || !lastArrival) return null;
  return (
    <div className="summary-deadline">
      <h3>{t('summary.deadline.workingTitle')}</h3>
      <ol className="list summary-working">
        {deadlineWorking(lastArrival, s).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      {arrivalBounds(lastArrival)?.monthOnly ? <p className="summary-find-date">{t('dates.findDate')}</p> : null}
      {assessment.timing === 'in_time' ? <p>{t('summary.deadline.fileEarly')}</p> : null}
    </div>
  );
}

import type { ReactNode, Ref } from 'react';
import { Trans } from 'react-i18next';
import type { Answers } from '../../../flows/asylum/answers';
import type { Assessment } from '../../../flows/asylum/assess';
import { CITATIONS, type CitationId } from '../../../flows/asylum/citations';
import { firstDayInTime } from '../../../flows/asylum/deadline';
import { factOn } from '../../../flows/asylum/facts';
import type { QuestionId } from '../../../flows/asylum/questions';
import { answersOnPath } from '../../../flows/asylum/questions';
import type { NowStep, SectionId, SummaryPlan } from '../../../flows/asylum/summary';
import type { Lang } from '../../i18n/i18n';
import { AnswersList } from '../AnswersList';
import { AboutSection, LAWYER_FACT_QUESTIONS, LawyerFacts, PrintHeader } from './AboutSection';
import { DeadlineLine, DeadlineWorking } from './DeadlineSection';
import { FlagsSection } from './FlagsSection';
import { EvidenceSection, FilingPoints, FilingSection, LawyersSection, NextStepsSection, OtherProtectionSection } from './GuidanceSections';
import { useSummaryT, type SummaryT } from './useSummaryT';

export interface SummaryContentProps {
  assessment: Assessment;
  plan: SummaryPlan;
  answers: Answers;
  today: string;
  /** The date shown as "printed on" in the printed-only header. */
  printedOn: string;
  /** A fixed language (the second printed copy); the interface language when absent. */
  lng?: Lang;
  /** The on-screen copy: heading focus, ids, controls and Change links. Absent for the printed-only copy. */
  screen?: {
    headingRef: Ref<HTMLHeadingElement>;
    /** Change links in the answers (none in a read-only summary). */
    onChange?: (id: QuestionId) => void;
    /** Print and calendar controls, shown right after the deadline. */
    controls?: ReactNode;
    /** The folded parts open on screen (the answers after a Change). */
    open: readonly SectionId[];
  };
  /** The lawyer's code (FLOW.md §5), beside the "For the lawyer" table: on screen, and on paper on page 1. */
  lawyerCode?: ReactNode;
  /** The "For the lawyer" table on screen too (the read-only summary a lawyer opens from a code). */
  factsOnScreen?: boolean;
}

const link = (id: CitationId) => <a href={CITATIONS[id].url} />;

/** The steps of "What to do now" said whole in one sentence; every other step has its detail folded below it. */
const ONE_SENTENCE_STEPS = ['deadlineUncertain', 'deadlinePassed', 'deadlineSoon', 'lawyerTalk', 'lawyerFirst', 'lawyer'] as const satisfies readonly NowStep[];
type DetailedStep = Exclude<NowStep, (typeof ONE_SENTENCE_STEPS)[number]>;
const hasDetail = (step: NowStep): step is DetailedStep => !(ONE_SENTENCE_STEPS as readonly NowStep[]).includes(step);

/** One step of "What to do now": one or two sentences, and where there is more, a fold below it (open on paper). */
function NowItem({ step, assessment, plan, onPath, today, s, onScreen }: { step: NowStep; assessment: Assessment; plan: SummaryPlan; onPath: Answers; today: string; s: SummaryT; onScreen: boolean }) {
  const { t, longDate, date } = s;
  const referral = factOn('referralWithoutInterview', today);
  // Only the month, perhaps late: the deadline (from the month's first day) is given in this step, in the page's one <time>.
  const deadline = assessment.deadline ?? '';
  const components = {
    acis: link('eoir-acis'),
    eoir33: link('eoir-33'),
    kind: link('kind'),
    date: onScreen ? <time dateTime={deadline}>{date(deadline)}</time> : <span>{date(deadline)}</span>,
  };
  // Only the month: the first day of it from which the person would still be in time, and the last day then.
  const inTimeFrom = step === 'deadlineUncertain' && typeof onPath.lastArrival === 'string' ? firstDayInTime(onPath.lastArrival, today) : null;
  const values = {
    date: longDate(assessment.deadline ?? ''),
    since: referral ? date(referral.validFrom) : '',
    day: inTimeFrom ? date(inTimeFrom) : '',
    latest: date(assessment.latestDeadline ?? ''),
  };
  const { hearing } = plan;
  return (
    <>
      <p>
        {/* The next hearing's date and the days left, first in the hearing step. */}
        {step === 'hearing' && hearing ? (
          <>
            <strong className="summary-hearing-date">
              {hearing.daysLeft === 0 ? t('dates.hearingToday', { date: date(hearing.date) }) : t('dates.hearing', { date: date(hearing.date), count: hearing.daysLeft })}
            </strong>{' '}
          </>
        ) : null}
        <Trans t={t} i18nKey={`summary.now.${step}`} values={values} components={components} />
      </p>
      {hasDetail(step) ? (
        <details className="summary-now__more" open={!onScreen || undefined}>
          <summary className="summary-now__more-summary">{t('summary.now.more')}</summary>
          <p>
            <Trans t={t} i18nKey={`summary.nowMore.${step}`} values={values} components={components} />
          </p>
        </details>
      ) : null}
    </>
  );
}

/** A folded part: a GOV.UK details element whose summary is the part's heading. Always open on paper. */
function Fold({ id, title, open, children }: { id: SectionId; title: string; open: boolean; children: ReactNode }) {
  return (
    <details className="summary-fold" data-part={id} open={open || undefined}>
      <summary className="summary-fold__summary">
        <h2 className="summary-fold__title">{title}</h2>
      </summary>
      <div className="summary-fold__body">{children}</div>
    </details>
  );
}

/**
 * The whole summary in one language, most urgent first: the outcome and what it means, "What to do now",
 * the deadline in one line and the print controls, then the longer parts, folded.
 */
export function SummaryContent({ assessment, plan, answers, today, printedOn, lng, screen, lawyerCode, factsOnScreen = false }: SummaryContentProps) {
  const s = useSummaryT(lng);
  const { t } = s;
  const onPath = answersOnPath(answers, today);
  const onScreen = screen !== undefined;
  const title = (id: SectionId) => (id === 'filing' ? t(`summary.filing.title.${assessment.filing}`) : t(`summary.parts.${id}`));
  const parts: Record<SectionId, () => ReactNode> = {
    mayApply: () => <FlagsSection plan={plan} onPath={onPath} today={today} s={s} />,
    filing: () => (
      <>
        <FilingSection assessment={assessment} plan={plan} today={today} s={s} />
        {/* For a child the date is "to be safe, file before": no working that speaks of their last day. */}
        {plan.deadlineKind === 'deadline' ? <DeadlineWorking assessment={assessment} lastArrival={onPath.lastArrival} s={s} /> : null}
        <FilingPoints plan={plan} today={today} s={s} />
        <NextStepsSection assessment={assessment} plan={plan} s={s} />
      </>
    ),
    otherProtection: () => <OtherProtectionSection assessment={assessment} plan={plan} s={s} />,
    family: () => <p>{t('summary.family.body')}</p>,
    evidence: () => <EvidenceSection onPath={onPath} s={s} />,
    lawyers: () => <LawyersSection plan={plan} s={s} />,
    answers: () => <AnswersList answers={answers} today={today} onChange={screen?.onChange} lng={lng} onPaperElsewhere={LAWYER_FACT_QUESTIONS} />,
    about: () => <AboutSection assessment={assessment} plan={plan} today={today} s={s} />,
  };
  const note = plan.points.includes('child') ? 'summary.outcomeNote.child' : plan.points.includes('lawyerTalk') ? 'summary.outcomeNote.lawyerTalk' : null;

  return (
    <>
      <PrintHeader printedOn={printedOn} s={s} />
      <h1 ref={screen?.headingRef} tabIndex={onScreen ? -1 : undefined}>
        {t(`outcomes.${assessment.outcome}.title`)}
      </h1>
      {/* A child's note and "prefer not to say" replace the general text, which speaks of deadlines and bars. */}
      <p className="summary__body">{note ? t(note) : t(`outcomes.${assessment.outcome}.body`)}</p>
      {lawyerCode ? (
        <div className="summary-lawyer">
          <LawyerFacts assessment={assessment} onPath={onPath} s={s} onScreen={factsOnScreen} besideCode />
          {lawyerCode}
        </div>
      ) : (
        <LawyerFacts assessment={assessment} onPath={onPath} s={s} onScreen={factsOnScreen} />
      )}
      <section id={onScreen ? 'summary-now' : undefined} className="summary-now" aria-labelledby={onScreen ? 'summary-now-title' : undefined}>
        <h2 id={onScreen ? 'summary-now-title' : undefined}>{t('summary.now.title')}</h2>
        <ol className="list summary-now__steps">
          {plan.now.map((step) => (
            <li key={step} data-step={step}>
              <NowItem step={step} assessment={assessment} plan={plan} onPath={onPath} today={today} s={s} onScreen={onScreen} />
            </li>
          ))}
        </ol>
      </section>
      <DeadlineLine assessment={assessment} kind={plan.deadlineKind} s={s} interactive={onScreen} />
      {/* The print control comes right after the deadline (within the first two phone screens); the date of the check after it. */}
      {screen?.controls}
      <div className="summary-parts">
        {plan.sections.map((id) => (
          <Fold key={id} id={id} title={title(id)} open={!onScreen || (screen?.open.includes(id) ?? false)}>
            {parts[id]()}
          </Fold>
        ))}
      </div>
    </>
  );
}

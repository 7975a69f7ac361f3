import type { Ref } from 'react';
import type { Answers } from '../../../flows/asylum/answers';
import { FLAGS, type Assessment } from '../../../flows/asylum/assess';
import { answersOnPath, type QuestionId } from '../../../flows/asylum/questions';
import type { Lang } from '../../i18n/i18n';
import { AnswersList } from '../AnswersList';
import { AboutSection, LawyerFacts, PrintHeader } from './AboutSection';
import { DeadlineSection } from './DeadlineSection';
import { FlagsSection, UrgentSection, urgentItems } from './FlagsSection';
import { EvidenceSection, FilingCountsSection, FilingSection, LawyersSection, NextStepsSection } from './GuidanceSections';
import { useSummaryT } from './useSummaryT';

export interface SummaryContentProps {
  assessment: Assessment;
  answers: Answers;
  today: string;
  /** The date shown as "printed on" in the printed-only header. */
  printedOn: string;
  /** A fixed language (the second printed copy); the interface language when absent. */
  lng?: Lang;
  /** The on-screen copy: heading focus, ids, calendar button and Change links. Absent for the printed-only copy. */
  screen?: { headingRef: Ref<HTMLHeadingElement>; onChange: (id: QuestionId) => void };
}

/** The whole summary in one language, most urgent first. */
export function SummaryContent({ assessment, answers, today, printedOn, lng, screen }: SummaryContentProps) {
  const s = useSummaryT(lng);
  const { t, date } = s;
  const onPath = answersOnPath(answers, today);
  const flags = FLAGS.filter((f) => assessment.flags.includes(f));
  const labelled = screen !== undefined;

  return (
    <>
      <PrintHeader printedOn={printedOn} s={s} />
      <h1 ref={screen?.headingRef} tabIndex={screen ? -1 : undefined}>
        {t(`outcomes.${assessment.outcome}.title`)}
      </h1>
      <p className="summary__as-of hint">{t('summary.asOf', { date: date(today) })}</p>
      <p className="lead summary__body">{t(`outcomes.${assessment.outcome}.body`)}</p>
      <p className="summary__lawyer-always">{t('summary.lawyerAlways')}</p>
      <LawyerFacts assessment={assessment} onPath={onPath} s={s} />
      <DeadlineSection assessment={assessment} lastArrival={onPath.lastArrival} s={s} interactive={labelled} />
      <UrgentSection items={urgentItems(assessment, onPath, today)} assessment={assessment} s={s} labelled={labelled} />
      <FlagsSection flags={flags} onPath={onPath} today={today} s={s} labelled={labelled} />
      <FilingSection assessment={assessment} s={s} labelled={labelled} />
      <FilingCountsSection assessment={assessment} s={s} labelled={labelled} />
      <NextStepsSection assessment={assessment} s={s} labelled={labelled} />
      <EvidenceSection onPath={onPath} s={s} labelled={labelled} />
      <LawyersSection s={s} labelled={labelled} />
      <section className="summary-section summary-answers" aria-labelledby={labelled ? 'summary-answers-title' : undefined}>
        <h2 id={labelled ? 'summary-answers-title' : undefined}>{t('summary.answers.title')}</h2>
        <AnswersList answers={answers} today={today} onChange={screen?.onChange} lng={lng} />
      </section>
      <AboutSection assessment={assessment} today={today} s={s} labelled={labelled} />
    </>
  );
}

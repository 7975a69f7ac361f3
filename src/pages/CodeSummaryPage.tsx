import { useEffect, useMemo, useState, type Ref } from 'react';
import type { Answers } from '../../flows/asylum/answers';
import { assess } from '../../flows/asylum/assess';
import { decodeLawyerCode } from '../../flows/asylum/code';
import { localCalendarDate } from '../../flows/asylum/dates';
import { planSummary } from '../../flows/asylum/summary';
import { SummaryContent } from '../components/summary/SummaryContent';
import { useSummaryT } from '../components/summary/useSummaryT';
import { usePageHeading } from '../hooks/usePageHeading';
import { usePrintOpensFolds } from '../hooks/usePrintOpensFolds';
import { forgetCodePayload, takeCodePayload } from '../lib/codeHandoff';
import '../styles/print.css';
import '../components/summary/summary.css';
import './code-summary.css';

/**
 * '#/r': the summary a lawyer's code holds (FLOW.md §5), read-only and computed as of the day the code was
 * made, in this device's language. It asks nothing (no Change links, no Start again, no saving, no code of
 * its own) and stores nothing: the answers live in memory only, while this page is shown. A reload finds no payload
 * and says to scan again; a payload that cannot be read gives its reason.
 */
export default function CodeSummaryPage() {
  const s = useSummaryT();
  const { t } = s;
  const [payload] = useState(takeCodePayload);
  // Held while the page is shown: leaving it (a link, Exit this page, any wipe) forgets the answers.
  useEffect(() => forgetCodePayload, []);
  const decoded = useMemo(() => (payload === null ? null : decodeLawyerCode(payload)), [payload]);
  const title = decoded === null || decoded.ok ? t('translation:codeSummary.title') : t('translation:codeSummary.errorTitle');
  const headingRef = usePageHeading(t('translation:app.titlePage', { page: title }), true);

  if (decoded === null)
    return (
      <div className="code-summary" id="code-summary-gone">
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        <p>{t('translation:codeSummary.scanAgain')}</p>
      </div>
    );
  if (!decoded.ok)
    return (
      <div className="code-summary" id="code-error" data-reason={decoded.reason}>
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        <p>{t(`translation:codeSummary.${decoded.reason}`)}</p>
      </div>
    );
  return <ReadOnlySummary answers={decoded.answers} madeOn={decoded.madeOn} headingRef={headingRef} />;
}

function ReadOnlySummary({ answers, madeOn, headingRef }: { answers: Answers; madeOn: string; headingRef: Ref<HTMLHeadingElement> }) {
  const s = useSummaryT();
  const { t } = s;
  const assessment = useMemo(() => assess(answers, madeOn), [answers, madeOn]);
  const plan = useMemo(() => planSummary(answers, assessment, madeOn), [answers, assessment, madeOn]);
  const [printedOn] = useState(() => localCalendarDate(new Date()));
  usePrintOpensFolds();
  return (
    <div id="summary" data-outcome={assessment.outcome} data-made-on={madeOn} className="summary summary--from-code">
      <div className="code-summary__as-of">
        <p>
          <strong>{t('translation:codeSummary.asOf', { date: s.date(madeOn) })}</strong>
        </p>
        <p>{t('translation:codeSummary.readOnly')}</p>
      </div>
      <SummaryContent assessment={assessment} plan={plan} answers={answers} today={madeOn} printedOn={printedOn} screen={{ headingRef, open: [] }} factsOnScreen />
    </div>
  );
}

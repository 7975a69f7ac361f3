import { useSelector } from '@xstate/react';
import { Suspense, lazy, memo, use, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentStep } from '../flows/asylum/machine';
import { firstOpenStep, isQuestionId, questionPath, stepBefore, type QuestionId, type Step } from '../flows/asylum/questions';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ExitThisPage } from './components/ExitThisPage';
import type { IdleWarningProps } from './components/IdleWarning';
import { LanguageSwitch } from './components/LanguageSwitch';
import { currentLang, hasAllWords, loadAllWords, loadNamespaces } from './i18n/i18n';
import { useStepHistory } from './hooks/useStepHistory';
import { isBusy } from './lib/busy';
import type { IdleWatch } from './lib/idleWatch';
import { hashFor, parseHash, type Page } from './lib/route';
import { createScreener, type Screener } from './lib/screener';
import { clearAll, clearAnswers, loadState, saveLastInput, saveState } from './lib/storage';
import { whenIdle } from './lib/whenIdle';
import type { OpenedFile } from './pages/OpenPage';
import { QuestionPage } from './pages/QuestionPage';
import { StartAgainPage } from './pages/StartAgainPage';
import { StartPage } from './pages/StartPage';

// Pages after the questions load with their own text only when needed.
const loadSummary = () => Promise.all([import('./pages/SummaryPage'), loadNamespaces(currentLang(), ['summary'])]).then(([m]) => m);
const SummaryPage = lazy(loadSummary);

/** Fetches the summary's code and text in the background once the walk is under way (not on the first page). */
let summaryPrefetched = false;
function prefetchSummary() {
  if (summaryPrefetched) return;
  summaryPrefetched = true;
  const load = () => void loadSummary().catch(() => (summaryPrefetched = false));
  whenIdle(load, { fallback: 200 });
}
const GlossaryPage = lazy(() => Promise.all([import('./pages/GlossaryPage'), loadNamespaces(currentLang(), ['glossary'])]).then(([m]) => m));
// The summary opened from a lawyer's code (#/r) and the page for handing the app out (#/share).
const CodeSummaryPage = lazy(() => Promise.all([import('./pages/CodeSummaryPage'), loadNamespaces(currentLang(), ['summary'])]).then(([m]) => m));
const SharePage = lazy(() => import('./pages/SharePage'));
const PrivacyPage = lazy(() =>
  Promise.all([import('./pages/PrivacyPage'), loadNamespaces(currentLang(), ['privacy'])]).then(([m]) => ({ default: m.PrivacyPage })),
);
// The saved-file pages (FLOW.md §5) and the file format's code (src/lib/savedFile.ts) load only when one opens;
// their words are in the rest of the words (AllWords).
const SavePage = lazy(() => import('./pages/SavePage').then((m) => ({ default: m.SavePage })));
const OpenPage = lazy(() => import('./pages/OpenPage').then((m) => ({ default: m.OpenPage })));

// The idle warning (src/lib/idle.ts) loads its code and the rest of the words only when it first opens. If
// they cannot load, no warning shows, and the answers are still cleared when its time is up.
const IdleWarning = lazy<ComponentType<IdleWarningProps>>(() =>
  Promise.all([import('./components/IdleWarning'), loadAllWords(currentLang())]).then(
    ([m]) => m,
    () => ({ default: () => null }),
  ),
);

/** Pages with nothing of the person's on them: with no answers in the tab, nothing there to clear. */
const HOLDS_NOTHING: readonly string[] = ['glossary', 'privacy', 'start-again', 'share'] satisfies readonly (Page | 'share')[];

/**
 * The first page loads only its own words (src/i18n/firstPage.ts); every other page waits here, inside the
 * page frame (its loading line), until the rest of the words has come (main.tsx fetches it right after the
 * start), so that it never shows a raw key. A failed load shows the error page, whose Try again loads again.
 */
function AllWords({ children }: { children: ReactNode }) {
  const lng = currentLang();
  if (!hasAllWords(lng)) use(loadAllWords(lng));
  return children;
}

export interface AppProps {
  /** The device's local calendar date when the app started ('YYYY-MM-DD'). */
  today: string;
  /** The questionnaire, when the caller has already started it (src/main.tsx does, to decide whether to hydrate). */
  screener?: Screener;
  /** The option ticked on the prerendered first question before the app started: kept, not yet answered. */
  draft?: { questionId: QuestionId; value: string } | undefined;
  /** The stored answers were cleared at start, left unused too long (src/lib/idle.ts): the start page says so. */
  idleCleared?: boolean;
}

export function App({ today, screener, draft, idleCleared = false }: AppProps) {
  const [actor] = useState(() => screener ?? createScreener(today));
  const step = useSelector(actor, (s) => currentStep(s));
  const answers = useSelector(actor, (s) => s.context.answers);
  const { page, navigated, stop, closePage } = useStepHistory(actor);
  /** The question just changed from the summary: back on the summary, its Change link gets the focus. */
  const [changed, setChanged] = useState<QuestionId | null>(null);
  if (step === 'start' && changed !== null) setChanged(null);
  /** The start page's notice after the idle clearing: until the person moves on. */
  const [cleared, setCleared] = useState(idleCleared);
  if (cleared && (step !== 'start' || page !== null)) setCleared(false);
  /** When the idle warning clears the answers, if it is open. */
  const [clearsAt, setClearsAt] = useState<number | null>(null);
  const idle = useRef<IdleWatch | null>(null);
  /** Once the tab holds answers (or a page with someone's data), the idle watch loads and runs from then on. */
  const [idleArmed, setIdleArmed] = useState(false);
  if (!idleArmed && (Object.keys(answers).length > 0 || (page !== null && !HOLDS_NOTHING.includes(page)))) setIdleArmed(true);

  // This tab keeps the answers and the step (sessionStorage only), and the summary's code is fetched in
  // the background once the walk is under way.
  useEffect(() => {
    const subscription = actor.subscribe((snapshot) => {
      const next = currentStep(snapshot);
      if (next !== 'start' && next !== 'location') prefetchSummary();
      saveState({ answers: snapshot.context.answers, step: next, lastInput: idle.current?.lastInput() ?? Date.now() });
    });
    return () => subscription.unsubscribe();
  }, [actor]);

  const restart = useCallback(() => {
    clearAnswers();
    actor.send({ type: 'RESTART' });
  }, [actor]);

  // Start again (start page, summary) asks first on its own page, #/start-again; only Yes wipes. The
  // confirmation's entry in the history becomes the start page, so Back never offers it again.
  const askRestart = useCallback(() => {
    window.location.hash = hashFor('start-again');
  }, []);
  const confirmRestart = useCallback(() => {
    window.history.replaceState(null, '', hashFor('start'));
    restart();
    closePage();
  }, [restart, closePage]);

  // The idle clearing (FLOW.md §5): wiped as a confirmed Start again wipes, on the start page, whatever page was
  // shown (its typed passphrase, decrypted data or code go with it), with the notice.
  const clearIdle = useCallback(() => {
    window.history.replaceState(null, '', hashFor('start'));
    restart();
    closePage();
    setClearsAt(null);
    setCleared(true);
  }, [restart, closePage]);

  useEffect(() => {
    if (!idleArmed) return;
    // The idle time counts from now, when the page holds answers, not from when the watch's code arrives.
    const since = Date.now();
    let live = true;
    let watch: IdleWatch | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = (): void =>
      void import('./lib/idleWatch').then(
        ({ watchIdle }) => {
          if (!live) return;
          watch = watchIdle({
            holdsData: () => {
              if (Object.keys(actor.getSnapshot().context.answers).length > 0) return true;
              const route = parseHash(window.location.hash);
              return route.kind === 'page' && !HOLDS_NOTHING.includes(route.page);
            },
            isBusy,
            onWarning: setClearsAt,
            onClear: clearIdle,
            onLeave: saveLastInput,
            lastInput: loadState()?.lastInput,
            since,
          });
          idle.current = watch;
        },
        () => {
          if (live) retry = setTimeout(load, 60_000); // offline without the worker: tried again
        },
      );
    load();
    return () => {
      live = false;
      clearTimeout(retry);
      watch?.stop();
      idle.current = null;
    };
  }, [idleArmed, actor, clearIdle]);
  const keepAnswers = useCallback(() => idle.current?.keep(), []);
  const clearNow = useCallback(() => idle.current?.clearNow(), []);

  const exit = useCallback(() => {
    stop();
    actor.send({ type: 'RESTART' });
    clearAll();
  }, [actor, stop]);

  const onAnswer = useCallback(
    (questionId: QuestionId, value: string | string[]) => actor.send({ type: 'ANSWER', questionId, value }),
    [actor],
  );

  // A saved file opened (#/open, which has already switched to the file's language where it should): its
  // answers replace the tab's, landing where the person stopped.
  const openFile = useCallback(
    (file: OpenedFile) => {
      actor.send({ type: 'RESTORE', answers: file.answers, step: file.step });
      closePage();
    },
    [actor, closePage],
  );

  const path = questionPath(answers, today);
  const backStep: Step = stepBefore(step, answers, today);

  let content;
  if (page === 'privacy') content = <PrivacyPage backHref={hashFor(step)} />;
  else if (page === 'start-again') content = <StartAgainPage cancelHref={hashFor(step)} onConfirm={confirmRestart} />;
  else if (page === 'glossary') content = <GlossaryPage backHref={hashFor(step)} />;
  else if (page === 'save') content = <SavePage answers={answers} step={step} today={today} backHref={hashFor(step)} />;
  else if (page === 'open')
    content = <OpenPage today={today} hasAnswers={Object.keys(answers).length > 0} cancelHref={hashFor(step)} onOpen={openFile} />;
  else if (page === 'r') content = <CodeSummaryPage />;
  else if (page === 'share') content = <SharePage backHref={hashFor(step)} />;
  else if (step === 'start')
    content = (
      <StartPage
        hasAnswers={Object.keys(answers).length > 0}
        focusHeading={navigated}
        idleCleared={cleared}
        startHref={hashFor(firstOpenStep(answers, today))}
        onStart={() => actor.send({ type: 'START' })}
      />
    );
  else if (step === 'summary')
    content = (
      <SummaryPage
        answers={answers}
        today={today}
        focusHeading={navigated}
        changed={changed}
        onChange={(questionId: QuestionId) => {
          setChanged(questionId);
          actor.send({ type: 'CHANGE', questionId });
        }}
        onRestart={askRestart}
      />
    );
  else if (isQuestionId(step))
    content = (
      <QuestionPage
        key={step}
        id={step}
        answers={answers}
        today={today}
        progress={{ number: path.indexOf(step) + 1 }}
        focusHeading={navigated}
        draft={!navigated && draft?.questionId === step ? draft.value : undefined}
        onAnswer={onAnswer}
      />
    );

  // Only the start page and the first question have their words from the first page's chunk.
  if (page !== null || (step !== 'start' && step !== 'location')) content = <AllWords>{content}</AllWords>;

  // The page the build prerendered (src/prerender/) is now the app's: the marker the boot script put on
  // #root goes as soon as React has committed (the boot script's pre-app handlers stop; tests wait on it).
  useLayoutEffect(() => document.getElementById('root')?.removeAttribute('data-prerendered'), []);

  return (
    <>
      <Frame onExit={exit} shown={page ?? step} backHref={page === null && step !== 'start' ? hashFor(backStep) : null}>
        {content}
      </Frame>
      {clearsAt !== null ? (
        <Suspense fallback={null}>
          <IdleWarning clearsAt={clearsAt} onKeep={keepAnswers} onClearNow={clearNow} />
        </Suspense>
      ) : null}
    </>
  );
}

export interface FrameProps {
  onExit: () => void;
  /** The step or page shown: the error page (if any) gives way when it changes. */
  shown: string;
  /** The Back link's target, or null for no Back link. */
  backHref: string | null;
  children?: ReactNode;
}

/**
 * The page frame around every page: skip link, the sticky top band with Exit this page, header, Back, main
 * (with the error boundary and the loading line of lazy pages), footer. The build renders the same frame
 * around the start page and the first question (src/prerender/render.tsx), which the app hydrates.
 */
export function Frame({ onExit, shown, backHref, children }: FrameProps) {
  const { t } = useTranslation();
  // The same words on every step: looked up again only when the language changes (a new t).
  const words = useMemo(() => ({ back: t('nav.back'), loading: t('language.loading') }), [t]);
  return (
    <div className="page">
      <FrameTop onExit={onExit} />
      <div className="width-container">
        {backHref !== null ? (
          <nav className="step-nav" aria-label={words.back}>
            <a href={backHref} className="back-link">
              {words.back}
            </a>
          </nav>
        ) : null}
        <main id="main-content" className="main" tabIndex={-1}>
          <ErrorBoundary resetKey={shown}>
            <Suspense fallback={<p className="loading">{words.loading}</p>}>{children}</Suspense>
          </ErrorBoundary>
        </main>
      </div>
      <FrameFooter />
    </div>
  );
}

// The parts of the frame that stay the same from step to step are not rendered again on a step (memo; their
// useTranslation renders them again when the language changes).

/** Skip link, the sticky top band with Exit this page, the header with the language switch. */
const FrameTop = memo(function FrameTop({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main-content" className="skip-link" onClick={(e) => { e.preventDefault(); document.getElementById('main-content')?.focus(); }}>
        {t('app.skipLink')}
      </a>
      {/* GOV.UK places "Exit this page" at the top, in a band that stays while the page scrolls beneath it. */}
      <div className="top-band">
        <div className="top-band__inner width-container">
          <ExitThisPage onExit={onExit} />
        </div>
      </div>
      <header className="header">
        <div className="header__inner width-container">
          <a href={hashFor('start')} className="header__name">
            {t('app.name')}
          </a>
          <LanguageSwitch />
        </div>
      </header>
    </>
  );
});

const FrameFooter = memo(function FrameFooter() {
  const { t } = useTranslation();
  return (
    <footer className="footer">
      <div className="width-container">
        <ul className="footer__links">
          <li>
            <a href={hashFor('privacy')}>{t('nav.privacy')}</a>
          </li>
          <li>
            <a href={hashFor('glossary')}>{t('nav.glossary')}</a>
          </li>
          <li>
            <a href={hashFor('share')}>{t('share.footerLink')}</a>
          </li>
        </ul>
        <p>{t('app.footer')}</p>
      </div>
    </footer>
  );
});

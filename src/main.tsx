import { createRoot, hydrateRoot } from 'react-dom/client';
import { localCalendarDate } from '../flows/asylum/dates';
import { currentStep } from '../flows/asylum/machine';
import { isQuestionId, type QuestionId } from '../flows/asylum/questions';
import { App } from './App';
import i18n, { loadAllWords, loadFirstPageWords } from './i18n/i18n';
import { clearStaleAnswers } from './lib/idle';
import { startLanguage } from './lib/language';
import { createScreener, type Screener } from './lib/screener';
import { registerServiceWorker } from './lib/serviceWorker';
import './styles/screen.css';

/**
 * Whether the page the build prerendered and the boot script showed (#root's data-prerendered: 'start',
 * 'location' or 'frame') is exactly what the app renders first: the start page or the first question of an
 * empty walk, in the language the boot script chose. Then the app hydrates it (the words on the screen stay
 * the same nodes); otherwise (saved answers, a page deep in a walk, the frame) it replaces it in one commit.
 */
function matchesPrerendered(root: HTMLElement, screener: Screener, paintedLang: string, lng: string): boolean {
  const shown = root.getAttribute('data-prerendered');
  const snapshot = screener.getSnapshot();
  if (paintedLang !== lng || Object.keys(snapshot.context.answers).length > 0) return false;
  const step = currentStep(snapshot);
  return (shown === 'start' && step === 'start') || (shown === 'location' && step === 'location');
}

/** The option ticked on the prerendered question before the app started (the form was not sent), if any. */
function tickedBeforeStart(root: HTMLElement): { questionId: QuestionId; value: string } | undefined {
  const input = root.querySelector<HTMLInputElement>('main form input[type="radio"]:checked');
  return input && isQuestionId(input.name) ? { questionId: input.name, value: input.value } : undefined;
}

async function main() {
  // "Today" is the device's local calendar date, read once at start (and again on a reload).
  const today = localCalendarDate(new Date());
  // The language the boot script painted in (<html lang>, before i18next sets it to the app's own choice).
  const paintedLang = document.documentElement.lang;
  const lng = startLanguage();
  // The first page's words (the boot script preloaded them with this code); the rest of the words (the other
  // questions, preloaded too) follows in the background, and a page that needs them waits for them (App.tsx).
  await loadFirstPageWords(lng);
  void loadAllWords(lng).catch(() => undefined);
  await i18n.changeLanguage(lng);
  // Every step is a history entry of this one document, and each page starts at its top with its heading
  // focused (usePageHeading): on Back the browser would otherwise put back the old scroll position of the
  // step, scrolled down to its Continue button, with the heading above the screen.
  if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
  const root = document.getElementById('root');
  if (!root) return;
  // Answers stored more than an hour after their last input (a reload, a tab the browser reloads when it is
  // shown again) are wiped before they are restored, and the start page says so (src/lib/idle.ts).
  const idleCleared = clearStaleAnswers();
  if (idleCleared) window.history.replaceState(null, '', '#/');
  const screener = createScreener(today);
  if (!idleCleared && matchesPrerendered(root, screener, paintedLang, lng))
    hydrateRoot(root, <App today={today} screener={screener} draft={tickedBeforeStart(root)} />);
  else createRoot(root).render(<App today={today} screener={screener} idleCleared={idleCleared} />);
  registerServiceWorker();
  // Once the rest of the words is here, one page of each kind is built off the document while the browser
  // is idle, so the person's first step to such a page does not run its code for the first time.
  void loadAllWords(lng)
    .then(() => import('./lib/warmUp'))
    .then(({ warmUp }) => warmUp(today))
    .catch(() => undefined);
}

void main();

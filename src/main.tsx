import { createRoot } from 'react-dom/client';
import { localCalendarDate } from '../flows/asylum/dates';
import { App } from './App';
import i18n, { loadNamespaces } from './i18n/i18n';
import { detectLanguage } from './lib/language';
import { registerServiceWorker } from './lib/serviceWorker';
import './styles/screen.css';
import './styles/print.css';

async function main() {
  // "Today" is the device's local calendar date, read once at start (and again on a reload).
  const today = localCalendarDate(new Date());
  const lng = detectLanguage(window.location.search, navigator.languages ?? [navigator.language]);
  await loadNamespaces(lng, ['translation']);
  await i18n.changeLanguage(lng);
  // Every step is a history entry of this one document, and each page starts at its top with its heading
  // focused (usePageHeading): on Back the browser would otherwise put back the old scroll position of the
  // step, scrolled down to its Continue button, with the heading above the screen.
  if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(<App today={today} />);
  registerServiceWorker();
}

void main();

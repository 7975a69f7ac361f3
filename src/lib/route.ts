// Hash routes: '#/' is the start page, '#/<questionId>' a question, '#/summary' the summary.
// Pages that are not steps have their own routes and are always reachable. Answers never go in the URL.
import type { Step } from '../../flows/asylum/questions';

// 'start-again' is the confirmation before Start again wipes the answers (shown over the current step).
// 'save' and 'open': a saved file of the answers, made and opened on the device (FLOW.md §5).
// 'r' is the read-only summary opened from a lawyer's code ('#/r/<payload>': the boot script, or the page
// itself when the app is already running, takes the payload out of the address at once, leaving '#/r');
// 'share' is the page for handing the app out.
export const PAGES = [
  'glossary',
  'privacy',
  'start-again',
  'save',
  'open',
  'r',
  'share',
] as const;
export type Page = (typeof PAGES)[number];

// 'none': a fragment that is not a route (an in-page link such as the skip link's #main-content, followed
// before the app has started): the app shows what it would with no hash, and a move to it changes nothing.
export type Route = { kind: 'step'; step: string } | { kind: 'page'; page: Page } | { kind: 'none' };

export function parseHash(hash: string): Route {
  if (hash !== '' && hash !== '#' && !hash.startsWith('#/')) return { kind: 'none' };
  const path = hash.replace(/^#\/?/, '').split(/[?#]/)[0] ?? '';
  if (path === '') return { kind: 'step', step: 'start' };
  if ((PAGES as readonly string[]).includes(path)) return { kind: 'page', page: path as Page };
  if (path.startsWith('r/')) return { kind: 'page', page: 'r' };
  return { kind: 'step', step: path };
}

export function hashFor(step: Step | Page): string {
  return step === 'start' ? '#/' : `#/${step}`;
}

/** A click that asks the browser to open the link elsewhere (Ctrl, Cmd, Shift, Alt or a middle click): the link's own job, not the app's. */
export function opensElsewhere(event: { button: number; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
}

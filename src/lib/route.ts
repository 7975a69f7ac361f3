// Hash routes: '#/' is the start page, '#/<questionId>' a question, '#/summary' the summary.
// Pages that are not steps have their own routes and are always reachable. Answers never go in the URL.
import type { Step } from '../../flows/asylum/questions';

// 'start-again' is the confirmation before Start again wipes the answers (shown over the current step).
export const PAGES = ['glossary', 'privacy', 'start-again'] as const;
export type Page = (typeof PAGES)[number];

export type Route = { kind: 'step'; step: string } | { kind: 'page'; page: Page };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split(/[?#]/)[0] ?? '';
  if (path === '') return { kind: 'step', step: 'start' };
  if ((PAGES as readonly string[]).includes(path)) return { kind: 'page', page: path as Page };
  return { kind: 'step', step: path };
}

export function hashFor(step: Step | Page): string {
  return step === 'start' ? '#/' : `#/${step}`;
}

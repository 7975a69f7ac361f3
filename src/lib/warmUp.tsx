// The idle warm-up (issue 25): one question page of each kind (a choice, boxes, a date) is rendered once off
// the document and sent, while the browser is idle after start, then removed. The code that builds and sends
// such a page then runs for the first time here, not on the person's first step to one: at 4× CPU the step
// to the first checkbox page took ~31 ms without it and ~17–26 ms with it (the first visit of a page kind
// cost ~1.4 ms of CPU at 1× more than the second). Nothing of it reaches the page, the title, the focus or
// the stored answers: the pages are never in the document (usePageHeading and QuestionShell act only on a
// page that is) and their answers go nowhere. Loaded after the rest of the words (src/main.tsx).
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Answers } from '../../flows/asylum/answers';
import { QUESTION_ORDER, spec, type Kind, type QuestionId } from '../../flows/asylum/questions';
import { QuestionPage } from '../pages/QuestionPage';
import { whenIdle } from './whenIdle';

export interface WarmUpPage {
  id: QuestionId;
  /** An answer the page's form sends as valid: the first code, or today for a date. */
  answer: string | string[];
}

/** The first question of each kind in the registry, each with an answer it accepts. */
export function warmUpPages(today: string): WarmUpPage[] {
  const pages = new Map<Kind, WarmUpPage>();
  for (const id of QUESTION_ORDER) {
    const { kind, codes, exclusive } = spec(id);
    if (pages.has(kind)) continue;
    const code = codes.find((c) => !exclusive.includes(c)) ?? codes[0] ?? '';
    pages.set(kind, { id, answer: kind === 'date' ? today : kind === 'multi' ? [code] : code });
  }
  return [...pages.values()];
}

/**
 * Renders and sends each warm-up page off the document, one per idle period; `done` when all are removed,
 * with the questions whose form sent its answer (every one, unless a page's words or code are broken).
 */
export function warmUp(today: string, done?: (sent: QuestionId[]) => void): void {
  const pages = warmUpPages(today);
  const sent: QuestionId[] = [];
  const container = document.createElement('div');
  const root = createRoot(container);
  const next = (index: number): void =>
    whenIdle(() => {
      const page = pages[index];
      if (!page) {
        root.unmount();
        done?.(sent);
        return;
      }
      const answers = { [page.id]: page.answer } as Answers;
      flushSync(() =>
        root.render(<QuestionPage key={page.id} id={page.id} answers={answers} today={today} progress={{ number: 1 }} focusHeading={false} onAnswer={(id) => sent.push(id)} />),
      );
      // A form outside the document cannot be sent with requestSubmit(); React hears the event all the same.
      container.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      next(index + 1);
    }, { timeout: 2000, fallback: 50 });
  next(0);
}

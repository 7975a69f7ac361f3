import { useEffect, useRef } from 'react';

/**
 * The page's title and its h1: sets `document.title`, and on a step change (when `focus` is true, again
 * whenever `focusKey` changes) shows the new page from its top and moves focus to the heading, the SPA's
 * equivalent of a page load. Focusing alone is not enough: WebKit keeps the old scroll position when the
 * heading is already focusable off screen (after Start pressed low on the screen the question opened
 * with its heading above the top), and Firefox leaves a heading that is partly on screen where it is.
 */
export function usePageHeading(title: string, focus: boolean, focusKey?: unknown) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A page built off the document (the idle warm-up, src/lib/warmUp.tsx) is not the page shown.
    if (headingRef.current?.isConnected === false) return;
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (!focus) return;
    window.scrollTo(0, 0);
    headingRef.current?.focus({ preventScroll: true });
  }, [focus, focusKey]);
  return headingRef;
}

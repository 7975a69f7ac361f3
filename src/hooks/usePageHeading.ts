import { useEffect, useRef } from 'react';

/**
 * The page's title and its h1: sets `document.title`, and moves focus to the heading (the SPA's
 * equivalent of a page load) when `focus` is true, again whenever `focusKey` changes.
 */
export function usePageHeading(title: string, focus: boolean, focusKey?: unknown) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [focus, focusKey]);
  return headingRef;
}

// The payload of a lawyer's code ('#/r/<payload>', FLOW.md §5) is taken out of the address at once and held
// in memory only: the boot script (src/prerender/boot.ts) replaces the address with '#/r' before the app
// loads and hands the payload over in a window property, which the page (src/pages/CodeSummaryPage.tsx, a
// lazy chunk) takes once and deletes, and forgets when it is left. When the app
// is already running (the address typed or pasted into this tab), the page takes it from the address itself.
// Never stored: a reload of '#/r' finds nothing, and the page says to scan again.

/** The window property the boot script writes the payload to (the same name is in its text). */
export const HANDOFF_PROPERTY = '__asylumScreenerCode';

let held: string | null = null;

/** The payload handed over by the boot script or in the address now (which becomes '#/r'), else the one already held. */
export function takeCodePayload(): string | null {
  const { hash, pathname, search } = window.location;
  if (hash.startsWith('#/r/')) {
    held = hash.slice('#/r/'.length);
    window.history.replaceState(window.history.state, '', `${pathname}${search}#/r`);
  }
  const handover = window as unknown as Record<string, unknown>;
  const handed = handover[HANDOFF_PROPERTY];
  if (typeof handed === 'string') held = handed;
  delete handover[HANDOFF_PROPERTY];
  return held;
}

/** Drops the payload held in memory (the page is left: a link, Exit this page, any wipe). */
export function forgetCodePayload(): void {
  held = null;
}

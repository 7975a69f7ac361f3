/**
 * Runs `task` when the browser is next idle (at the latest after `timeout` ms), or after `fallback` ms where
 * there is no requestIdleCallback (Safari before 18.4). For work no one waits for: the summary's prefetch,
 * the idle warm-up.
 */
export function whenIdle(task: () => void, { timeout, fallback }: { timeout?: number; fallback: number }): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => task(), timeout === undefined ? undefined : { timeout });
  else setTimeout(task, fallback);
}

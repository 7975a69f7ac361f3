/**
 * Whether this browser keeps the app for use without internet: 'unknown' until the registration below has
 * been tried (and always in development), then 'yes' when the service worker registered and 'no' where
 * there is none (no `navigator.serviceWorker`: in-app views of Telegram, Instagram, Facebook or WhatsApp on
 * an iPhone, an insecure origin) or its registration failed. Feature detection only, no browser sniffing.
 */
export type OfflineSupport = 'unknown' | 'yes' | 'no';

let support: OfflineSupport = 'unknown';
const listeners = new Set<() => void>();

function settle(next: OfflineSupport): void {
  support = next;
  for (const listener of listeners) listener();
}

/** The current answer (for useSyncExternalStore). */
export function offlineSupport(): OfflineSupport {
  return support;
}

/** Calls `listener` when the answer changes; returns the unsubscribe. */
export function subscribeOfflineSupport(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Registers the offline cache of the app's own files (production builds only). It never holds answers. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return;
  const register = () => {
    if (!('serviceWorker' in navigator)) {
      settle('no');
      return;
    }
    // Offline use is a bonus: the app works without it (the start page and the privacy page say so).
    // (Reading navigator.serviceWorker throws in a sandboxed frame.)
    try {
      navigator.serviceWorker.register('./sw.js').then(
        () => settle('yes'),
        () => settle('no'),
      );
    } catch {
      settle('no');
    }
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

import { Suspense, lazy, useSyncExternalStore } from 'react';
import { offlineSupport, subscribeOfflineSupport } from '../lib/serviceWorker';

// The line's code and words load only where it shows (src/components/OfflineLine.tsx); if they cannot, no line.
const OfflineLine = lazy(() => import('./OfflineLine').catch(() => ({ default: () => null })));

/**
 * One line where this browser cannot keep the app for use without internet (no service worker, or its
 * registration failed: src/lib/serviceWorker.ts), on the start page below Start and on the privacy page;
 * nothing anywhere else, and nothing while the answer is unknown or yes. It appears after the registration
 * was tried (never in the prerendered page, so it never moves Start), with the rest of the words, which
 * it waits for without a loading line.
 */
export function OfflineNote() {
  const support = useSyncExternalStore(subscribeOfflineSupport, offlineSupport, () => 'unknown' as const);
  if (support !== 'no') return null;
  return (
    <Suspense fallback={null}>
      <OfflineLine />
    </Suspense>
  );
}

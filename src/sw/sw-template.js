// Asylum Screener service worker (generated at build time from src/sw/sw-template.js).
// Precaches the app's own files; serves pages network-first (so new rules show on the first visit after a
// deploy) and files cache-first (their names carry a hash); caches nothing else, and never answers.
const VERSION = __VERSION__;
const FILES = __FILES__;
const PREFIX = 'asylum-screener-';
const CACHE = `${PREFIX}${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

// Keeps this version's cache and the one before it: a page opened before the update still runs the
// old code, and its lazy chunks (summary, the other language) must stay loadable offline.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => {
        const older = keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE);
        return Promise.all(older.slice(0, -1).map((key) => caches.delete(key)));
      })
      .then(() => self.clients.claim()),
  );
});

// ignoreVary: servers answer with `Vary: Origin` (vite preview does), and the page's module scripts and
// styles (crossorigin) send an Origin header that the precache requests did not: without it every lookup misses.
const MATCH = { ignoreSearch: true, ignoreVary: true };

/** This version's copy first, then the previous version's (for pages still running it). */
function cached(request) {
  return caches.match(request, { ...MATCH, cacheName: CACHE }).then((hit) => hit || caches.match(request, MATCH));
}

/** How long a page request may take before the cached shell is used instead. */
const NETWORK_WAIT_MS = 3000;

/** The server's answer, if it is a success and comes within NETWORK_WAIT_MS. */
function fromNetwork(request) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('slow network')), NETWORK_WAIT_MS);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        if (response.ok) resolve(response);
        else reject(new Error(`HTTP ${response.status}`));
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every page is the single-page app (the query string, e.g. ?lang=ru, is read by the app). Online, the page comes
    // from the server, so a deploy with updated rules shows at once; offline, on an error or a slow network, the cached shell.
    event.respondWith(fromNetwork(request).catch(() => caches.match('./', { ...MATCH, cacheName: CACHE }).then((shell) => shell || fetch(request))));
    return;
  }
  event.respondWith(cached(request).then((hit) => hit || fetch(request)));
});

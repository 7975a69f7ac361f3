// Asylum Screener service worker (generated at build time from src/sw/sw-template.js).
// Precaches the app's own files; serves them cache-first; caches nothing else, and never answers.
const VERSION = __VERSION__;
const FILES = __FILES__;
const CACHE = `asylum-screener-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every page is the single-page app: answer with the cached shell (the query string, e.g. ?lang=ru, is read by the app).
    event.respondWith(caches.match('./', { cacheName: CACHE }).then((cached) => cached || fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((cached) => cached || fetch(request)));
});

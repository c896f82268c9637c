/*
 * Jishi service worker (hand-written, no build plugin of its own): keeps the app shell so the grid worker's
 * drafts page (/grid/today) opens on a phone that starts without a connection. The build (vite.config.ts,
 * pwa-shell.ts) writes its version and the shell's hashed files into the two constants below, so every deploy
 * gets a new cache and the old one is dropped. API calls are never cached (they may carry personal data);
 * drafts made offline live in IndexedDB (features/grid/outbox-store.ts), not here.
 */
const BUILD = '__JISHI_BUILD__';
const SHELL_ASSETS = /* __JISHI_SHELL_ASSETS__ */ [];
const PREFIX = 'jishi-shell-';
const CACHE = `${PREFIX}${BUILD}`;
const SHELL = ['/', '/manifest.webmanifest', '/icons/jishi-192.png', ...SHELL_ASSETS];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** Stores a good response under `key` in this build's cache (best effort). */
function keep(key, res) {
  if (!res.ok) return;
  const copy = res.clone();
  void caches.open(CACHE).then((c) => c.put(key, copy));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    // Network first: a fresh index.html when online (no stale shell after a deploy), the cached shell when not.
    event.respondWith(
      fetch(request)
        .then((res) => {
          keep('/', res);
          return res;
        })
        .catch(() =>
          caches
            .open(CACHE)
            .then((c) => c.match('/'))
            .then((hit) => hit || Response.error()),
        ),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/')) {
    // Hashed files never change under their name: cache first, and keep what other pages load too.
    event.respondWith(
      caches
        .open(CACHE)
        .then((c) => c.match(request))
        .then(
          (hit) =>
            hit ||
            fetch(request).then((res) => {
              keep(request, res);
              return res;
            }),
        ),
    );
  }
});

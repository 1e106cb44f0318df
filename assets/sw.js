// The edition offline: after one visit the essay, every figure page and every embed open without a
// network. The build (src/bin/prerender.rs) writes this version's files and a hash of them below, so
// each new version is a new worker with a cache of its own, filled whole before it takes over; the old
// cache is then deleted. Pages and unhashed files come from the network first (a reader online always
// gets the current version) and from the cache when it fails; files named by their content's hash come
// from the cache first, as they never change. A page and the files it names are of one version: a page
// from the network names files the network has, and a page from the cache names files in the same cache.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const PREFIX = 'alliance-organization-';
const CACHE = PREFIX + VERSION;
// Trunk names the wasm and its glue with a hash of their content.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' }))))
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

/** The cached copy of `request` (a page's query is its figure's settings, not another page). */
const cached = (request) => caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (HASHED.test(new URL(request.url).pathname)) {
    event.respondWith(cached(request).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(
    fetch(request).catch((error) =>
      cached(request).then((hit) => {
        if (hit) return hit;
        throw error;
      }),
    ),
  );
});

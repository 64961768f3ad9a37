// The service worker source for one practice: precache every file of the build under a cache
// named by the build's content hash, serve cache-first, drop older caches on activate.
export function serviceWorker(version: string, files: string[]): string {
  const urls = ['./', ...files.map((f) => `./${f}`)];
  return `// ndb-kit plan site service worker, build ${version}. Generated: do not edit.
const CACHE = 'ndb-site-${version}';
const FILES = ${JSON.stringify(urls)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ndb-site-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(event.request, { ignoreSearch: true }).then((hit) => {
        if (hit) return hit;
        // "./wizard" and "./" style URLs: try the .html page and the index before the network.
        const path = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname + '.html';
        return cache.match(path).then((page) => page || fetch(event.request));
      }),
    ),
  );
});
`;
}

// The service worker source for one practice. Why it is shaped this way (docs/site.md, "Offline
// copies"): a breach plan read from a stale copy can dial an old phone number.
// - Install precaches every file of the build under a cache named by the build's content hash,
//   with `cache: 'no-cache'` requests: the browser revalidates each file with the server (a 304
//   when unchanged), so a file the HTTP cache still holds from the last build (plan.pdf, plan.md,
//   the pages) can never be copied into the new cache. `_astro/` names carry their content hash,
//   so the HTTP cache's copy of those is always right.
// - Fetch is network-first for everything but `_astro/`: online, the reader always gets the
//   server's current file, the first reload after a rebuild included; offline (or after
//   NETWORK_TIMEOUT_MS on a dead connection) the cached copy answers. `_astro/` is cache-first.
// - Activate drops every older ndb-site cache and claims open pages; the page shows "A newer
//   version of this plan was installed" when a new worker takes over (src/layouts/Page.tsx).
// - PDF fonts (fonts/*.ttf) the build did not precache are kept in the cache once fetched.
// - Under `ndb site --all` a practice folder holds only the Latin fonts; the others are in
//   OUT/_shared/fonts/ (`fontFallback`): a font request that gets a 404 falls back to it, online
//   and (for the practice's own scripts, precached from there) offline.
export const NETWORK_TIMEOUT_MS = 4000;

export interface ServiceWorkerOptions {
  /** Where the fonts this folder lacks are ("../_shared/fonts/"), relative to the worker. */
  fontFallback?: string;
}

/** `files` are relative to the practice folder ("plan.html", "../_shared/_astro/x.js"). */
export function serviceWorker(version: string, files: string[], options: ServiceWorkerOptions = {}): string {
  const urls = ['./', ...files.map((f) => (f.startsWith('../') ? f : `./${f}`))];
  return `// ndb-kit plan site service worker, build ${version}. Generated: do not edit.
const CACHE = 'ndb-site-${version}';
const FILES = ${JSON.stringify(urls)};
const IMMUTABLE = /\\/_astro\\//;
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((url) => new Request(url, { cache: IMMUTABLE.test(url) ? 'default' : 'no-cache' }))))
      .then(() => self.skipWaiting()),
  );
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ndb-site-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
// caches.match with cacheName, not caches.open: a worker that has been replaced must never
// re-create its deleted cache (open creates one) and fill the new build's storage with old files.
function fromCache(request, url) {
  const options = { cacheName: CACHE, ignoreSearch: true };
  return caches.match(request, options).then((hit) => {
    if (hit) return hit;
    // "./wizard" and "./" style URLs: the .html page or the folder's index.
    const path = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname + '.html';
    return caches.match(path, options);
  });
}
function fromNetwork(request) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('network timeout')), ${NETWORK_TIMEOUT_MS});
    // A navigation's Request cannot be re-made with options; the server sends pages as no-cache.
    (request.mode === 'navigate' ? fetch(request) : fetch(request, { cache: 'no-cache' })).then((response) => {
      clearTimeout(timer);
      // A 404 or 500 from a half-replaced folder is worse than the cached copy.
      if (response.ok) resolve(response);
      else reject(new Error('HTTP ' + response.status));
    }, (error) => { clearTimeout(timer); reject(error); });
  });
}
// The record PDF's fonts for scripts the practice's data lacks are not precached (the CJK pair is
// ~10 MB each): one fetched once is kept in this build's cache, so that record prints offline too.
// Only while this worker's cache exists: a replaced worker must not re-create it.
const FONT = /[/]fonts[/][^/]+[.]ttf$/;
const FONT_FALLBACK = ${JSON.stringify(options.fontFallback ?? null)};
function fontFallback(url) {
  return new Request(new URL(FONT_FALLBACK + url.pathname.split('/').pop(), self.location.href));
}
function fontFromNetwork(request, url) {
  if (!FONT_FALLBACK) return fromNetwork(request);
  return fromNetwork(request).catch(() => fromNetwork(fontFallback(url)));
}
function fontFromCache(request, url) {
  return fromCache(request, url).then((hit) =>
    hit || !FONT_FALLBACK ? hit : caches.match(fontFallback(url), { cacheName: CACHE, ignoreSearch: true }),
  );
}
function keep(request, response) {
  return caches.has(CACHE).then((ok) => ok && caches.open(CACHE).then((cache) => cache.put(request, response)));
}
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (IMMUTABLE.test(url.pathname)) {
    event.respondWith(fromCache(request, url).then((hit) => hit || fetch(request)));
    return;
  }
  const font = FONT.test(url.pathname);
  event.respondWith(
    (font ? fontFromNetwork(request, url) : fromNetwork(request)).then((response) => {
      if (font) event.waitUntil(keep(request, response.clone()));
      return response;
    }).catch((error) => (font ? fontFromCache(request, url) : fromCache(request, url)).then((hit) => {
      if (hit) return hit;
      throw error;
    })),
  );
});
`;
}

// The field app's service worker. It keeps the app's shell (its page, styles, scripts and fonts) so that the app
// opens in a basement; the inspector's data is the page's own (IndexedDB) and the API is never answered from here.
const SHELL = 'egov-field-shell-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// The page names what it loaded, fonts included (they come through the styles), and is told when all is kept. Only
// what the cache lacks is fetched: on a slow link, every open must not download the shell again.
async function keep(urls) {
  const cache = await caches.open(SHELL);
  await Promise.all(urls.map(async (url) => {
    if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
  }));
}

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep-shell') return;
  event.waitUntil(keep(event.data.urls).then(() => event.ports[0]?.postMessage('kept')));
});

async function fromNetwork(request, cache) {
  const response = await fetch(request);
  // An ended session answers with a redirect to sign-in: never keep that as the shell.
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

// The shell from the cache at once, refreshed in the background: a weak signal must not keep the inspector waiting.
async function shellFirst(event) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(event.request, { ignoreSearch: true });
  const fresh = fromNetwork(event.request, cache);
  if (cached) {
    event.waitUntil(fresh.catch(() => undefined));
    return cached;
  }
  return fresh;
}

// A file whose address carries its version (?v=, asp-append-version) never changes; another one (the design system's
// styles and fonts) is refreshed in the background after it is served from the cache.
async function cacheFirst(event) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(event.request);
  if (!cached) return fromNetwork(event.request, cache);
  if (!new URL(event.request.url).searchParams.has('v')) event.waitUntil(fromNetwork(event.request, cache).catch(() => undefined));
  return cached;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  event.respondWith(request.mode === 'navigate' ? shellFirst(event) : cacheFirst(event));
});

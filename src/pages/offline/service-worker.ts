// The site's service worker: after one visit online, the app, the ceremony, the data desk and the
// iframe route open with no network (an award night in a hall without one). Registered by those pages
// only (src/pages/shared/offline.ts), never by the partners' script or the npm package.
//
// Two kinds of files, two rules:
// - the code (hashed JS, CSS, MapLibre and its worker) and the favicon never change under their name:
//   precached at install and served from the cache;
// - the pages and data/ may be replaced on the server without a rebuild, and the site promises that a
//   replaced data file is what the next visit shows: always asked of the network first (with the
//   page's own cache mode, so `cache: 'no-cache'` still revalidates), the kept copy used only when the
//   network fails. They are fetched at install too, so the ceremony's data is kept even if no page has
//   asked for it yet.
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import type { PrecacheEntry } from 'workbox-precaching';
import type { WorkboxPlugin } from 'workbox-core';
import { OFFLINE_CHECK, type OfflineAnswer } from '../shared/offline-check.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

const PAGES_CACHE = 'paritrana-pages';
const DATA_CACHE = 'paritrana-data';

const scope = new URL(self.registration.scope);
const dataFolder = new URL('data/', scope).pathname;
/** The build's list (vite.config.ts), relative to the worker: the code, the pages and data/. */
const entries = self.__WB_MANIFEST.map((entry) => (typeof entry === 'string' ? { url: entry, revision: null } : entry));
const address = (url: string) => new URL(url, self.location.href);
const isData = (url: URL) => url.origin === scope.origin && url.pathname.startsWith(dataFolder);
const isPage = (url: URL) => url.pathname.endsWith('.html');
const fresh = entries.filter(({ url }) => isData(address(url)) || isPage(address(url)));
const shell = entries.filter((entry) => !fresh.includes(entry));

precacheAndRoute(shell);

/**
 * One kept copy per page, whatever its address asks (present.html?edition=2025&step=3 is
 * present.html); the folder's address is its index.html.
 */
const onePerPage: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    url.hash = '';
    if (url.pathname.endsWith('/')) url.pathname += 'index.html';
    return url.href;
  },
};

// No network timeout: while the network answers, its answer is what the reader gets.
const pages = new NetworkFirst({ cacheName: PAGES_CACHE, plugins: [onePerPage] });
const data = new NetworkFirst({ cacheName: DATA_CACHE });

registerRoute(({ request }) => request.mode === 'navigate', pages);
registerRoute(({ url, request }) => request.method === 'GET' && isData(url), data);

self.addEventListener('install', (event) => {
  // The pages and every data file, through the strategies that serve them, so they sit in the caches
  // the strategies read when the network is gone.
  const warm = fresh.map(({ url }) => {
    const strategy = isData(address(url)) ? data : pages;
    // Both halves: a file the network could not give fails the install, which the next visit retries.
    return Promise.all(strategy.handleAll({ event, request: new Request(address(url), { cache: 'no-cache' }) }));
  });
  // A new version takes over at once: its pages ask the network first, so nothing old is shown.
  event.waitUntil(Promise.all(warm).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** Whether everything the site needs with no network is in the caches (a browser may evict them). */
async function everythingKept(): Promise<boolean> {
  const [pageCache, dataCache] = await Promise.all([caches.open(PAGES_CACHE), caches.open(DATA_CACHE)]);
  const found = await Promise.all([
    ...shell.map(({ url }) => matchPrecache(url)),
    ...fresh.map(({ url }) => (isData(address(url)) ? dataCache : pageCache).match(address(url).href)),
  ]);
  return found.every((response) => response !== undefined);
}

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type !== OFFLINE_CHECK) return;
  const [port] = event.ports;
  event.waitUntil(everythingKept().then((ready) => port?.postMessage({ ready } satisfies OfflineAnswer)));
});

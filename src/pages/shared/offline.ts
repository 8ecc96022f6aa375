// The site's own pages (the app, the ceremony, the data desk, the iframe route) keep working with no
// network after one visit: each registers the site's service worker (src/pages/offline/service-worker.ts)
// through here. The partners' script and the npm package never import this: a partner's site must not
// get our worker.
import { OFFLINE_CHECK, type OfflineAnswer } from './offline-check.ts';

/** The worker beside the pages (vite.config.ts writes it there): its folder, the site's, is its scope. */
const WORKER = 'service-worker.js';

/** The caches the worker fills (its precache is named by Workbox, the others by the worker). */
const isOurCache = (name: string) => name.startsWith('paritrana-') || name.startsWith('workbox-precache');

/**
 * Registers the worker (in a built site only: the dev server has none). A failure only costs the
 * offline copy. A site built with PARITRANA_OFFLINE=off has no worker: its pages take away the one an
 * earlier version of the site left in this browser, with what it kept.
 */
export function registerOfflineWorker(): void {
  // A page opened from a file (the ceremony's one file on a USB stick) has no site for a worker to keep.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  if (import.meta.env.PARITRANA_OFFLINE === 'off') {
    void forgetOfflineWorker();
    return;
  }
  navigator.serviceWorker.register(new URL(WORKER, document.baseURI)).catch((error: unknown) => {
    console.warn('Peta Paritrana: no offline copy in this browser:', error);
  });
}

/**
 * The worker goes at once; the caches too, and again at each visit: the worker still serves the page
 * that unregistered it, and may keep a file or two until that page is closed.
 */
async function forgetOfflineWorker(): Promise<void> {
  const scope = new URL('./', document.baseURI).href;
  const registration = await navigator.serviceWorker.getRegistration(scope);
  if (registration?.scope === scope) await registration.unregister();
  for (const name of await caches.keys()) if (isOurCache(name)) await caches.delete(name);
}

/** Asks the active worker whether everything is kept; false when there is none to ask or it does not answer. */
async function askWorker(worker: ServiceWorker): Promise<boolean> {
  const channel = new MessageChannel();
  const answer = new Promise<boolean>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<OfflineAnswer>) => resolve(event.data.ready === true);
  });
  worker.postMessage({ type: OFFLINE_CHECK }, [channel.port2]);
  return answer;
}

/**
 * Calls `show` with true once the worker is active and holds everything the
 * site needs with no network (the ceremony's pages, code and data among it); asks again whenever a
 * new worker takes over. In the ceremony's one file, at once.
 */
export function watchOfflineReadiness(show: (ready: boolean) => void): void {
  // Opened from a file: the ceremony's one file, which holds its code and data in itself.
  if (location.protocol === 'file:') return show(true);
  if (!('serviceWorker' in navigator)) return;
  const check = async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active) show(await askWorker(registration.active));
  };
  void check();
  navigator.serviceWorker.addEventListener('controllerchange', () => void check());
}

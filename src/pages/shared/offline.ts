// The site's own pages (the app, the ceremony, the data desk, the iframe route) keep working with no
// network after one visit: each registers the site's service worker (src/pages/offline/service-worker.ts)
// through here. The partners' script and the npm package never import this: a partner's site must not
// get our worker.
import { OFFLINE_CHECK, type OfflineAnswer } from './offline-check.ts';

/** The worker beside the pages (vite.config.ts writes it there): its folder, the site's, is its scope. */
const WORKER = 'service-worker.js';

/** Registers the worker (in a built site only: the dev server has none). A failure only costs the offline copy. */
export function registerOfflineWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(new URL(WORKER, document.baseURI)).catch((error: unknown) => {
    console.warn('Peta Paritrana: no offline copy in this browser:', error);
  });
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
 * new worker takes over.
 */
export function watchOfflineReadiness(show: (ready: boolean) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const check = async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active) show(await askWorker(registration.active));
  };
  void check();
  navigator.serviceWorker.addEventListener('controllerchange', () => void check());
}

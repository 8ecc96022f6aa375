// What a page and the site's service worker (src/pages/offline/service-worker.ts) say to each other:
// the page asks whether everything the site needs with no network is kept; the worker answers.

/** The question, posted to the active worker with a MessagePort for the answer. */
export const OFFLINE_CHECK = 'paritrana-offline-check';

export interface OfflineAnswer {
  /** Every page, every file of code and every data file is in the worker's caches. */
  ready: boolean;
}

// The elements' soak, shortened (scripts/bench-soak.ts runs the full 1,000 for npm run bench): each
// element created, drawn and removed 200 times (the map 30 times, starting MapLibre each time), then 200
// rapid year changes on the five linked together. Nothing may be left behind: no listener on window
// or document, no observer still observing, no "Too many active WebGL contexts" from Chromium, no error
// (checkAndClosePages), and the JS heap after a forced collection within 5 MB of where it started.
// About a minute on two idle cores; the bench runs the map's full 1,000.
import { describe, expect, inject, test } from 'vitest';
import { runSoak, soakPageHtml } from '../../scripts/bench-soak.ts';
import { openPage, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const CYCLES = 200;
/** Each map cycle starts MapLibre in software WebGL (seconds); the WebGL life test adds 48 maps more. */
const MAP_CYCLES = 30;
const MAX_GROWTH_BYTES = 5 * 1024 * 1024;

const session = useBrowser(baseUrl);

describe('elements soak', () => {
  test(`${CYCLES} create/remove cycles of each element (the map ${MAP_CYCLES}) and ${CYCLES} year changes leave nothing behind`, { timeout: 900_000 }, async () => {
    const url = `${baseUrl}soak.html`;
    const html = soakPageHtml(`${baseUrl}embed/paritrana.js`);
    const { page } = await openPage(session.browser, url, {
      waitForMap: false,
      before: (p) => p.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html })),
    });
    const figures = await runSoak(page, CYCLES, MAP_CYCLES);
    for (const f of figures) {
      const summary = `${f.scenario}: heap ${(f.heapBefore / 1e6).toFixed(2)} -> ${(f.heapAfter / 1e6).toFixed(2)} MB, ${f.firstMs.toFixed(1)} -> ${f.lastMs.toFixed(1)} ms a cycle`;
      console.log(`soak: ${summary}; listeners ${f.listenersBefore} -> ${f.listenersAfter}, observers ${f.observersBefore} -> ${f.observersAfter}`);
      expect(f.listenersAfter, `${f.scenario}: listeners on window and document`).toBe(f.listenersBefore);
      expect(f.observersAfter, `${f.scenario}: observers still observing`).toBe(f.observersBefore);
      expect(f.webglWarnings, `${f.scenario}: Chromium dropped WebGL contexts`).toBe(0);
      expect(f.heapAfter - f.heapBefore, summary).toBeLessThan(MAX_GROWTH_BYTES);
    }
    expect(figures.map((f) => f.scenario)).toHaveLength(6);
  });
});

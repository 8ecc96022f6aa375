// The elements' soak: each element created, drawn and removed many times over, and many rapid year
// changes on the five elements linked together, in headless Chromium against the built site (npm run
// build first). What each cycle leaves behind is what matters: listeners on window and document,
// observers still observing, the JavaScript heap after a forced garbage collection, Chromium's
// "Too many active WebGL contexts" warnings, and whether cycles slow down (the first 100 against the
// last 100). test/e2e/elements-soak.e2e.test.ts runs it with fewer cycles and fails on a leak;
// npm run bench runs the full count and writes bench/soak.md.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

/** Cycles of each scenario in npm run bench. */
export const SOAK_CYCLES = 1000;

/** The elements as a partner's page writes them: each draws on its own, fetching its own data. */
const SOAK_ELEMENTS = [
  // The map starts MapLibre at once (eager); every tenth cycle waits for it to take over, the others
  // remove the map once MapLibre has made its canvas and is loading its style.
  { tag: 'paritrana-map', attributes: { year: '2024', loading: 'eager' }, drawn: '.webgl canvas', webglEvery: 10 },
  { tag: 'paritrana-legend', attributes: {}, drawn: '[part="entry"]', webglEvery: 0 },
  { tag: 'paritrana-year-slider', attributes: {}, drawn: '[part="thumb"]', webglEvery: 0 },
  { tag: 'paritrana-winners', attributes: {}, drawn: '[part="edition"]', webglEvery: 0 },
  { tag: 'paritrana-region-details', attributes: { code: '61.04' }, drawn: '[part="heading"]', webglEvery: 0 },
] as const;

/**
 * The soak page: the partner script and an empty holder. Observers are counted by wrapping their
 * constructors before any script runs: an observer counts while it observes something.
 */
export function soakPageHtml(scriptUrl: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Soak</title><link rel="icon" href="data:,">
<script>
  (() => {
    const live = new Map();
    for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver']) {
      const Original = window[name];
      window[name] = class extends Original {
        observe(target, options) {
          super.observe(target, options);
          const targets = live.get(this) ?? new Set();
          targets.add(target);
          live.set(this, targets);
        }
        unobserve(target) {
          super.unobserve(target);
          live.get(this)?.delete(target);
          if (live.get(this)?.size === 0) live.delete(this);
        }
        disconnect() {
          super.disconnect();
          live.delete(this);
        }
      };
    }
    window.soakObservers = () => [...live.values()].reduce((sum, targets) => sum + targets.size, 0);
  })();
</script>
<script type="module" src="${scriptUrl}"></script></head>
<body><div id="holder" style="width: 640px"></div></body></html>`;
}

/**
 * One element's cycles, in the page: created, drawn (or, every `webglEvery`th map, until MapLibre took
 * over), removed. Kept as text: a function handed to page.evaluate must not carry a compiler's helpers.
 * Returns each cycle's milliseconds.
 */
const CYCLES_IN_PAGE = `async ({ tag, attributes, drawn, webglEvery, cycles }) => {
  const holder = document.getElementById('holder');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const times = [];
  for (let i = 0; i < cycles; i++) {
    const start = performance.now();
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    holder.append(element);
    // The partner script defines a tag once it sees it on the page.
    await customElements.whenDefined(tag);
    const webgl = webglEvery > 0 && i % webglEvery === 0;
    const done = () => (webgl ? element.renderer === 'webgl' : element.shadowRoot?.querySelector(drawn) != null);
    if (element.updateComplete) await element.updateComplete;
    while (!done()) {
      if (performance.now() - start > 30000) throw new Error(tag + ': not drawn after 30 s, cycle ' + i);
      await frame();
    }
    element.remove();
    times.push(performance.now() - start);
  }
  return times;
}`;

/** The five linked together, as the partner's page of docs/elements.md; the map eager, waited for in WebGL. */
const LINKED_IN_PAGE = `async () => {
  const holder = document.getElementById('holder');
  holder.innerHTML = '<paritrana-map id="soak-map" year="2024" loading="eager"></paritrana-map>' +
    '<paritrana-year-slider for="soak-map"></paritrana-year-slider><paritrana-legend for="soak-map"></paritrana-legend>' +
    '<paritrana-winners for="soak-map"></paritrana-winners><paritrana-region-details for="soak-map"></paritrana-region-details>';
  const map = holder.querySelector('paritrana-map');
  const slider = holder.querySelector('paritrana-year-slider');
  const start = performance.now();
  while (map.renderer !== 'webgl' || !(slider.years?.length > 1)) {
    if (performance.now() - start > 60000) throw new Error('the linked elements did not draw in WebGL within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}`;

/** Rapid year changes on the linked map: each waits for every element's update and one frame, not for MapLibre's idle. */
const YEARS_IN_PAGE = `async ({ cycles }) => {
  const holder = document.getElementById('holder');
  const map = holder.querySelector('paritrana-map');
  const years = holder.querySelector('paritrana-year-slider').years;
  const elements = [...holder.children];
  const times = [];
  for (let i = 0; i < cycles; i++) {
    const start = performance.now();
    map.year = years[i % years.length];
    await Promise.all(elements.map((element) => element.updateComplete));
    // The linked elements hear the map's attribute by a MutationObserver: one more round for them.
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    await Promise.all(elements.map((element) => element.updateComplete));
    times.push(performance.now() - start);
  }
  return times;
}`;

export interface SoakFigures {
  scenario: string;
  cycles: number;
  heapBefore: number;
  heapAfterNoGc: number;
  heapAfter: number;
  firstMs: number;
  lastMs: number;
  listenersBefore: number;
  listenersAfter: number;
  observersBefore: number;
  observersAfter: number;
  webglWarnings: number;
}

/** The main thread's JS heap in use after two forced collections (one may leave finalisers' garbage). */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Listeners on window and on document, as DevTools lists them. */
async function pageListeners(cdp: CDPSession): Promise<number> {
  let count = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    count += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! })).listeners.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  }
  return count;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

/**
 * Runs every scenario on `page` (already at soakPageHtml): `cycles` create/remove cycles of each
 * element, then `cycles` year changes on the five linked. Each scenario starts after a warm-up.
 */
/**
 * Runs every scenario `cycles` times; the map `mapCycles` times (default the same): each of its cycles
 * starts MapLibre in software WebGL, seconds each, so the test runs it fewer times than the bench.
 */
export async function runSoak(page: Page, cycles: number, mapCycles = cycles): Promise<SoakFigures[]> {
  const cdp = await page.context().newCDPSession(page);
  let warnings = 0;
  const countWarning = (text: string) => {
    if (/too many active webgl contexts/i.test(text)) warnings++;
  };
  // Chromium's own console lines reach the Log domain, not console.* calls.
  await cdp.send('Log.enable');
  cdp.on('Log.entryAdded', ({ entry }) => countWarning(entry.text));
  const figures: SoakFigures[] = [];
  /**
   * Listeners and observers once the page is still: the last element removed may still be letting go
   * (a MapLibre map removed while its style loads frees its listeners when the load settles), so the
   * counts are read until they hold for a second (at most 10 s). A leak holds too, and still fails.
   */
  const settledCounts = async (): Promise<{ listeners: number; observers: number }> => {
    const read = async () => ({ listeners: await pageListeners(cdp), observers: (await page.evaluate('window.soakObservers()')) as number });
    let last = await read();
    let stableSince = Date.now();
    const giveUp = Date.now() + 10_000;
    while (Date.now() - stableSince < 1000 && Date.now() < giveUp) {
      await page.waitForTimeout(200);
      const now = await read();
      if (now.listeners !== last.listeners || now.observers !== last.observers) stableSince = Date.now();
      last = now;
    }
    return last;
  };
    const measure = async (scenario: string, run: (n: number) => Promise<number[]>, cycles: number) => {
    await run(Math.min(20, cycles));
    const warningsBefore = warnings;
    const heapBefore = await heapAfterGc(cdp);
    const { listeners: listenersBefore, observers: observersBefore } = await settledCounts();
    const times = await run(cycles);
    const after = await settledCounts();
    const { usedSize: heapAfterNoGc } = await cdp.send('Runtime.getHeapUsage');
    const heapAfter = await heapAfterGc(cdp);
    figures.push({
      scenario,
      cycles,
      heapBefore,
      heapAfterNoGc,
      heapAfter,
      firstMs: mean(times.slice(0, timingWindow(cycles))),
      lastMs: mean(times.slice(-timingWindow(cycles))),
      listenersBefore,
      listenersAfter: after.listeners,
      observersBefore,
      observersAfter: after.observers,
      webglWarnings: warnings - warningsBefore,
    });
  };
  for (const element of SOAK_ELEMENTS) {
    const n = element.tag === 'paritrana-map' ? mapCycles : cycles;
    await measure(`${element.tag}: create, draw, remove`, (k) => page.evaluate(`(${CYCLES_IN_PAGE})(${JSON.stringify({ ...element, cycles: k })})`) as Promise<number[]>, n);
  }
  await page.evaluate(`(${LINKED_IN_PAGE})()`);
  await measure('five linked: year changes', (k) => page.evaluate(`(${YEARS_IN_PAGE})(${JSON.stringify({ cycles: k })})`) as Promise<number[]>, cycles);
  await cdp.detach();
  return figures;
}

/** The first and last 100 cycles, or a quarter of them when fewer than 400. */
const timingWindow = (cycles: number) => Math.min(100, Math.max(1, Math.floor(cycles / 4)));

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function soakMarkdown(figures: readonly SoakFigures[], note: string): string {
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
  const rows = figures.map((f) =>
    [
      f.scenario,
      String(f.cycles),
      mb(f.heapBefore),
      mb(f.heapAfterNoGc),
      mb(f.heapAfter),
      mb(f.heapAfter - f.heapBefore),
      `${f.firstMs.toFixed(1)} ms`,
      `${f.lastMs.toFixed(1)} ms`,
      `${f.listenersBefore} → ${f.listenersAfter}`,
      `${f.observersBefore} → ${f.observersAfter}`,
      String(f.webglWarnings),
    ].join(' | '),
  );
  return [
    '# Elements soak',
    '',
    `Written by \`npm run bench\` (scripts/bench-soak.ts). ${note} Machine: ${machine}.`,
    '',
    'Heap: the main thread\'s JavaScript heap, "before" and "after GC" after two forced collections, "after" before them.',
    'Times: the mean of the first and of the last 100 cycles (a quarter of them when fewer than 400). Listeners: on window and',
    'document (DevTools\' count). Observers: Resize-, Intersection- and MutationObserver targets still observed.',
    'A map cycle waits for the SVG map and for MapLibre\'s canvas (removed while its style loads), every tenth for MapLibre (SwiftShader, software WebGL) to take over.',
    '',
    '| scenario | cycles | heap before | heap after | heap after GC | growth | first cycles | last cycles | listeners | observers | WebGL context warnings |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
  ].join('\n');
}

/** Serves dist/, runs the soak in a new headless Chromium, writes bench/soak.md; for npm run bench. */
export async function measureSoak(cycles: number): Promise<SoakFigures[]> {
  const { preview } = await import('vite');
  const server = await preview({ configFile: false, logLevel: 'silent', appType: 'mpa', preview: { host: '127.0.0.1', port: 0, open: false } });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const base = server.resolvedUrls!.local[0]!;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const url = new URL('soak.html', base).href;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: soakPageHtml(new URL('embed/paritrana.js', base).href) }));
    await page.goto(url);
    const figures = await runSoak(page, cycles);
    await context.close();
    const note = errors.length === 0 ? 'No error was logged.' : `Errors logged: ${errors.length}, the first: ${errors[0]}.`;
    writeFileSync(fileURLToPath(new URL('../bench/soak.md', import.meta.url)), soakMarkdown(figures, note));
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

// Alone: node --import tsx scripts/bench-soak.ts [cycles] (1,000 by default), after npm run build.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cycles = Number(process.argv[2] ?? SOAK_CYCLES);
  measureSoak(cycles)
    .then((figures) => console.log(soakMarkdown(figures, `${cycles} cycles.`)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}

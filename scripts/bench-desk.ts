// The data desk with a large file: a 50,000-row coverage CSV, and the same rows as an Excel workbook,
// chosen in desk.html (headless Chromium, the built site), from the file's arrival in the page to the
// map drawn on it (the desk's own performance mark: read in the worker, checked, kept in IndexedDB and
// drawn), with every long task of the page's main thread meanwhile (PerformanceObserver 'longtask':
// a task over 50 ms; the budget is none over 200 ms, the page answering the person throughout); and
// the reading against the published data alone, in Node. Medians of a few runs, each in a new browser
// context (an empty IndexedDB). Alone: node --import tsx scripts/bench-desk.ts (after npm run build).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { DATA_FILE_NAMES, importFile, parseDataset } from '../src/data/index.ts';
import { applyImport } from '../src/model/imported-data.ts';
import { largeCoverageCsv, largeCoverageWorkbook } from './lib/large-coverage.ts';

export const DESK_ROWS = 50_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface DeskRun {
  /** From the file's arrival to the map drawn. */
  ms: number;
  /** Long tasks on the main thread meanwhile: how many, and the longest. */
  longTasks: number;
  longestTaskMs: number;
  /** Over several runs: the longest task of any run (longestTaskMs is then the median run's). */
  worstTaskMs?: number;
}

export interface DeskFigures {
  csv: DeskRun;
  workbook: DeskRun;
  nodeMs: number;
  runs: number;
}

/** Chooses the file and waits for the desk's mark, observing long tasks from just before. */
async function importOnce(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<DeskRun> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { benchTasks: number[] }).benchTasks = tasks;
    // The test's own delivery of the file (Playwright decodes it into the page in one task, which then
    // fires 'change') is not the desk's: only tasks that start after the change event count.
    let chosenAt = Infinity;
    document.querySelector('#file-input')!.addEventListener('change', () => {
      chosenAt = performance.now();
    }, { capture: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= chosenAt) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.locator('#file-input').setInputFiles([file]);
  await page.waitForFunction(() => performance.getEntriesByName('paritrana-desk-preview').length > 0, null, { timeout: 120_000 });
  // Two frames more, so a long task that ends with the mark is reported.
  return page.evaluate(() => new Promise<DeskRun>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
    const tasks = (window as unknown as { benchTasks: number[] }).benchTasks;
    const ms = ((performance.getEntriesByName('paritrana-desk-preview')[0] as PerformanceMark).detail as { seconds: number }).seconds * 1000;
    resolve({ ms, longTasks: tasks.length, longestTaskMs: tasks.reduce((most, task) => Math.max(most, task), 0) });
  }))));
}

const medianRun = (runs: DeskRun[]): DeskRun => ({
  ms: median(runs.map((r) => r.ms)),
  longTasks: median(runs.map((r) => r.longTasks)),
  longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
  // The worst too: on a machine shared with other work, one run's task may be stretched by it.
  worstTaskMs: runs.reduce((most, r) => Math.max(most, r.longestTaskMs), 0),
});

export async function measureDesk(runs = 3): Promise<DeskFigures> {
  const read = (name: string) => ({ name: `data/${name}`, text: readFileSync(`data/${name}`, 'utf8') });
  const published = parseDataset({ regions: read(DATA_FILE_NAMES.regions), coverage: read(DATA_FILE_NAMES.coverage), awards: read(DATA_FILE_NAMES.awards) });
  const codes = published.regions.regencies.map((r) => r.code);
  const csv = Buffer.from(new TextEncoder().encode(largeCoverageCsv(DESK_ROWS, codes)));
  const workbook = Buffer.from(largeCoverageWorkbook(DESK_ROWS, codes));

  const node: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    applyImport(published, [await importFile(csv, 'cakupan.csv')]);
    node.push(performance.now() - start);
  }

  const server = await preview({ configFile: false, logLevel: 'silent', appType: 'mpa', preview: { host: '127.0.0.1', port: 0, open: false } });
  const url = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const results: Record<'csv' | 'workbook', DeskRun[]> = { csv: [], workbook: [] };
  try {
    for (let i = 0; i < runs; i++) {
      for (const kind of ['csv', 'workbook'] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${url}desk.html`);
        await page.waitForFunction(() => performance.getEntriesByName('paritrana-ready-svg').length > 0, null, { timeout: 30_000 });
        const file = kind === 'csv'
          ? { name: 'cakupan.csv', mimeType: 'text/csv', buffer: csv }
          : { name: 'cakupan.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook };
        results[kind].push(await importOnce(page, file));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { csv: medianRun(results.csv), workbook: medianRun(results.workbook), nodeMs: median(node), runs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await measureDesk(Number(process.argv[2] ?? 3));
  console.log(JSON.stringify(figures, null, 2));
}

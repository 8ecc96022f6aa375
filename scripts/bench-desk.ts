// The data desk with a large file: a 50,000-row coverage CSV chosen in desk.html (headless Chromium,
// the built site), from the file's arrival in the page to the map drawn on it (the desk's own
// performance mark: read, checked, kept in IndexedDB and drawn); and the reading against the published
// data alone, in Node. Medians of a few runs, each in a new browser context (an empty IndexedDB).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { DATA_FILE_NAMES, importFile, parseDataset } from '../src/data/index.ts';
import { applyImport } from '../src/model/imported-data.ts';
import { largeCoverageCsv } from './lib/large-coverage.ts';

export const DESK_ROWS = 50_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface DeskFigures {
  browserMs: number;
  nodeMs: number;
  runs: number;
}

export async function measureDesk(runs = 3): Promise<DeskFigures> {
  const read = (name: string) => ({ name: `data/${name}`, text: readFileSync(`data/${name}`, 'utf8') });
  const published = parseDataset({ regions: read(DATA_FILE_NAMES.regions), coverage: read(DATA_FILE_NAMES.coverage), awards: read(DATA_FILE_NAMES.awards) });
  const text = largeCoverageCsv(DESK_ROWS, published.regions.regencies.map((r) => r.code));
  const bytes = new TextEncoder().encode(text);

  const node: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    applyImport(published, [await importFile(bytes, 'cakupan.csv')]);
    node.push(performance.now() - start);
  }

  const server = await preview({ configFile: false, logLevel: 'silent', appType: 'mpa', preview: { host: '127.0.0.1', port: 0, open: false } });
  const url = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const inPage: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${url}desk.html`);
      await page.waitForFunction(() => performance.getEntriesByName('paritrana-ready-svg').length > 0, null, { timeout: 30_000 });
      await page.locator('#file-input').setInputFiles([{ name: 'cakupan.csv', mimeType: 'text/csv', buffer: Buffer.from(bytes) }]);
      await page.waitForFunction(() => performance.getEntriesByName('paritrana-desk-preview').length > 0, null, { timeout: 60_000 });
      inPage.push(await page.evaluate(() => ((performance.getEntriesByName('paritrana-desk-preview')[0] as PerformanceMark).detail as { seconds: number }).seconds * 1000));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { browserMs: median(inPage), nodeMs: median(node), runs };
}

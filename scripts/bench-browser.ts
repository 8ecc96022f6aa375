// The page's timings in headless Chromium against the built site (npm run build first): from
// navigation to the first coloured map (the SVG drawn at once), from the pointer over the map to
// MapLibre's first idle (it loads when the reader reaches for the map), and the
// time a year change takes to reach the screen; plus the JavaScript bytes on the critical path.
// Medians of several cold loads (a new browser context each, so no cache).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

export interface BrowserFigures {
  svgReadyMs: number;
  webglIdleMs: number | null;
  yearChangeSvgMs: number;
  yearChangeWebglMs: number | null;
  criticalJsGzipBytes: number;
  criticalJsFiles: string[];
  lazyJsGzipBytes: number;
  runs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Scripts the HTML loads before anything else: its module entry and the modules it preloads. */
function criticalScripts(html: string): string[] {
  const srcs = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set([...srcs, ...preloads])].map((src) => src.replace(/^\.\//, ''));
}

export async function measureBrowser(runs = 5): Promise<BrowserFigures> {
  const html = readFileSync('dist/index.html', 'utf8');
  const critical = criticalScripts(html);
  const gz = (file: string) => gzipSync(readFileSync(join('dist', file))).length;
  const criticalJsGzipBytes = critical.reduce((sum, f) => sum + gz(f), 0);
  const { readdirSync } = await import('node:fs');
  const allJs = readdirSync('dist/assets').filter((f) => f.endsWith('.js') || f.endsWith('.mjs')).map((f) => `assets/${f}`);
  const lazyJsGzipBytes = allJs.filter((f) => !critical.includes(f)).reduce((sum, f) => sum + gz(f), 0);

  const server = await preview({ configFile: false, logLevel: 'silent', appType: 'mpa', preview: { host: '127.0.0.1', port: 0, open: false } });
  const url = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const svg: number[] = [];
  const webgl: number[] = [];
  const changeSvg: number[] = [];
  const changeWebgl: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${url}?year=2024`);
      // main.ts marks each renderer's first full picture (paritrana-ready).
      await page.waitForFunction(() => performance.getEntriesByName('paritrana-ready-svg').length > 0, null, { timeout: 30_000 });
      svg.push(await page.evaluate(() => performance.getEntriesByName('paritrana-ready-svg')[0]!.startTime));
      // MapLibre loads when the reader reaches for the map: the pointer goes over it.
      const reached = await page.evaluate(() => performance.now());
      await page.hover('paritrana-map');
      await page.mouse.move(0, 0);
      const hasWebgl = await page
        .waitForFunction(() => performance.getEntriesByName('paritrana-ready-webgl').length > 0, null, { timeout: 60_000 })
        .then(() => true, () => false);
      if (hasWebgl) webgl.push((await page.evaluate(() => performance.getEntriesByName('paritrana-ready-webgl')[0]!.startTime)) - reached);
      // A year change, as the slider makes it, until the next frame is on screen (and MapLibre idle).
      const change = await page.evaluate(async () => {
        const map = document.querySelector('paritrana-map') as HTMLElement & { year: number; map: { once(e: string, f: () => void): void } | null };
        const start = performance.now();
        const idle = map.map ? new Promise<void>((resolve) => map.map!.once('idle', () => resolve())) : Promise.resolve();
        document.querySelector('paritrana-year-slider')!.dispatchEvent(new CustomEvent('paritrana-year-change', { detail: { year: 2023 }, bubbles: true, composed: true }));
        await idle;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return { ms: performance.now() - start, webgl: map.map !== null };
      });
      (change.webgl ? changeWebgl : changeSvg).push(change.ms);
      await context.close();
    }
    // The SVG-only year change: WebGL refused, so the SVG map stays.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return type.startsWith('webgl') ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    const page = await context.newPage();
    await page.goto(`${url}?year=2024`);
    await page.waitForFunction(() => performance.getEntriesByName('paritrana-ready-svg').length > 0);
    for (let i = 0; i < runs; i++) {
      changeSvg.push(
        await page.evaluate(async (year) => {
          const start = performance.now();
          document.querySelector('paritrana-year-slider')!.dispatchEvent(new CustomEvent('paritrana-year-change', { detail: { year }, bubbles: true, composed: true }));
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          return performance.now() - start;
        }, i % 2 === 0 ? 2023 : 2024),
      );
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    svgReadyMs: median(svg),
    webglIdleMs: webgl.length ? median(webgl) : null,
    yearChangeSvgMs: median(changeSvg),
    yearChangeWebglMs: changeWebgl.length ? median(changeWebgl) : null,
    criticalJsGzipBytes,
    criticalJsFiles: critical,
    lazyJsGzipBytes,
    runs,
  };
}

// Lighthouse (the npm package) on the built app, simulated mobile (its default), with the system's
// Chromium: performance, accessibility and best-practices scores, and CLS, TBT and LCP. The browser
// is started here with a DevTools port and handed to Lighthouse, so nothing is downloaded.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { findChromium } from './chromium.mjs';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
}

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** A headless Chromium with a DevTools port; resolves once it listens. */
async function startChromium(profile: string): Promise<{ port: number; stop: () => void }> {
  const executable = process.env.CHROME_PATH || findChromium();
  if (!executable) throw new Error('bench: no Chromium found; set CHROME_PATH');
  const child = spawn(executable, [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening: ${text.slice(-500)}`)));
  });
  return { port, stop: () => child.kill() };
}

/** The median run (by performance score) of `runs` Lighthouse runs on the built app's index page. */
export async function measureLighthouse(runs = 3): Promise<LighthouseFigures & { runs: number }> {
  const server = await preview({ configFile: false, logLevel: 'silent', appType: 'mpa', preview: { host: '127.0.0.1', port: 0, open: false } });
  const url = `${server.resolvedUrls!.local[0]!}?year=2024`;
  const profile = mkdtempSync(join(tmpdir(), 'paritrana-lighthouse-'));
  const chromium = await startChromium(profile);
  const results: LighthouseFigures[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
      const lhr = result!.lhr;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      results.push({
        performance: lhr.categories.performance!.score ?? NaN,
        accessibility: lhr.categories.accessibility!.score ?? NaN,
        bestPractices: lhr.categories['best-practices']!.score ?? NaN,
        cls: audit('cumulative-layout-shift'),
        tbtMs: audit('total-blocking-time'),
        lcpMs: audit('largest-contentful-paint'),
      });
    }
  } finally {
    chromium.stop();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  return { ...sorted[Math.floor(sorted.length / 2)]!, runs };
}

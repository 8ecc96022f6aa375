// Lighthouse (the npm package) on the built site as a production host serves it: scripts/serve.mjs, the
// server `npm start` runs (gzip, the site's Content-Security-Policy, the caching headers of
// docs/deploying.md), never `vite preview`, which sends nothing gzipped. Five addresses of the site
// and a bare MapLibre page (scripts/bench-baseline/: MapLibre drawing the regencies, no app code),
// built here into a temporary folder and served the same way, as the baseline the app is compared to.
// Simulated mobile (Lighthouse's default throttling), with the system's Chromium, started here with a
// DevTools port and handed to Lighthouse, so nothing is downloaded.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { findChromium } from './chromium.mjs';
import { GZIP_LEVEL, start } from './serve.mjs';

/** The addresses measured, relative to the site's root: the app, two of its states, the iframe route, the ceremony, the national map and another province's. */
const LIGHTHOUSE_ADDRESSES = ['', '?year=2025', '?metric=coverage_change_pp', 'embed.html?view=map', 'present.html?edition=2025', '?province=indonesia', '?province=63'];

/** One Lighthouse run's figures (times in milliseconds). */
interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export interface LighthousePage {
  /** As a reader types it after the site's root: "/", "/?year=2025", "embed.html?view=map"… */
  address: string;
  /** The run with the median performance score; its other figures are that run's. */
  median: LighthouseRun;
  /** Every run's performance score, in the order they ran. */
  performances: number[];
  /** Every run's figures, in the order they ran. */
  every: LighthouseRun[];
}

export interface LighthouseReport {
  pages: LighthousePage[];
  /** The bare MapLibre page, measured in the same run. */
  baseline: LighthousePage;
  runs: number;
  /** How it was served and measured, in words, for bench/results.md. */
  how: string;
}

/** The system Chromium's flags: headless, no network of its own, and SwiftShader so that MapLibre has WebGL without a GPU. */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-unsafe-swiftshader'];
const BASELINE_SOURCE = fileURLToPath(new URL('./bench-baseline/', import.meta.url));

/**
 * A headless Chromium with a DevTools port; resolves once it listens. `stop` resolves once it has exited
 * (it writes to its profile until then, so the profile can only be removed after).
 */
async function startChromium(executable: string, profile: string): Promise<{ port: number; stop: () => Promise<void> }> {
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
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    port,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill();
      await exited;
    },
  };
}

/** The bare MapLibre page, built with Vite into `outDir`, with the built site's regency topology beside it. */
async function buildBaseline(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: BASELINE_SOURCE,
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000, rolldownOptions: { checks: { pluginTimings: false } } },
  });
  mkdirSync(join(outDir, 'data'), { recursive: true });
  copyFileSync('dist/data/regencies.topo.json', join(outDir, 'data', 'regencies.topo.json'));
}

const version = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

/**
 * `runs` Lighthouse runs of each address and of the bare MapLibre page, taken in turn (each address
 * once, then again), so a busy moment of the machine falls on all of them alike; each address's
 * figures are those of its run with the median performance score.
 */
export async function measureLighthouse(runs = 3): Promise<LighthouseReport> {
  const executable = process.env.CHROME_PATH || findChromium();
  if (!executable) throw new Error('bench: no Chromium found; set CHROME_PATH');
  // Its version as it names itself: the user agent's is reduced to "156.0.0.0".
  const chromiumVersion = /[\d.]+/.exec(execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[0] ?? 'unknown';
  const loadAtStart = loadavg()[0]!;
  const folder = mkdtempSync(join(tmpdir(), 'paritrana-lighthouse-'));
  const baselineDir = join(folder, 'baseline');
  await buildBaseline(baselineDir);
  const site = await start('dist', { port: 0 });
  const bare = await start(baselineDir, { port: 0 });
  const profile = join(folder, 'profile');
  const chromium = await startChromium(executable, profile);
  const targets = [...LIGHTHOUSE_ADDRESSES.map((address) => ({ address: `/${address}`, url: site.url + address })), { address: 'bare MapLibre page', url: bare.url }];
  const results = targets.map(() => [] as LighthouseRun[]);
  let settings: { lighthouseVersion: string; benchmarkIndex: number; throttling: string } | undefined;
  try {
    for (let run = 0; run < runs; run++) {
      for (const [i, target] of targets.entries()) {
        console.log(`[bench] Lighthouse ${run + 1}/${runs}: ${target.address}`);
        const result = await lighthouse(target.url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
        const lhr = result!.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${target.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        results[i]!.push({
          performance: lhr.categories.performance!.score ?? NaN,
          accessibility: lhr.categories.accessibility!.score ?? NaN,
          bestPractices: lhr.categories['best-practices']!.score ?? NaN,
          fcpMs: audit('first-contentful-paint'),
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
        });
        const { throttlingMethod, throttling, formFactor, screenEmulation } = lhr.configSettings;
        settings ??= {
          lighthouseVersion: lhr.lighthouseVersion,
          benchmarkIndex: lhr.environment.benchmarkIndex,
          throttling:
            `${throttlingMethod === 'simulate' ? 'simulated' : throttlingMethod} ${formFactor}: RTT ${throttling.rttMs} ms, ` +
            `${Math.round(throttling.throughputKbps ?? 0)} kbit/s, CPU ×${throttling.cpuSlowdownMultiplier}; ` +
            `screen ${screenEmulation.width}×${screenEmulation.height} at ${screenEmulation.deviceScaleFactor}`,
        };
      }
    }
  } finally {
    await chromium.stop();
    await site.close();
    await bare.close();
    rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
  const pages = targets.map((target, i) => {
    const sorted = [...results[i]!].sort((a, b) => a.performance - b.performance);
    return { address: target.address, median: sorted[Math.floor(sorted.length / 2)]!, performances: results[i]!.map((r) => r.performance), every: results[i]! };
  });
  const loadAtEnd = loadavg()[0]!;
  const how =
    `Served by scripts/serve.mjs, what \`npm start\` runs ` +
    `(sirv ${version('sirv')}; compression ${version('compression')}, gzip level ${GZIP_LEVEL}, on the fly; the Content-Security-Policy and ` +
    `Cache-Control of docs/deploying.md) on 127.0.0.1, the bare MapLibre page (scripts/bench-baseline/, built by the bench with Vite, ` +
    `with dist/data/regencies.topo.json) by a second one in the same run. ` +
    `Lighthouse ${settings!.lighthouseVersion} (performance, accessibility, best practices), its default throttling: ${settings!.throttling}. ` +
    `Chromium ${chromiumVersion} (${CHROME_FLAGS.join(' ')}), one browser for every run, Lighthouse resetting its storage before each. ` +
    `${runs} runs of each address, taken in turn; each row is the run with the median performance score (all ${runs} scores in brackets). ` +
    `Lighthouse's benchmark index of this machine: ${Math.round(settings!.benchmarkIndex)}; its load average (1 min) ${loadAtStart.toFixed(1)} at the start, ` +
    `${loadAtEnd.toFixed(1)} at the end (other work on the cores lowers the scores). ${new Date().toISOString().slice(0, 10)}.`;
  return { pages: pages.slice(0, -1), baseline: pages.at(-1)!, runs, how };
}

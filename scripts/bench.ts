// npm run bench: the figures we track, measured on this machine and written to bench/results.md
// (and .json), so changes to them show up in review. Timings are medians of repeated runs; sizes are
// exact. Nothing here fails on a number: budgets that are deterministic (sizes) are enforced by the
// build and the tests instead.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DATA_FILE_NAMES, joinFigures, parseDataset, parseTopology, TOPOLOGY_CHECKS, yearsWithFigures } from '../src/data/index.ts';
import { buildBoundaries } from './build-boundaries.ts';
import { measureBrowser } from './bench-browser.ts';
import { measureLighthouse, type LighthousePage, type LighthouseReport } from './bench-lighthouse.ts';
import { measureSoak, SOAK_CYCLES } from './bench-soak.ts';
import { DESK_ROWS, measureDesk } from './bench-desk.ts';

interface Row {
  measure: string;
  value: string;
  detail: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeMedian(runs: number, fn: () => void): number {
  for (let i = 0; i < Math.min(5, runs); i++) fn(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

// KB = 1,000 bytes, as the budgets are written.
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The Lighthouse section of bench/results.md: one row per address, the bare MapLibre page last, and how it was measured. */
function lighthouseSection(report: LighthouseReport): string {
  const score = (v: number) => v.toFixed(2);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const times = (value: number, base: number) => (base > 0 ? `${(value / base).toFixed(1)}×` : 'n/a');
  const base = report.baseline.median;
  const row = (page: LighthousePage, baseline: boolean) => {
    const m = page.median;
    const ratio = baseline ? 'baseline' : `${times(m.lcpMs, base.lcpMs)}, ${times(m.tbtMs, base.tbtMs)}`;
    return `| ${page.address} | ${score(m.performance)} (${page.performances.map(score).join(', ')}) | ${score(m.accessibility)} | ${score(m.bestPractices)} | ${seconds(m.fcpMs)} | ${seconds(m.lcpMs)} | ${Math.round(m.tbtMs)} ms | ${m.cls.toFixed(3)} | ${ratio} |`;
  };
  return [
    '## Lighthouse',
    '',
    '| address | performance | accessibility | best practices | FCP | LCP | TBT | CLS | LCP, TBT ÷ bare MapLibre |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.pages.map((page) => row(page, false)),
    row(report.baseline, true),
    '',
    `How (again: \`npm run build\`, then \`BENCH_ONLY=lighthouse npm run bench\`): ${report.how}`,
  ].join('\n');
}

/** The commit measured, and whether the work tree differed from it; "" outside a git repository. */
function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return ` Commit ${head}${changed ? ' with uncommitted changes' : ''}.`;
  } catch {
    return '';
  }
}

function write(machine: string, rows: Row[], lighthouse: LighthouseReport | undefined, measuredAt: string): void {
  const table = ['| measure | value | detail |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.measure} | ${r.value} | ${r.detail} |`)].join('\n');
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.md',
    `# Benchmark results\n\nWritten by \`npm run bench\`. Machine: ${machine}.\n\n${table}\n` +
      (lighthouse ? `\n${lighthouseSection(lighthouse)}${measuredAt}\n` : ''),
  );
  writeFileSync('bench/results.json', JSON.stringify({ machine, rows, lighthouse, lighthouseMeasuredAt: measuredAt }, null, 2) + '\n');
  console.log(table);
  if (lighthouse) console.log(lighthouseSection(lighthouse));
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;

/**
 * BENCH_ONLY=lighthouse: Lighthouse alone (a few minutes, not the soak's half hour), its section of
 * bench/results.md replaced and every other figure kept as the last full run wrote it.
 */
async function lighthouseOnly(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('bench: dist/ is missing: run npm run build first');
  const previous = existsSync('bench/results.json') ? (JSON.parse(readFileSync('bench/results.json', 'utf8')) as { machine?: string; rows?: Row[] }) : {};
  // Rows of the single-address Lighthouse figures an older bench wrote into the main table go: the section replaces them.
  const rows = (previous.rows ?? []).filter((row) => !row.measure.startsWith('Lighthouse'));
  const lighthouse = await measureLighthouse(3);
  write(previous.machine ?? machine, rows, lighthouse, ` Measured alone (BENCH_ONLY=lighthouse) on ${machine}.${commit()}`);
}

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY;
  if (only === 'lighthouse') return lighthouseOnly();
  if (only) throw new Error(`bench: BENCH_ONLY=${only}: the one part that runs alone is "lighthouse"`);
  const rows: Row[] = [];
  let lighthouse: LighthouseReport | undefined;

  // 1. Boundary build from source, forced (the cost a fresh clone pays once).
  const start = performance.now();
  await buildBoundaries({ force: true, quiet: true });
  const buildMs = performance.now() - start;
  rows.push({ measure: 'boundary build, from source (forced)', value: `${(buildMs / 1000).toFixed(1)} s`, detail: 'npm run build:boundaries -- --force' });

  // Sizes as the build measured them (gzip at zlib's default level), against its budgets.
  const build = JSON.parse(readFileSync('public/data/boundaries-build.json', 'utf8')) as {
    outputs: { file: string; bytes: number; gzipBytes: number; gzipBudget?: number }[];
  };
  for (const output of build.outputs.filter((o) => o.gzipBudget !== undefined)) {
    rows.push({
      measure: `size: ${output.file}`,
      value: `${kb(output.gzipBytes)} gzip`,
      detail: `${kb(output.bytes)} raw; budget ${kb(output.gzipBudget!)} gzip`,
    });
  }

  // 2. The page in headless Chromium, against the built site (npm run build first).
  if (existsSync('dist/index.html')) {
    const b = await measureBrowser(5);
    const ms = (v: number | null) => (v === null ? 'no WebGL' : `${Math.round(v)} ms`);
    rows.push({ measure: 'navigation to first coloured map (SVG)', value: ms(b.svgReadyMs), detail: `median of ${b.runs} cold loads, 1280×800` });
    rows.push({ measure: 'pointer over the map to MapLibre first idle (WebGL)', value: ms(b.webglIdleMs), detail: 'MapLibre loads when the reader reaches for the map; SwiftShader (software WebGL) on this machine' });
    rows.push({ measure: 'year change to screen, WebGL', value: ms(b.yearChangeWebglMs), detail: 'slider event to MapLibre idle + 2 frames' });
    rows.push({ measure: 'year change to screen, SVG', value: ms(b.yearChangeSvgMs), detail: 'slider event to 2 frames later, WebGL refused' });
    rows.push({ measure: 'JS on the critical path', value: `${kb(b.criticalJsGzipBytes)} gzip`, detail: b.criticalJsFiles.join(', ') });
    rows.push({ measure: 'JS off the critical path', value: `${kb(b.lazyJsGzipBytes)} gzip`, detail: 'every other script in assets/: MapLibre and its worker (when the reader reaches for the map), the other pages, the workbook reader (with the first workbook)' });

    // The data desk with a large file (budget: 2 s from the file chosen to the map drawn).
    const desk = await measureDesk(3);
    const rowsText = DESK_ROWS.toLocaleString('en-GB');
    rows.push({ measure: `data desk: ${rowsText}-row CSV to the map drawn`, value: `${Math.round(desk.csv.ms)} ms`, detail: `desk.html in Chromium: read (worker), checked, kept (IndexedDB) and drawn; median of ${desk.runs}; budget 2 s` });
    rows.push({ measure: `data desk: ${rowsText}-row workbook (.xlsx) to the map drawn`, value: `${Math.round(desk.workbook.ms)} ms`, detail: `the same rows as one sheet; read in the worker, SheetJS included; median of ${desk.runs}` });
    for (const [kind, run] of [['CSV', desk.csv], ['workbook', desk.workbook]] as const) {
      rows.push({ measure: `data desk: main-thread long tasks, ${rowsText}-row ${kind}`, value: `${run.longTasks}, longest ${Math.round(run.longestTaskMs)} ms`, detail: `PerformanceObserver longtask (over 50 ms) from the file chosen to the map drawn; medians of ${desk.runs}, the worst run's longest ${Math.round(run.worstTaskMs ?? run.longestTaskMs)} ms; budget none over 200 ms` });
    }
    rows.push({ measure: `data desk: ${rowsText}-row CSV read and checked, Node`, value: `${Math.round(desk.nodeMs)} ms`, detail: `importFile + applyImport; median of ${desk.runs}` });

    lighthouse = await measureLighthouse(3);

    // The elements' soak: its own table in bench/soak.md, the worst of each figure here. It takes about
    // half an hour (1,000 MapLibre starts in software WebGL): BENCH_SOAK=0 leaves bench/soak.md as it is.
    if (process.env.BENCH_SOAK === '0') {
      rows.push({ measure: 'soak', value: 'not run', detail: 'BENCH_SOAK=0; bench/soak.md holds the last run' });
    } else {
      const soak = await measureSoak(SOAK_CYCLES);
      const growth = Math.max(...soak.map((f) => f.heapAfter - f.heapBefore));
      const map = soak.find((f) => f.scenario.startsWith('paritrana-map'))!;
      rows.push({ measure: `soak: largest JS heap growth after GC, ${SOAK_CYCLES} cycles`, value: `${(growth / 1024 / 1024).toFixed(2)} MB`, detail: 'each element created and removed, and year changes; bench/soak.md' });
      rows.push({ measure: 'soak: map cycle, first 100 → last 100', value: `${Math.round(map.firstMs)} → ${Math.round(map.lastMs)} ms`, detail: 'created, SVG drawn, MapLibre started (drawn every tenth), removed' });
      rows.push({ measure: 'soak: WebGL contexts dropped', value: String(soak.reduce((sum, f) => sum + f.webglWarnings, 0)), detail: 'Chromium\'s "Too many active WebGL contexts" warnings' });
    }
  } else {
    console.warn('[bench] dist/ is missing: run npm run build for the page timings');
  }

  // 3. The data pipeline the page runs at start: parse + validate the CSVs, then join each year.
  const read = (name: string) => ({ name: `data/${name}`, text: readFileSync(`data/${name}`, 'utf8') });
  const files = { regions: read(DATA_FILE_NAMES.regions), coverage: read(DATA_FILE_NAMES.coverage), awards: read(DATA_FILE_NAMES.awards) };
  const parseMs = timeMedian(200, () => parseDataset(files));
  rows.push({ measure: 'parse + validate data/*.csv', value: `${parseMs.toFixed(2)} ms`, detail: 'median of 200' });

  const dataset = parseDataset(files);
  const codes = dataset.regions.regencies.map((r) => r.code);
  const years = yearsWithFigures(dataset.figures, 'coverage_pct');
  const joinMs = timeMedian(200, () => {
    for (const year of years) joinFigures(dataset.figures, codes, { year, metric: 'coverage_pct' });
  });
  rows.push({ measure: `join coverage_pct, all ${years.length} years`, value: `${joinMs.toFixed(3)} ms`, detail: 'median of 200' });

  const regencyText = readFileSync('public/data/regencies.topo.json', 'utf8');
  const topoMs = timeMedian(100, () => parseTopology(regencyText, 'regencies.topo.json', dataset.regions, TOPOLOGY_CHECKS.regencies));
  rows.push({ measure: 'parse + validate regency topology', value: `${topoMs.toFixed(2)} ms`, detail: 'median of 100' });

  write(machine, rows, lighthouse, commit());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

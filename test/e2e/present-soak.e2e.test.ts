// The ceremony's soak test: a 30-minute ceremony must not degrade. The 2025 sequence is driven by
// PageDown and Home 200 times over on the WebGL map; the page's JavaScript heap, after a forced
// garbage collection, must end within a few MB of where it started, with no error logged and no request
// off the site (checkAndClosePages). Reduced motion makes every step a cut, so the loops take seconds,
// not a ceremony's length: what leaks is what each step leaves behind, not the time it takes.
// BENCH=1 also writes the figures to bench/ceremony.md.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, test } from 'vitest';
import type { CDPSession, Page } from 'playwright';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import { openPage, WEBGL_TIMEOUT, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const LOOPS = 200;
const MAX_GROWTH_BYTES = 5 * 1024 * 1024;

const session = useBrowser(baseUrl);

interface Shown {
  /** The counter's step, from 1 (body[data-step]). */
  step: number;
  kind: string;
  /** The card's regency and the map's selection: the same code on a winner, null otherwise. */
  code: string | null;
}

/**
 * Presses a key, then waits (one poll per frame) until the card shows `expected`, the map selects its
 * regency and MapLibre's camera is still: the step is on screen, not only in the DOM.
 */
async function pressAndWait(page: Page, key: string, expected: Shown): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForFunction(
    ({ step, kind, code }) => {
      const card = document.querySelector<HTMLElement>('#card')!;
      const map = document.querySelector<ParitranaMap>('#map')!;
      return (
        document.body.dataset.step === String(step) &&
        card.dataset.kind === kind &&
        (card.dataset.code ?? null) === code &&
        map.selected === code &&
        map.map?.isMoving() === false
      );
    },
    expected,
    { polling: 'raf', timeout: 5_000 },
  );
}

function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('#card')!;
    return { step: Number(document.body.dataset.step), kind: card.dataset.kind ?? '', code: card.dataset.code ?? null };
  });
}

/** The main thread's JS heap in use after two forced collections (one may leave finalisers' garbage). */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

describe('presenter mode soak', () => {
  test(`${LOOPS} loops of the 2025 ceremony leave the JS heap within 5 MB, with no error`, { timeout: WEBGL_TIMEOUT + 240_000 }, async () => {
    const { page, errors } = await openPage(session.browser, `${baseUrl}present.html?edition=2025`, {
      viewport: { width: 1280, height: 720 },
      webgl: true,
      before: (p) => p.emulateMedia({ reducedMotion: 'reduce' }),
    });
    const cdp = await page.context().newCDPSession(page);

    // Warm-up loop: learns the sequence from the page itself (PageDown until the step stops moving).
    const sequence: Shown[] = [await shown(page)];
    expect(sequence[0]).toEqual({ step: 1, kind: 'title', code: null });
    for (;;) {
      await page.keyboard.press('PageDown');
      const next = await shown(page);
      if (next.step === sequence.at(-1)!.step) break;
      sequence.push(next);
    }
    expect(sequence.at(-1)!.kind).toBe('closing');
    expect(sequence.filter((step) => step.kind === 'winner').length).toBeGreaterThan(0);
    await pressAndWait(page, 'Home', sequence[0]!);

    const loop = async () => {
      for (const step of sequence.slice(1)) await pressAndWait(page, 'PageDown', step);
      await pressAndWait(page, 'Home', sequence[0]!);
    };
    await loop();

    const before = await heapAfterGc(cdp);
    const started = performance.now();
    let halfway = 0;
    for (let i = 0; i < LOOPS; i++) {
      await loop();
      // Halfway: growth that keeps on climbing is a leak; growth that stops is a cache filling.
      if (i === LOOPS / 2 - 1) halfway = await heapAfterGc(cdp);
    }
    const elapsed = performance.now() - started;
    const after = await heapAfterGc(cdp);
    const growth = after - before;
    const loopMs = elapsed / LOOPS;

    const summary = `heap ${mb(before)} -> ${mb(halfway)} (${LOOPS / 2} loops) -> ${mb(after)} (growth ${mb(growth)}) over ${LOOPS} loops of ${sequence.length} steps; ${loopMs.toFixed(0)} ms a loop, ${(elapsed / 1000).toFixed(1)} s in all`;
    console.log(`present soak: ${summary}`);
    if (process.env.BENCH === '1') writeBench({ before, halfway, after, growth, loopMs, elapsed, steps: sequence.length });

    expect(errors).toEqual([]);
    expect(growth, summary).toBeLessThan(MAX_GROWTH_BYTES);
  });
});

function writeBench(figures: { before: number; halfway: number; after: number; growth: number; loopMs: number; elapsed: number; steps: number }): void {
  const file = fileURLToPath(new URL('../../bench/ceremony.md', import.meta.url));
  const rows = [
    ['JS heap before the loops', mb(figures.before), 'main thread, after a forced GC, one warm-up loop done'],
    [`JS heap after ${LOOPS / 2} loops`, mb(figures.halfway), 'after a forced GC'],
    [`JS heap after ${LOOPS} loops`, mb(figures.after), 'after a forced GC'],
    ['growth', mb(figures.growth), 'must stay under 5 MB (test/e2e/present-soak.e2e.test.ts)'],
    ['one loop', `${figures.loopMs.toFixed(0)} ms`, `${figures.steps} steps by PageDown, then Home; each waits for the card, the map's selection and a still camera`],
    [`${LOOPS} loops`, `${(figures.elapsed / 1000).toFixed(1)} s`, `${LOOPS * figures.steps} steps`],
  ];
  const text = [
    '# Ceremony soak',
    '',
    `Written by \`BENCH=1 npx vitest run --project e2e test/e2e/present-soak.e2e.test.ts\`. The 2025 ceremony`,
    `(present.html?edition=2025) on the WebGL map (SwiftShader), reduced motion, 1280×720. Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}.`,
    '',
    '| measure | value | detail |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
  writeFileSync(file, text);
}

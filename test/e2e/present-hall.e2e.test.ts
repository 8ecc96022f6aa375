// The ceremony as the hall reads it (issue 10), at 1920×1080 and 1280×720 on the WebGL map: the map's
// names sized from the screen, no heading broken inside a word, the winner in colour and outlined with
// every other regency dimmed, the nominees marked, no card saying a figure is missing, and the time from
// a key to a still map. BENCH=1 writes that time to bench/ceremony-settle.md.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import { openPage, screenshotPath, useBrowser, WEBGL_TIMEOUT } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser(baseUrl);

const SCREENS = [
  { name: '1080p', viewport: { width: 1920, height: 1080 }, minLabelPx: 28 },
  { name: '720p', viewport: { width: 1280, height: 720 }, minLabelPx: 18 },
] as const;

/** The words no card may project: what is not known is not said. */
const MISSING = /not published|belum dipublikasikan|tidak tersedia|tidak terbit/i;

/** Waits until the card shows step `step` (from 1) and MapLibre's camera is still; returns the milliseconds since `since`. */
async function settled(page: Page, step: number): Promise<number> {
  return page.evaluate(
    (step) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const map = document.querySelector<ParitranaMap>('#map')!;
          if (document.body.dataset.step === String(step) && map.map?.isMoving() === false) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
    step,
  );
}

/** Presses `key` and measures the time until step `step` is on screen with a still map. */
async function pressAndSettle(page: Page, key: string, step: number): Promise<number> {
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.press(key);
  return (await settled(page, step)) - start;
}

/** Per heading, the words whose glyphs lie on more than one line (a word broken inside). */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const heading of document.querySelectorAll('#card .heading')) {
      // lit leaves comment markers beside the text: measure the text node itself.
      const node = [...heading.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!node) throw new Error(`no text in the heading "${heading.textContent}"`);
      const content = node.textContent!;
      for (const match of content.matchAll(/[^\s]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

/** The map's regency names: their font size in pixels, and which are drawn in focus or faint. */
function labels(page: Page): Promise<{ size: number; focus: string[]; dimmed: number; regency: number }> {
  return page.evaluate(() => {
    const root = document.querySelector('#map')!.shadowRoot!;
    const all = [...root.querySelectorAll<HTMLElement>('.label--regency')];
    const sizes = all.filter((l) => !l.classList.contains('label--focus')).map((l) => parseFloat(getComputedStyle(l).fontSize));
    return {
      size: Math.min(...sizes),
      focus: all.filter((l) => l.classList.contains('label--focus')).map((l) => l.dataset.code!),
      dimmed: all.filter((l) => l.classList.contains('label--dimmed')).length,
      regency: all.length,
    };
  });
}

/** What the map paints: the regencies kept in colour and the one outlined. */
function painted(page: Page): Promise<{ focus: string[] | null; selected: string | null; inColour: string[] }> {
  return page.evaluate(() => {
    const map = document.querySelector<ParitranaMap>('#map')!;
    const maplibre = map.map!;
    const codes = [...document.querySelector('#map')!.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].map((o) => o.dataset.code!);
    const inColour = codes.filter((code) => maplibre.getFeatureState({ source: 'regencies', id: code }).dimmed === false);
    return { focus: map.focusRegions ? [...map.focusRegions] : null, selected: map.selected, inColour };
  });
}

function cardText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('#card')!.textContent ?? '');
}

const settleTimes: { screen: string; step: number; ms: number }[] = [];
const labelSizes: Record<string, number> = {};

describe('the ceremony in the hall', () => {
  for (const screen of SCREENS) {
    test(`${screen.name}: names sized from the screen, headings whole, the winner alone in colour, nothing "not published", a still map after each press`, { timeout: WEBGL_TIMEOUT + 60_000 }, async () => {
      const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2025`, { viewport: screen.viewport, webgl: true });
      await page.waitForFunction(() => document.querySelector<ParitranaMap>('#map')!.renderer === 'webgl', null, { timeout: WEBGL_TIMEOUT });
      const total = await page.evaluate(() => Number(document.querySelector('#counter')!.textContent!.split('/')[1]));
      for (let step = 1; step <= total; step++) {
        if (step > 1) {
          const ms = await pressAndSettle(page, 'PageDown', step);
          settleTimes.push({ screen: screen.name, step, ms });
          // About a second on a quiet 2-core machine with software WebGL (the flight itself is 700 ms), and
          // past 1.5 s when other browser jobs share it. How fast is for the bench; what a test holds is
          // that every press settles, never a flight that runs on or a map that waits for the next press.
          expect(ms, `step ${step}`).toBeLessThan(4_000);
        }
        expect(await brokenWords(page), `step ${step}`).toEqual([]);
        expect(await cardText(page), `step ${step}`).not.toMatch(MISSING);
        const kind = await page.evaluate(() => document.querySelector<HTMLElement>('#card')!.dataset.kind);
        const shownLabels = await labels(page);
        expect(shownLabels.size, `step ${step}`).toBeGreaterThanOrEqual(screen.minLabelPx);
        labelSizes[screen.name] = shownLabels.size;
        if (kind === 'winner') {
          const code = await page.evaluate(() => document.querySelector<HTMLElement>('#card')!.dataset.code!);
          // Only the winner in colour, outlined (selected), its name in focus; the others' names faint.
          expect(await painted(page)).toEqual({ focus: [code], selected: code, inColour: [code] });
          expect(shownLabels.focus).toEqual(shownLabels.focus.length > 0 ? [code] : []);
          expect(shownLabels.dimmed).toBeGreaterThan(0);
          if (code === '61.02') await page.screenshot({ path: screenshotPath(`present-winner-${screen.name}.png`) });
        }
      }
      // The end: every winner together, the one whose rank was not published too.
      expect((await painted(page)).inColour.sort()).toEqual(['61.02', '61.04', '61.07', '61.09', '61.71']);
      // The measure can fail: a heading too big for its words, allowed to break anywhere, is caught.
      await page.evaluate(() => (document.querySelector<HTMLElement>('#card .heading')!.style.cssText = 'font-size: 30vh; overflow-wrap: anywhere'));
      expect(await brokenWords(page)).not.toEqual([]);
    });
  }

  test('the 2023 nominees card keeps its nominees in colour, the others dimmed', { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
    for (const screen of SCREENS) {
      const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2023&step=4`, { viewport: screen.viewport, webgl: true });
      await page.waitForFunction(() => document.querySelector<ParitranaMap>('#map')!.renderer === 'webgl', null, { timeout: WEBGL_TIMEOUT });
      await settled(page, 4);
      expect(await page.evaluate(() => document.querySelector<HTMLElement>('#card')!.dataset.kind)).toBe('nominees');
      const shown = await painted(page);
      expect(shown.focus).not.toBeNull();
      expect(shown.inColour.sort()).toEqual([...shown.focus!].sort());
      expect(shown.inColour.length).toBeGreaterThan(1);
      expect(await brokenWords(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`present-nominees-${screen.name}.png`) });
      await page.close();
    }
  });

  test('a step pressed during a flight jumps straight there', { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
    // Step 4 is the category's nominees (the whole province); step 5 flies to the first winner.
    const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2025&step=4`, { viewport: SCREENS[0].viewport, webgl: true });
    await page.waitForFunction(() => document.querySelector<ParitranaMap>('#map')!.renderer === 'webgl', null, { timeout: WEBGL_TIMEOUT });
    await settled(page, 4);
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.querySelector<ParitranaMap>('#map')!.map!.isMoving());
    const ms = await pressAndSettle(page, 'PageDown', 6);
    expect(ms).toBeLessThan(400);
    if (process.env.BENCH === '1') writeBench(settleTimes, labelSizes, ms);
  });
});

function writeBench(times: readonly { screen: string; step: number; ms: number }[], sizes: Record<string, number>, duringFlight: number): void {
  const file = fileURLToPath(new URL('../../bench/ceremony-settle.md', import.meta.url));
  const rows = SCREENS.map(({ name }) => {
    const own = times.filter((t) => t.screen === name).map((t) => t.ms);
    const sorted = [...own].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    return `| ${name} | ${sizes[name]?.toFixed(1) ?? '?'} px | ${median.toFixed(0)} ms | ${Math.max(...own).toFixed(0)} ms | ${own.map((ms) => ms.toFixed(0)).join(', ')} |`;
  });
  const text = [
    '# Ceremony: from a key to a still map',
    '',
    'Written by `BENCH=1 npx vitest run --project e2e test/e2e/present-hall.e2e.test.ts`. The 2025 ceremony',
    `(present.html?edition=2025) on the WebGL map (SwiftShader), PageDown from each step to the next, timed from`,
    `the key press to the card's step shown with MapLibre's camera still. Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}.`,
    '',
    '| screen | map names | median | slowest | each step |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `A step pressed during a flight: ${duringFlight.toFixed(0)} ms to a still map (it jumps).`,
    '',
  ].join('\n');
  writeFileSync(file, text);
}

// <paritrana-map>'s WebGL life on a partner's page: maps added and removed many times must not make the
// browser drop the page's own WebGL context (Chromium keeps 16 and drops the oldest past that), and a
// map whose context the browser took away stays usable in SVG until the context comes back.
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { fixtureAppData } from '../../../test/fixtures/served-data.ts';
import type { AppData } from '../../model/load.ts';
import { metricScale } from '../../scale/metric-scale.ts';
import type { ParitranaMap } from './map.component.ts';
import './map.ts';
import { readyEvent } from '../../../test/fixtures/map-ready.ts';

let data: AppData;
const created: HTMLElement[] = [];

beforeAll(async () => {
  data = await fixtureAppData();
});

afterEach(() => {
  for (const element of created.splice(0)) element.remove();
});

function makeMap(props: Partial<ParitranaMap> = {}): ParitranaMap {
  const map = document.createElement('paritrana-map');
  map.style.setProperty('--paritrana-map-height', '400px');
  map.style.width = '480px';
  Object.assign(map, { data, year: 2024, loading: 'eager', lang: 'en' }, props);
  document.body.append(map);
  created.push(map);
  return map;
}

/** The partner's own WebGL drawing, made before any map: the oldest context, the first the browser would drop. */
function partnerCanvas(): { gl: WebGL2RenderingContext; lost: () => boolean } {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 64;
  document.body.append(canvas);
  created.push(canvas);
  const gl = canvas.getContext('webgl2')!;
  let lost = false;
  canvas.addEventListener('webglcontextlost', () => (lost = true));
  gl.clearColor(0.2, 0.4, 0.6, 1);
  gl.clear(gl.COLOR_BUFFER_BIT);
  return { gl, lost: () => lost };
}

/** Chromium's own console lines (not console.* calls) that say a context was dropped. */
async function watchContextWarnings(): Promise<{ warnings: string[]; stop: () => Promise<void> }> {
  const session = cdp();
  const warnings: string[] = [];
  const listener = ({ entry }: { entry: { text: string } }) => {
    if (/too many active webgl contexts/i.test(entry.text)) warnings.push(entry.text);
  };
  await session.send('Log.enable');
  session.on('Log.entryAdded', listener);
  return {
    warnings,
    stop: async () => {
      session.off('Log.entryAdded', listener);
      await session.send('Log.disable');
    },
  };
}

interface Contexts {
  /** Every WebGL context made on the page (the partner's, the probe's, MapLibre's). */
  made: WebGLRenderingContext[];
  /** A line for each context a map made after it had left the page, where nothing could need it. */
  madeAfterRemoval: string[];
}

/** Records every WebGL context made on the page while `run` runs. */
async function recordContexts(run: (contexts: Contexts) => Promise<void>): Promise<void> {
  const contexts: Contexts = { made: [], madeAfterRemoval: [] };
  const original = HTMLCanvasElement.prototype.getContext;
  const recording = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
    const context = (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
    if (context && (kind === 'webgl2' || kind === 'webgl') && !contexts.made.includes(context as WebGLRenderingContext)) {
      contexts.made.push(context as WebGLRenderingContext);
      // MapLibre's canvas sits in the map's shadow root: its host says whether the map is still on the page.
      const root = this.getRootNode();
      if (root instanceof ShadowRoot && !root.host.isConnected) contexts.madeAfterRemoval.push(`${kind} context for a removed <${root.host.localName}>`);
    }
    return context;
  };
  HTMLCanvasElement.prototype.getContext = recording as typeof original;
  try {
    await run(contexts);
  } finally {
    HTMLCanvasElement.prototype.getContext = original;
  }
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Waits for the maps' contexts to be given back, polling: a removed map frees its context at once, but
 * what it had started (loading MapLibre, an update) may still be on its way on a slow machine, and a
 * context it made late must be freed too. A context still held after the deadline is a leak.
 */
async function expectEveryMapContextFreed(contexts: Contexts, keep: WebGLRenderingContext): Promise<void> {
  // Whatever a removal set going (an update, a module import resolving) runs before the polling starts.
  await nextFrame();
  await nextFrame();
  await vi.waitFor(() => expect(contexts.made.filter((gl) => gl !== keep && !gl.isContextLost())).toEqual([]), { timeout: 60_000, interval: 100 });
  // And nothing came back to life once freed: a last look after a few more frames.
  await nextFrame();
  await nextFrame();
  expect(contexts.made.filter((gl) => gl !== keep && !gl.isContextLost())).toEqual([]);
  expect(contexts.madeAfterRemoval).toEqual([]);
}

/**
 * Slows the page's CPU by `rate` (DevTools' CPU throttling) while `run` runs: MapLibre's start, the
 * element's updates and the module import then take as long as on a loaded machine, and whatever
 * resumes after a map was removed resumes late.
 */
async function withSlowCpu(rate: number, run: () => Promise<void>): Promise<void> {
  const session = cdp();
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await run();
  } finally {
    await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

/** Long enough for MapLibre to start in software WebGL on a loaded two-core machine, CPU slowed or not. */
const START_LIMIT_MS = 120_000;

describe('<paritrana-map> on a page with its own WebGL', () => {
  test('48 maps added and removed, some before MapLibre drew, leave the page its WebGL context', async () => {
    const watch = await watchContextWarnings();
    try {
      await recordContexts(async (contexts) => {
        const partner = partnerCanvas();
        for (let i = 0; i < 48; i++) {
          const map = makeMap();
          const step = i % 3;
          // Removed before anything drew, while MapLibre is loading its style (its canvas made, not drawn), or after it took over.
          if (step === 1) {
            await readyEvent(map, 'svg');
            await vi.waitFor(() => expect(map.shadowRoot!.querySelector('.webgl canvas')).not.toBeNull(), { timeout: START_LIMIT_MS, interval: 5 });
            expect(map.renderer).toBe('svg');
          }
          if (step === 2) {
            await readyEvent(map, 'webgl');
            expect(map.renderer).toBe('webgl');
          }
          map.remove();
          created.pop();
        }
        // A map removed while starting must not come back to life when its loading ends, however late that is.
        // Whatever the garbage collector does: every context the maps made is given back, none waits for it.
        await expectEveryMapContextFreed(contexts, partner.gl);
        expect(contexts.made.length).toBeGreaterThan(16);
        expect(partner.gl.isContextLost()).toBe(false);
        expect(partner.lost()).toBe(false);
        expect(watch.warnings).toEqual([]);
      });
    } finally {
      await watch.stop();
    }
    // Each of the 16 maps that reach MapLibre's first idle takes seconds in software WebGL; a loaded
    // two-core machine has taken over two minutes for the 48.
  }, 600_000);

  test('on a slow CPU, a map removed at any point of its start makes no WebGL context afterwards and frees the ones it made', async () => {
    await recordContexts(async (contexts) => {
      const partner = partnerCanvas();
      await withSlowCpu(4, async () => {
        // At once; once the SVG map drew (MapLibre's code on its way); with MapLibre's canvas made but
        // not drawn; once MapLibre took over (the removal itself then asks for an update).
        const stages: ((map: ParitranaMap) => Promise<void>)[] = [
          async () => {},
          (map) => readyEvent(map, 'svg'),
          async (map) => {
            await readyEvent(map, 'svg');
            await vi.waitFor(() => expect(map.shadowRoot!.querySelector('.webgl canvas')).not.toBeNull(), { timeout: START_LIMIT_MS, interval: 5 });
          },
          (map) => readyEvent(map, 'webgl'),
        ];
        for (const stage of stages) {
          const map = makeMap();
          await stage(map);
          map.remove();
          created.pop();
        }
        await expectEveryMapContextFreed(contexts, partner.gl);
      });
      // The maps did make contexts (the check above looked at something): the one that took over, at least.
      expect(contexts.made.filter((gl) => gl !== partner.gl).length).toBeGreaterThan(0);
      expect(partner.gl.isContextLost()).toBe(false);
    });
  }, 600_000);

  test('a map removed and put back starts MapLibre again, with one live context', async () => {
    await recordContexts(async (contexts) => {
      const map = makeMap();
      await readyEvent(map, 'webgl');
      map.remove();
      await map.updateComplete;
      expect(map.renderer).toBe('svg');
      document.body.append(map);
      await vi.waitFor(() => expect(map.renderer).toBe('webgl'), { timeout: START_LIMIT_MS, interval: 50 });
      expect(contexts.made.filter((gl) => !gl.isContextLost())).toHaveLength(1);
      expect(contexts.madeAfterRemoval).toEqual([]);
    });
  }, 2 * START_LIMIT_MS);

  test('a lost WebGL context brings the SVG map back, usable; restored, MapLibre draws the colours again', async () => {
    const map = makeMap();
    await readyEvent(map, 'webgl');
    const ready: string[] = [];
    map.addEventListener('paritrana-ready', (event) => ready.push(event.detail.renderer));
    const gl = map.map!.getCanvas().getContext('webgl2')!;
    const lose = gl.getExtension('WEBGL_lose_context')!;

    lose.loseContext();
    await vi.waitFor(() => expect(map.shadowRoot!.querySelector('.svg-map')).not.toBeNull(), { timeout: 30_000 });
    expect(map.renderer).toBe('svg');
    expect(map.map).toBeNull();
    expect(map.shadowRoot!.querySelector('.webgl.ready')).toBeNull();
    // The SVG map answers as it does without WebGL: the pointer names a regency, a click selects it.
    const ketapang = map.shadowRoot!.querySelector<SVGPathElement>('.regency[data-code="61.04"]')!;
    expect(ketapang.getAttribute('fill')).toBe(metricScale('coverage_pct').classify(68.02).colour);
    await userEvent.hover(ketapang);
    await vi.waitFor(() => expect(map.shadowRoot!.querySelector('[part="tooltip"]')?.textContent).toContain('Ketapang'), { timeout: 30_000 });
    await userEvent.click(ketapang);
    expect(map.selected).toBe('61.04');

    lose.restoreContext();
    await vi.waitFor(() => expect(map.renderer).toBe('webgl'), { timeout: START_LIMIT_MS });
    expect(map.shadowRoot!.querySelector('.webgl.ready')).not.toBeNull();
    expect(map.shadowRoot!.querySelector('.svg-map')).toBeNull();
    // The rebuilt style has the colours and the selection made in SVG meanwhile.
    const restored = map.map!;
    expect(restored.getFeatureState({ source: 'regencies', id: '61.04' })).toMatchObject({ classIndex: 5, selected: true });
    // And they are on the canvas: read while the frame is still in the drawing buffer.
    const pixels = await new Promise<Uint8Array>((resolve) => {
      restored.once('render', () => {
        const canvas = restored.getCanvas();
        const buffer = new Uint8Array(canvas.width * canvas.height * 4);
        gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, buffer);
        resolve(buffer);
      });
      restored.triggerRepaint();
    });
    const top = metricScale('coverage_pct').classify(68.02).colour;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(top.slice(i, i + 2), 16));
    let matching = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (Math.abs(pixels[i]! - r!) <= 3 && Math.abs(pixels[i + 1]! - g!) <= 3 && Math.abs(pixels[i + 2]! - b!) <= 3) matching++;
    }
    expect(matching).toBeGreaterThan(100);
    // Drawing again is not a new start: paritrana-ready fires once per renderer, as documented.
    expect(ready).toEqual([]);
  }, 3 * START_LIMIT_MS);
});

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

/** Every WebGL context made on the page while `run` runs (the partner's, the probe's, MapLibre's). */
async function recordContexts(run: (made: readonly WebGLRenderingContext[]) => Promise<void>): Promise<void> {
  const made: WebGLRenderingContext[] = [];
  const original = HTMLCanvasElement.prototype.getContext;
  const recording = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
    const context = (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
    if (context && (kind === 'webgl2' || kind === 'webgl') && !made.includes(context as WebGLRenderingContext)) made.push(context as WebGLRenderingContext);
    return context;
  };
  HTMLCanvasElement.prototype.getContext = recording as typeof original;
  try {
    await run(made);
  } finally {
    HTMLCanvasElement.prototype.getContext = original;
  }
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('<paritrana-map> on a page with its own WebGL', () => {
  test('48 maps added and removed, some before MapLibre drew, leave the page its WebGL context', async () => {
    const watch = await watchContextWarnings();
    try {
      await recordContexts(async (made) => {
        const partner = partnerCanvas();
        for (let i = 0; i < 48; i++) {
          const map = makeMap();
          const step = i % 3;
          // Removed before anything drew, while MapLibre is loading its style (its canvas made, not drawn), or after it took over.
          if (step === 1) {
            await readyEvent(map, 'svg');
            await vi.waitFor(() => expect(map.shadowRoot!.querySelector('.webgl canvas')).not.toBeNull(), { timeout: 20_000, interval: 5 });
            expect(map.renderer).toBe('svg');
          }
          if (step === 2) {
            await readyEvent(map, 'webgl');
            expect(map.renderer).toBe('webgl');
          }
          map.remove();
          created.pop();
        }
        // A map removed while starting must not come back to life when its loading ends.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await nextFrame();
        expect(partner.gl.isContextLost()).toBe(false);
        expect(partner.lost()).toBe(false);
        expect(watch.warnings).toEqual([]);
        // Whatever the garbage collector does: every context the maps made is given back, none waits for it.
        expect(made.length).toBeGreaterThan(16);
        expect(made.filter((gl) => gl !== partner.gl && !gl.isContextLost())).toEqual([]);
      });
    } finally {
      await watch.stop();
    }
  }, 240_000);

  test('a lost WebGL context brings the SVG map back, usable; restored, MapLibre draws the colours again', async () => {
    const map = makeMap();
    await readyEvent(map, 'webgl');
    const ready: string[] = [];
    map.addEventListener('paritrana-ready', (event) => ready.push(event.detail.renderer));
    const gl = map.map!.getCanvas().getContext('webgl2')!;
    const lose = gl.getExtension('WEBGL_lose_context')!;

    lose.loseContext();
    await vi.waitFor(() => expect(map.shadowRoot!.querySelector('.svg-map')).not.toBeNull(), { timeout: 5000 });
    expect(map.renderer).toBe('svg');
    expect(map.map).toBeNull();
    expect(map.shadowRoot!.querySelector('.webgl.ready')).toBeNull();
    // The SVG map answers as it does without WebGL: the pointer names a regency, a click selects it.
    const ketapang = map.shadowRoot!.querySelector<SVGPathElement>('.regency[data-code="61.04"]')!;
    expect(ketapang.getAttribute('fill')).toBe(metricScale('coverage_pct').classify(68.02).colour);
    await userEvent.hover(ketapang);
    await vi.waitFor(() => expect(map.shadowRoot!.querySelector('[part="tooltip"]')?.textContent).toContain('Ketapang'));
    await userEvent.click(ketapang);
    expect(map.selected).toBe('61.04');

    lose.restoreContext();
    await vi.waitFor(() => expect(map.renderer).toBe('webgl'), { timeout: 20_000 });
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
  }, 60_000);
});

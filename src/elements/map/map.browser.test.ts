// <paritrana-map> in a real Chromium, on the frozen fixture's figures (test/fixtures/dataset.ts) and the
// built boundaries (Vitest's server serves public/, where npm run build:data puts them): a corrected
// figure in data/ changes none of these tests. Reference screenshot: regenerate with
//   npx vitest run --project browser src/elements/map --update
// (the path before --update: "--update <value>" would take the path as its value and run every file)
// and look at src/elements/map/__screenshots__/ before committing it.
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { fixtureAppData } from '../../../test/fixtures/served-data.ts';
import type { AppData } from '../../model/load.ts';
import { metricScale } from '../../scale/metric-scale.ts';
import type { ParitranaMap } from './map.component.ts';
import './map.ts';
import { readyEvent } from '../../../test/fixtures/map-ready.ts';

let data: AppData;
const created: HTMLElement[] = [];

// The test page says lang="en", and the elements follow the page: start from a page without a language.
document.documentElement.removeAttribute('lang');

// The SVG map draws in a frame or two and MapLibre in software WebGL takes seconds; on a loaded
// two-core machine each takes several times that. A test waits for either up to a minute, one that
// also moves MapLibre's camera up to two, before it fails; a wait inside a test, up to 30 s.
vi.setConfig({ testTimeout: 60_000 });
const WEBGL_TEST_TIMEOUT = 120_000;
const SETTLE = { timeout: 30_000 };

beforeAll(async () => {
  data = await fixtureAppData();
  if (data.problems.length > 0) throw new Error(`the fixture or the built boundaries have problems: ${JSON.stringify(data.problems[0])}`);
});

afterEach(() => {
  for (const element of created.splice(0)) element.remove();
});

function makeMap(props: Partial<ParitranaMap> = {}, { width = 640, height = 560 } = {}): ParitranaMap {
  const holder = document.createElement('div');
  holder.style.width = `${width}px`;
  const map = document.createElement('paritrana-map');
  map.style.setProperty('--paritrana-map-height', `${height}px`);
  Object.assign(map, { data, year: 2024 }, props);
  holder.append(map);
  document.body.append(holder);
  created.push(holder);
  return map;
}

const regency = (map: ParitranaMap, code: string) => map.shadowRoot!.querySelector<SVGPathElement>(`.regency[data-code="${code}"]`)!;
const colour2024 = (value: number) => metricScale('coverage_pct').classify(value).colour;

/** Make WebGL unavailable for the elements created inside `run`. */
async function withoutWebGL<T>(run: () => Promise<T>): Promise<T> {
  const original = HTMLCanvasElement.prototype.getContext;
  const stub = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
    if (kind === 'webgl2' || kind === 'webgl') return null;
    return (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
  };
  HTMLCanvasElement.prototype.getContext = stub as typeof original;
  try {
    return await run();
  } finally {
    HTMLCanvasElement.prototype.getContext = original;
  }
}

describe('<paritrana-map>', () => {
  test('is accessible: axe finds no violations in the SVG map with a regency selected', async () => {
    await withoutWebGL(async () => {
      const map = makeMap({ selected: '61.04' });
      await readyEvent(map, 'svg');
      const result = await axe.run(map);
      expect(result.violations).toEqual([]);
    });
  });

  test('draws all 14 regencies in SVG at once, coloured for the year, before MapLibre', async () => {
    const map = makeMap();
    await map.updateComplete;
    expect(map.renderer).toBe('svg');
    expect(map.map).toBeNull();
    const paths = map.shadowRoot!.querySelectorAll('.regency');
    expect(paths).toHaveLength(14);
    // Ketapang 2024: 68.02%, the top class; Kubu Raya has no 2024 figure: hatched, not a class colour.
    expect(regency(map, '61.04').getAttribute('fill')).toBe(colour2024(68.02));
    expect(regency(map, '61.04').dataset.class).toBe('5');
    expect(regency(map, '61.12').getAttribute('fill')).toMatch(/^url\(#/);
    expect(regency(map, '61.12').dataset.class).toBe('no-data');
  });

  test('defaults: coverage, Bahasa Indonesia, nothing selected, the latest year with the most regencies covered', async () => {
    const map = document.createElement('paritrana-map');
    expect(map.metric).toBe('coverage_pct');
    expect(map.scheme).toBe('ylgnbu');
    expect(map.selected).toBeNull();
    expect(map.carryForward).toBe(false);
    expect(map.highlightClass).toBeNull();
    expect(map.renderer).toBe('svg');
    expect(map.map).toBeNull();
    map.data = data;
    const holder = document.createElement('div');
    holder.append(map);
    document.body.append(holder);
    created.push(holder);
    await map.updateComplete;
    expect(map.lang).toBe('id');
    // The fixture covers five regencies in 2024 and four in 2023 and 2025.
    expect(map.year).toBe(2024);
    const list = map.shadowRoot!.querySelector('[role="listbox"]')!;
    expect(list.getAttribute('aria-label')).toBe('Kabupaten/kota di peta, 2024');
  });

  test('a change of year recolours: Kubu Raya has a 2023 figure but none in 2024', async () => {
    const map = makeMap({ year: 2023 });
    await readyEvent(map, 'svg');
    expect(regency(map, '61.12').dataset.class).not.toBe('no-data');
    map.year = 2024;
    await map.updateComplete;
    expect(regency(map, '61.12').dataset.class).toBe('no-data');
  });

  test('carry-forward marks the carried regencies and says so in the tooltip with the real period', async () => {
    await withoutWebGL(async () => {
      const map = makeMap({ carryForward: true });
      await readyEvent(map, 'svg');
      // Kubu Raya's latest figure is from Nov 2023: drawn in its class, with the carried-forward dots.
      expect(regency(map, '61.12').dataset.class).not.toBe('no-data');
      expect(map.shadowRoot!.querySelector('.carried[data-code="61.12"]')).not.toBeNull();
      await userEvent.hover(regency(map, '61.12'));
      await map.updateComplete;
      const tooltip = map.shadowRoot!.querySelector('[part="tooltip"]');
      expect(tooltip?.textContent).toContain('Kubu Raya');
      expect(tooltip?.textContent).toContain('angka tahun sebelumnya');
      expect(tooltip?.textContent).toContain('per Nov 2023');
    });
  });

  test('highlight-class dims the regencies outside the class', async () => {
    const map = makeMap();
    map.setAttribute('highlight-class', 'no-data');
    await readyEvent(map, 'svg');
    expect(map.highlightClass).toBe('no-data');
    expect(regency(map, '61.12').classList.contains('dimmed')).toBe(false);
    expect(regency(map, '61.04').classList.contains('dimmed')).toBe(true);
  });

  test('lazy by default: MapLibre waits until the pointer comes over the map, then takes over', async () => {
    const map = makeMap();
    await readyEvent(map, 'svg');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(map.renderer).toBe('svg');
    expect(map.map).toBeNull();
    const webgl = readyEvent(map, 'webgl');
    await userEvent.hover(map);
    await webgl;
    expect(map.renderer).toBe('webgl');
  }, WEBGL_TEST_TIMEOUT);

  test('zoom in, zoom out and reset: buttons by name, the reset returns to the province view', async () => {
    const map = makeMap({ loading: 'eager' });
    await readyEvent(map, 'webgl');
    const gl = map.map!;
    const opening = gl.getZoom();
    const button = (name: string) => page.elementLocator(map).getByRole('button', { name, exact: true });
    await button('Perbesar peta').click();
    await vi.waitFor(() => expect(gl.getZoom()).toBeCloseTo(opening + 1, 1), SETTLE);
    await button('Tampilan awal').click();
    await vi.waitFor(() => expect(gl.getZoom()).toBeCloseTo(opening, 2), SETTLE);
    // The frame cannot be zoomed out past the context box (maxBounds): the province stays large.
    await button('Perkecil peta').click();
    await button('Perkecil peta').click();
    await vi.waitFor(() => expect(gl.isMoving()).toBe(false), SETTLE);
    expect(gl.getZoom()).toBeGreaterThan(opening - 1);
  }, WEBGL_TEST_TIMEOUT);

  test('a tap beside Kota Pontianak, inside its 44 px target, selects Pontianak in the SVG map', async () => {
    await withoutWebGL(async () => {
      const map = makeMap({}, { width: 343, height: 343 });
      await readyEvent(map, 'svg');
      const city = regency(map, '61.71').getBoundingClientRect();
      const frame = map.getBoundingClientRect();
      // 15 px left of the city's box: on Kubu Raya, within the city's target.
      await userEvent.click(map, { position: { x: city.left - frame.left - 15 + city.width / 2 - city.width / 2, y: city.top - frame.top + city.height / 2 } });
      await map.updateComplete;
      expect(map.selected).toBe('61.71');
    });
  });

  test('WebGL: reaches ready with MapLibre, classes in feature-state; a year change recolours without new geometry', async () => {
    const map = makeMap({ loading: 'eager' });
    await readyEvent(map, 'webgl');
    expect(map.renderer).toBe('webgl');
    const gl = map.map!;
    expect(gl).not.toBeNull();
    expect(gl.getStyle().glyphs).toBeUndefined();
    expect(gl.getStyle().layers.some((l) => l.type === 'symbol')).toBe(false);
    expect(gl.getFeatureState({ source: 'regencies', id: '61.04' })).toMatchObject({ classIndex: 5, noData: false, colour: colour2024(68.02) });
    expect(gl.getFeatureState({ source: 'regencies', id: '61.12' })).toMatchObject({ classIndex: -1, noData: true });
    // The SVG map has given way to the canvas; labels are still HTML.
    expect(map.shadowRoot!.querySelector('.svg-map')).toBeNull();
    expect(map.shadowRoot!.querySelectorAll('[part="label"]').length).toBeGreaterThan(5);
    expect((await axe.run(map)).violations).toEqual([]);

    const source = gl.getSource('regencies')!;
    const setData = vi.spyOn(source as unknown as { setData: () => void }, 'setData');
    const setFeatureState = vi.spyOn(gl, 'setFeatureState');
    map.year = 2023;
    await map.updateComplete;
    expect(setFeatureState).toHaveBeenCalled();
    expect(setData).not.toHaveBeenCalled();
    expect(gl.getFeatureState({ source: 'regencies', id: '61.12' })).toMatchObject({ noData: false });
  }, WEBGL_TEST_TIMEOUT);

  test('fallback without WebGL: the SVG map stays, with tooltip, click and keyboard selection', async () => {
    await withoutWebGL(async () => {
      const map = makeMap();
      const selections: (string | null)[] = [];
      map.addEventListener('paritrana-region-select', (e) => selections.push(e.detail.code));
      await readyEvent(map, 'svg');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(map.renderer).toBe('svg');

      await userEvent.hover(regency(map, '61.04'));
      await map.updateComplete;
      const tooltip = map.shadowRoot!.querySelector('[part="tooltip"]')!;
      expect(tooltip.textContent).toContain('Ketapang');
      expect(tooltip.textContent).toContain('68,02%');
      expect(tooltip.textContent).toContain('tahun 2024');
      expect(map.shadowRoot!.querySelector('.hover')).not.toBeNull();

      await userEvent.click(regency(map, '61.04'));
      await map.updateComplete;
      expect(selections).toEqual(['61.04']);
      expect(map.selected).toBe('61.04');
      expect(map.shadowRoot!.querySelector('.selected')).not.toBeNull();

      // Keyboard: Tab onto the map, an arrow to the regency that way, Enter selects, Escape leaves, Delete clears.
      const list = map.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
      const ring = () => map.shadowRoot!.querySelector('.focus-ring')?.getAttribute('data-code') ?? null;
      expect(ring()).toBeNull();
      list.focus();
      await map.updateComplete;
      const first = list.getAttribute('aria-activedescendant');
      expect(first).toBe('regency-61-04');
      // The regency the keyboard is on is ringed on the map.
      expect(ring()).toBe('61.04');
      // North of Ketapang: Sanggau.
      await userEvent.keyboard('{ArrowUp}');
      await vi.waitFor(() => expect(list.getAttribute('aria-activedescendant')).not.toBe(first), SETTLE);
      const next = list.getAttribute('aria-activedescendant')!;
      expect(next).toBe('regency-61-03');
      const nextCode = map.shadowRoot!.getElementById(next)!.dataset.code!;
      expect(map.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).toContain(data.dataset.regions.byCode.get(nextCode)!.shortName);
      expect(ring()).toBe(nextCode);
      await userEvent.keyboard('{Enter}');
      await map.updateComplete;
      expect(selections).toEqual(['61.04', nextCode]);
      expect(map.shadowRoot!.getElementById(next)!.getAttribute('aria-selected')).toBe('true');
      // Enter again says it again (a page brings its details back into view).
      await userEvent.keyboard('{Enter}');
      expect(selections).toEqual(['61.04', nextCode, nextCode]);
      // Escape: out of the list to the map's picture; the selection stays, the ring and tooltip go.
      await userEvent.keyboard('{Escape}');
      await map.updateComplete;
      expect(map.shadowRoot!.activeElement).toBe(map.shadowRoot!.querySelector('.svg-map'));
      expect(map.selected).toBe(nextCode);
      expect(selections).toEqual(['61.04', nextCode, nextCode]);
      expect(ring()).toBeNull();
      expect(map.shadowRoot!.querySelector('[part="tooltip"]')).toBeNull();
      // Back on the list: the selected regency; Delete clears the selection.
      list.focus();
      await map.updateComplete;
      expect(list.getAttribute('aria-activedescendant')).toBe(next);
      await userEvent.keyboard('{Delete}');
      await map.updateComplete;
      expect(selections).toEqual(['61.04', nextCode, nextCode, null]);
      expect(map.selected).toBeNull();
    });
  });

  test('keyboard: the arrows go east, west, north and south on the map, and stay at its edge', async () => {
    await withoutWebGL(async () => {
      const map = makeMap();
      await readyEvent(map, 'svg');
      const list = map.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
      const active = () => list.getAttribute('aria-activedescendant');
      const press = async (key: string, expected: string) => {
        await userEvent.keyboard(`{${key}}`);
        await vi.waitFor(() => expect(active(), `${key} to ${expected}`).toBe(`regency-${expected.replace('.', '-')}`), SETTLE);
      };
      list.focus();
      await map.updateComplete;
      // The list starts on the first name, Bengkayang, in the north-west.
      expect(active()).toBe('regency-61-07');
      // East across the province, not on to the next name (Kapuas Hulu, then Kayong Utara in the far west).
      await press('ArrowRight', '61.03'); // Sanggau
      await press('ArrowRight', '61.09'); // Sekadau
      await press('ArrowRight', '61.05'); // Sintang
      await press('ArrowRight', '61.06'); // Kapuas Hulu
      // The far east: ArrowRight stays.
      await userEvent.keyboard('{ArrowRight}');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(active()).toBe('regency-61-06');
      await press('ArrowLeft', '61.05'); // Sintang
      await press('ArrowDown', '61.10'); // Melawi
      await press('ArrowUp', '61.05'); // Sintang
      // The tooltip follows the keyboard.
      expect(map.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).toContain('Sintang');
      // Home: the first by name.
      await press('Home', '61.07'); // Bengkayang
      await press('ArrowUp', '61.01'); // Sambas, in the far north
      await userEvent.keyboard('{ArrowUp}');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(active()).toBe('regency-61-01');
      await press('ArrowDown', '61.07'); // Bengkayang, south of Sambas
      await press('ArrowLeft', '61.72'); // Singkawang, on the coast
      await press('ArrowUp', '61.01'); // Sambas
      // End: the last by name.
      await press('End', '61.05'); // Sintang
    });
  });

  test('keyboard: typing a name goes to it; each stop says its figure and its rank among the regencies with one', async () => {
    await withoutWebGL(async () => {
      const map = makeMap();
      await readyEvent(map, 'svg');
      const list = map.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
      list.focus();
      await map.updateComplete;
      const active = () => list.getAttribute('aria-activedescendant');
      await userEvent.keyboard('kub');
      await vi.waitFor(() => expect(active()).toBe('regency-61-12'), SETTLE); // Kubu Raya
      await new Promise((resolve) => setTimeout(resolve, 800));
      // One letter again and again: the names with it in turn after the current one (Kubu Raya), round to the first.
      await userEvent.keyboard('k');
      await vi.waitFor(() => expect(active()).toBe('regency-61-06'), SETTLE); // Kapuas Hulu
      await userEvent.keyboard('k');
      await vi.waitFor(() => expect(active()).toBe('regency-61-11'), SETTLE); // Kayong Utara
      await new Promise((resolve) => setTimeout(resolve, 800));
      // A space within a name is typed, not a selection.
      await userEvent.keyboard('kubu r');
      await vi.waitFor(() => expect(active()).toBe('regency-61-12'), SETTLE);
      expect(map.selected).toBeNull();
      // What the active option says: name, figure with its period, where it comes from, its legend class
      // and its rank (five regencies have a 2024 figure).
      const option = (code: string) => map.shadowRoot!.querySelector(`[role="option"][data-code="${code}"]`)!.textContent!.trim();
      expect(option('61.04')).toMatch(/^Ketapang: 68,02%, tahun 2024, dipublikasikan, sumber example\.org, kelas ≥ 60%, peringkat 1 dari 5\. /);
      expect(option('61.12')).toMatch(/^Kubu Raya: Data tidak tersedia untuk 2024\. /);
      expect(option('61.12')).not.toContain('peringkat');
      map.lang = 'en';
      await map.updateComplete;
      expect(option('61.04')).toMatch(/^Ketapang: 68\.02%, year 2024, published, source example\.org, class ≥ 60%, rank 1 of 5\. /);
      expect(map.shadowRoot!.getElementById('keyboard-hint')!.textContent).toContain('east, west, north or south');
    });
  });

  test('WebGL: the arrows go the same way on the MapLibre map, its tooltip following', async () => {
    const map = makeMap({ loading: 'eager', selected: '61.04' });
    await readyEvent(map, 'webgl');
    const list = map.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    list.focus();
    await map.updateComplete;
    expect(list.getAttribute('aria-activedescendant')).toBe('regency-61-04');
    const focusRing = (code: string) => map.map!.getFeatureState({ source: 'regencies', id: code }).focus === true;
    expect(focusRing('61.04')).toBe(true);
    await userEvent.keyboard('{ArrowUp}');
    await vi.waitFor(() => expect(list.getAttribute('aria-activedescendant')).toBe('regency-61-03'), SETTLE);
    await vi.waitFor(() => expect(map.shadowRoot!.querySelector('[part="tooltip"]')?.textContent).toContain('Sanggau'), SETTLE);
    // The ring moves with the keyboard, drawn by MapLibre.
    expect([focusRing('61.04'), focusRing('61.03')]).toEqual([false, true]);
    // Escape: to MapLibre's canvas (its own arrows pan the map), the selection kept, the ring gone.
    await userEvent.keyboard('{Escape}');
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement).toBe(map.map!.getCanvas());
    expect(map.selected).toBe('61.04');
    expect(focusRing('61.03')).toBe(false);
  }, WEBGL_TEST_TIMEOUT);

  test('does not emit paritrana-region-select when selected or year is set from code', async () => {
    const map = makeMap();
    const heard: string[] = [];
    map.addEventListener('paritrana-region-select', () => heard.push('select'));
    await readyEvent(map, 'svg');
    map.selected = '61.04';
    map.year = 2023;
    await map.updateComplete;
    map.selected = null;
    await map.updateComplete;
    expect(heard).toEqual([]);
  });

  test('looks like the reference: SVG map of 2024 at 480 x 520', async () => {
    await withoutWebGL(async () => {
      const map = makeMap({}, { width: 480, height: 520 });
      await readyEvent(map, 'svg');
      await expect.element(page.elementLocator(map)).toMatchScreenshot('svg-2024', {
        comparatorName: 'pixelmatch',
        comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.01 },
        // Two equal screenshots in a row are needed; a loaded machine takes longer to give them.
        timeout: 30_000,
      });
    });
  });
});

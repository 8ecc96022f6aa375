// The two controllers behind every element: MapLinkController (for="ID" follows a map) and
// DataController (an element alone loads its own data; a follower takes its map's). Real elements, the
// frozen fixture served by a fetch stub: no file of data/ is read.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { makeDataset } from '../../../test/fixtures/dataset.ts';
import { fixtureAppData, stubFetch } from '../../../test/fixtures/served-data.ts';
import '../legend/legend.ts';
import '../region-details/region-details.ts';
import '../winners/winners.ts';
import '../year-slider/year-slider.ts';
import type { ParitranaMap } from '../map/map.component.ts';
import { DATA_ATTRIBUTES, dataRequest } from './data-controller.ts';

// The elements link, load and draw in a few frames; on a loaded two-core machine a frame can take a
// second, so a poll waits up to 10 s (Vitest's default is 1 s) before it fails.
vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

document.documentElement.removeAttribute('lang');

let requests: string[] = [];
let restoreFetch: () => void = () => {};

beforeEach(() => {
  requests = [];
  restoreFetch = stubFetch({}, requests);
});

afterEach(() => {
  restoreFetch();
  document.body.innerHTML = '';
});

/** The map's module, imported when a test first needs the tag defined (some tests define it late). */
const defineMap = () => import('../map/map.ts');

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('MapLinkController: for="ID"', () => {
  // First in the file: the map's module is not imported yet.
  test('links to a map whose tag is defined only later', async () => {
    document.body.innerHTML = '<paritrana-map id="late" year="2023" data-managed></paritrana-map><paritrana-winners for="late" data-managed></paritrana-winners>';
    const winners = document.querySelector('paritrana-winners')!;
    winners.awards = makeDataset().awards;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(winners.year).toBeNaN();
    await defineMap();
    // The panel follows the map's year (and shows the edition that judged it).
    await expect.poll(() => winners.year).toBe(2023);
  });

  test('follows a map added after it, and the map’s later changes of year, selection and language', async () => {
    await defineMap();
    document.body.innerHTML = '<paritrana-region-details for="peta"></paritrana-region-details>';
    const details = document.querySelector('paritrana-region-details')!;
    details.data = makeDataset();
    const map = document.createElement('paritrana-map');
    map.id = 'peta';
    map.setAttribute('data-managed', '');
    Object.assign(map, { year: 2024, selected: '61.04' });
    document.body.append(map);
    await expect.poll(() => details.code).toBe('61.04');
    expect(details.year).toBe(2024);
    map.selected = '61.72';
    map.year = 2025;
    map.lang = 'en';
    await expect.poll(() => text(details.shadowRoot!.querySelector('[part="heading"]'))).toBe('Kota Singkawang');
    expect(details.year).toBe(2025);
    expect(details.lang).toBe('en');
  });

  test('the reader’s choice in a follower moves the map, which says so with its own event', async () => {
    await defineMap();
    document.body.innerHTML = '<paritrana-map id="m" year="2023" data-managed></paritrana-map><paritrana-year-slider for="m" years="2023 2024 2025" data-managed></paritrana-year-slider>';
    const map = document.querySelector<ParitranaMap>('paritrana-map')!;
    const slider = document.querySelector('paritrana-year-slider')!;
    await expect.poll(() => slider.value).toBe(2023);
    const heard: number[] = [];
    map.addEventListener('paritrana-year-change', (e) => heard.push(e.detail.year));
    await slider.updateComplete;
    slider.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(map.year).toBe(2025);
    expect(heard).toEqual([2025]);
  });

  test('a legend’s highlight dims the linked map’s regencies', async () => {
    await defineMap();
    document.body.innerHTML = '<paritrana-map id="m" metric="participants_active" data-managed></paritrana-map><paritrana-legend for="m"></paritrana-legend>';
    const map = document.querySelector<ParitranaMap>('paritrana-map')!;
    const legend = document.querySelector('paritrana-legend')!;
    // Linked once the legend shows the map's metric.
    await expect.poll(() => legend.metric).toBe('participants_active');
    await legend.updateComplete;
    legend.shadowRoot!.querySelector<HTMLElement>('[part~="entry"][data-key="no-data"]')!.dispatchEvent(new PointerEvent('pointerenter'));
    expect(map.highlightClass).toBe('no-data');
  });
});

describe('DataController', () => {
  test('an element alone fetches the tables beside the page (the built dataset.json, and the CSV files it vouches for), not the boundaries', async () => {
    document.body.innerHTML = '<paritrana-winners edition="2025"></paritrana-winners>';
    const winners = document.querySelector('paritrana-winners')!;
    await expect.poll(() => winners.shadowRoot!.querySelectorAll('[part~="winner"]').length).toBe(4);
    expect(requests.map((url) => new URL(url).pathname.split('/').pop()).sort()).toEqual(['awards.csv', 'coverage.csv', 'dataset.json', 'regions.csv']);
  });

  test('data-managed: nothing is fetched', async () => {
    document.body.innerHTML = '<paritrana-year-slider data-managed data-base="/elsewhere/"></paritrana-year-slider>';
    const slider = document.querySelector('paritrana-year-slider')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toEqual([]);
    expect(slider.years).toEqual([]);
  });

  test('a follower of a map that was handed data takes that data and fetches nothing', async () => {
    await defineMap();
    const data = await fixtureAppData();
    requests.length = 0;
    document.body.innerHTML = '<paritrana-map id="m" data-managed></paritrana-map><paritrana-year-slider for="m"></paritrana-year-slider>';
    document.querySelector<ParitranaMap>('paritrana-map')!.data = data;
    const slider = document.querySelector('paritrana-year-slider')!;
    await expect.poll(() => slider.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(requests).toEqual([]);
  });

  test('dataRequest reads the attributes that point files elsewhere, relative to the page', () => {
    const element = document.createElement('div');
    element.setAttribute('data-base', '/mitra/');
    element.setAttribute(DATA_ATTRIBUTES.coverage, 'kami/cakupan.csv');
    const request = dataRequest(element, 'tables');
    expect(request.base.href).toBe(new URL('/mitra/', document.baseURI).href);
    expect(request.overrides).toEqual({ coverage: new URL('kami/cakupan.csv', document.baseURI).href });
    expect(request.parts).toBe('tables');
  });
});

// The PNG poster is the map on paper: a reader who saves it expects the sea, the neighbouring land, the
// names and the type the screen shows, not a near miss. Compared as the browser paints them.
import { afterEach, expect, test, vi } from 'vitest';
import { fixtureAppData } from '../../../test/fixtures/served-data.ts';
import { readyEvent } from '../../../test/fixtures/map-ready.ts';
import type { MapGeometry } from '../../render/map-geometry.ts';
import { posterSvg } from '../../render/poster.ts';
import type { ParitranaMap } from './map.component.ts';
import './map.ts';

vi.setConfig({ testTimeout: 60_000 });
const created: Element[] = [];
afterEach(() => {
  for (const element of created.splice(0)) element.remove();
});

const geometry: MapGeometry = {
  width: 400,
  height: 300,
  regencies: [{ code: '61.04', d: 'M0,0L10,0L10,10Z' }],
  regencyBorders: 'M10,0L10,10',
  provinceOutline: 'M0,0L10,0L10,10Z',
  context: [{ id: 'MY', d: 'M50,50L90,50L90,90Z', layer: 'negara' }, { id: '62', d: 'M100,50L140,50L140,90Z', layer: 'provinsi' }],
  labels: [{ id: '61.04', text: 'Ketapang', x: 5, y: 5, leader: null, kind: 'regency' }],
};

function placedPoster(): SVGSVGElement {
  const { svg } = posterSvg({ geometry, view: { regencies: [{ code: '61.04', colour: '#253494', origin: 'published' }], legend: { entries: [] } }, title: 'Peta', subtitle: 'tahun 2024', credit: 'Sumber' });
  const poster = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
  document.body.append(poster);
  created.push(poster);
  return poster;
}

test('the poster has the map’s sea, neighbouring land, label ink and font', async () => {
  const map = document.createElement('paritrana-map') as ParitranaMap;
  const ready = readyEvent(map, 'svg');
  Object.assign(map, { data: await fixtureAppData(), year: 2024 });
  document.body.append(map);
  created.push(map);
  await ready;
  const shadow = map.shadowRoot!;
  const screen = {
    sea: getComputedStyle(shadow.querySelector('.sea')!).fill,
    land: getComputedStyle(shadow.querySelector('.context path')!).fill,
    border: getComputedStyle(shadow.querySelector('.context path')!).stroke,
    ink: getComputedStyle(map).color,
    font: getComputedStyle(map).fontFamily,
  };

  const poster = placedPoster();
  const [seaRect] = [...poster.querySelectorAll('g[clip-path] > rect')];
  const contextPaths = [...poster.querySelectorAll('.context path')];
  expect(contextPaths).toHaveLength(2);
  expect({
    sea: getComputedStyle(seaRect!).fill,
    // Every neighbour, province or country, in the map's one land colour.
    land: [...new Set(contextPaths.map((path) => getComputedStyle(path).fill))].join(' | '),
    border: getComputedStyle(contextPaths[0]!).stroke,
    ink: getComputedStyle(poster.querySelector('text[text-anchor="middle"]')!).fill,
    font: getComputedStyle(poster).fontFamily,
  }).toEqual(screen);
});

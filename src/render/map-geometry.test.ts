import { describe, expect, test } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { mapGeometry, prepareMapGeometry, rewound } from './map-geometry.ts';
import { labelFontSize } from './label-size.ts';

/**
 * Two regencies side by side, 1 by 1 degree, sharing the edge at 110 degrees east (arc 0), and a
 * tiny city in the corner of the first; the province is the two together. Rings are clockwise, as
 * d3-geo and TopoJSON from mapshaper have them.
 */
const topology = {
  type: 'Topology',
  arcs: [
    [[110, 0], [110, 1]],
    [[110, 0], [109, 0], [109, 1], [110, 1]],
    [[110, 1], [111, 1], [111, 0], [110, 0]],
    [[109.02, 0.02], [109.02, 0.04], [109.04, 0.04], [109.04, 0.02], [109.02, 0.02]],
  ],
  objects: {
    kabupaten: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '61.01', arcs: [[1, ~0]] },
        { type: 'Polygon', id: '61.02', arcs: [[0, 2]] },
        { type: 'Polygon', id: '61.71', arcs: [[3]] },
      ],
    },
    provinsi: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '61', arcs: [[1, 2]] }] },
  },
} as unknown as Topology;

const NAMES: Record<string, string> = { '61.01': 'Sambas', '61.02': 'Sintang', '61.71': 'Pontianak' };

describe('mapGeometry', () => {
  test('fits the province to the width, with the padding on each side', () => {
    const geometry = mapGeometry(topology, null, { width: 400, padding: 10 });
    const xs = [...geometry.provinceOutline.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeCloseTo(10, 0);
    expect(Math.max(...xs)).toBeCloseTo(390, 0);
  });

  test('is as tall as the province needs: about half the width for a 2-by-1 degree province', () => {
    const geometry = mapGeometry(topology, null, { width: 400, padding: 10 });
    expect(geometry.height).toBeGreaterThan(200);
    expect(geometry.height).toBeLessThan(215);
  });

  test('fits the height instead when the province would be taller than allowed', () => {
    const geometry = mapGeometry(topology, null, { width: 400, maxHeight: 150, padding: 10 });
    expect(geometry.height).toBe(150);
    const ys = [...geometry.provinceOutline.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys)).toBeLessThanOrEqual(140.5);
  });

  test('gives one path per regency, keyed by Kemendagri code', () => {
    const geometry = mapGeometry(topology, null, { width: 400 });
    expect(geometry.regencies.map((r) => r.code)).toEqual(['61.01', '61.02', '61.71']);
    for (const r of geometry.regencies) expect(r.d).toMatch(/^M.+Z$/);
  });

  test('draws the border between two regencies once, and not along the province edge', () => {
    const geometry = mapGeometry(topology, null, { width: 400, padding: 10 });
    // The shared edge is the line at 110 degrees east: x = 200 in a 400 px frame.
    expect(geometry.regencyBorders).toMatch(/^M200,[\d.]+L200,[\d.]+$/);
  });

  test('labels every named regency, the small city beside its area with a leader', () => {
    const geometry = mapGeometry(topology, null, { width: 400, labelText: (code) => NAMES[code] });
    expect(geometry.labels.map((l) => l.text).sort()).toEqual(['Pontianak', 'Sambas', 'Sintang']);
    expect(geometry.labels.find((l) => l.text === 'Pontianak')!.leader).not.toBeNull();
    expect(geometry.labels.find((l) => l.text === 'Sintang')!.leader).toBeNull();
  });

  test('uses smaller labels on a phone-sized map', () => {
    expect(labelFontSize(343)).toBeLessThan(labelFontSize(640));
  });
});

describe('rewound', () => {
  const square = (ring: number[][]): Feature<Polygon> => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } });

  test('reverses a ring wound the RFC 7946 way, which d3-geo would read as the whole globe but the square', () => {
    const counterClockwise = [[109, 0], [110, 0], [110, 1], [109, 1], [109, 0]];
    expect(rewound(square(counterClockwise)).geometry.coordinates[0]).toEqual([...counterClockwise].reverse());
  });

  test('leaves a clockwise ring as it is', () => {
    const clockwise = [[109, 0], [109, 1], [110, 1], [110, 0], [109, 0]];
    expect(rewound(square(clockwise)).geometry.coordinates[0]).toEqual(clockwise);
  });
});

describe('prepareMapGeometry', () => {
  test('a map prepared a piece at a time is drawn as one that was not: same shapes, borders and names', () => {
    const copy = () => structuredClone(topology);
    const options = { width: 400, labelText: (code: string) => NAMES[code] };
    const plain = mapGeometry(copy(), null, options);
    const prepared = copy();
    const pieces = [...prepareMapGeometry(prepared, null)];
    // Small pieces: at least one per regency, so a page can let the browser breathe between them.
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    expect(mapGeometry(prepared, null, options)).toEqual(plain);
    // ...and at another width, from what the first drawing kept.
    expect(mapGeometry(prepared, null, { ...options, width: 300 })).toEqual(mapGeometry(copy(), null, { ...options, width: 300 }));
  });
});

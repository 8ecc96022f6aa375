import { describe, expect, test } from 'vitest';
import { geoMercator } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { labelGeography, layOutMapLabels } from './map-labels.ts';

// Two regencies side by side (1 by 1 degree) on the equator, the province is both.
const topology = {
  type: 'Topology',
  arcs: [
    [[110, 0], [110, 1]],
    [[110, 0], [109, 0], [109, 1], [110, 1]],
    [[110, 1], [111, 1], [111, 0], [110, 0]],
  ],
  objects: {
    kabupaten: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '61.01', arcs: [[1, ~0]] }, { type: 'Polygon', id: '61.02', arcs: [[0, 2]] }] },
    provinsi: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '61', arcs: [[1, 2]] }] },
  },
} as unknown as Topology;

describe('labelGeography', () => {
  test('an anchor at the centre of each regency, with its area', () => {
    const { anchors } = labelGeography(topology);
    expect(anchors.map((a) => a.code)).toEqual(['61.01', '61.02']);
    expect(anchors[0]!.at[0]).toBeCloseTo(109.5, 1);
    expect(anchors[0]!.at[1]).toBeCloseTo(0.5, 1);
    // One square degree on the equator is about 3.05e-4 steradians, not the whole sphere.
    expect(anchors[0]!.area).toBeCloseTo(3.05e-4, 5);
  });
});

describe('layOutMapLabels', () => {
  const geography = labelGeography(topology);
  const names: Record<string, string> = { '61.01': 'Barat', '61.02': 'Timur' };

  test('places each regency name over its regency in the current view', () => {
    const projection = geoMercator().center([110, 0.5]).translate([200, 100]).scale(6000);
    const labels = layOutMapLabels(geography, {
      width: 400,
      height: 200,
      fontSize: 12,
      project: (at) => projection(at) as [number, number],
      pixelsPerRadian: 6000,
      labelText: (code) => names[code],
    });
    const west = labels.find((l) => l.id === '61.01')!;
    const east = labels.find((l) => l.id === '61.02')!;
    expect(west).toMatchObject({ text: 'Barat', kind: 'regency', leader: null });
    expect(west.x).toBeLessThan(200);
    expect(east.x).toBeGreaterThan(200);
  });

  test('a view that puts a regency outside the frame leaves its label out', () => {
    const projection = geoMercator().center([109.5, 0.5]).translate([50, 100]).scale(6000);
    const labels = layOutMapLabels(geography, {
      width: 100,
      height: 200,
      fontSize: 12,
      project: (at) => projection(at) as [number, number],
      pixelsPerRadian: 6000,
      labelText: (code) => names[code],
    });
    expect(labels.map((l) => l.id)).toEqual(['61.01']);
  });
});

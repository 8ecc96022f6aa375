import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import { desaMap, kecamatanOf } from './desa-map.ts';

// A regency of four desa in two kecamatan, a 2 × 2 grid of 0.1° squares (quantised: arcs are deltas).
// Top row: kecamatan 61.04.01 (desa 2001 left, 2002 right); bottom row: 61.04.02 (2001, 2002).
const square = (x: number, y: number): [number, number][] => [[x, y], [0, 1], [1, 0], [0, -1], [-1, 0]];
const FIXTURE: Topology = {
  type: 'Topology',
  transform: { scale: [0.1, 0.1], translate: [110, -1.2] },
  arcs: [square(0, 1), square(1, 1), square(0, 0), square(1, 0), [[0, 1], [0, 1], [2, 0], [0, -1], [-2, 0]], [[0, 0], [0, 1], [2, 0], [0, -1], [-2, 0]]],
  objects: {
    desa: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '61.04.01.2001', arcs: [[0]], properties: { name: 'Satu' } },
        { type: 'Polygon', id: '61.04.01.2002', arcs: [[1]], properties: { name: 'Dua' } },
        { type: 'Polygon', id: '61.04.02.2001', arcs: [[2]], properties: { name: 'Tiga' } },
        { type: 'Polygon', id: '61.04.02.2002', arcs: [[3]], properties: { name: 'Empat' } },
      ],
    },
    kecamatan: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '61.04.01', arcs: [[4]] },
        { type: 'Polygon', id: '61.04.02', arcs: [[5]] },
      ],
    },
  },
};

/** The box of the numbers in an SVG path: [minX, minY, maxX, maxY]. */
function box(d: string): [number, number, number, number] {
  const numbers = [...d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('desaMap', () => {
  test('draws the regency in the frame, the desa filled inside its kecamatan', () => {
    const picture = desaMap(FIXTURE, '61.04.02.2002', { width: 300, height: 300, padding: 10 })!;
    expect(picture).not.toBeNull();
    const regency = box(picture.regency);
    expect(box(picture.outline)).toEqual(regency);
    // The regency fills the frame inside the padding (a square, so both ways).
    expect(regency[0]).toBeCloseTo(10, 0);
    expect(regency[2]).toBeCloseTo(290, 0);
    const desa = box(picture.desa);
    const kecamatan = box(picture.kecamatan);
    // The bottom-right desa: the right half, the lower half (SVG y grows downwards).
    expect(desa[0]).toBeCloseTo(150, 0);
    expect(desa[1]).toBeGreaterThan(140);
    // Inside its kecamatan, the bottom row.
    expect(desa[0]).toBeGreaterThanOrEqual(kecamatan[0] - 0.5);
    expect(desa[2]).toBeLessThanOrEqual(kecamatan[2] + 0.5);
    expect(kecamatan[1]).toBeCloseTo(desa[1], 0);
    expect(kecamatan[0]).toBeCloseTo(10, 0);
    // Ringed at its centre.
    expect(picture.centre[0]).toBeCloseTo(220, 0);
    expect(picture.centre[1]).toBeCloseTo(220, 0);
  });

  test('a desa the topology lacks, or a topology without desa, gives no picture', () => {
    expect(desaMap(FIXTURE, '61.04.03.2001', { width: 300, height: 300 })).toBeNull();
    expect(desaMap({ ...FIXTURE, objects: {} }, '61.04.01.2001', { width: 300, height: 300 })).toBeNull();
  });

  test("a desa code's kecamatan is its first three parts", () => {
    expect(kecamatanOf('61.04.17.2002')).toBe('61.04.17');
  });
});

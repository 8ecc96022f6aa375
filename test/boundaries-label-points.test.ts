// The label points the boundary build writes into the regency topology (scripts/lib/boundaries/label-points.ts):
// the same points the map would search for, and the map names each regency there without searching again.
import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { describe, expect, test } from 'vitest';
import { withLabelPoints } from '../scripts/lib/boundaries/label-points.ts';
import { labelPoint, mapGeometry, rewound } from '../src/render/map-geometry.ts';

const text = readFileSync('test/fixtures/regencies.topo.json', 'utf8');
const without = JSON.parse(text) as Topology;
for (const geometry of (without.objects.kabupaten as GeometryCollection).geometries) delete (geometry.properties as Record<string, unknown> | undefined)?.label;
const written = JSON.parse(withLabelPoints(JSON.stringify(without))) as Topology;
const geometries = (written.objects.kabupaten as GeometryCollection<{ label?: [number, number]; name?: string }>).geometries as { id?: string | number; properties?: { label?: [number, number]; name?: string } }[];

describe('label points written by the boundary build', () => {
  test('each regency carries the point the map would find, to a ten-thousandth of a degree, and keeps its name', () => {
    expect(geometries).toHaveLength(14);
    for (const geometry of geometries) {
      const found = labelPoint(rewound(feature(without, (without.objects.kabupaten as GeometryCollection).geometries.find((g) => g.id === geometry.id)!) as Feature<Polygon | MultiPolygon>));
      expect(geometry.properties!.label![0]).toBeCloseTo(found[0], 4);
      expect(geometry.properties!.label![1]).toBeCloseTo(found[1], 4);
      expect(geometry.properties!.name).toMatch(/^(Kabupaten|Kota) /);
    }
  });

  test('the map names a regency at its written point (a point moved in the file moves the name)', () => {
    const labelText = (code: string) => (code === '61.04' ? 'Ketapang' : undefined);
    const at = (topology: Topology) => mapGeometry(topology, null, { width: 600, labelText }).labels.find((l) => l.id === '61.04')!;
    const moved = structuredClone(written);
    const ketapang = (moved.objects.kabupaten as GeometryCollection).geometries.find((g) => g.id === '61.04') as unknown as { properties: { label: [number, number] } };
    ketapang.properties.label = [ketapang.properties.label[0], ketapang.properties.label[1] + 0.3];
    const original = at(written);
    const shifted = at(moved);
    // Northwards on the map: up, by 0.3 degrees' worth of pixels (a leader may take the name elsewhere, the point it names moves).
    const pointOf = (label: typeof original) => (label.leader ? label.leader.y2 : label.y);
    expect(pointOf(shifted)).toBeLessThan(pointOf(original) - 5);
  });
});

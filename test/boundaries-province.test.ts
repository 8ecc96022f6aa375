// A second province from configuration alone: Kalimantan Tengah (provinces/62.json) has no desa
// layer, so its regencies come from indonesia-kabkota.geojson, whose polygons overlap and leave cracks
// (SOURCE.md). The build snaps and cleans them; this checks that the result tiles: no two regencies
// share land, and together they cover the province's outline with no hole the source does not have.
// beforeAll builds into .cache/province-62/ (never over the default province's public/data/) when
// missing or stale, in about 3 s.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoBounds } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import polygonClipping, { type MultiPolygon as ClippingMultiPolygon } from 'polygon-clipping';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildBoundaries, DEFAULT_SOURCE_DIR, GZIP_BUDGETS, SOURCE_DIR_ENV } from '../scripts/build-boundaries.ts';
import { provinceBuild } from '../scripts/lib/province/config.ts';
import { areaKm2, areas, boxesMeet, forD3, intersectionKm2, pairwiseOverlapsKm2, roundedForClipping, type AreaFeature } from './boundaries-geometry.ts';

// Polygon clipping over whole regencies: a check takes up to a second alone and several times that on a
// loaded two-core machine, past Vitest's 5 s default; a hang still fails, a minute later.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const sourceDir = process.env[SOURCE_DIR_ENV] || DEFAULT_SOURCE_DIR;
const build = provinceBuild('62');

/** Kemendagri codes and names of Kalimantan Tengah's regencies, as indonesia-kabkota.geojson has them. */
const REGENCIES: Record<string, string> = {
  '62.01': 'Kabupaten Kotawaringin Barat',
  '62.02': 'Kabupaten Kotawaringin Timur',
  '62.03': 'Kabupaten Kapuas',
  '62.04': 'Kabupaten Barito Selatan',
  '62.05': 'Kabupaten Barito Utara',
  '62.06': 'Kabupaten Katingan',
  '62.07': 'Kabupaten Seruyan',
  '62.08': 'Kabupaten Sukamara',
  '62.09': 'Kabupaten Lamandau',
  '62.10': 'Kabupaten Gunung Mas',
  '62.11': 'Kabupaten Pulang Pisau',
  '62.12': 'Kabupaten Murung Raya',
  '62.13': 'Kabupaten Barito Timur',
  '62.71': 'Kota Palangkaraya',
};

function readTopology(fileName: string): Topology {
  return JSON.parse(readFileSync(join(build.dataOutDir, fileName), 'utf8')) as Topology;
}

function sourceRegencies(): AreaFeature[] {
  const collection = JSON.parse(readFileSync(join(sourceDir, 'indonesia-kabkota.geojson'), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { kode: string; nama: string }
  >;
  return collection.features
    .filter(({ properties }) => properties.kode.startsWith('62.'))
    .map(({ geometry, properties }) => ({ type: 'Feature', id: properties.kode, geometry: forD3(geometry), properties: { name: properties.nama } }));
}

/** The union of areas as polygon-clipping returns it: one entry per part, each [outer ring, ...holes]. */
function union(features: AreaFeature[]): ClippingMultiPolygon {
  const [first, ...others] = features.map((area) => roundedForClipping(area.geometry));
  return polygonClipping.union(first!, ...others);
}

function holesKm2(parts: ClippingMultiPolygon): number[] {
  return parts.flatMap((rings) => rings.slice(1).map((hole) => areaKm2({ type: 'Polygon', coordinates: [hole] })));
}

beforeAll(async () => {
  await buildBoundaries({ province: '62', log: () => {} });
}, 120_000);

describe('Kalimantan Tengah (62) from indonesia-kabkota.geojson', () => {
  let kabupaten: AreaFeature[];
  let provinsi: AreaFeature[];
  beforeAll(() => {
    const topology = readTopology('regencies.topo.json');
    kabupaten = areas(topology, 'kabupaten');
    provinsi = areas(topology, 'provinsi');
  });

  it('builds under .cache/province-62/, not over the default province', () => {
    expect(build.isDefault).toBe(false);
    expect(build.dataOutDir).toMatch(/[\\/]\.cache[\\/]province-62[\\/]public[\\/]data$/);
    expect(build.siteOutDir).toMatch(/[\\/]\.cache[\\/]province-62[\\/]dist$/);
  });

  it('has its 14 regencies by Kemendagri code (62.01 to 62.13, 62.71) with the source names, and the province', () => {
    expect(Object.fromEntries(kabupaten.map((regency) => [regency.id, regency.properties.name]))).toEqual(REGENCIES);
    expect(provinsi.map(({ id, properties }) => [id, properties])).toEqual([['62', { name: 'Kalimantan Tengah' }]]);
  });

  it('writes no desa or kecamatan file: the province has no such source', () => {
    expect(existsSync(join(build.dataOutDir, 'desa'))).toBe(false);
    expect(Object.keys(readTopology('regencies.topo.json').objects)).toEqual(['kabupaten', 'provinsi']);
  });

  it('starts from polygons that do not tile: they overlap and leave cracks (guards the checks below)', () => {
    const source = sourceRegencies();
    const overlapKm2 = pairwiseOverlapsKm2(source).reduce((sum, { km2 }) => sum + km2, 0);
    expect(overlapKm2).toBeGreaterThan(10); // measured: about 26 km2
    expect(holesKm2(union(source)).length).toBeGreaterThan(10); // measured: 47 cracks inside the province
  });

  it('has regencies that share no land', () => {
    const pairs = pairwiseOverlapsKm2(kabupaten);
    expect(pairs.length).toBeGreaterThan(20); // the check ran on real neighbours
    expect(pairs.filter(({ km2 }) => km2 > 0.01)).toEqual([]);
  });

  it('has no gaps: the regencies cover the dissolved outline exactly, with no hole inside', () => {
    const regencyUnion = union(kabupaten);
    expect(holesKm2(regencyUnion)).toEqual([]);
    const difference = polygonClipping.xor(regencyUnion, roundedForClipping(provinsi[0]!.geometry));
    expect(difference.length === 0 ? 0 : areaKm2({ type: 'MultiPolygon', coordinates: difference })).toBeLessThan(0.01);
  });

  it('covers the area of the source regencies (within 1%)', () => {
    const sourceKm2 = sourceRegencies().reduce((sum, regency) => sum + areaKm2(regency.geometry), 0);
    const builtKm2 = kabupaten.reduce((sum, regency) => sum + areaKm2(regency.geometry), 0);
    expect(sourceKm2).toBeGreaterThan(150_000); // about 154,000 km2
    expect(Math.abs(builtKm2 / sourceKm2 - 1)).toBeLessThan(0.01);
  });

  it('draws its neighbours as context, Kalimantan Barat among them, meeting its border without covering it', () => {
    const context = readTopology('context.topo.json');
    const neighbours = [...areas(context, 'provinsi'), ...areas(context, 'negara')];
    const names = Object.fromEntries(neighbours.map((area) => [area.id, area.properties.name]));
    expect(names).not.toHaveProperty('62');
    expect(names).toMatchObject({ '61': 'Kalimantan Barat', '63': 'Kalimantan Selatan', '64': 'Kalimantan Timur' });
    const province = provinsi[0]!;
    for (const neighbour of neighbours.filter(({ id }) => id === '61' || id === '63')) {
      expect(boxesMeet(geoBounds(neighbour), geoBounds(province))).toBe(true);
      expect(intersectionKm2(neighbour.geometry, province.geometry)).toBeLessThan(3);
    }
  });

  it.each(['regencies.topo.json', 'context.topo.json'])('%s is within its gzip budget', (fileName) => {
    expect(gzipSync(readFileSync(join(build.dataOutDir, fileName))).length).toBeLessThanOrEqual(GZIP_BUDGETS[fileName]!);
  });
});

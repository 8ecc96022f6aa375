// The boundary files the app serves for the default province (public/data/, built by
// scripts/build-boundaries.ts from provinces/61.json), checked
// against the real sources in ../shared/boundaries: codes, names, counts, areas, nesting, overlaps,
// sizes. beforeAll builds them when missing or stale and is a no-op otherwise.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildBoundaries, DEFAULT_SOURCE_DIR, DESA_GZIP_BUDGET, SOURCE_DIR_ENV } from '../scripts/build-boundaries.ts';
import { checkFreshness } from '../scripts/lib/boundaries/freshness.ts';
import { desaTopologyFile } from '../src/data/files.ts';
import { parseProvinceConfig } from '../src/data/province.ts';
import { boundsOf, boxWithin, cameraBounds, fittedFrame, stepBounds } from '../src/render/bounds.ts';
import {
  areaKm2,
  areas,
  boxesMeet,
  byId,
  forD3,
  interiorPoint,
  intersectionKm2,
  pairwiseOverlapsKm2,
  type AreaFeature,
} from './boundaries-geometry.ts';

// Geometry over thousands of polygons: a check takes about a second alone and several times that on a
// loaded two-core machine, past Vitest's 5 s default; a hang still fails, a minute later.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(repoRoot, 'public', 'data');
const sourceDir = process.env[SOURCE_DIR_ENV] || DEFAULT_SOURCE_DIR;

/** From SOURCE.md: Kemendagri codes (not BPS: 61.02 is 6104 there) and official names. */
const REGENCIES: Record<string, string> = {
  '61.01': 'Kabupaten Sambas',
  '61.02': 'Kabupaten Mempawah',
  '61.03': 'Kabupaten Sanggau',
  '61.04': 'Kabupaten Ketapang',
  '61.05': 'Kabupaten Sintang',
  '61.06': 'Kabupaten Kapuas Hulu',
  '61.07': 'Kabupaten Bengkayang',
  '61.08': 'Kabupaten Landak',
  '61.09': 'Kabupaten Sekadau',
  '61.10': 'Kabupaten Melawi',
  '61.11': 'Kabupaten Kayong Utara',
  '61.12': 'Kabupaten Kubu Raya',
  '61.71': 'Kota Pontianak',
  '61.72': 'Kota Singkawang',
};

function readTopology(fileName: string): Topology {
  return JSON.parse(readFileSync(join(dataDir, fileName), 'utf8')) as Topology;
}

type SourceArea = Feature<Polygon | MultiPolygon, { kode: string; nama: string }>;

function readSourceAreas(fileName: string): SourceArea[] {
  const collection = JSON.parse(readFileSync(join(sourceDir, fileName), 'utf8')) as FeatureCollection;
  return collection.features as SourceArea[];
}

beforeAll(async () => {
  await buildBoundaries({ province: '61', log: () => {} });
}, 120_000);

const sourceRegencyAreaKm2 = () =>
  readSourceAreas('kalbar-kabkota.geojson').reduce((sum, regency) => sum + areaKm2(regency.geometry), 0);

describe.each([
  // Overlap tolerance per pair of regencies: the display file is simplified to 300 m and quantized
  // to about 55 m.
  { fileName: 'regencies.topo.json', overlapToleranceKm2: 1 },
])('$fileName', ({ fileName, overlapToleranceKm2 }) => {
  let kabupaten: AreaFeature[];
  let provinsi: AreaFeature[];
  beforeAll(() => {
    const topology = readTopology(fileName);
    kabupaten = areas(topology, 'kabupaten');
    provinsi = areas(topology, 'provinsi');
  });

  it('has the 14 regencies by Kemendagri code with their official names, and the province', () => {
    expect(Object.fromEntries(kabupaten.map((regency) => [regency.id, regency.properties.name]))).toEqual(REGENCIES);
    expect(kabupaten).toHaveLength(14);
    expect(provinsi.map(({ id, properties }) => [id, properties])).toEqual([['61', { name: 'Kalimantan Barat' }]]);
  });

  it('keeps only string ids, a name, and for each regency its label point', () => {
    const topology = readTopology(fileName);
    for (const [name, object] of Object.entries(topology.objects)) {
      if (object.type !== 'GeometryCollection') throw new Error('expected GeometryCollections');
      for (const geometry of object.geometries) {
        expect(typeof geometry.id).toBe('string');
        // The regencies of the regency file carry the point their name is placed at (scripts/lib/boundaries/label-points.ts).
        const labelled = fileName === 'regencies.topo.json' && name === 'kabupaten';
        expect(Object.keys(geometry.properties ?? {})).toEqual(labelled ? ['name', 'label'] : ['name']);
      }
    }
  });

  it('covers the area of the source regencies (within 1%), and the province equals their sum (0.5%)', () => {
    const regencySumKm2 = kabupaten.reduce((sum, regency) => sum + areaKm2(regency.geometry), 0);
    const sourceKm2 = sourceRegencyAreaKm2();
    expect(sourceKm2).toBeGreaterThan(140_000); // SOURCE.md: about 147,700 km2
    expect(sourceKm2).toBeLessThan(155_000);
    expect(Math.abs(regencySumKm2 / sourceKm2 - 1)).toBeLessThan(0.01);
    expect(Math.abs(areaKm2(provinsi[0].geometry) / regencySumKm2 - 1)).toBeLessThan(0.005);
  });

  it('has regencies that do not overlap', () => {
    const pairs = pairwiseOverlapsKm2(kabupaten);
    expect(pairs.length).toBeGreaterThan(20); // the check ran on real neighbours
    const overlaps = pairs.filter(({ km2 }) => km2 > overlapToleranceKm2);
    expect(overlaps).toEqual([]);
  });
});

it('overlap check finds the overlaps SOURCE.md reports between the source kabkota polygons', () => {
  // Guards the check above against passing vacuously, and shows why regencies are dissolved from desa.
  const sourceRegencies = readSourceAreas('kalbar-kabkota.geojson').map(
    ({ geometry, properties }): AreaFeature => ({
      type: 'Feature',
      id: properties.kode,
      geometry: forD3(geometry),
      properties: { name: properties.nama },
    }),
  );
  const totalKm2 = pairwiseOverlapsKm2(sourceRegencies).reduce((sum, { km2 }) => sum + km2, 0);
  expect(totalKm2).toBeGreaterThan(20); // SOURCE.md: about 35 km2
});

describe('the desa files, one a regency', () => {
  const regencyCodes = Object.keys(REGENCIES);
  let topologies: Map<string, Topology>;
  let desa: AreaFeature[];
  let kecamatan: AreaFeature[];
  beforeAll(() => {
    topologies = new Map(regencyCodes.map((code) => [code, readTopology(desaTopologyFile(code))]));
    desa = [...topologies.values()].flatMap((topology) => areas(topology, 'desa'));
    kecamatan = [...topologies.values()].flatMap((topology) => areas(topology, 'kecamatan'));
  });

  it('are written for the 14 regencies, each holding its desa and kecamatan only', () => {
    expect(regencyCodes).toHaveLength(14);
    for (const [code, topology] of topologies) {
      expect(Object.keys(topology.objects), code).toEqual(['desa', 'kecamatan']);
      const ids = [...areas(topology, 'desa'), ...areas(topology, 'kecamatan')].map((area) => String(area.id));
      expect(ids.filter((id) => !id.startsWith(`${code}.`)), code).toEqual([]);
      expect(areas(topology, 'desa').length, code).toBeGreaterThan(0);
    }
  });

  it('add up to every desa of the source (2,130) and all 174 kecamatan, named as in the sources', () => {
    expect(desa).toHaveLength(2130);
    expect(kecamatan).toHaveLength(174);
    const sourceDesaNames = new Map(
      readSourceAreas('kalbar-desa.geojson').map((d) => [d.properties.kode, d.properties.nama]),
    );
    expect(new Map(desa.map((d) => [d.id, d.properties.name]))).toEqual(sourceDesaNames);
    const sourceKecamatanNames = new Map(
      readSourceAreas('kalbar-kecamatan.geojson').map((k) => [k.properties.kode, k.properties.nama]),
    );
    expect(new Map(kecamatan.map((k) => [k.id, k.properties.name]))).toEqual(sourceKecamatanNames);
  });

  it.each(regencyCodes)('%s is at most 40,000 bytes gzipped', (code) => {
    expect(DESA_GZIP_BUDGET).toBe(40_000);
    expect(gzipSync(readFileSync(join(dataDir, desaTopologyFile(code)))).length).toBeLessThanOrEqual(DESA_GZIP_BUDGET);
  });

  it('keeps only string ids and a name property', () => {
    for (const topology of topologies.values()) {
      for (const object of Object.values(topology.objects)) {
        if (object.type !== 'GeometryCollection') throw new Error('expected GeometryCollections');
        for (const geometry of object.geometries) {
          expect(typeof geometry.id).toBe('string');
          expect(Object.keys(geometry.properties ?? {})).toEqual(['name']);
        }
      }
    }
  });

  it('puts every desa inside the kecamatan its code names', () => {
    const kecamatanByCode = byId(kecamatan);
    const misplaced = desa
      .filter((village) => {
        const district = kecamatanByCode.get(String(village.id).slice(0, 8));
        return !district || !geoContains(district, interiorPoint(village));
      })
      .map((village) => village.id);
    expect(misplaced).toEqual([]);
  });

  it('would notice a desa placed in the wrong kecamatan', () => {
    // Guards the check above against passing vacuously (e.g. with wrongly wound polygons).
    const pontianakDesa = desa.find((village) => String(village.id).startsWith('61.71.'))!;
    const point = interiorPoint(pontianakDesa);
    const ownKecamatan = byId(kecamatan).get(String(pontianakDesa.id).slice(0, 8))!;
    expect(geoContains(ownKecamatan, point)).toBe(true);
    expect(areas(topologies.get('61.04')!, 'kecamatan').some((district) => geoContains(district, point))).toBe(false);
  });

  it("shares borders between a regency's desa: none overlaps another", () => {
    const pairs = pairwiseOverlapsKm2(areas(topologies.get('61.71')!, 'desa'));
    expect(pairs.length).toBeGreaterThan(10); // the check ran on real neighbours
    expect(pairs.filter(({ km2 }) => km2 > 0.01)).toEqual([]);
  });
});

describe('context.topo.json', () => {
  let provinsi: AreaFeature[];
  let negara: AreaFeature[];
  let kalbar: AreaFeature;
  beforeAll(() => {
    const context = readTopology('context.topo.json');
    provinsi = areas(context, 'provinsi');
    negara = areas(context, 'negara');
    kalbar = areas(readTopology('regencies.topo.json'), 'provinsi')[0];
  });

  it('holds neighbouring provinces and countries by code, without Kalbar', () => {
    const names = Object.fromEntries([...provinsi, ...negara].map((area) => [area.id, area.properties.name]));
    expect(names).not.toHaveProperty('61');
    expect(names).toMatchObject({ '62': 'Kalimantan Tengah', '458': 'Malaysia' });
    const allowed: Record<string, string> = {
      '16': 'Sumatera Selatan',
      '19': 'Kepulauan Bangka Belitung',
      '21': 'Kepulauan Riau',
      '62': 'Kalimantan Tengah',
      '63': 'Kalimantan Selatan',
      '64': 'Kalimantan Timur',
      '65': 'Kalimantan Utara',
      '458': 'Malaysia',
      '096': 'Brunei',
    };
    for (const [id, name] of Object.entries(names)) expect(allowed[id]).toBe(name);
  });

  it('borders Kalbar without covering it', () => {
    const kalbarBox = geoBounds(kalbar);
    for (const neighbour of [...provinsi, ...negara].filter(({ id }) => id === '62' || id === '458')) {
      expect(boxesMeet(geoBounds(neighbour), kalbarBox)).toBe(true);
      // Borders meet (the build closes the cracks between sources) but the land is not shared.
      // Measured: about 1.4 km2 of slivers along 1,000 km of border, from the two files' quantization grids.
      expect(intersectionKm2(neighbour.geometry, kalbar.geometry)).toBeLessThan(3);
    }
  });
});

describe('the camera within the context box', () => {
  // The map opens on the province fitted into its frame (12 px padding, as both renderers do). MapLibre
  // keeps the frame inside maxBounds, the context box less a sliver, so the neighbours' cut edges are
  // never on screen; an opening view larger than that box would be cropped to it instead. Frames from
  // a tall phone map (3:4) to the ceremony's 16:9 and a wide partner's iframe (16:9 at 480 x 270).
  const FRAMES = [[320, 320], [375, 375], [375, 500], [600, 400], [768, 600], [1280, 720], [1920, 1080], [480, 270]] as const;
  const config = parseProvinceConfig(JSON.parse(readFileSync(join(repoRoot, 'provinces', '61.json'), 'utf8')), 'provinces/61.json');

  it.each(FRAMES)('shows the whole province at %i x %i without reaching the cut edges', (width, height) => {
    const regencies = readTopology('regencies.topo.json');
    const province = stepBounds(regencies, null)!;
    const frame = fittedFrame(province, { width, height, padding: 12 });
    expect(boxWithin(province, frame)).toBe(true);
    expect(boxWithin(frame, cameraBounds(config.boundaries.contextBox))).toBe(true);
  });

  it('cuts the neighbouring land at the context box, so only the edges of the box are cut edges', () => {
    const { west, south, east, north } = config.boundaries.contextBox;
    const context = readTopology('context.topo.json');
    const land = [...areas(context, 'provinsi'), ...areas(context, 'negara')];
    const [[w, s], [e, n]] = boundsOf({ type: 'FeatureCollection', features: land });
    // The land reaches the box where it was cut (Kalimantan Timur east, Sarawak north) and never beyond.
    expect([w >= west - 1e-6, s >= south - 1e-6, e <= east + 1e-6, n <= north + 1e-6]).toEqual([true, true, true, true]);
    expect(e).toBeCloseTo(east, 3);
    expect(n).toBeCloseTo(north, 3);
  });
});

describe('build outputs', () => {
  it.each([
    ['regencies.topo.json', 20_000],
    ['context.topo.json', 40_000],
  ])('%s is at most %i bytes gzipped', (fileName, budget) => {
    expect(gzipSync(readFileSync(join(dataDir, fileName))).length).toBeLessThanOrEqual(budget);
  });

  it('leaves no whole-province desa file: each regency has its own', () => {
    expect(existsSync(join(dataDir, 'desa.topo.json'))).toBe(false);
  });

  it('keeps the source licence and names the source commit beside the data', () => {
    expect(readFileSync(join(dataDir, 'boundaries-LICENSE.txt'), 'utf8')).toBe(
      readFileSync(join(sourceDir, 'LICENSE'), 'utf8'),
    );
    const commit = /commit ([0-9a-f]{40})/.exec(readFileSync(join(sourceDir, 'SOURCE.md'), 'utf8'))?.[1];
    expect(commit).toBeDefined();
    expect(readFileSync(join(dataDir, 'boundaries-SOURCE.txt'), 'utf8')).toContain(commit);
  });

  it('records build time and sizes, and skips the build when nothing changed', async () => {
    const report = JSON.parse(readFileSync(join(dataDir, 'boundaries-build.json'), 'utf8'));
    expect(report.buildMs).toBeGreaterThan(0);
    expect(report.outputs.map((output: { file: string }) => output.file)).toContain('desa/61.04.topo.json');
    const lines: string[] = [];
    const result = await buildBoundaries({ province: '61', log: (line) => lines.push(line) });
    expect(result.upToDate).toBe(true);
    expect(lines.join('\n')).toMatch(/up to date/);
  });
});

describe('checkFreshness', () => {
  const mtimes = (table: Record<string, number>) => async (path: string) => table[path];

  it('rebuilds when an output is missing', async () => {
    expect(await checkFreshness(['out.json'], ['in.geojson'], mtimes({ 'in.geojson': 1 }))).toEqual({
      upToDate: false,
      reason: 'missing out.json',
    });
  });

  it('rebuilds when any input is newer than the oldest output', async () => {
    const table = { 'a.json': 10, 'b.json': 5, 'in.geojson': 7, 'build.ts': 1 };
    expect(await checkFreshness(['a.json', 'b.json'], ['in.geojson', 'build.ts'], mtimes(table))).toMatchObject({
      upToDate: false,
    });
  });

  it('skips when every output is newer than every input', async () => {
    const table = { 'a.json': 10, 'b.json': 9, 'in.geojson': 7, 'build.ts': 8 };
    expect(await checkFreshness(['a.json', 'b.json'], ['in.geojson', 'build.ts'], mtimes(table))).toEqual({
      upToDate: true,
    });
  });
});

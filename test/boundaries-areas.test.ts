// The other areas one site reaches (public/data/areas/, built by scripts/build-areas.ts from
// ../shared/boundaries/indonesia-kabkota.geojson, data/national/provinces.csv and world-atlas): the
// country's 38 provinces and each other province's regencies, in the shapes of the deployment's own
// files, so the same loader and map draw them. beforeAll builds them when missing or stale (about a
// minute; a no-op otherwise).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoBounds } from 'd3-geo';
import { csvParse } from 'd3-dsv';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildAreas } from '../scripts/build-areas.ts';
import { AREA_GZIP_BUDGETS, NATIONAL_AREA } from '../scripts/lib/boundaries/areas.ts';
import { parseProvinceNames } from '../src/data/province-names.ts';
import { parseProvinceInfo } from '../src/data/province.ts';
import { parseRegions } from '../src/data/regions.ts';
import { parseTopology, TOPOLOGY_CHECKS } from '../src/data/topology.ts';
import { areas, pairwiseOverlapsKm2 } from './boundaries-geometry.ts';

// Polygon clipping over a province's regencies, and a cold build of every area on a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 600_000 });

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const areasDir = join(repoRoot, 'public', 'data', 'areas');
const read = (relative: string) => readFileSync(join(repoRoot, relative), 'utf8');
const { entries: provinces } = parseProvinceNames(read('data/national/provinces.csv'), 'data/national/provinces.csv');
const nationalRegions = csvParse(read('data/national/regions.csv'));
const topology = (area: string, file: string) => JSON.parse(readFileSync(join(areasDir, area, file), 'utf8')) as Topology;
const ids = (t: Topology, objectName: string) => (t.objects[objectName] as { geometries: { id?: unknown }[] }).geometries.map(({ id }) => id);
const names = (t: Topology, objectName: string) => (t.objects[objectName] as { geometries: { properties?: { name?: unknown } }[] }).geometries.map(({ properties }) => properties?.name);
const gzipBytes = (area: string, file: string) => gzipSync(readFileSync(join(areasDir, area, file))).length;

beforeAll(async () => {
  await buildAreas({ province: '61', quiet: true });
});

describe('data/areas/: the country and every other province', () => {
  it('has a folder for Indonesia and for each of the 37 other provinces, none for the deployment\'s own (61, served from data/)', () => {
    const folders = readdirSync(areasDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(folders).toEqual([...provinces.map(({ code }) => code).filter((code) => code !== '61'), NATIONAL_AREA].sort());
    expect(folders).toHaveLength(38);
    for (const folder of folders) {
      for (const file of ['regencies.topo.json', 'context.topo.json', 'province.json']) expect(existsSync(join(areasDir, folder, file)), `${folder}/${file}`).toBe(true);
    }
  });

  it('the national file has the 38 provinces of the official list, each named as it is, and the country\'s outline without a code', () => {
    const national = topology(NATIONAL_AREA, 'regencies.topo.json');
    expect(Object.keys(national.objects)).toEqual(['kabupaten', 'provinsi']);
    expect(ids(national, 'kabupaten')).toEqual(provinces.map(({ code }) => code));
    expect(names(national, 'kabupaten')).toEqual(provinces.map(({ name }) => name));
    expect(ids(national, 'provinsi')).toEqual([undefined]);
    expect(names(national, 'provinsi')).toEqual(['Indonesia']);
  });

  it('Kalimantan Selatan (63) has exactly the 13 regencies of data/national/regions.csv, by code and name, and its own outline', () => {
    const own = topology('63', 'regencies.topo.json');
    const expected = nationalRegions.filter((row) => row.kemendagri_code!.startsWith('63.'));
    expect(expected).toHaveLength(13);
    expect(ids(own, 'kabupaten')).toEqual(expected.map((row) => row.kemendagri_code));
    expect(names(own, 'kabupaten')).toEqual(expected.map((row) => row.name));
    expect(ids(own, 'provinsi')).toEqual(['63']);
    expect(names(own, 'provinsi')).toEqual(['Kalimantan Selatan']);
  });

  it('each province file passes the check the app runs on a regency file, against that province\'s regions', () => {
    const [header, ...rows] = read('data/national/regions.csv').trim().split('\n');
    for (const { code } of provinces.filter(({ code }) => code !== '61')) {
      // The province's own regions table: itself and its regencies, as a deployment of it would have.
      const own = rows.filter((row) => row.startsWith(`${code},`) || row.startsWith(`${code}.`));
      const regions = parseRegions([header, ...own].join('\n'), `regions of ${code}`).index;
      const { problems } = parseTopology(readFileSync(join(areasDir, code, 'regencies.topo.json'), 'utf8'), `${code}/regencies.topo.json`, regions, TOPOLOGY_CHECKS.regencies);
      expect(problems, code).toEqual([]);
      const context = parseTopology(readFileSync(join(areasDir, code, 'context.topo.json'), 'utf8'), `${code}/context.topo.json`, regions, TOPOLOGY_CHECKS.context);
      expect(context.problems, code).toEqual([]);
    }
  });

  it('every file is within its gzip budget', () => {
    expect(gzipBytes(NATIONAL_AREA, 'regencies.topo.json')).toBeLessThanOrEqual(AREA_GZIP_BUDGETS.national);
    expect(AREA_GZIP_BUDGETS).toMatchObject({ national: 60_000, province: 25_000, context: 40_000 });
    for (const { code } of provinces.filter(({ code }) => code !== '61')) {
      expect(gzipBytes(code, 'regencies.topo.json'), code).toBeLessThanOrEqual(AREA_GZIP_BUDGETS.province);
      expect(gzipBytes(code, 'context.topo.json'), code).toBeLessThanOrEqual(AREA_GZIP_BUDGETS.context);
    }
    expect(gzipBytes(NATIONAL_AREA, 'context.topo.json')).toBeLessThanOrEqual(AREA_GZIP_BUDGETS.context);
  });

  it('every province.json reads as the pages read it, names from the official list, its box around the whole area', () => {
    for (const { code, name, nameEn } of provinces.filter(({ code }) => code !== '61')) {
      const info = parseProvinceInfo(JSON.parse(readFileSync(join(areasDir, code, 'province.json'), 'utf8')), `${code}/province.json`);
      expect(info.code).toBe(code);
      expect(info.name).toEqual({ id: name, en: nameEn });
      const [[west, south], [east, north]] = geoBounds({ type: 'FeatureCollection', features: areas(topology(code, 'regencies.topo.json'), 'kabupaten') });
      const box = info.contextBox;
      expect([box.west < west, box.south < south, box.east > east, box.north > north], code).toEqual([true, true, true, true]);
      for (const label of info.contextLabels) {
        for (const [lon, lat] of label.at) expect(lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north, `${code}: ${label.text}`).toBe(true);
      }
    }
    const country = parseProvinceInfo(JSON.parse(readFileSync(join(areasDir, NATIONAL_AREA, 'province.json'), 'utf8')), 'indonesia/province.json');
    expect(country).toMatchObject({ code: '', name: { id: 'Indonesia', en: 'Indonesia' } });
    expect(read('public/data/areas/63/province.json')).toContain('"Kalimantan Tengah"');
  });

  it('the national context is the neighbouring countries only, in Bahasa Indonesia', () => {
    const context = topology(NATIONAL_AREA, 'context.topo.json');
    expect(ids(context, 'provinsi')).toEqual([]);
    expect(names(context, 'negara')).toEqual(expect.arrayContaining(['Malaysia', 'Brunei', 'Timor Leste', 'Papua Nugini', 'Singapura', 'Filipina', 'Australia']));
    expect(ids(context, 'negara')).not.toContain('360');
  });

  it('a province\'s context is its neighbours: Kalimantan Selatan sees Kalimantan Tengah and Timur, never itself', () => {
    const context = topology('63', 'context.topo.json');
    expect(ids(context, 'provinsi')).toEqual(expect.arrayContaining(['62', '64']));
    expect(ids(context, 'provinsi')).not.toContain('63');
  });

  it('regencies tile: no two regencies of Kalimantan Selatan or Jawa Timur share land, and a small city stays a polygon', () => {
    for (const code of ['63', '35']) {
      const overlaps = pairwiseOverlapsKm2(areas(topology(code, 'regencies.topo.json'), 'kabupaten')).filter(({ km2 }) => km2 > 0.01);
      expect(overlaps, code).toEqual([]);
    }
    // Kota Mojokerto (35.76), about 20 km2: the smallest city of Jawa Timur.
    const mojokerto = areas(topology('35', 'regencies.topo.json'), 'kabupaten').find((area) => area.id === '35.76');
    expect(mojokerto?.geometry.coordinates.length).toBeGreaterThan(0);
  });

  it('the national map\'s provinces tile: no two share land', () => {
    const overlaps = pairwiseOverlapsKm2(areas(topology(NATIONAL_AREA, 'regencies.topo.json'), 'kabupaten')).filter(({ km2 }) => km2 > 0.01);
    expect(overlaps).toEqual([]);
  });

  it('is not rebuilt when nothing changed', async () => {
    const again = await buildAreas({ province: '61', quiet: true });
    expect(again.upToDate).toBe(true);
  });
});

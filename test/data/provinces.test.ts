// The official list of provinces (data/national/provinces.csv) joined to everything that names a
// province or a regency: the boundary source's regencies, the regions tables, and every figure and
// award. A code or a name that drifts in one file is caught here, before a map shows an unnamed area.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE_DIR, SOURCE_DIR_ENV } from '../../scripts/build-boundaries.ts';
import { parseProvinceNames } from '../../src/data/province-names.ts';
import { abbreviatedName } from '../../src/data/regions.ts';
import { repoRoot } from './helpers.ts';

const read = (relative: string) => readFileSync(path.join(repoRoot, relative), 'utf8');
const { entries: provinces, problems } = parseProvinceNames(read('data/national/provinces.csv'), 'data/national/provinces.csv');
const officialName = new Map(provinces.map(({ code, name }) => [code, name]));

/** Every region of the regions tables (the deployment's, Kalimantan Tengah's and the national one), by code. */
const regionsTables = ['data/regions.csv', 'data/62/regions.csv', 'data/national/regions.csv'];
const regions = new Map<string, { name: string; shortName: string; type: string; file: string }>();
for (const file of regionsTables) {
  for (const row of csvParse(read(file))) regions.set(row.kemendagri_code!, { name: row.name!, shortName: row.short_name!, type: row.type!, file });
}
const national = csvParse(read('data/national/regions.csv'));

const sourceDir = process.env[SOURCE_DIR_ENV] || DEFAULT_SOURCE_DIR;
const sourceRegencies = (
  JSON.parse(readFileSync(path.join(sourceDir, 'indonesia-kabkota.geojson'), 'utf8')) as { features: { properties: { kode: string; nama: string } }[] }
).features.map(({ properties }) => ({ code: properties.kode, name: properties.nama }));

describe('data/national/provinces.csv, the official list', () => {
  it('reads without a problem: 38 provinces', () => {
    expect(problems).toEqual([]);
    expect(provinces).toHaveLength(38);
  });

  it('has the provinces of data/national/regions.csv: the same 38 codes, its names their short names (or the usual abbreviation of one)', () => {
    const listed = national.filter((row) => row.type === 'provinsi');
    expect(provinces.map(({ code }) => code)).toEqual(listed.map((row) => row.kemendagri_code));
    // The short name is the official name, or its usual abbreviation where the map's labels need one ("DKI Jakarta").
    const short = (code: string) => [officialName.get(code), abbreviatedName(officialName.get(code) ?? '')];
    const differing = listed.filter((row) => !short(row.kemendagri_code!).includes(row.short_name)).map((row) => `${row.kemendagri_code} ${row.short_name}`);
    expect(differing).toEqual([]);
    for (const row of listed) expect(row.name).toBe(`Provinsi ${officialName.get(row.kemendagri_code!)}`);
  });

  it('every regency of indonesia-kabkota.geojson is in a listed province and is a regency of data/national/regions.csv, same code, same name', () => {
    expect(sourceRegencies).toHaveLength(514);
    const outside = sourceRegencies.filter(({ code }) => !officialName.has(code.slice(0, 2)));
    expect(outside).toEqual([]);
    const nationalRegencies = new Map(national.filter((row) => row.type !== 'provinsi').map((row) => [row.kemendagri_code!, row.name!]));
    const unmatched = sourceRegencies.filter(({ code, name }) => nationalRegencies.get(code) !== name).map(({ code, name }) => `${code} ${name} (table: ${nationalRegencies.get(code) ?? 'none'})`);
    expect(unmatched).toEqual([]);
    expect(nationalRegencies.size).toBe(sourceRegencies.length);
  });

  it('every province has regencies in the source', () => {
    const withRegencies = new Set(sourceRegencies.map(({ code }) => code.slice(0, 2)));
    expect(provinces.filter(({ code }) => !withRegencies.has(code))).toEqual([]);
  });
});

describe('every figure and every award names a region of the regions tables', () => {
  it.each(['data/coverage.csv', 'data/62/coverage.csv', 'data/national/coverage.csv'])('%s: each region_code is a region, or empty for a national_ metric', (file) => {
    const strangers = csvParse(read(file))
      .filter((row) => (row.region_code === '' ? !row.metric!.startsWith('national_') : !regions.has(row.region_code!)))
      .map((row) => `${row.region_code || '(empty)'} ${row.metric}`);
    expect(strangers).toEqual([]);
  });

  it.each(['data/awards.csv', 'data/62/awards.csv', 'data/national/awards.csv'])('%s: each region_code is a region', (file) => {
    const strangers = csvParse(read(file))
      .filter((row) => !regions.has(row.region_code!))
      .map((row) => `${row.region_code || '(empty)'} ${row.winner_name}`);
    expect(strangers).toEqual([]);
  });

  it('a province named by a figure or an award is named as the official list names it', () => {
    for (const [code, region] of regions) {
      if (region.type === 'provinsi') expect([officialName.get(code), abbreviatedName(officialName.get(code) ?? '')]).toContain(region.shortName);
    }
  });
});

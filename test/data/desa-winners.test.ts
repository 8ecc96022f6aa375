// A village winner is entered by its desa's Kemendagri code (61.04.17.2002): read under its regency,
// checked against the desa of the boundary build, refused where the code names no desa, with the code
// of the desa the winner's name names.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBoundaries } from '../../scripts/build-boundaries.ts';
import { runValidate } from '../../scripts/lib/validate-command.ts';
import { checkAwardDesa, indexDesa } from '../../src/data/desa.ts';
import { DESA_CATEGORIES, formatProblem, parseAwards } from '../../src/data/index.ts';
import { shippedRegions } from './helpers.ts';

const regions = shippedRegions();
const HEADER = 'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence,category_order';
const row = (category: string, winner: string, type: string, code: string, order = '') =>
  `2026,2025,2026-09-20,provinsi,${category},Label,Label,1,${winner},${type},${code},https://example.org/a,high,${order}`;
const parse = (...rows: string[]) => parseAwards([HEADER, ...rows].join('\n'), 'awards.csv', regions);

/** A desa file as the boundary build writes it (ids and names; the geometry does not matter here). */
const desaFile = (desa: Record<string, string>, kecamatan: Record<string, string>): Topology => ({
  type: 'Topology',
  arcs: [],
  objects: {
    desa: { type: 'GeometryCollection', geometries: Object.entries(desa).map(([id, name]) => ({ type: 'Polygon', arcs: [], id, properties: { name } })) },
    kecamatan: { type: 'GeometryCollection', geometries: Object.entries(kecamatan).map(([id, name]) => ({ type: 'Polygon', arcs: [], id, properties: { name } })) },
  },
});
const desa = indexDesa([
  desaFile(
    { '61.04.17.2001': 'Sungai Awan Kanan', '61.04.17.2002': 'Sungai Awan Kiri', '61.04.02.2020': 'Riam Batu Gading', '61.04.01.2003': 'Mekar Jaya', '61.04.05.2004': 'Mekar Jaya' },
    { '61.04.17': 'Muara Pawan', '61.04.02': 'Marau', '61.04.01': 'Matan Hilir Utara', '61.04.05': 'Kendawangan' },
  ),
  desaFile({ '61.08.01.2001': 'Sungai Awan Kiri' }, { '61.08.01': 'Sebangki' }),
]);

describe('a desa code in region_code', () => {
  it('is read for a pemerintah-desa winner: the regency for the map, the desa for its card, the name as written', () => {
    const { awards, problems } = parse(row('pemerintah-desa-kelurahan', 'Pemerintah Desa Sungai Awan Kiri', 'pemerintah-desa', '61.04.17.2002'));
    expect(problems).toEqual([]);
    expect(awards).toMatchObject([{ regionCode: '61.04', desaCode: '61.04.17.2002', winnerName: 'Pemerintah Desa Sungai Awan Kiri', categoryOrder: null }]);
    expect(checkAwardDesa(awards, desa, regions)).toEqual([]);
  });

  it('is read for another kind of winner in a desa category, not for a regency government', () => {
    const { awards, problems } = parse(
      row('inovasi-pekerja-rentan-desa', 'BUMDes Sungai Awan Kiri', 'lainnya', '61.04.17.2002'),
      row('inovasi-pekerja-rentan-desa', 'Pemerintah Kabupaten Ketapang', 'pemerintah-kabupaten', '61.04.17.2002'),
      row('pemerintah-kabupaten-kota', 'BUMDes Sungai Awan Kiri', 'lainnya', '61.04.17.2002'),
    );
    expect(awards.map((a) => a.desaCode)).toEqual(['61.04.17.2002']);
    expect(DESA_CATEGORIES).toEqual(['pemerintah-desa-kelurahan', 'inovasi-pekerja-rentan-desa']);
    expect(problems.map(formatProblem)).toEqual([
      'awards.csv:3: error: region_code: found "61.04.17.2002"; expected a regency code ("61.04"); a desa code is for a pemerintah-desa winner, or a winner of pemerintah-desa-kelurahan or inovasi-pekerja-rentan-desa, only',
      'awards.csv:4: error: region_code: found "61.04.17.2002"; expected a regency code ("61.04"); a desa code is for a pemerintah-desa winner, or a winner of pemerintah-desa-kelurahan or inovasi-pekerja-rentan-desa, only',
    ]);
  });

  it('must start with a regency of regions.csv; a kecamatan code is no desa', () => {
    const { awards, problems } = parse(
      row('pemerintah-desa-kelurahan', 'Pemerintah Desa Sungai Awan Kiri', 'pemerintah-desa', '61.99.17.2002'),
      row('pemerintah-desa-kelurahan', 'Pemerintah Desa Sungai Awan Kiri', 'pemerintah-desa', '61.04.17'),
    );
    expect(awards).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'awards.csv:2: error: region_code: found "61.99.17.2002"; expected a desa code starting with the code of a regency in regions.csv (61.01 to 61.72); 61.99 is not one',
      'awards.csv:3: error: region_code: found "61.04.17"; expected a Kemendagri desa code of four parts (such as "61.04.17.2001"); 61.04.17 is a kecamatan code, not the winning desa\'s',
    ]);
  });

  it('the regency winners keep their rules: a desa code for them is still refused as before when not a village winner', () => {
    const { problems } = parse(row('pemerintah-kabupaten-kota', 'Pemerintah Kabupaten Ketapang', 'pemerintah-kabupaten', '61.04.02'));
    expect(problems.map(formatProblem)).toEqual(['awards.csv:2: error: region_code: found "61.04.02"; expected a regency code (the first two parts, "61.04"); 61.04.02 is a kecamatan or desa code']);
  });
});

describe('checkAwardDesa: the code against the desa boundaries', () => {
  it('an unknown code is an error at its file, line and field, naming the desa the winner names and its code', () => {
    const { awards } = parse(row('pemerintah-desa-kelurahan', 'Pemerintah Desa Sungai Awan Kiri', 'pemerintah-desa', '61.04.17.2099'));
    const [problem, ...others] = checkAwardDesa(awards, desa, regions);
    expect(others).toEqual([]);
    expect(formatProblem(problem!)).toBe(
      'awards.csv:2: error: region_code: found "61.04.17.2099"; expected the Kemendagri code of a desa in the desa boundaries of Kabupaten Ketapang (61.04); there is no desa 61.04.17.2099; "Pemerintah Desa Sungai Awan Kiri" is the desa Sungai Awan Kiri: write 61.04.17.2002 (Sungai Awan Kiri, kecamatan Muara Pawan)',
    );
    expect(problem!.expectedId).toBe(
      'kode desa Kemendagri yang ada pada batas desa Kabupaten Ketapang (61.04); tidak ada desa 61.04.17.2099; "Pemerintah Desa Sungai Awan Kiri" adalah desa Sungai Awan Kiri: tulis 61.04.17.2002 (Sungai Awan Kiri, kecamatan Muara Pawan)',
    );
  });

  it('with no desa of that name in the regency, it says where to look the code up; two desa of one name are both named', () => {
    const { awards } = parse(
      row('pemerintah-desa-kelurahan', 'Pemerintah Desa Tanjung Baru', 'pemerintah-desa', '61.04.17.2099'),
      row('pemerintah-desa-kelurahan', 'Pemerintah Desa Mekar Jaya', 'pemerintah-desa', '61.04.01.2099'),
    );
    expect(checkAwardDesa(awards, desa, regions).map((p) => p.expected)).toEqual([
      'the Kemendagri code of a desa in the desa boundaries of Kabupaten Ketapang (61.04); there is no desa 61.04.17.2099. Look the desa code up in the Kemendagri list of regions (four parts, 61.04.kk.dddd)',
      'the Kemendagri code of a desa in the desa boundaries of Kabupaten Ketapang (61.04); there is no desa 61.04.01.2099; Kabupaten Ketapang (61.04) has 2 desa named Mekar Jaya: write one of 61.04.01.2003 (Mekar Jaya, kecamatan Matan Hilir Utara), 61.04.05.2004 (Mekar Jaya, kecamatan Kendawangan)',
    ]);
  });

  it('a known code whose desa the winner does not name, while naming another desa of the regency, is a warning with that desa', () => {
    const { awards } = parse(row('pemerintah-desa-kelurahan', 'Pemerintah Desa Sungai Awan Kiri', 'pemerintah-desa', '61.04.02.2020'));
    expect(checkAwardDesa(awards, desa, regions).map(formatProblem)).toEqual([
      'awards.csv:2: warning: region_code: found "61.04.02.2020"; expected the winning desa\'s code; 61.04.02.2020 is the desa Riam Batu Gading; "Pemerintah Desa Sungai Awan Kiri" is the desa Sungai Awan Kiri: write 61.04.17.2002 (Sungai Awan Kiri, kecamatan Muara Pawan)',
    ]);
  });

  it('without desa boundaries built, the code is left unchecked with a warning; regency winners are not looked at', () => {
    const { awards } = parse(
      row('pemerintah-desa-kelurahan', 'Pemerintah Desa Sungai Awan Kiri', 'pemerintah-desa', '61.04.17.2002'),
      row('pemerintah-kabupaten-kota', 'Pemerintah Kabupaten Ketapang', 'pemerintah-kabupaten', '61.04'),
    );
    expect(checkAwardDesa(awards, null, regions)).toMatchObject([{ severity: 'warning', line: 2, field: 'region_code', found: '61.04.17.2002' }]);
  });
});

describe('category_order', () => {
  it('is a whole number from 1, or empty', () => {
    const { awards, problems } = parse(
      row('pemerintah-kabupaten-kota', 'Pemerintah Kabupaten Ketapang', 'pemerintah-kabupaten', '61.04', '2'),
      row('pemerintah-kabupaten-kota', 'Pemerintah Kabupaten Sambas', 'pemerintah-kabupaten', '61.01', '0'),
      row('pemerintah-kabupaten-kota', 'Pemerintah Kabupaten Sambas', 'pemerintah-kabupaten', '61.01', 'pertama'),
    );
    expect(awards.map((a) => a.categoryOrder)).toEqual([2]);
    expect(problems.map((p) => [p.line, p.field, p.found])).toEqual([[3, 'category_order', '0'], [4, 'category_order', 'pertama']]);
    expect(problems[0]!.expected).toMatch(/^a whole number from 1: the order in which the committee calls this category/);
  });

  it('one place a category in an edition, and one category a place', () => {
    const { problems } = parse(
      row('pemerintah-kabupaten-kota', 'Pemerintah Kabupaten Ketapang', 'pemerintah-kabupaten', '61.04', '1'),
      row('pemerintah-kabupaten-kota', 'Pemerintah Kabupaten Sambas', 'pemerintah-kabupaten', '61.01', '2'),
      row('pemerintah-desa-kelurahan', 'Pemerintah Desa Sungai Awan Kiri', 'pemerintah-desa', '61.04.17.2002', '1'),
    );
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.line}: ${p.expected}`)).toEqual([
      '3: the same order for category "pemerintah-kabupaten-kota" in edition 2026 as on line 2: 1',
      '4: one category for each place in the order; category "pemerintah-kabupaten-kota" on line 2 also has order 1 in edition 2026',
    ]);
  });
});

describe('npm run validate on an awards file with village winners', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'paritrana-desa-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  // The desa files are built when missing or stale (a no-op otherwise): minutes on a loaded two-core machine.
  beforeAll(() => buildBoundaries({ province: '61', log: () => {} }), 300_000);

  it('checks each desa code against the built desa files, and fails on an unknown one', { timeout: 60_000 }, async () => {
    const file = path.join(tmp, 'penghargaan-desa.csv');
    writeFileSync(file, [
      HEADER,
      row('pemerintah-desa-kelurahan', 'Pemerintah Desa Sungai Awan Kiri', 'pemerintah-desa', '61.04.17.2002', '4'),
      row('pemerintah-desa-kelurahan', 'Pemerintah Desa Sungai Awan Kiri', 'pemerintah-desa', '61.04.02.2099', '4'),
    ].join('\n'));
    const out: string[] = [];
    const code = await runValidate([file], { stdout: (text) => out.push(text), stderr: (text) => out.push(text) });
    expect(code).toBe(1);
    expect(out.join('')).toContain(
      `${file}:3: error: region_code: found "61.04.02.2099"; expected the Kemendagri code of a desa in the desa boundaries of Kabupaten Ketapang (61.04); there is no desa 61.04.02.2099; "Pemerintah Desa Sungai Awan Kiri" is the desa Sungai Awan Kiri: write 61.04.17.2002 (Sungai Awan Kiri, kecamatan Muara Pawan)`,
    );
    expect(out.join('')).toMatch(/^1 files: 1 errors,/m);
  });
});

import { describe, expect, test } from 'vitest';
import { importFile } from '../data/import-file.ts';
import { fixtureFiles, makeDataset } from '../../test/fixtures/dataset.ts';
import { workbook } from '../../test/fixtures/workbook.ts';
import { applyImport, importProblems } from './imported-data.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const COVERAGE_HEADER = 'region_code,period,metric,value,unit,source_url,confidence';
const SOURCE = 'https://example.org/cakupan';

describe('applyImport: imported tables in place of the published ones', () => {
  const published = makeDataset();

  test('an imported coverage file replaces the published figures; awards and regions stay as published', async () => {
    const file = await importFile(bytes(`${COVERAGE_HEADER}\n61.05,2024,coverage_pct,41.2,percent,${SOURCE},high\n`), 'cakupan.csv');
    const result = applyImport(published, [file]);
    expect(result.dataset.figures.map((f) => [f.regionCode, f.value])).toEqual([['61.05', 41.2]]);
    expect(result.dataset.awards).toBe(published.awards);
    expect(result.dataset.regions).toBe(published.regions);
    expect([...result.imported]).toEqual(['coverage']);
    expect(result.files[0]!.tables[0]).toMatchObject({ file: 'cakupan.csv', sheet: null, kind: 'coverage', loaded: 1, problems: [] });
  });

  test('a bad row is reported at its line with the fix the validator knows, and the rows around it still load', async () => {
    const text = `${COVERAGE_HEADER}\n61.05,2024,coverage_pct,41.2,percent,${SOURCE},high\n6104,2024,coverage_pct,40,percent,${SOURCE},high\n61.10,2024,coverage_pct,33,percent,${SOURCE},high\n`;
    const result = applyImport(published, [await importFile(bytes(text), 'cakupan.csv')]);
    expect(result.dataset.figures.map((f) => f.regionCode)).toEqual(['61.05', '61.10']);
    const [problem] = importProblems(result);
    expect(problem).toMatchObject({ severity: 'error', file: 'cakupan.csv', line: 3, field: 'region_code', found: '6104' });
    expect(problem!.expected).toMatch(/61\.02/);
  });

  test('a workbook\'s problems are named by sheet and row; each sheet is read as the table its header names', async () => {
    const files = fixtureFiles({ figures: [], awards: [] });
    const header = COVERAGE_HEADER.split(',');
    const sheets = {
      Petunjuk: [['Kolom', 'Isi']],
      Cakupan: [['Cakupan BPJS Ketenagakerjaan'], [], header, ['61.05', '2024', 'coverage_pct', 41.2, 'percent', SOURCE, 'high'], ['61.99', '2024', 'coverage_pct', 12, 'percent', SOURCE, 'high']],
      Wilayah: files.regions.trim().split('\n').map((line) => line.split(',')),
    };
    const result = applyImport(published, [await importFile(workbook({ sheets }), 'cakupan.xlsx')]);
    const coverage = result.files[0]!.tables.find((table) => table.kind === 'coverage')!;
    expect(coverage).toMatchObject({ sheet: 'Cakupan', loaded: 1 });
    expect(coverage.problems.filter((p) => p.severity === 'error')).toEqual([expect.objectContaining({ sheet: 'Cakupan', line: 5, field: 'region_code', found: '61.99' })]);
    expect([...result.imported].sort()).toEqual(['coverage', 'regions']);
    expect(result.dataset.regions.regencies).toHaveLength(14);
  });

  test('a file that is no table of ours loads nothing and says what was expected', async () => {
    const result = applyImport(published, [await importFile(bytes('nama,nilai\nSintang,4\n'), 'catatan.csv')]);
    expect(result.dataset).toMatchObject({ figures: published.figures, awards: published.awards });
    expect(importProblems(result)[0]!.expected).toMatch(/coverage, awards or regions/);
  });
});

import { describe, expect, test } from 'vitest';
import { importFile } from '../data/import-file.ts';
import { fixtureFiles, makeDataset } from '../../test/fixtures/dataset.ts';
import { workbook } from '../../test/fixtures/workbook.ts';
import { datasetChanges, figureKey } from './dataset-diff.ts';
import { applyImport, importProblems, NO_EDITS } from './imported-data.ts';
import { dataFiles } from './data-files.ts';
import { parseDataset } from '../data/dataset.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const COVERAGE_HEADER = 'region_code,period,metric,value,unit,source_url,confidence';
const SOURCE = 'https://example.org/cakupan';

describe('applyImport: an import is an edit on top of the published data', () => {
  const published = makeDataset();

  test('an imported coverage file adds its figures to the published ones; awards and regions stay as published', async () => {
    const file = await importFile(bytes(`${COVERAGE_HEADER}\n61.05,2024,coverage_pct,41.2,percent,${SOURCE},high\n`), 'cakupan.csv');
    const result = applyImport(published, [file]);
    expect(result.dataset.figures).toHaveLength(published.figures.length + 1);
    // Every published figure is still there, the very same row, in its place; the new one follows.
    expect(result.dataset.figures.slice(0, published.figures.length)).toEqual(published.figures);
    result.dataset.figures.slice(0, published.figures.length).forEach((figure, i) => expect(figure).toBe(published.figures[i]));
    expect(result.dataset.figures.map((f) => [f.regionCode, f.value]).at(-1)).toEqual(['61.05', 41.2]);
    expect(result.dataset.awards).toBe(published.awards);
    expect(result.dataset.regions).toBe(published.regions);
    expect([...result.imported]).toEqual(['coverage']);
    expect(result.files[0]!.tables[0]).toMatchObject({ file: 'cakupan.csv', sheet: null, kind: 'coverage', loaded: 1, problems: [] });
  });

  test('a bad row is reported at its line with the fix the validator knows, and the rows around it still load', async () => {
    const text = `${COVERAGE_HEADER}\n61.05,2024,coverage_pct,41.2,percent,${SOURCE},high\n6104,2024,coverage_pct,40,percent,${SOURCE},high\n61.10,2024,coverage_pct,33,percent,${SOURCE},high\n`;
    const result = applyImport(published, [await importFile(bytes(text), 'cakupan.csv')]);
    expect(result.dataset.figures.slice(published.figures.length).map((f) => f.regionCode)).toEqual(['61.05', '61.10']);
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

  test('a row whose key is published changes it in its place; the others stay, and nothing is removed', async () => {
    const existing = published.figures.find((f) => f.metric === 'coverage_pct')!;
    const text = `${COVERAGE_HEADER}\n${existing.regionCode},${existing.period.text},coverage_pct,${existing.value + 1},percent,${SOURCE},high\n`;
    const result = applyImport(published, [await importFile(bytes(text), 'koreksi.csv')]);
    const changes = datasetChanges(published, result.dataset);
    expect(changes.coverage).toEqual({ added: 0, changed: 1, removed: 0 });
    const index = published.figures.indexOf(existing);
    expect(result.dataset.figures[index]!.value).toBe(existing.value + 1);
    const changed = changes.rows.coverage.find((row) => row.status === 'changed')!;
    expect([changed.before!.value, changed.after!.value]).toEqual([existing.value, existing.value + 1]);
  });

  test('a published row goes only when the person removes it, or replaces the whole table', async () => {
    const file = await importFile(bytes(`${COVERAGE_HEADER}\n61.05,2024,coverage_pct,41.2,percent,${SOURCE},high\n`), 'cakupan.csv');
    const removedOne = figureKey(published.figures[0]!);
    const edited = applyImport(published, [file], { ...NO_EDITS, removed: { ...NO_EDITS.removed, coverage: [removedOne] } });
    expect(datasetChanges(published, edited.dataset).coverage).toEqual({ added: 1, changed: 0, removed: 1 });
    expect(edited.dataset.figures).not.toContain(published.figures[0]);

    const replaced = applyImport(published, [file], { ...NO_EDITS, replaced: ['coverage'] });
    expect(replaced.dataset.figures.map((f) => f.regionCode)).toEqual(['61.05']);
    expect(datasetChanges(published, replaced.dataset).coverage.removed).toBe(published.figures.length);
    // Replacing a table that was not imported removes nothing.
    expect(applyImport(published, [file], { ...NO_EDITS, replaced: ['awards'] }).dataset.awards).toBe(published.awards);
  });

  test('a new edition\'s winners are added beside the published editions', async () => {
    const header = 'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence';
    const text = `${header}\n2026,2025,2026-09-20,provinsi,pemerintah-kabupaten-kota,Pemerintah kabupaten/kota,Regency governments,1,Pemerintah Kabupaten Landak,pemerintah-kabupaten,61.08,${SOURCE},high\n`;
    const result = applyImport(published, [await importFile(bytes(text), 'penghargaan.csv')]);
    expect(importProblems(result).filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.dataset.awards).toHaveLength(published.awards.length + 1);
    expect(datasetChanges(published, result.dataset).awards).toEqual({ added: 1, changed: 0, removed: 0 });
  });

  test('a village winner given by its desa code is imported under its regency, and written back with the desa code', async () => {
    const header = 'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence,category_order';
    const text = `${header}\n2026,2025,2026-09-20,provinsi,pemerintah-desa-kelurahan,Pemerintah Desa/Kelurahan,Village governments,1,Pemerintah Desa Sungai Awan Kiri,pemerintah-desa,61.04.17.2002,${SOURCE},high,4\n`;
    const result = applyImport(published, [await importFile(bytes(text), 'penghargaan-desa.csv')]);
    expect(importProblems(result)).toEqual([]);
    const village = result.dataset.awards.at(-1)!;
    expect(village).toMatchObject({ regionCode: '61.04', desaCode: '61.04.17.2002', winnerName: 'Pemerintah Desa Sungai Awan Kiri', categoryOrder: 4 });
    expect(datasetChanges(published, result.dataset).awards).toEqual({ added: 1, changed: 0, removed: 0 });
    const written = dataFiles(result.dataset).awards.text.trimEnd().split('\n');
    expect(written.at(-1)).toMatch(/,Pemerintah Desa Sungai Awan Kiri,pemerintah-desa,61\.04\.17\.2002,.*,4$/);
  });

  test('a desa code for a regency government is refused with the regency code to write, and the row left out', async () => {
    const header = 'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence';
    const text = `${header}\n2026,2025,2026-09-20,provinsi,pemerintah-kabupaten-kota,Pemerintah Kabupaten/Kota,Regency and city governments,1,Pemerintah Kabupaten Ketapang,pemerintah-kabupaten,61.04.17.2002,${SOURCE},high\n`;
    const result = applyImport(published, [await importFile(bytes(text), 'penghargaan.csv')]);
    expect(result.dataset.awards).toHaveLength(published.awards.length);
    expect(importProblems(result)).toMatchObject([{ severity: 'error', line: 2, field: 'region_code', found: '61.04.17.2002' }]);
    expect(importProblems(result)[0]!.expected).toMatch(/a regency code \("61\.04"\)/);
  });
});

describe('applyImport on the national tables: the home province\'s rows are held elsewhere', () => {
  const regions = `kemendagri_code,bps_code,name,short_name,type,former_names
61,,Provinsi Kalimantan Barat,Kalimantan Barat,provinsi,
61.04,,Kabupaten Ketapang,Ketapang,kabupaten,
63,,Provinsi Kalimantan Selatan,Kalimantan Selatan,provinsi,
63.01,,Kabupaten Tanah Laut,Tanah Laut,kabupaten,
64,,Provinsi Kalimantan Timur,Kalimantan Timur,provinsi,
`;
  const national = parseDataset({ regions: { name: 'regions.csv', text: regions }, coverage: { name: 'coverage.csv', text: `${COVERAGE_HEADER}\n63,2025,coverage_pct,42,percent,${SOURCE},medium\n` }, awards: { name: 'awards.csv', text: '' } });
  const heldElsewhere = { province: '61', expected: { id: 'impor di desk.html', en: 'import it at desk.html' } };

  test('a row of the home province is refused at its line, naming the code; the other provinces\' rows load', async () => {
    const text = `${COVERAGE_HEADER}\n63.01,2026,coverage_pct,40,percent,${SOURCE},high\n61.04,2026,coverage_pct,50,percent,${SOURCE},high\n64,2026,coverage_pct,38,percent,${SOURCE},high\n61,2026,coverage_pct,45,percent,${SOURCE},high\n`;
    const result = applyImport(national, [await importFile(bytes(text), 'cakupan.csv')], NO_EDITS, { heldElsewhere });
    expect(result.dataset.figures.map((f) => f.regionCode)).toEqual(['63', '63.01', '64']);
    expect(result.files[0]!.tables[0]!.loaded).toBe(2);
    expect(importProblems(result)).toEqual([
      expect.objectContaining({ severity: 'error', file: 'cakupan.csv', line: 3, field: 'region_code', found: '61.04', expected: 'import it at desk.html', expectedId: 'impor di desk.html' }),
      expect.objectContaining({ line: 5, found: '61' }),
    ]);
    // Without the option (the home desk, or the validator), the same rows load.
    expect(applyImport(national, [await importFile(bytes(text), 'cakupan.csv')]).dataset.figures).toHaveLength(5);
  });

  test('in a workbook, at its sheet and row; an award and a region of the home province are refused too', async () => {
    const file = await importFile(workbook({ sheets: { Cakupan: [['Judul'], COVERAGE_HEADER.split(','), ['61.04', '2026', 'coverage_pct', 50, 'percent', SOURCE, 'high']] } }), 'cakupan.xlsx');
    expect(importProblems(applyImport(national, [file], NO_EDITS, { heldElsewhere })).filter((p) => p.severity === 'error')).toEqual([expect.objectContaining({ sheet: 'Cakupan', line: 3, found: '61.04' })]);

    const awards = `edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence,note,presenter_note
2026,2025,2026-09-20,nasional,pemerintah-provinsi,Pemerintah Provinsi,Provincial governments,1,Pemerintah Provinsi Kalimantan Barat,pemerintah-provinsi,61,${SOURCE},high,,
2026,2025,2026-09-20,nasional,pemerintah-provinsi,Pemerintah Provinsi,Provincial governments,2,Pemerintah Provinsi Kalimantan Selatan,pemerintah-provinsi,63,${SOURCE},high,,
`;
    const regionsFile = 'kemendagri_code,bps_code,name,short_name,type,former_names\n63.01,6301,Kabupaten Tanah Laut,Tanah Laut,kabupaten,\n61.04,6104,Kabupaten Ketapang,Ketapang,kabupaten,\n';
    const result = applyImport(national, [await importFile(bytes(awards), 'penghargaan.csv'), await importFile(bytes(regionsFile), 'wilayah.csv')], NO_EDITS, { heldElsewhere });
    expect(result.dataset.awards.map((a) => a.regionCode)).toEqual(['63']);
    expect(result.dataset.regions.byCode.get('63.01')!.bpsCode).toBe('6301');
    expect(result.dataset.regions.byCode.get('61.04')!.bpsCode).toBe('');
    expect(importProblems(result).map((p) => [p.file, p.line, p.field, p.found])).toEqual([
      ['penghargaan.csv', 2, 'region_code', '61'],
      ['wilayah.csv', 3, 'kemendagri_code', '61.04'],
    ]);
  });
});

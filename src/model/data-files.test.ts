import { describe, expect, test } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { validateFile } from '../data/validate.ts';
import { parseRegions } from '../data/regions.ts';
import { FIXTURE_FIGURES_BILINGUAL, makeDataset } from '../../test/fixtures/dataset.ts';
import { dataFiles, dataTables, excelCsv } from './data-files.ts';
import { dataWorkbook } from './data-workbook.ts';
import { importFile } from '../data/import-file.ts';
import { applyImport, importProblems } from './imported-data.ts';
import { datasetChanges } from './dataset-diff.ts';
import { parseDataset } from '../data/dataset.ts';

describe('dataFiles: the published files written from a dataset', () => {
  const dataset = makeDataset({ figures: FIXTURE_FIGURES_BILINGUAL });
  const files = dataFiles(dataset);

  test('each file is named as the site reads it and passes the validator with no problem', () => {
    expect(Object.values(files).map((file) => file.name)).toEqual(['coverage.csv', 'awards.csv', 'regions.csv']);
    const regions = parseRegions(files.regions.text, files.regions.name).index;
    for (const file of Object.values(files)) expect(validateFile(file.text, file.name, regions).problems).toEqual([]);
  });

  test('read back, the files give the same rows', () => {
    const again = parseDataset({ regions: files.regions, coverage: files.coverage, awards: files.awards });
    expect(again.figures.map((f) => [f.regionCode, f.period.text, f.metric, f.value, f.note])).toEqual(dataset.figures.map((f) => [f.regionCode, f.period.text, f.metric, f.value, f.note]));
    expect(again.awards.map((a) => [a.edition, a.rank, a.regionCode])).toEqual(dataset.awards.map((a) => [a.edition, a.rank, a.regionCode]));
    expect(again.regions.regions).toEqual(dataset.regions.regions);
  });

  test('a note a spreadsheet would run as a formula is written as text; a number stays a number', () => {
    const withFormula = makeDataset({ figures: ['61.04,2024,coverage_pct,68.02,high,=HYPERLINK("http://evil.example")', '61.05,2024,coverage_pct,0.5,high,-3 points on 2023'] });
    const rows = csvParseRows(dataFiles(withFormula).coverage.text);
    const note = rows[0]!.indexOf('note');
    const value = rows[0]!.indexOf('value');
    expect(rows[1]![note]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(rows[2]![note]).toBe('\'-3 points on 2023');
    expect(rows[2]![value]).toBe('0.5');
    expect(rows[1]![value]).toBe('68.02');
  });
});

describe('the person\'s copy for Excel: the same tables, as Excel in Indonesia opens them', () => {
  const dataset = makeDataset({ figures: FIXTURE_FIGURES_BILINGUAL });
  const noChange = { added: 0, changed: 0, removed: 0 };

  test('the Indonesian CSV starts with a byte-order mark, separates with semicolons and writes decimal commas', () => {
    const text = excelCsv(dataTables(dataset).coverage, 'id');
    expect(text.startsWith('\ufeffregion_code;')).toBe(true);
    const figure = dataset.figures.find((f) => !Number.isInteger(f.value))!;
    expect(text).toContain(`;${String(figure.value).replace('.', ',')};`);
    expect(text).not.toContain(`;${figure.value};`);
    expect(excelCsv(dataTables(dataset).coverage, 'en').startsWith('\ufeffregion_code,')).toBe(true);
  });

  test('read back by the desk, each Excel copy changes nothing', async () => {
    for (const lang of ['id', 'en'] as const) {
      const file = await importFile(new TextEncoder().encode(excelCsv(dataTables(dataset).coverage, lang)), 'cakupan-untuk-excel.csv');
      const result = applyImport(dataset, [file]);
      expect(importProblems(result).filter((p) => p.severity === 'error')).toEqual([]);
      expect(datasetChanges(dataset, result.dataset).coverage).toEqual(noChange);
    }
    const book = await importFile(await dataWorkbook(dataset), 'data-paritrana.xlsx');
    const result = applyImport(dataset, [book]);
    expect(importProblems(result).filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.files[0]!.tables.map((t) => [t.kind, t.loaded])).toEqual([['coverage', dataset.figures.length], ['awards', dataset.awards.length], ['regions', dataset.regions.regions.length]]);
    const changes = datasetChanges(dataset, result.dataset);
    expect([changes.coverage, changes.awards, changes.regions]).toEqual([noChange, noChange, noChange]);
  });
});

import { describe, expect, test } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { validateFile } from '../data/validate.ts';
import { parseRegions } from '../data/regions.ts';
import { FIXTURE_FIGURES_BILINGUAL, makeDataset } from '../../test/fixtures/dataset.ts';
import { dataFiles } from './data-files.ts';
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

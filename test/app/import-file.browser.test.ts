// A workbook brought to the data desk, read in a real Chromium: the same reader as the command line
// (SheetJS and the ZIP checks before it loaded on demand), the served template and a sheet with Excel's own errors.
import { describe, expect, test } from 'vitest';
import { formatProblem, importFile, parseRegions, TEMPLATE_FILES, TEMPLATES_DIR, validateTable } from '../../src/data/index.ts';
import { workbook } from '../fixtures/workbook.ts';

const root = new URL('/', location.href);
const fetchBytes = async (path: string) => new Uint8Array(await (await fetch(new URL(path, root))).arrayBuffer());

describe('importFile in a browser', () => {
  test('the served template workbook is read as its three tables, each example row valid', async () => {
    const regions = parseRegions(new TextDecoder().decode(await fetchBytes('data/regions.csv')), 'regions.csv').index;
    const imported = await importFile(await fetchBytes(`data/${TEMPLATES_DIR}/${TEMPLATE_FILES.workbook}`), TEMPLATE_FILES.workbook);
    expect(imported.problems).toEqual([]);
    const reports = imported.tables.map((table) => validateTable(table, regions));
    expect(reports.map((r) => [r.sheet, r.kind, r.loaded, r.problems.length])).toEqual([
      ['Cakupan', 'coverage', 1, 0],
      ['Penghargaan', 'awards', 1, 0],
      ['Wilayah', 'regions', 1, 0],
    ]);
  });

  test('an error value in a sheet is named by sheet, row and cell', async () => {
    const regions = parseRegions(new TextDecoder().decode(await fetchBytes('data/regions.csv')), 'regions.csv').index;
    const bytes = workbook({ sheets: { Cakupan: [['region_code', 'period', 'metric', 'value', 'unit', 'source_url', 'confidence'], ['61.04', 2023, 'coverage_pct', { error: '#DIV/0!' }, 'percent', 'https://example.org/a', 'high']] } });
    const imported = await importFile(bytes, 'cakupan.xlsx');
    expect(validateTable(imported.tables[0]!, regions).problems.map(formatProblem)).toEqual([
      'cakupan.xlsx [Cakupan]:2: error: value: found "#DIV/0!"; expected a value; cell D2 holds Excel\'s error #DIV/0! (a formula that failed): correct it, or type the value',
    ]);
  });
});

// A province's figures for decades, month by month, in one workbook: 50,000 rows load whole, with no
// problem invented on the way. (Measured on a 2-core machine: about 2 s to read and validate, most of
// it SheetJS; the time is not asserted, the rows are.)
import { expect, it } from 'vitest';
import { importFile, validateTable } from '../../src/data/index.ts';
import { workbook, type TestCell } from '../fixtures/workbook.ts';
import { shippedRegions } from './helpers.ts';

it('a 50,000-row workbook loads every row', { timeout: 60_000 }, async () => {
  const regions = shippedRegions();
  const codes = regions.regencies.map((region) => region.code);
  const rows: TestCell[][] = [['region_code', 'region_name', 'period', 'metric', 'value', 'unit', 'source_url', 'confidence', 'note', 'note_id']];
  for (let i = 0; i < 50_000; i++) {
    // One figure a regency and day: no two rows share a region, period and metric.
    const day = { number: 30_000 + Math.floor(i / codes.length), format: 'yyyy-mm-dd' };
    rows.push([codes[i % codes.length]!, null, day, 'participants_active', 1000 + i, 'persons', `https://example.org/rekap/${i % 97}`, 'high', 'Position at the end of the day', 'Posisi akhir hari']);
  }
  const imported = await importFile(workbook({ sheets: { Cakupan: rows } }), 'rekap-harian.xlsx');
  const report = validateTable(imported.tables[0]!, regions);
  expect(report.problems).toEqual([]);
  expect(report.loaded).toBe(50_000);
});

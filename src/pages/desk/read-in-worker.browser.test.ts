// Reading in the worker, as the desk does: a workbook's sheets come back as tables; a file that takes
// longer than its time limit comes back refused, saying so in both languages, while the page's own
// thread keeps running; and a check of the imported files against the published data comes back whole.
import { expect, test } from 'vitest';
import { checkImportInWorker, readFileInWorker } from './read-in-worker.ts';
import { NO_EDITS } from '../../model/imported-data.ts';
import { workbook } from '../../../test/fixtures/workbook.ts';
import { makeDataset } from '../../../test/fixtures/dataset.ts';

const HEADER = ['region_code', 'period', 'metric', 'value', 'unit', 'source_url', 'confidence'];
const row = (code: string, value: number) => [code, '2024', 'coverage_pct', value, 'percent', 'https://example.org/rekap', 'high'];

test('a workbook is read in the worker into its tables, and checked there against the published data', { timeout: 60_000 }, async () => {
  const file = await readFileInWorker(workbook({ sheets: { Cakupan: [HEADER, row('61.05', 41.2), row('61.10', 33.3)] } }), 'cakupan.xlsx');
  expect(file.problems).toEqual([]);
  expect(file.tables.map((table) => [table.sheet, table.rowOfLine])).toEqual([['Cakupan', [1, 2, 3]]]);
  const checked = await checkImportInWorker(makeDataset(), [file], NO_EDITS);
  expect(checked!.result.files[0]!.tables[0]!.loaded).toBe(2);
  expect(checked!.result.imported).toEqual(new Set(['coverage']));
  expect(checked!.changes.coverage.added).toBe(2);
});

test('a file that takes longer than the time limit is stopped and refused, in both languages, and the page never waits on it', { timeout: 60_000 }, async () => {
  const rows = [HEADER, ...Array.from({ length: 20_000 }, (_, i) => row(i % 2 ? '61.05' : '61.10', i / 1000))];
  const bytes = workbook({ sheets: { Cakupan: rows } });
  // The page's thread ticks while the worker reads: a frozen page would leave a long gap.
  let longestGap = 0;
  let last = performance.now();
  const ticking = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  const file = await readFileInWorker(bytes, 'besar.xlsx', { timeLimitMs: 1 });
  clearInterval(ticking);
  expect(performance.now() - started).toBeLessThan(5_000);
  expect(longestGap).toBeLessThan(1_000);
  expect(file.tables).toEqual([]);
  expect(file.problems).toHaveLength(1);
  expect(file.problems[0]!.expected).toMatch(/^a file that can be read within \d+ seconds; reading this one took longer, and was stopped/);
  expect(file.problems[0]!.expectedId).toMatch(/pembacaannya dihentikan/);
});

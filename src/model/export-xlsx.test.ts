// The Excel download read back as Excel would read it (SheetJS): the CSV's rows, headed in the
// reader's language, numbers as number cells (so Excel set to Bahasa Indonesia shows 38,54, not a
// misread "38.54"), and a year without a figure named as everywhere else, its value an empty cell.
import { read, utils, type CellObject, type WorkSheet } from '@e965/xlsx';
import { describe, expect, test } from 'vitest';
import { makeDataset } from '../../test/fixtures/dataset.ts';
import { COMMON } from '../i18n/messages.ts';
import { figuresRows } from './export-csv.ts';
import { figuresSheet, figuresXlsx, xlsxFileName } from './export-xlsx.ts';

const dataset = makeDataset();
const OPTIONS = { year: 2024, metric: 'coverage_pct', lang: 'id' } as const;

async function sheetOf(options: Parameters<typeof figuresXlsx>[1]): Promise<{ name: string; sheet: WorkSheet; rows: unknown[][] }> {
  const book = read(await figuresXlsx(dataset, options), { type: 'array' });
  const name = book.SheetNames[0]!;
  const sheet = book.Sheets[name]!;
  return { name, sheet, rows: utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null }) };
}

/** The cell under a head in the row of a region code. */
function cell(sheet: WorkSheet, rows: unknown[][], code: string, head: string): CellObject | undefined {
  const r = rows.findIndex((row) => row[0] === code);
  const c = rows[0]!.indexOf(head);
  return sheet[utils.encode_cell({ r, c })] as CellObject | undefined;
}

describe('figuresXlsx', () => {
  test('one sheet, "Angka 2024", headed in Bahasa Indonesia, one row per row of the CSV, in its order', async () => {
    const { name, rows } = await sheetOf(OPTIONS);
    expect(name).toBe('Angka 2024');
    expect(rows[0]).toEqual(['Kode Kemendagri', 'Kode BPS', 'Wilayah', 'Tahun', 'Indikator', 'Nilai', 'Satuan', 'Periode', 'Sumber', 'Tingkat keyakinan', 'Catatan (bahasa Inggris)', 'Catatan', 'Keterangan']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(figuresRows(dataset, OPTIONS).map((r) => r.kemendagri_code));
  });

  test('values and years are number cells; codes stay text with their zeros', async () => {
    const { sheet, rows } = await sheetOf(OPTIONS);
    expect(cell(sheet, rows, '61.02', 'Nilai')).toMatchObject({ t: 'n', v: 38.54 });
    expect(cell(sheet, rows, '61.04', 'Nilai')).toMatchObject({ t: 'n', v: 68.02 });
    expect(cell(sheet, rows, '61.04', 'Tahun')).toMatchObject({ t: 'n', v: 2024 });
    expect(cell(sheet, rows, '61.10', 'Kode Kemendagri')).toMatchObject({ t: 's', v: '61.10' });
  });

  test('the words are the page\'s: measure, unit, period, confidence, and the one name for no figure', async () => {
    const { sheet, rows } = await sheetOf(OPTIONS);
    expect(cell(sheet, rows, '61.02', 'Indikator')?.v).toBe('Cakupan kepesertaan (%)');
    expect(cell(sheet, rows, '61.02', 'Satuan')?.v).toBe('persen');
    expect(cell(sheet, rows, '61.02', 'Periode')?.v).toBe('per Sep 2024');
    expect(cell(sheet, rows, '61.02', 'Tingkat keyakinan')?.v).toBe('tinggi');
    expect(cell(sheet, rows, '61.02', 'Keterangan')?.v).toBe('dipublikasikan');
    // No figure: an empty cell, never 0, and "Data tidak tersedia".
    expect(cell(sheet, rows, '61.07', 'Nilai')).toBeUndefined();
    expect(cell(sheet, rows, '61.07', 'Keterangan')?.v).toBe(COMMON.id.noFigure);
  });

  test('in English: English heads and words, the change in percentage points', async () => {
    const { name, rows } = await sheetOf({ year: 2024, metric: 'coverage_change_pp', lang: 'en' });
    expect(name).toBe('Figures 2024');
    expect(rows[0]!.slice(0, 8)).toEqual(['Kemendagri code', 'BPS code', 'Region', 'Year', 'Measure', 'Value', 'Unit', 'Period']);
    const mempawah = rows.find((r) => r[0] === '61.02')!;
    expect(mempawah.slice(5, 8)).toEqual([0.42, 'percentage points', 'Dec 2023 → Sept 2024']);
    expect(figuresSheet(dataset, { year: 2024, metric: 'coverage_change_pp', lang: 'en' }).find((r) => r[0] === '61.07')!.at(-1)).toBe(COMMON.en.noFigure);
  });

  test('is named as the CSV is, with .xlsx', () => {
    expect(xlsxFileName(2024, 'coverage_pct', 'id')).toBe('paritrana-cakupan-2024.xlsx');
    expect(xlsxFileName(2024, 'coverage_pct', 'en')).toBe('paritrana-coverage-2024.xlsx');
  });
});

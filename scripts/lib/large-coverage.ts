// A large coverage file for measuring the data desk: one valid figure a row, each regency a day at a
// time from 2015 on, so no row repeats another (a repeat would be a warning to list, not a figure).
// As CSV text, or as an Excel workbook of one sheet (the period as text, the value a number cell).
import { utils, write } from '@e965/xlsx';

const HEADER = ['region_code', 'period', 'metric', 'value', 'unit', 'source_url', 'confidence', 'note', 'note_id'];

function largeCoverageRows(rows: number, regencyCodes: readonly string[], source: string): (string | number)[][] {
  const lines: (string | number)[][] = [HEADER];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2015, 0, 1 + Math.floor(i / regencyCodes.length))).toISOString().slice(0, 10);
    lines.push([regencyCodes[i % regencyCodes.length]!, day, 'coverage_pct', 20 + (i % 600) / 10, 'percent', source, 'high', '', '']);
  }
  return lines;
}

export function largeCoverageCsv(rows: number, regencyCodes: readonly string[], source = 'https://example.org/cakupan'): string {
  return `${largeCoverageRows(rows, regencyCodes, source).map((line) => line.join(',')).join('\n')}\n`;
}

export function largeCoverageWorkbook(rows: number, regencyCodes: readonly string[], source = 'https://example.org/cakupan'): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(largeCoverageRows(rows, regencyCodes, source)), 'Cakupan');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

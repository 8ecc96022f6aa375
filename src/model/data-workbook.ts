// The resulting tables as one Excel workbook, the person's own copy: a sheet a table, in the same
// layout as the template workbook (the "Petunjuk" sheet first, explaining every column), figures as
// number cells so Excel in any language shows and sums them right, and everything else as text so
// codes keep their zeros ("61.10"). The desk reads this workbook back as it reads the template.
// SheetJS is the reader the desk already loads for workbooks; it is loaded only when this is asked for.
import type { Dataset } from '../data/dataset.ts';
import { GUIDE_SHEET, guideRows, TABLE_KINDS, TEMPLATE_SHEETS } from '../data/templates.ts';
import { dataTables, isNumberColumn } from './data-files.ts';

export const WORKBOOK_FILE = 'data-paritrana.xlsx';

export async function dataWorkbook(dataset: Dataset): Promise<Uint8Array<ArrayBuffer>> {
  const { utils, write } = await import('@e965/xlsx');
  const book = utils.book_new();
  const guide = utils.aoa_to_sheet(guideRows());
  utils.book_append_sheet(book, guide, GUIDE_SHEET);
  const tables = dataTables(dataset);
  for (const kind of TABLE_KINDS) {
    const { columns, rows } = tables[kind];
    const numbers = columns.map((column) => isNumberColumn(kind, column));
    const cells: (string | number)[][] = [columns, ...rows.map((row) => row.map((cell, i) => (numbers[i] && cell !== '' ? Number(cell) : cell)))];
    const sheet = utils.aoa_to_sheet(cells);
    // Wide enough to read the header; the person widens the rest as they like.
    sheet['!cols'] = columns.map((column) => ({ wch: Math.max(column.length, 12) + 2 }));
    utils.book_append_sheet(book, sheet, TEMPLATE_SHEETS[kind]);
  }
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

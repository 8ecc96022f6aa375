// A worksheet turned into the CSV text the validator reads, as the person sees the sheet: the header
// found where it is (below a title), each cell read for its column (a date in `period`, a number kept
// as text with id-ID separators in `value`), merged cells filled down, empty rows skipped, and every
// line of the text mapped back to its sheet row. Excel's own failures (#N/A, a formula never
// calculated) are errors naming the cell; their row is left out, and every other row still loads.
import { csvFormatRows } from 'd3-dsv';
import { FIELD_GUIDE, type CellReading } from './field-guide.ts';
import { removeInvisible } from './problem-text.ts';
import { columnMeaning } from './column-names.ts';
import { w, type Problem, type Wording } from './problems.ts';
import { kindOfHeader } from './validate.ts';
import type { CellValue, DatePrecision, Worksheet } from './workbook.ts';

/** How far down a sheet its header is looked for: title rows, a logo, a date of export. */
export const HEADER_SEARCH_ROWS = 20;

/** The first years of a date serial in a period: 1968 (25,000) to 2105 (75,000). */
const DATE_SERIAL_RANGE = [25_000, 75_000] as const;

export interface SheetTable {
  /** The table as CSV text, header first; null when the sheet holds no table. */
  text: string | null;
  /** The sheet row of each line of `text`. */
  rowOfLine: number[];
  /** Found while reading the sheet, placed at sheet rows. */
  problems: Problem[];
}

/** A sheet's column as Excel names it: 0 -> "A", 27 -> "AB". */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The digits Excel shows: at most 15 significant ones (a saved 55.690000000000005 is the 55.69 on screen). */
function numberAsShown(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** A date serial (days since 1899-12-30, or 1904-01-01) as YYYY-MM-DD, cut to the precision shown. */
function serialToIso(serial: number, dateSystem: 1900 | 1904, precision: DatePrecision): string {
  const epoch = dateSystem === 1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const iso = new Date(epoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
  return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Text a number cell of id-ID Excel would have held: "55,69", "1.786.809", "1.786.809,5". Not "80,101" (80101 or 80.101?). */
const ID_ID_NUMBER = /^-?(\d{1,3}(\.\d{3}){2,}|\d{1,3}(\.\d{3})+,\d+|\d+,(\d{1,2}|\d{4,}))$/;

interface Read {
  text: string;
  /** Said of the cell when it was read as something other than it looked (a serial as a date). */
  warning?: Wording;
  /** The cell cannot be read: its row is left out. */
  error?: Wording;
}

function readCell(value: CellValue, reading: CellReading, dateSystem: 1900 | 1904, ref: string): Read {
  switch (value.type) {
    case 'error':
      return {
        text: value.code,
        error: w(
          `sebuah nilai; sel ${ref} berisi kesalahan Excel ${value.code} (rumus yang gagal): perbaiki, atau ketik nilainya`,
          `a value; cell ${ref} holds Excel's error ${value.code} (a formula that failed): correct it, or type the value`,
        ),
      };
    case 'no-result':
      return {
        text: value.formula === '' ? '' : `=${value.formula}`,
        error: w(
          `sebuah nilai; sel ${ref} berisi rumus yang hasilnya tidak tersimpan di berkas: buka berkas di Excel lalu simpan, agar hasilnya tersimpan`,
          `a value; cell ${ref} holds a formula whose result is not saved in the file: open the file in Excel and save it, so the result is saved`,
        ),
      };
    case 'boolean':
      return { text: value.value ? 'TRUE' : 'FALSE' };
    case 'iso-date':
      return { text: reading === 'period' ? value.text.slice(0, 10) : value.text };
    case 'text': {
      const text = value.text.replace(/\r\n?/g, '\n');
      const trimmed = text.trim();
      if (reading === 'number' && ID_ID_NUMBER.test(trimmed)) {
        const number = trimmed.replace(/\./g, '').replace(',', '.');
        return {
          text: number,
          warning: w(
            `sel angka; sel ${ref} berisi teks "${trimmed}", dibaca dengan pemisah id-ID sebagai ${number}`,
            `a number cell; cell ${ref} holds the text "${trimmed}", read with id-ID separators as ${number}`,
          ),
        };
      }
      return { text };
    }
    case 'number': {
      const { number, date, percent } = value;
      if (date !== null && reading !== 'number') return { text: serialToIso(number, dateSystem, date) };
      if (percent) {
        // 55.69% typed in Excel is stored as 0.5569: the figure the person sees is the one meant.
        const shown = numberAsShown(number * 100);
        if (reading !== 'number') return { text: `${shown}%` };
        return {
          text: shown,
          warning: w(
            `angka yang diketik tanpa format %; sel ${ref} menampilkan ${shown}% (Excel menyimpan ${numberAsShown(number)}), dan dibaca ${shown}, angka yang tampak`,
            `a figure typed without a % format; cell ${ref} shows ${shown}% (Excel stores ${numberAsShown(number)}), and is read as ${shown}, the figure shown`,
          ),
        };
      }
      if (reading === 'period' && Number.isInteger(number) && number >= DATE_SERIAL_RANGE[0] && number <= DATE_SERIAL_RANGE[1]) {
        const iso = serialToIso(number, dateSystem, 'day');
        return {
          text: iso,
          warning: w(
            `periode yang ditulis TTTT, TTTT-BB atau TTTT-BB-HH; sel ${ref} berisi angka ${number}, dibaca sebagai tanggal Excel ${iso} (sel tanggal yang kehilangan formatnya: format sebagai tanggal, atau ketik periodenya sebagai teks)`,
            `a period written YYYY, YYYY-MM or YYYY-MM-DD; cell ${ref} holds the number ${number}, read as Excel's date ${iso} (a date cell that lost its format: format it as a date, or type the period as text)`,
          ),
        };
      }
      const shown = numberAsShown(number);
      if (reading === 'code' && /^\d{2}\.\d$/.test(shown)) {
        return {
          text: `${shown}0`,
          warning: w(
            `kode yang diisi sebagai teks; sel ${ref} berisi angka ${shown}, dibaca sebagai kode ${shown}0 (angka membuang nol di belakang: format kolomnya sebagai Teks)`,
            `a code entered as text; cell ${ref} holds the number ${shown}, read as the code ${shown}0 (a number drops the final zero: format the column as Text)`,
          ),
        };
      }
      return { text: shown };
    }
  }
}

function lineBreaks(values: readonly string[]): number {
  let count = 0;
  for (const value of values) for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * The table a sheet holds, read for the table kind its header names; null text when no row within the
 * first HEADER_SEARCH_ROWS names at least two columns of one table.
 */
export function sheetToTable(sheet: Worksheet, file: string): SheetTable {
  const problems: Problem[] = [];
  const at = (severity: Problem['severity'], line: number | null, column: number | null, found: string | null, expected: Wording) => {
    const field = column === null ? null : fieldOf(column);
    const named = column === null ? '' : removeInvisible(names[column] ?? '').trim();
    problems.push({
      severity, file, sheet: sheet.name, line, field, ...(field !== null && named !== field ? { column: named } : {}), found, expected: expected.en, expectedId: expected.id,
    });
  };

  // The header: the row among the first ones that names the most columns of one table.
  let header: { index: number; kind: 'regions' | 'coverage' | 'awards'; known: number } | null = null;
  for (let i = 0; i < sheet.rows.length && sheet.rows[i]!.row <= HEADER_SEARCH_ROWS; i++) {
    const names = sheet.rows[i]!.cells.flatMap((cell) => (cell.value.type === 'text' ? [removeInvisible(cell.value.text)] : []));
    const best = kindOfHeader(names);
    // Two columns of ours among few is a header ("No, Kabupaten/Kota, Cakupan (%), Posisi"); two among
    // many is a row of words that happen to include them (the templates' own guide).
    const enough = best !== null && (best.known >= 3 || (best.known >= 2 && best.known * 2 >= names.filter((n) => n.trim() !== '').length));
    if (best && enough && best.known > (header?.known ?? 0)) header = { index: i, ...best };
  }
  if (!header) return { text: null, rowOfLine: [], problems };

  const headerRow = sheet.rows[header.index]!;
  const kind = header.kind;
  // A reduce, not Math.max(...): a row of Excel's 16,384 columns must not depend on the call stack.
  const width = headerRow.cells.reduce((most, cell) => Math.max(most, cell.column), -1) + 1;
  const names: string[] = Array.from({ length: width }, () => '');
  for (const cell of headerRow.cells) names[cell.column] = readCell(cell.value, 'text', sheet.dateSystem, '').text;
  // A column's field as the parsers read it (by our name or an office's: "Cakupan (%)" is value);
  // its name as the sheet gives it for a column of none of ours; null for a column without a name.
  const fieldOf = (column: number): string | null => {
    const name = removeInvisible(names[column] ?? '').trim();
    if (name === '') return null;
    return columnMeaning(kind, name)?.field ?? name.toLowerCase();
  };
  if (header.index > 0) {
    const above = headerRow.row - 1;
    at('warning', headerRow.row, null, null, w(
      `baris judul kolom di baris 1; baris judul ada di baris ${headerRow.row}, dan ${above} baris di atasnya (judul?) tidak dibaca`,
      `the header on row 1; it is on row ${headerRow.row}, and the ${above === 1 ? 'row' : `${above} rows`} above it (a title?) ${above === 1 ? 'is' : 'are'} left out`,
    ));
  }
  const guide = FIELD_GUIDE[kind];
  const readings = names.map((_, column): CellReading => guide[fieldOf(column) ?? '']?.reading ?? 'text');

  // Merged cells below the header: what a person sees is the top-left value on each of the rows, so it
  // is read on each of them (down the left column only: a note merged across columns is one note).
  const filled = new Map<number, Map<number, CellValue>>();
  const rowsByNumber = new Map(sheet.rows.map((row) => [row.row, row]));
  for (const merge of sheet.merges) {
    if (merge.top <= headerRow.row || merge.left >= width || merge.bottom === merge.top) continue;
    const topLeft = rowsByNumber.get(merge.top)?.cells.find((cell) => cell.column === merge.left);
    if (!topLeft) continue;
    const shown = readCell(topLeft.value, readings[merge.left]!, sheet.dateSystem, '').text;
    at('warning', merge.top, merge.left, shown, w(
      `satu nilai per sel; sel ${merge.ref} digabung, jadi ${JSON.stringify(shown)} dibaca di setiap baris ${merge.top} sampai ${merge.bottom} (pisahkan dan isi setiap sel agar pasti)`,
      `one value a cell; cells ${merge.ref} are merged, so ${JSON.stringify(shown)} is read on each of rows ${merge.top} to ${merge.bottom} (unmerge them and fill each cell to be sure)`,
    ));
    for (let r = merge.top + 1; r <= merge.bottom; r++) {
      let row = filled.get(r);
      if (!row) filled.set(r, (row = new Map()));
      row.set(merge.left, topLeft.value);
    }
  }

  const lines: string[][] = [names];
  const rowOfLine: number[] = [headerRow.row];
  const data = sheet.rows.slice(header.index + 1);
  // Rows that exist only through a merge (their own cells empty) are read too.
  const extraRows = [...filled.keys()].filter((r) => r > headerRow.row && !rowsByNumber.has(r));
  const order = extraRows.length === 0 ? data : [...data, ...extraRows.map((row) => ({ row, cells: [] }))].sort((a, b) => a.row - b.row);
  for (const { row, cells } of order) {
    const values: string[] = Array.from({ length: width }, () => '');
    // The row's own cells, and what a merge above shows in the cells it left empty.
    const present = new Map(cells.map(({ column, value }) => [column, value]));
    for (const [column, value] of filled.get(row) ?? []) if (!present.has(column)) present.set(column, value);
    let refused = false;
    let any = false;
    for (const [column, value] of present) {
      const ref = `${columnLetters(column)}${row}`;
      if (column >= width) {
        if (value.type !== 'text' || value.text.trim() !== '') {
          at('warning', row, null, readCell(value, 'text', sheet.dateSystem, ref).text, w(
            `nilai hanya di bawah kolom yang bernama; sel ${ref} tidak punya nama kolom di atasnya pada baris ${headerRow.row}, dan tidak dibaca`,
            `values only under a named column; cell ${ref} has no column name above it in row ${headerRow.row}, and is left out`,
          ));
        }
        continue;
      }
      const read = readCell(value, readings[column]!, sheet.dateSystem, ref);
      if (read.error) {
        at('error', row, column, read.text === '' ? null : read.text, read.error);
        refused = true;
      } else if (read.warning) at('warning', row, column, null, read.warning);
      values[column] = read.text;
      if (read.text.trim() !== '') any = true;
    }
    if (refused || !any) continue;
    lines.push(values);
    // A value holding a line break (Alt+Enter) spans as many lines of the text, all of this row.
    for (let k = 0; k <= lineBreaks(values); k++) rowOfLine.push(row);
  }
  for (let k = 0; k < lineBreaks(names); k++) rowOfLine.unshift(headerRow.row);
  return { text: `${csvFormatRows(lines)}\n`, rowOfLine, problems };
}

// An Excel workbook (.xlsx) read into its sheets' cells, as Excel holds them: text, numbers with the
// date format that makes some of them dates, booleans, error values (#N/A) and formulas whose result
// was never saved. Nothing is decided here about what a cell means; import-file.ts does that per column.
//
// Loaded only by importFile, on a workbook: the pages never fetch it (nor SheetJS, which reads the
// cells). The ZIP container is read by zip-archive.ts alone, strictly and under a budget counted on
// what it inflates; SheetJS is then handed those parts stored uncompressed, so it never inflates
// anything and cannot read the archive differently from the code that checked it.
import { read, SSF, utils, type CellObject, type WorkBook } from '@e965/xlsx';
import { zipSync, type Zippable } from 'fflate';
import type { Wording } from './problems.ts';
import { ArchiveError, readArchive, type ArchiveLimits } from './zip-archive.ts';

export { DAMAGED } from './zip-archive.ts';

export type DatePrecision = 'day' | 'month' | 'year';

export type CellValue =
  | { type: 'text'; text: string }
  /**
   * `date`: the precision the cell's number format shows, when that format is a date's; null otherwise.
   * `percent`: the format shows it times 100 with a % sign (0.5569 on file, 55.69% on screen).
   */
  | { type: 'number'; number: number; date: DatePrecision | null; percent: boolean }
  | { type: 'boolean'; value: boolean }
  /** A date cell SheetJS hands over as a date. Read with cellDates off, an ISO 8601 cell (t="d") arrives as its serial number instead. */
  | { type: 'iso-date'; text: string }
  /** An error value: "#N/A", "#REF!", "#DIV/0!". */
  | { type: 'error'; code: string }
  /** A formula whose result was not saved with the file (a file written by a program, never opened in Excel). */
  | { type: 'no-result'; formula: string };

interface SheetCell {
  /** 0-based column: A is 0. */
  column: number;
  value: CellValue;
}

interface SheetRow {
  /** The row as Excel numbers it (1-based). */
  row: number;
  cells: SheetCell[];
}

/** A merged range: rows 1-based and inclusive, columns 0-based and inclusive. */
interface MergedRange {
  top: number;
  bottom: number;
  left: number;
  right: number;
  ref: string;
}

export interface Worksheet {
  name: string;
  /** Rows holding at least one cell, in order; empty rows are absent, and each keeps its number. */
  rows: SheetRow[];
  merges: MergedRange[];
  /** 1900 or 1904: the day a date serial counts from (Excel for Mac before 2011 saved 1904). */
  dateSystem: 1900 | 1904;
}

export interface Workbook {
  sheets: Worksheet[];
  /** Sheets that hold no cells to read: a chart sheet, a macro sheet. */
  otherSheets: { name: string; what: string }[];
}

/** Why a file is not a workbook that can be read, in both languages, as the end of "expected …". */
export class WorkbookError extends Error {
  constructor(readonly wording: Wording) {
    super(wording.en);
  }
}

// ---------------------------------------------------------------------------------------------------
// Number formats: which cells are dates, and to what precision their format shows them

/** Excel's built-in number formats that show a date (ECMA-376 18.8.30), and what they show. */
const BUILT_IN_DATES: ReadonlyMap<number, DatePrecision> = new Map([
  [14, 'day'], [15, 'day'], [16, 'day'], [17, 'month'], [22, 'day'],
  ...[27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58].map((id): [number, DatePrecision] => [id, 'day']),
]);

/** Excel's built-in percent formats: 0% and 0.00%. */
const BUILT_IN_PERCENT = new Set([9, 10]);

/**
 * SheetJS gives a cell its format's code, a built-in one's too ("m/d/yy" for 14): the built-in ids by
 * their codes, taken before any workbook adds its own formats to the table.
 */
const BUILT_IN_CODES: ReadonlyMap<string, number> = new Map(
  Object.entries(SSF.get_table() as Record<string, string>)
    .filter(([id]) => Number(id) < 164)
    .map(([id, code]) => [code, Number(id)]),
);

/** What a custom format code shows of a date: "mmm yyyy" a month, "yyyy" a year, "dd/mm/yyyy" a day; null for no date. */
function datePrecisionOfFormat(code: string): DatePrecision | null {
  // Quoted text, [colour] and [$-421] locale blocks, and escaped characters are not part of the pattern.
  const pattern = code.split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '').toLowerCase();
  const day = /d/.test(pattern);
  const year = /y|e/.test(pattern);
  const month = /m/.test(pattern) && !/[hs]/.test(pattern);
  if (day) return 'day';
  if (year && month) return 'month';
  if (year) return 'year';
  return null;
}

/** What a cell's number format shows: a date (to a precision), a percentage, or a plain number. */
interface NumberShown {
  date: DatePrecision | null;
  percent: boolean;
}

const PLAIN: NumberShown = { date: null, percent: false };

function shownBy(code: string): NumberShown {
  const builtIn = BUILT_IN_CODES.get(code);
  if (builtIn !== undefined) return { date: BUILT_IN_DATES.get(builtIn) ?? null, percent: BUILT_IN_PERCENT.has(builtIn) };
  const date = datePrecisionOfFormat(code);
  return { date, percent: date === null && /%/.test(code.split(';')[0]!.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '')) };
}

/** Excel's error values by the codes SheetJS keeps them as (BIFF codes, as in the .xls format). */
const ERRORS: Readonly<Record<number, string>> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};

// ---------------------------------------------------------------------------------------------------
// A worksheet

function readCell(cell: CellObject, shown: (code: string | undefined) => NumberShown): CellValue | null {
  switch (cell.t) {
    case 'e':
      return { type: 'error', code: cell.w ?? ERRORS[cell.v as number] ?? '#VALUE!' };
    case 'z':
      return cell.f !== undefined ? { type: 'no-result', formula: cell.f } : null;
    case 's': {
      const text = String(cell.v ?? '');
      return text === '' ? null : { type: 'text', text };
    }
    case 'b':
      return { type: 'boolean', value: cell.v === true };
    case 'd':
      return { type: 'iso-date', text: cell.v instanceof Date ? cell.v.toISOString() : String(cell.v) };
    case 'n': {
      const number = cell.v as number;
      if (Number.isNaN(number)) return null;
      const { date, percent } = shown(cell.z === undefined ? undefined : String(cell.z));
      return { type: 'number', number, date, percent };
    }
    default:
      return null;
  }
}

function readWorksheet(sheet: WorkBook['Sheets'][string], name: string, dateSystem: 1900 | 1904): Worksheet {
  const formats = new Map<string, NumberShown>();
  const shown = (code: string | undefined): NumberShown => {
    if (code === undefined || code === 'General') return PLAIN;
    let known = formats.get(code);
    if (!known) formats.set(code, (known = shownBy(code)));
    return known;
  };
  const rows: SheetRow[] = [];
  const data = sheet['!data'] ?? [];
  for (let r = 0; r < data.length; r++) {
    const cells: SheetCell[] = [];
    const row = data[r];
    if (!row) continue;
    for (let column = 0; column < row.length; column++) {
      const cell = row[column];
      const value = cell ? readCell(cell, shown) : null;
      if (value) cells.push({ column, value });
    }
    if (cells.length > 0) rows.push({ row: r + 1, cells });
  }
  const merges: MergedRange[] = (sheet['!merges'] ?? []).map(({ s, e }) => ({
    top: s.r + 1, bottom: e.r + 1, left: s.c, right: e.c, ref: `${utils.encode_cell(s)}:${utils.encode_cell(e)}`,
  }));
  return { name, rows, merges, dateSystem };
}

// ---------------------------------------------------------------------------------------------------
// The workbook

/** SheetJS's options: formulas kept (a formula with no saved result is told apart), format codes kept, dates as serials. */
const READ_OPTIONS = { type: 'array', dense: true, cellFormula: true, cellNF: true, cellText: false, cellHTML: false, cellDates: false, sheetStubs: true } as const;

/** What a ZIP holding no workbook is, by the parts it holds. */
function notAWorkbook(names: ReadonlySet<string>): Wording {
  const what: Wording = names.has('mimetype') ? { en: 'an OpenDocument file (.ods?): save it as .xlsx', id: 'berkas OpenDocument (.ods?): simpan sebagai .xlsx' }
    : names.has('xl/workbook.bin') ? { en: 'an Excel binary workbook (.xlsb): save it as .xlsx', id: 'buku kerja biner Excel (.xlsb): simpan sebagai .xlsx' }
      : names.has('word/document.xml') ? { en: 'a Word document', id: 'dokumen Word' }
        : names.has('ppt/presentation.xml') ? { en: 'a PowerPoint presentation', id: 'presentasi PowerPoint' }
          : { en: 'a ZIP archive that holds no workbook', id: 'arsip ZIP yang tidak memuat buku kerja' };
  return { en: `an Excel workbook (.xlsx); this is ${what.en}`, id: `buku kerja Excel (.xlsx); berkas ini ${what.id}` };
}

/**
 * The sheets of an .xlsx file, or a WorkbookError saying why it cannot be read: not a ZIP, a ZIP read
 * two ways or holding no workbook, parts that declare or inflate to more than the budget
 * (zip-archive.ts), a deadline passed while inflating, a workbook SheetJS cannot read.
 */
export function readWorkbook(bytes: Uint8Array, limits: ArchiveLimits = {}): Workbook {
  let stored: Uint8Array;
  {
    let parts;
    try {
      parts = readArchive(bytes, limits);
    } catch (error) {
      if (error instanceof ArchiveError) throw new WorkbookError(error.wording);
      throw error;
    }
    const names = new Set(parts.map((part) => part.name));
    if (![...names].some((path) => /(^|\/)workbook\.xml$/i.test(path))) throw new WorkbookError(notAWorkbook(names));
    // Stored, not compressed (level 0): what SheetJS reads is exactly what was inflated and counted above.
    const files: Zippable = {};
    for (const part of parts) files[part.name] = [part.data, { level: 0 }];
    stored = zipSync(files);
  }

  let book: WorkBook;
  try {
    book = read(stored, READ_OPTIONS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkbookError({
      en: `an .xlsx workbook as Excel saves it; this one cannot be read (${reason}): save it again from Excel`,
      id: `buku kerja .xlsx sebagaimana disimpan Excel; berkas ini tidak dapat dibaca (${reason}): simpan ulang berkas dari Excel`,
    });
  }
  const dateSystem: 1900 | 1904 = book.Workbook?.WBProps?.date1904 ? 1904 : 1900;
  const workbook: Workbook = { sheets: [], otherSheets: [] };
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    const type = sheet?.['!type'] ?? 'sheet';
    if (!sheet || type !== 'sheet') {
      workbook.otherSheets.push({ name, what: type === 'chart' ? 'a chart sheet' : 'not a worksheet' });
      continue;
    }
    workbook.sheets.push(readWorksheet(sheet, name, dateSystem));
  }
  return workbook;
}

// An Excel workbook (.xlsx) read into its sheets' cells, as Excel holds them: text, numbers with the
// date format that makes some of them dates, booleans, error values (#N/A) and formulas whose result
// was never saved. Nothing is decided here about what a cell means; import-file.ts does that per column.
//
// Loaded only by importFile, on a workbook: the pages never fetch it (nor SheetJS, which reads the
// cells). Before SheetJS sees the file, its ZIP central directory is read by hand, so every part's
// declared size is known before a byte is inflated, and each part is test-inflated in small steps that
// stop as soon as it grows past what it declared: a zip bomb costs a refusal, not the memory.
import { read, SSF, utils, type CellObject, type WorkBook } from '@e965/xlsx';
import { Inflate } from 'fflate';

/** The most XML a workbook may unpack to (200 MB): ten times a 50,000-row sheet, far below what hurts. */
export const MAX_WORKBOOK_XML_BYTES = 200_000_000;
/** A part larger than this (10 MB) may not be more than MAX_COMPRESSION_RATIO times its compressed size. */
const RATIO_CHECKED_FROM_BYTES = 10_000_000;
/** Real sheets compress 5 to 30 times; a hundredfold is a file built to fill the memory. */
export const MAX_COMPRESSION_RATIO = 100;

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

export interface SheetCell {
  /** 0-based column: A is 0. */
  column: number;
  value: CellValue;
}

export interface SheetRow {
  /** The row as Excel numbers it (1-based). */
  row: number;
  cells: SheetCell[];
}

/** A merged range: rows 1-based and inclusive, columns 0-based and inclusive. */
export interface MergedRange {
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

/** Why a file is not a workbook that can be read, as the end of "expected ...". */
export class WorkbookError extends Error {}

// ---------------------------------------------------------------------------------------------------
// The ZIP container

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const DAMAGED = 'an .xlsx workbook; the file is damaged (its ZIP structure cannot be read): save it again from Excel';

/** The central directory: every part's name and declared sizes, read before anything is inflated. */
function readDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes, or before a comment of up to 65,535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new WorkbookError(DAMAGED);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new WorkbookError(DAMAGED);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name.replace(/\\/g, '/'), {
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates one part in small steps, keeping nothing, and stops the moment it outgrows its declared
 * size: what SheetJS will inflate is known to be what the directory says before it starts.
 */
function checkEntry(bytes: Uint8Array, entry: ZipEntry): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeader;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== 0x04034b50) throw new WorkbookError(DAMAGED);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new WorkbookError(DAMAGED);
  if (entry.method === 0) return;
  if (entry.method !== 8) throw new WorkbookError(`an .xlsx workbook as Excel saves it; its part ${entry.name} is compressed with method ${entry.method}, which is not read: save it again from Excel`);
  let length = 0;
  const inflate = new Inflate((chunk) => {
    length += chunk.length;
    if (length > entry.size) {
      throw new WorkbookError(`an .xlsx workbook whose parts are the size they declare; ${entry.name} unpacks to more than its declared ${entry.size} bytes (a damaged file, or one built to fill the memory)`);
    }
  });
  // 64 KB of deflate makes at most 66 MB: the most a forged part can take before it is stopped.
  const STEP = 65_536;
  try {
    for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(DAMAGED);
  }
  // SheetJS sizes its buffers by the local header: without a data descriptor (flag bit 3), that header
  // must say what the directory says, and the directory has just been checked.
  const described = (view.getUint16(header + 6, true) & 0x08) !== 0;
  if (!described && (view.getUint32(header + 18, true) !== entry.compressedSize || view.getUint32(header + 22, true) !== entry.size)) throw new WorkbookError(DAMAGED);
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
export function datePrecisionOfFormat(code: string): DatePrecision | null {
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

/**
 * The sheets of an .xlsx file, or a WorkbookError saying why it cannot be read: not a ZIP, a ZIP
 * holding no workbook, parts that declare more than MAX_WORKBOOK_XML_BYTES or inflate past what they
 * declare, a workbook SheetJS cannot read.
 */
export function readWorkbook(bytes: Uint8Array): Workbook {
  const entries = readDirectory(bytes);
  if (![...entries.keys()].some((path) => /(^|\/)workbook\.xml$/i.test(path))) {
    const what = entries.has('mimetype') ? 'an OpenDocument file (.ods?): save it as .xlsx'
      : entries.has('xl/workbook.bin') ? 'an Excel binary workbook (.xlsb): save it as .xlsx'
        : entries.has('word/document.xml') ? 'a Word document'
          : entries.has('ppt/presentation.xml') ? 'a PowerPoint presentation'
            : 'a ZIP archive that holds no workbook';
    throw new WorkbookError(`an Excel workbook (.xlsx); this is ${what}`);
  }

  // Every part, checked on its declared size before any is inflated: SheetJS inflates them all.
  const total = [...entries.values()].reduce((sum, entry) => sum + entry.size, 0);
  if (total > MAX_WORKBOOK_XML_BYTES) {
    throw new WorkbookError(`an .xlsx workbook that unpacks to at most ${MAX_WORKBOOK_XML_BYTES / 1_000_000} MB; this one declares ${Math.round(total / 1_000_000)} MB (split it into several files, or a file built to fill the memory?)`);
  }
  for (const [path, entry] of entries) {
    const ratio = entry.size / Math.max(entry.compressedSize, 1);
    if (entry.size > RATIO_CHECKED_FROM_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      throw new WorkbookError(`an .xlsx workbook; its part ${path} would unpack ${Math.round(ratio)} times larger than it is stored, more than the ${MAX_COMPRESSION_RATIO} times a sheet of figures reaches (a file built to fill the memory?)`);
    }
  }
  for (const entry of entries.values()) checkEntry(bytes, entry);

  let book: WorkBook;
  try {
    book = read(bytes, READ_OPTIONS);
  } catch (error) {
    throw new WorkbookError(`an .xlsx workbook as Excel saves it; this one cannot be read (${error instanceof Error ? error.message : String(error)}): save it again from Excel`);
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

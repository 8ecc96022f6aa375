// An Excel workbook (.xlsx) read into its sheets' cells, as Excel holds them: text, numbers with the
// date format that makes some of them dates, booleans, error values (#N/A) and formulas whose result
// was never saved. Nothing is decided here about what a cell means; import-file.ts does that per column.
//
// Loaded only by importFile, on a workbook: the pages never fetch it. The ZIP is read by hand from its
// central directory, so every part's declared size is known before a byte is inflated, and inflating
// stops as soon as a part grows past what it declared: a zip bomb costs a refusal, not the memory.
import { Inflate } from 'fflate';
import { decode as decodeEntities, Parser } from 'saxen';

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
  /** An ISO 8601 date cell (t="d"), as LibreOffice and some generators write them. */
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

/** "A" -> 0, "AB" -> 27. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** 0 -> "A", 27 -> "AB". */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function parseRef(ref: string): { column: number; row: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return match ? { column: columnIndex(match[1]!), row: Number(match[2]) } : null;
}

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

/** One part's bytes, inflated in small steps and stopped the moment it outgrows its declared size. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeader;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== 0x04034b50) throw new WorkbookError(DAMAGED);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new WorkbookError(DAMAGED);
  if (entry.method === 0) return data.slice(0, entry.size);
  if (entry.method !== 8) throw new WorkbookError(`an .xlsx workbook as Excel saves it; its part ${entry.name} is compressed with method ${entry.method}, which is not read: save it again from Excel`);
  const out = new Uint8Array(entry.size);
  let length = 0;
  const inflate = new Inflate((chunk) => {
    if (length + chunk.length > entry.size) {
      throw new WorkbookError(`an .xlsx workbook whose parts are the size they declare; ${entry.name} unpacks to more than its declared ${entry.size} bytes (a damaged file, or one built to fill the memory)`);
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  // 64 KB of deflate makes at most 66 MB: the most a forged part can take before it is stopped.
  const STEP = 65_536;
  try {
    for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(DAMAGED);
  }
  return out.subarray(0, length);
}

// ---------------------------------------------------------------------------------------------------
// XML

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Attribute values as written, entities and all: a cell's reference, type and style never hold one, and
 * a sheet's 50,000 rows are read faster without decoding them. Names, targets and formats are decoded
 * where they are read (`decodeEntities`).
 */
type RawAttributes = () => Record<string, string>;

/** OOXML writes characters XML cannot hold as _x000D_; a literal "_x" is itself written _x005F_x. */
const unescapeOoxml = (text: string) => text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function parseXml(xml: string, part: string, handlers: {
  open?: (name: string, attrs: RawAttributes, selfClosing: boolean) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}): void {
  const parser = new Parser();
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('openTag', (name, attrs, _decode, selfClosing) => {
      open(localName(name), attrs, selfClosing);
      if (selfClosing) handlers.close?.(localName(name));
    });
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closeTag', (name, _decode, selfClosing) => {
      if (!selfClosing) close(localName(name));
    });
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', (value, decode) => text(decode(value)));
    parser.on('cdata', (value) => text(value));
  }
  parser.parse(xml);
  if (failure) throw new WorkbookError(`an .xlsx workbook; its part ${part} is not well-formed XML (${(failure as Error).message}): the file is damaged, save it again from Excel`);
}

// ---------------------------------------------------------------------------------------------------
// Styles: which cells are dates, and to what precision their format shows them

/** Excel's built-in number formats that show a date (ECMA-376 18.8.30), and what they show. */
const BUILT_IN_DATES: ReadonlyMap<number, DatePrecision> = new Map([
  [14, 'day'], [15, 'day'], [16, 'day'], [17, 'month'], [22, 'day'],
  ...[27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58].map((id): [number, DatePrecision] => [id, 'day']),
]);

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

/** What a cell style's number format shows: a date (to a precision), a percentage, or a plain number. */
interface NumberShown {
  date: DatePrecision | null;
  percent: boolean;
}

const PLAIN: NumberShown = { date: null, percent: false };

/** Excel's built-in percent formats: 0% and 0.00%. */
const BUILT_IN_PERCENT = new Set([9, 10]);

function shownBy(code: string): NumberShown {
  const date = datePrecisionOfFormat(code);
  return { date, percent: date === null && /%/.test(code.split(';')[0]!.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '')) };
}

function readStyles(xml: string | null): NumberShown[] {
  if (xml === null) return [];
  const custom = new Map<number, NumberShown>();
  const styles: NumberShown[] = [];
  let inCellXfs = false;
  parseXml(xml, 'xl/styles.xml', {
    open(name, attrs) {
      if (name === 'numFmt') {
        const a = attrs();
        custom.set(Number(a.numFmtId), shownBy(decodeEntities(a.formatCode ?? '')));
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs().numFmtId ?? 0);
        styles.push(custom.get(id) ?? { date: BUILT_IN_DATES.get(id) ?? null, percent: BUILT_IN_PERCENT.has(id) });
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  // Phonetic runs (<rPh>) are reading aids for East Asian text, not part of the value.
  let inPhonetic = false;
  parseXml(xml, 'xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) inText = true;
    },
    close(name) {
      if (name === 'si') {
        strings.push(unescapeOoxml(current ?? ''));
        current = null;
      } else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
  });
  return strings;
}

// ---------------------------------------------------------------------------------------------------
// A worksheet

function readWorksheet(xml: string, part: string, name: string, strings: readonly string[], styles: readonly NumberShown[], dateSystem: 1900 | 1904): Worksheet {
  const rows: SheetRow[] = [];
  const merges: MergedRange[] = [];
  let row: SheetRow | null = null;
  let lastRow = 0;
  let nextColumn = 0;
  // The cell being read.
  let column = 0;
  let type = 'n';
  let style = 0;
  let value: string | null = null;
  let formula: string | null = null;
  let inline: string | null = null;
  let capture: 'v' | 'f' | 't' | null = null;
  let inInline = false;
  let inPhonetic = false;

  const finish = (): CellValue | null => {
    if (type === 'e') return { type: 'error', code: value ?? '#VALUE!' };
    if (type === 'inlineStr') return inline === null || inline === '' ? null : { type: 'text', text: unescapeOoxml(inline) };
    if (value === null) return formula !== null ? { type: 'no-result', formula } : null;
    switch (type) {
      case 's': {
        const text = strings[Number(value)];
        if (text === undefined) throw new WorkbookError(`an .xlsx workbook; cell ${columnLetters(column)}${row?.row} of sheet "${name}" points to shared text ${value}, which the file does not hold: the file is damaged, save it again from Excel`);
        return text === '' ? null : { type: 'text', text };
      }
      case 'str':
        return value === '' ? null : { type: 'text', text: unescapeOoxml(value) };
      case 'b':
        return { type: 'boolean', value: value === '1' || value === 'true' };
      case 'd':
        return { type: 'iso-date', text: value };
      default: {
        if (value.trim() === '') return null;
        const number = Number(value);
        if (!Number.isFinite(number)) return { type: 'text', text: value };
        const shown = styles[style] ?? PLAIN;
        return { type: 'number', number, date: shown.date, percent: shown.percent };
      }
    }
  };

  parseXml(xml, part, {
    open(tag, attrs) {
      switch (tag) {
        case 'row': {
          const r = Number(attrs().r);
          lastRow = Number.isInteger(r) && r > lastRow ? r : lastRow + 1;
          row = { row: lastRow, cells: [] };
          nextColumn = 0;
          break;
        }
        case 'c': {
          const a = attrs();
          const ref = a.r ? parseRef(a.r) : null;
          column = ref ? ref.column : nextColumn;
          nextColumn = column + 1;
          type = a.t ?? 'n';
          style = Number(a.s ?? 0);
          value = null;
          formula = null;
          inline = null;
          break;
        }
        case 'v':
          capture = 'v';
          value = '';
          break;
        case 'f':
          capture = 'f';
          formula = '';
          break;
        case 'is':
          inInline = true;
          inline = '';
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 't':
          if (inInline && !inPhonetic) capture = 't';
          break;
        case 'mergeCell': {
          const [from, to] = (attrs().ref ?? '').split(':');
          const a = parseRef(from ?? '');
          const b = parseRef(to ?? from ?? '');
          if (a && b) merges.push({ top: a.row, bottom: b.row, left: a.column, right: b.column, ref: `${from}:${to ?? from}` });
          break;
        }
      }
    },
    close(tag) {
      switch (tag) {
        case 'c': {
          const cell = finish();
          if (cell && row) row.cells.push({ column, value: cell });
          break;
        }
        case 'row':
          if (row && row.cells.length > 0) rows.push(row);
          row = null;
          break;
        case 'v':
        case 'f':
        case 't':
          capture = null;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
      }
    },
    text(text) {
      if (capture === 'v') value += text;
      else if (capture === 'f') formula += text;
      else if (capture === 't') inline += text;
    },
  });
  return { name, rows, merges, dateSystem };
}

// ---------------------------------------------------------------------------------------------------
// The workbook

/** A path inside the package, from a relationship's target relative to the part that names it. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/**
 * The sheets of an .xlsx file, or a WorkbookError saying why it cannot be read: not a ZIP, a ZIP
 * holding no workbook, parts that declare more than MAX_WORKBOOK_XML_BYTES or inflate past what they
 * declare, XML that is not well formed.
 */
export function readWorkbook(bytes: Uint8Array): Workbook {
  const entries = readDirectory(bytes);
  const decoder = new TextDecoder();
  const part = (path: string): string | null => {
    const entry = entries.get(path);
    return entry ? decoder.decode(inflateEntry(bytes, entry)) : null;
  };

  const rootRels = part('_rels/.rels');
  let workbookPath = 'xl/workbook.xml';
  if (rootRels !== null) {
    parseXml(rootRels, '_rels/.rels', {
      open(name, attrs) {
        const a = attrs();
        if (name === 'Relationship' && /\/officeDocument$/.test(a.Type ?? '') && a.Target) workbookPath = resolvePart('', decodeEntities(a.Target));
      },
    });
  }
  if (!entries.has(workbookPath)) {
    const what = entries.has('mimetype') ? 'an OpenDocument file (.ods?): save it as .xlsx'
      : entries.has('xl/workbook.bin') ? 'an Excel binary workbook (.xlsb): save it as .xlsx'
        : entries.has('word/document.xml') ? 'a Word document'
          : entries.has('ppt/presentation.xml') ? 'a PowerPoint presentation'
            : 'a ZIP archive that holds no workbook';
    throw new WorkbookError(`an Excel workbook (.xlsx); this is ${what}`);
  }

  // Every part that will be read, checked on its declared size before any is inflated.
  const xmlParts = [...entries].filter(([path]) => /\.(xml|rels)$/.test(path));
  const total = xmlParts.reduce((sum, [, entry]) => sum + entry.size, 0);
  if (total > MAX_WORKBOOK_XML_BYTES) {
    throw new WorkbookError(`an .xlsx workbook that unpacks to at most ${MAX_WORKBOOK_XML_BYTES / 1_000_000} MB; this one declares ${Math.round(total / 1_000_000)} MB (split it into several files, or a file built to fill the memory?)`);
  }
  for (const [path, entry] of xmlParts) {
    const ratio = entry.size / Math.max(entry.compressedSize, 1);
    if (entry.size > RATIO_CHECKED_FROM_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      throw new WorkbookError(`an .xlsx workbook; its part ${path} would unpack ${Math.round(ratio)} times larger than it is stored, more than the ${MAX_COMPRESSION_RATIO} times a sheet of figures reaches (a file built to fill the memory?)`);
    }
  }

  const sheetList: { name: string; id: string }[] = [];
  let dateSystem: 1900 | 1904 = 1900;
  parseXml(part(workbookPath)!, workbookPath, {
    open(name, attrs) {
      if (name === 'workbookPr') {
        const date1904 = attrs().date1904;
        if (date1904 === '1' || date1904 === 'true') dateSystem = 1904;
      } else if (name === 'sheet') {
        const a = attrs();
        const idKey = Object.keys(a).find((key) => /(^|:)id$/.test(key) && key !== 'sheetId');
        sheetList.push({ name: decodeEntities(a.name ?? ''), id: idKey ? a[idKey]! : '' });
      }
    },
  });
  const relsPath = resolvePart(workbookPath, `_rels/${workbookPath.split('/').pop()}.rels`);
  const targets = new Map<string, { path: string; type: string }>();
  const rels = part(relsPath);
  if (rels !== null) {
    parseXml(rels, relsPath, {
      open(name, attrs) {
        const a = attrs();
        if (name === 'Relationship' && a.Id && a.Target) targets.set(a.Id, { path: resolvePart(workbookPath, decodeEntities(a.Target)), type: (a.Type ?? '').split('/').pop() ?? '' });
      },
    });
  }
  const find = (type: string) => [...targets.values()].find((t) => t.type === type)?.path ?? null;
  const stylesPath = find('styles');
  const stringsPath = find('sharedStrings');
  const styles = readStyles(stylesPath && part(stylesPath));
  const strings = readSharedStrings(stringsPath && part(stringsPath));

  const workbook: Workbook = { sheets: [], otherSheets: [] };
  for (const { name, id } of sheetList) {
    const target = targets.get(id);
    if (!target || target.type !== 'worksheet') {
      workbook.otherSheets.push({ name, what: target?.type === 'chartsheet' ? 'a chart sheet' : 'not a worksheet' });
      continue;
    }
    const xml = part(target.path);
    if (xml === null) throw new WorkbookError(`an .xlsx workbook; the sheet "${name}" is listed but its part ${target.path} is missing: the file is damaged, save it again from Excel`);
    workbook.sheets.push(readWorksheet(xml, target.path, name, strings, styles, dateSystem));
  }
  return workbook;
}

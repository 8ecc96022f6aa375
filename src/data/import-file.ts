// A file someone brings in (dropped on the data desk, or named to `npm run validate`), from its bytes
// to the tables it holds. A CSV file is one table; an Excel workbook holds one table a sheet. Each
// table is handed on as the CSV text the validator reads, with the way back from the text's lines to
// the places the person will look for them (the sheet and its row).
import { binaryKindIn, decodeText, fileSizeProblem } from './encoding.ts';
import { expectedFields, w, type Expected, type Problem } from './problems.ts';
import type { RegionIndex } from './regions.ts';
import { HEADER_SEARCH_ROWS, sheetToTable } from './sheet-table.ts';
import { GUIDE_SHEET } from './templates.ts';
import { validateFile, type FileReport } from './validate.ts';

export interface ImportedTable {
  /** The file as the person named it ("cakupan-2026.xlsx"). */
  file: string;
  /** The sheet the table came from; null for a CSV file. */
  sheet: string | null;
  /** The table as CSV text (header first), what validateFile and the parsers read. */
  text: string;
  /**
   * The sheet row of each line of `text` (index 0 is line 1); null when lines are the file's own
   * lines (a CSV file).
   */
  rowOfLine: readonly number[] | null;
  /**
   * Found while bringing the table in, already at the sheet's rows: a text file's encoding, a sheet's
   * error cells and formulas without a result (their rows are not in `text`), merged cells, cells read
   * as something they did not look like, a header below row 1.
   */
  problems: Problem[];
  /**
   * The columns as the person's file names them, by our field name, where a column match renamed them
   * (column-match.ts): messages name the column the person sees.
   */
  columnNames?: Readonly<Record<string, string>>;
  /**
   * The same for one line where it differs from `columnNames` (index 0 is line 1): a sheet with two
   * figure columns gives each row a line per figure, each from its own column.
   */
  lineColumnNames?: readonly (Readonly<Record<string, string>> | undefined)[];
}

export interface ImportedFile {
  file: string;
  tables: ImportedTable[];
  /** Problems with the file as a whole: not readable, not a workbook, too large, a sheet left out. */
  problems: Problem[];
}

/** A table's validation, its problems in the sheet's rows: what `npm run validate` prints and the data desk shows. */
export interface TableReport extends FileReport {
  sheet: string | null;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** Compound File (OLE): an .xls workbook, or an .xlsx that Excel encrypted with a password. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORKBOOK_NAME = /\.xls[xm]?$/i;

const wholeFile = (severity: Problem['severity'], file: string, expected: Expected, sheet?: string): Problem => ({
  severity, file, ...(sheet === undefined ? {} : { sheet }), line: null, field: null, found: null, ...expectedFields(expected),
});

export interface ImportOptions {
  /**
   * A time (performance.now()) by which a workbook must be unpacked: past it, the file is refused
   * rather than read further. The data desk's worker sets it; the command line waits as long as it takes.
   */
  deadline?: number;
}

/**
 * Reads a CSV (any encoding decodeText reads) or an Excel workbook (.xlsx), told apart by their bytes.
 * The workbook reader is loaded here, on the first workbook, so pages that never read one never
 * fetch it. Never throws on what the file holds: every refusal is a problem naming the file.
 */
export async function importFile(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<ImportedFile> {
  const refuse = (expected: Expected): ImportedFile => ({ file, tables: [], problems: [wholeFile('error', file, expected)] });
  const tooLarge = fileSizeProblem(bytes.length, file);
  if (tooLarge) return { file, tables: [], problems: [tooLarge] };
  if (startsWith(bytes, COMPOUND_FILE)) {
    return refuse(w(
      'buku kerja .xlsx tanpa kata sandi; ini buku kerja berkata sandi atau berformat lama (.xls): simpan di Excel sebagai "Excel Workbook (.xlsx)" tanpa kata sandi',
      'an .xlsx workbook without a password; this is a password-protected or old-format (.xls) workbook: save it in Excel as "Excel Workbook (.xlsx)" without a password',
    ));
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return importWorkbook(bytes, file, options);
  const named = WORKBOOK_NAME.test(file);
  if (named) {
    const kind = bytes.length === 0 ? w('berkas kosong', 'an empty file') : binaryKindIn(bytes);
    if (kind) return refuse(w(`buku kerja Excel (.xlsx), seperti kata nama berkasnya; ini ${kind.id}`, `an Excel workbook (.xlsx), as the file's name says; this is ${kind.en}`));
  }
  const decoded = decodeText(bytes, file);
  if (decoded.text === null) return { file, tables: [], problems: decoded.problems };
  // A CSV export renamed .xlsx is still a table: read as what it is.
  const problems = named
    ? [wholeFile('warning', file, w('buku kerja Excel (.xlsx), seperti kata nama berkasnya; ini teks, dan dibaca sebagai CSV', 'an Excel workbook (.xlsx), as the file\'s name says; this is text, and is read as CSV'))]
    : [];
  return { file, tables: [{ file, sheet: null, text: decoded.text, rowOfLine: null, problems: decoded.problems }], problems };
}

async function importWorkbook(bytes: Uint8Array, file: string, options: ImportOptions): Promise<ImportedFile> {
  const { readWorkbook, WorkbookError, DAMAGED } = await import('./workbook.ts');
  let workbook;
  try {
    workbook = readWorkbook(bytes, { deadline: options.deadline });
  } catch (error) {
    // A ZIP cut short or overwritten trips the reader anywhere: it is the same damaged file.
    const expected = error instanceof WorkbookError ? error.wording : DAMAGED;
    return { file, tables: [], problems: [wholeFile('error', file, expected)] };
  }
  const tables: ImportedTable[] = [];
  const problems: Problem[] = [];
  for (const sheet of workbook.sheets) {
    const table = sheetToTable(sheet, file);
    if (table.text !== null) {
      tables.push({ file, sheet: sheet.name, text: table.text, rowOfLine: table.rowOfLine, problems: table.problems });
    } else if (sheet.rows.length > 0 && sheet.name !== GUIDE_SHEET) {
      // An explanation, a chart's data, a pivot: the person's own, not a table of ours. The templates'
      // own explanation is expected, and left out without a word.
      problems.push(wholeFile('warning', file, w(
        `tabel yang baris judulnya (dalam ${HEADER_SEARCH_ROWS} baris pertama) memuat kolom berkas cakupan, penghargaan atau wilayah; lembar ini tidak memuatnya, dan tidak dibaca`,
        `a table whose header (within the first ${HEADER_SEARCH_ROWS} rows) names the columns of a coverage, awards or regions file; this sheet has none, and is left out`,
      ), sheet.name));
    }
  }
  for (const other of workbook.otherSheets) {
    problems.push(wholeFile('warning', file, w(`lembar kerja; ini ${other.what}, dan tidak dibaca`, `a worksheet; this is ${other.what}, and is left out`), other.name));
  }
  if (tables.length === 0) {
    const names = [...workbook.sheets, ...workbook.otherSheets].map((sheet) => `"${sheet.name}"`).join(', ');
    const found = names === '' ? w('buku kerja ini tidak berisi lembar', 'the workbook holds no sheet') : w(`tidak satu pun lembarnya (${names}) memuatnya`, `none of its sheets (${names}) has one`);
    problems.push(wholeFile('error', file, w(
      `lembar yang baris judulnya memuat kolom berkas cakupan, penghargaan atau wilayah (seperti templat); ${found.id}`,
      `a sheet whose header names the columns of a coverage, awards or regions file (as the templates do); ${found.en}`,
    )));
  }
  return { file, tables, problems };
}

/**
 * Where a line of a table's text is for the person: the sheet's row for a workbook, the line itself for
 * a CSV file. For a parsed row's `line` (a CoverageFigure's, an Award's) as well as a problem's.
 */
export function sheetRow(table: ImportedTable, line: number): number {
  return table.rowOfLine?.[line - 1] ?? line;
}

/**
 * A table's problems as the person will look for them: in a sheet, at the sheet's row rather than the
 * line of the text the sheet became.
 */
export function placeProblems(problems: readonly Problem[], table: ImportedTable): Problem[] {
  const names = table.columnNames ?? {};
  const named = (problem: Problem): Problem => {
    const ofLine = problem.line === null ? undefined : table.lineColumnNames?.[problem.line - 1];
    const column = problem.field === null || problem.column !== undefined ? undefined : (ofLine?.[problem.field] ?? names[problem.field]);
    return column === undefined || column === problem.field ? problem : { ...problem, column };
  };
  if (table.rowOfLine === null) return problems.map(named);
  return problems.map((problem) => ({ ...named(problem), sheet: table.sheet, line: problem.line === null ? null : sheetRow(table, problem.line) }));
}

/**
 * Validates one imported table: what was found bringing it in and what the validator found in its
 * text, together in the order of the sheet (problems with the whole table first).
 */
export function validateTable(table: ImportedTable, regions: RegionIndex): TableReport {
  const report = validateFile(table.text, table.file, regions);
  const problems = [...table.problems, ...placeProblems(report.problems, table)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ...report, sheet: table.sheet, problems };
}

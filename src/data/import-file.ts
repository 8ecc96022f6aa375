// A file someone brings in (dropped on the data desk, or named to `npm run validate`), from its bytes
// to the tables it holds. A CSV file is one table; an Excel workbook holds one table a sheet. Each
// table is handed on as the CSV text the validator reads, with the way back from the text's lines to
// the places the person will look for them (the sheet and its row).
import { decodeText } from './encoding.ts';
import type { Problem } from './problems.ts';

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
}

export interface ImportedFile {
  file: string;
  tables: ImportedTable[];
  /** Problems with the file as a whole: its encoding, not a workbook, too large, a sheet left out. */
  problems: Problem[];
}

/** Reads a CSV (any encoding decodeText reads) or an Excel workbook (.xlsx). */
export async function importFile(bytes: Uint8Array, file: string): Promise<ImportedFile> {
  const decoded = decodeText(bytes, file);
  if (decoded.text === null) return { file, tables: [], problems: decoded.problems };
  return { file, tables: [{ file, sheet: null, text: decoded.text, rowOfLine: null }], problems: decoded.problems };
}

/**
 * A table's problems as the person will look for them: in a sheet, at the sheet's row rather than the
 * line of the text the sheet became.
 */
export function placeProblems(problems: readonly Problem[], table: ImportedTable): Problem[] {
  if (table.rowOfLine === null) return [...problems];
  const rows = table.rowOfLine;
  return problems.map((problem) => ({ ...problem, line: problem.line === null ? null : (rows[problem.line - 1] ?? problem.line) }));
}

// Reading delimited text as real exports deliver it: a byte-order mark, CRLF line ends, quoted fields
// (with delimiters and line breaks inside), blank trailing lines, and the semicolon-separated,
// decimal-comma files that spreadsheets in the id-ID locale write. Parsing itself is d3-dsv's.
import { dsvFormat } from 'd3-dsv';
import { findInvisible, removeInvisible } from './problem-text.ts';
import type { ProblemLog } from './problems.ts';

export type Delimiter = ',' | ';' | '\t';

export interface DelimitedRow {
  /** 1-based line on which the row starts in the original file. */
  line: number;
  /** Cell text by (normalised) column name. */
  cells: RowCells;
}

/**
 * A row's cells by column name. The rows of a file share one index of its columns: a file of 200,000
 * rows holds 200,000 arrays of text, not 200,000 maps, and validating it stays in proportion to its size.
 */
export class RowCells {
  constructor(
    private readonly values: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
  ) {}

  get(column: string): string | undefined {
    const i = this.index.get(column);
    return i === undefined ? undefined : this.values[i];
  }
}

export interface DelimitedTable {
  columns: string[];
  delimiter: Delimiter;
  /** True for semicolon files, where numbers are written 68,02 (id-ID). */
  decimalComma: boolean;
}

export interface TableSchema {
  /** A name for the kind of file, used in messages ("a coverage file"). */
  kind: string;
  required: readonly string[];
  optional: readonly string[];
  /**
   * A header alone is a complete file: a province whose figures or awards are not published yet.
   * Otherwise a file without rows gets a warning (a regions file with no region is a mistake).
   */
  mayBeEmpty?: boolean;
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

function normaliseColumn(name: string): string {
  return name.trim().toLowerCase();
}

function describeDelimiter(d: string): string {
  return d === '\t' ? 'tab' : d === ',' ? 'comma' : d === ';' ? 'semicolon' : `"${d}"`;
}

/** The delimiter whose split of the header names the most known columns. */
function detectDelimiter(headerLine: string, known: ReadonlySet<string>): Delimiter | null {
  let best: Delimiter | null = null;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const names = dsvFormat(d).parseRows(headerLine)[0] ?? [];
    const count = names.filter((n) => known.has(normaliseColumn(n))).length;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Split a file into rows keyed by column, reporting problems with the file as a whole (empty, unknown
 * delimiter, missing columns) and with rows whose cell count does not match the header. Each row is
 * handed to `onRow` as it is read and kept by nobody here, so a file of 200,000 rows never holds them
 * all at once: what stays is what the caller keeps (its figures, its problems). Returns null when no
 * row can be read at all.
 */
export function readDelimited(
  text: string,
  schema: TableSchema,
  log: ProblemLog,
  onRow: (row: DelimitedRow, table: DelimitedTable) => void,
): DelimitedTable | null {
  const known = new Set([...schema.required, ...schema.optional]);
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (body.trim() === '') {
    log.error(null, null, null, `${schema.kind}: a header line naming the columns (${schema.required.join(', ')}); the file is empty`);
    return null;
  }

  const headerLine = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n'));
  const delimiter = detectDelimiter(headerLine, known);
  if (delimiter === null) {
    const seen = /[|:^]/.exec(headerLine)?.[0];
    const hint = seen ? ` (the header seems to be separated by ${describeDelimiter(seen)})` : '';
    log.error(1, null, headerLine, `${schema.kind}: a header of columns separated by commas, semicolons or tabs, naming ${schema.required.join(', ')}${hint}`);
    return null;
  }

  let table: DelimitedTable | null = null;
  let header: string[] = [];
  let index = new Map<string, number>();
  let refused = false;
  let rows = 0;
  // d3-dsv gives rows, not line numbers: a quoted field may hold line breaks, so count them.
  let line = 0;
  dsvFormat(delimiter).parseRows(body, (cellsRaw, i) => {
    line += 1;
    const rowLine = line;
    line += newlinesIn(cellsRaw);
    if (i === 0) {
      header = readHeader(cellsRaw, schema, known, log);
      refused = log.errorCount > 0;
      // Unnamed columns share the name "" (never read); a known column appears once, or no row is read.
      index = new Map(header.map((name, j) => [name, j]));
      table = { columns: header, delimiter, decimalComma: delimiter === ';' };
      return null;
    }
    if (refused || cellsRaw.every((c) => c.trim() === '')) return null; // blank line
    if (cellsRaw.length !== header.length) {
      log.error(
        rowLine,
        null,
        cellsRaw.join(delimiter),
        `${header.length} fields separated by ${describeDelimiter(delimiter)}s as in the header, found ${cellsRaw.length}` +
          (cellsRaw.length > header.length ? ' (a value holding the delimiter must be in double quotes)' : ''),
      );
      return null;
    }
    for (let j = 0; j < cellsRaw.length; j++) cellsRaw[j] = cellsRaw[j]!.trim();
    rows++;
    onRow({ line: rowLine, cells: new RowCells(cellsRaw, index) }, table!);
    return null;
  });
  if (refused) return null;
  if (rows === 0 && log.errorCount === 0 && !schema.mayBeEmpty) {
    log.warning(null, null, null, `${schema.kind}: at least one row after the header; the file has none`);
  }
  return table;
}

/** The header's column names, normalised; problems with them (missing, twice, unknown) go to the log. */
function readHeader(names: readonly string[], schema: TableSchema, known: ReadonlySet<string>, log: ProblemLog): string[] {
  const header = names.map((name) => {
    // A column name is read for its letters: an invisible character (pasted from a web page) is left out.
    const invisible = findInvisible(name);
    if (invisible) log.warning(1, normaliseColumn(removeInvisible(name)), name, `a column name without invisible characters; found ${invisible}, which is left out`);
    return normaliseColumn(invisible ? removeInvisible(name) : name);
  });
  const seenColumns = new Set<string>();
  for (const name of header) {
    // Unnamed columns come from trailing delimiters in spreadsheet exports; they are ignored.
    if (name === '') continue;
    if (seenColumns.has(name)) {
      // A known column twice leaves no way to tell which value is meant, so no row is read.
      if (known.has(name)) log.error(1, name, name, `each column once; this column appears twice in the header`);
      continue;
    }
    seenColumns.add(name);
    if (!known.has(name)) {
      log.warning(1, name, name, `one of the columns ${[...known].join(', ')}; this column is ignored`);
    }
  }
  for (const column of schema.required.filter((c) => !seenColumns.has(c))) {
    log.error(1, column, null, `a column named "${column}" in the header of ${schema.kind} (header has: ${header.join(', ')})`);
  }
  return header;
}

function newlinesIn(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) for (const ch of cell) if (ch === '\n') n++;
  return n;
}

// Reading delimited text as real exports deliver it: a byte-order mark, CRLF line ends, quoted fields
// (with delimiters and line breaks inside), blank trailing lines, and the semicolon-separated,
// decimal-comma files that spreadsheets in the id-ID locale write. Parsing itself is d3-dsv's.
import { dsvFormat } from 'd3-dsv';
import { findInvisible, removeInvisible } from './problem-text.ts';
import { columnMeaning, type ColumnMeaning, type HeaderKind } from './column-names.ts';
import { w, type ProblemLog, type Wording } from './problems.ts';

type Delimiter = ',' | ';' | '\t';

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
class RowCells {
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
  /** Our names of the fields the table gives, by a column or by what a heading implies. */
  columns: string[];
  delimiter: Delimiter;
  /** True for semicolon files, where numbers are written 68,02 (id-ID). */
  decimalComma: boolean;
}

export interface TableSchema {
  /** The kind of file, for messages ("a coverage file" / "berkas cakupan"). */
  kind: Wording;
  /** Which names of ours (and of offices') its columns go by: column-names.ts. */
  headerKind: HeaderKind;
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

function describeDelimiter(d: string): Wording {
  return d === '\t' ? w('tab', 'tab') : d === ',' ? w('koma', 'comma') : d === ';' ? w('titik koma', 'semicolon') : w(`"${d}"`, `"${d}"`);
}

/** What a column of the header fills: one of the schema's fields (by its name or another), or none. */
function meaningOf(name: string, schema: TableSchema): ColumnMeaning | null {
  const meaning = columnMeaning(schema.headerKind, name);
  return meaning && (schema.required.includes(meaning.field) || schema.optional.includes(meaning.field)) ? meaning : null;
}

/** The delimiter whose split of the header names the most known columns. */
function detectDelimiter(headerLine: string, schema: TableSchema): Delimiter | null {
  let best: Delimiter | null = null;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const names = dsvFormat(d).parseRows(headerLine)[0] ?? [];
    const count = names.filter((n) => meaningOf(n, schema) !== null).length;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A row of a totals line, not a region's: "Jumlah", "Total", "Jumlah Total", "Total Kab/Kota", "Grand
 * Total". Offices end a sheet with one; it sums the rows above and is no figure of its own to load.
 */
const TOTALS_ROW = /^(jumlah|total|grand\s*total|sub\s*total|subtotal)(\s+\S.*)?\s*:?$/i;

/** True for a cell that makes its row a totals row. */
function isTotalsCell(value: string): boolean {
  return TOTALS_ROW.test(value.trim());
}

/**
 * One way of reading each row: which cell holds each field, and the values a heading implies. A table
 * with one figure column has one; a sheet with "Cakupan (%)" and "Jumlah Peserta Aktif" side by side
 * has two, and each row of it gives two figures.
 */
interface RowLayout {
  index: Map<string, number>;
  constants: string[];
  columnNames: Map<string, string>;
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
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const requiredList = schema.required.join(', ');
  if (body.trim() === '') {
    log.error(null, null, null, w(
      `${schema.kind.id}: baris judul kolom (${requiredList}); berkas ini kosong`,
      `${schema.kind.en}: a header line naming the columns (${requiredList}); the file is empty`,
    ));
    return null;
  }

  const headerLine = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n'));
  const delimiter = detectDelimiter(headerLine, schema);
  if (delimiter === null) {
    const seen = /[|:^]/.exec(headerLine)?.[0];
    const by = seen ? describeDelimiter(seen) : null;
    log.error(1, null, headerLine, w(
      `${schema.kind.id}: baris judul dengan kolom dipisahkan koma, titik koma atau tab, yang memuat ${requiredList}${by ? ` (judulnya tampak dipisahkan ${by.id})` : ''}`,
      `${schema.kind.en}: a header of columns separated by commas, semicolons or tabs, naming ${requiredList}${by ? ` (the header seems to be separated by ${by.en})` : ''}`,
    ));
    return null;
  }

  let table: DelimitedTable | null = null;
  let header: string[] = [];
  let layouts: RowLayout[] = [];
  let read = new Set<number>();
  let refused = false;
  let rows = 0;
  // d3-dsv gives rows, not line numbers: a quoted field may hold line breaks, so count them.
  let line = 0;
  dsvFormat(delimiter).parseRows(body, (cellsRaw, i) => {
    line += 1;
    const rowLine = line;
    line += newlinesIn(cellsRaw);
    if (i === 0) {
      const errorsBefore = log.errorCount;
      const layout = readHeader(cellsRaw, schema, log);
      refused = log.errorCount > errorsBefore;
      header = layout.header;
      layouts = layout.layouts;
      read = new Set(layouts.flatMap((l) => [...l.index.values()]));
      table = { columns: layout.fields, delimiter, decimalComma: delimiter === ';' };
      return null;
    }
    if (refused || cellsRaw.every((c) => c.trim() === '')) return null; // blank line
    if (cellsRaw.length !== header.length) {
      const d = describeDelimiter(delimiter);
      const more = cellsRaw.length > header.length;
      log.error(rowLine, null, cellsRaw.join(delimiter), w(
        `${header.length} isian dipisahkan ${d.id} seperti pada baris judul, bukan ${cellsRaw.length}${more ? ' (nilai yang memuat pemisah harus diapit tanda kutip ganda)' : ''}`,
        `${header.length} fields separated by ${d.en}s as in the header, found ${cellsRaw.length}${more ? ' (a value holding the delimiter must be in double quotes)' : ''}`,
      ));
      return null;
    }
    for (let j = 0; j < cellsRaw.length; j++) cellsRaw[j] = cellsRaw[j]!.trim();
    const totals = cellsRaw.find((cell, j) => read.has(j) && isTotalsCell(cell));
    if (totals !== undefined) {
      log.warning(rowLine, null, totals, w(
        'baris satu wilayah; ini baris jumlah, yang tidak dimuat (angkanya dijumlah dari baris di atasnya)',
        'a row for one region; this is a totals row, and is left out (it sums the rows above)',
      ));
      return null;
    }
    if (!cellsRaw.some((cell, j) => read.has(j) && cell !== '')) {
      // Only a column we do not read is filled (a running number "No" with nothing beside it): an empty
      // row, said so because a person may have meant to fill it. A wholly blank line says nothing.
      log.warning(rowLine, null, null, w('isian pada baris ini; baris ini kosong dan dilewati', 'values in this row; the row is empty and is skipped'));
      return null;
    }
    rows++;
    for (const layout of layouts) {
      log.columnNames = layout.columnNames;
      const values = layout.constants.length === 0 ? cellsRaw : [...cellsRaw, ...layout.constants];
      onRow({ line: rowLine, cells: new RowCells(values, layout.index) }, table!);
    }
    return null;
  });
  if (refused) return null;
  if (rows === 0 && log.errorCount === 0 && !schema.mayBeEmpty) {
    log.warning(null, null, null, w(
      `${schema.kind.id}: sedikitnya satu baris di bawah baris judul; berkas ini tidak memuatnya`,
      `${schema.kind.en}: at least one row after the header; the file has none`,
    ));
  }
  return table;
}

interface HeaderLayout {
  /** The header's names as written (invisible characters left out). */
  header: string[];
  fields: string[];
  layouts: RowLayout[];
}

/**
 * What each column of the header fills, by our names and the names offices use; problems with them
 * (a field twice, missing, columns not read) go to the log.
 */
function readHeader(cells: readonly string[], schema: TableSchema, log: ProblemLog): HeaderLayout {
  const header = cells.map((cell) => {
    // A column name is read for its letters: an invisible character (pasted from a web page) is left out.
    const invisible = findInvisible(cell);
    const name = (invisible ? removeInvisible(cell) : cell).trim();
    if (invisible) {
      log.warning(1, normaliseColumn(name), cell, w(
        `nama kolom tanpa karakter tak terlihat; ditemukan ${invisible}, yang dibuang`,
        `a column name without invisible characters; found ${invisible}, which is left out`,
      ));
    }
    return name;
  });
  const byField = new Map<string, number[]>();
  const unread: string[] = [];
  const meanings = header.map((name, j) => {
    // Unnamed columns come from trailing delimiters in spreadsheet exports; they are ignored.
    if (name === '') return null;
    const meaning = meaningOf(name, schema);
    if (!meaning) unread.push(name);
    else byField.set(meaning.field, [...(byField.get(meaning.field) ?? []), j]);
    return meaning;
  });
  const known = [...schema.required, ...schema.optional];
  if (unread.length === 1) {
    log.warning(1, normaliseColumn(unread[0]!), unread[0]!, w(
      `salah satu kolom ${known.join(', ')}; kolom ini tidak dibaca`,
      `one of the columns ${known.join(', ')}; this column is ignored`,
    ));
  } else if (unread.length > 1) {
    log.warning(1, null, unread.join(', '), w(
      `kolom yang dikenal (${known.join(', ')}); kolom-kolom ini tidak dibaca`,
      `the columns known (${known.join(', ')}); these columns are not read`,
    ));
  }

  // Several figure columns, each naming its metric ("Cakupan (%)", "Peserta Aktif"), make one row a
  // figure each. Any other field twice leaves no way to tell which value is meant, so no row is read.
  const figureColumns = (byField.get('value') ?? []).filter((j) => meanings[j]?.implies?.metric);
  const wide = figureColumns.length > 1 && figureColumns.length === byField.get('value')!.length
    && new Set(figureColumns.map((j) => meanings[j]!.implies!.metric)).size === figureColumns.length;
  for (const [field, columns] of byField) {
    if (columns.length > 1 && !(field === 'value' && wide)) {
      log.error(1, field, header[columns[1]!]!, w(
        `setiap kolom sekali; kolom ${field} muncul dua kali pada baris judul (${columns.map((j) => header[j]).join(', ')})`,
        `each column once; this column appears twice in the header`,
      ));
    }
  }
  // Names alone, no codes: the names are the region column (resolveRegion reads names).
  if (!byField.has('region_code') && byField.has('region_name') && known.includes('region_code')) {
    byField.set('region_code', byField.get('region_name')!);
    byField.delete('region_name');
  }

  const layouts: RowLayout[] = (wide ? figureColumns : [byField.get('value')?.[0] ?? -1]).map((figure) => {
    const index = new Map<string, number>();
    const columnNames = new Map<string, string>();
    for (const [field, columns] of byField) {
      const j = field === 'value' && figure !== -1 ? figure : columns[0]!;
      index.set(field, j);
      columnNames.set(field, header[j]!);
    }
    const constants: string[] = [];
    for (const [field, value] of Object.entries(figure === -1 ? {} : (meanings[figure]?.implies ?? {}))) {
      if (index.has(field)) continue;
      index.set(field, header.length + constants.length);
      constants.push(value);
      columnNames.set(field, header[figure]!);
    }
    return { index, constants, columnNames };
  });
  const fields = [...layouts[0]!.index.keys()];
  log.columnNames = layouts[0]!.columnNames;
  const missing = schema.required.filter((c) => !layouts[0]!.index.has(c));
  // Every column missing in one sentence: the person adds them all at once (or gives them on the
  // desk's column-matching step), not one a try.
  const has = header.filter((name) => name !== '').join(', ');
  if (missing.length === 1) {
    const [column] = missing as [string];
    log.error(1, column, null, w(
      `kolom "${column}" pada baris judul ${schema.kind.id} (baris judul memuat: ${has})`,
      `a column named "${column}" in the header of ${schema.kind.en} (header has: ${has})`,
    ));
  } else if (missing.length > 1) {
    const list = missing.map((c) => `"${c}"`).join(', ');
    log.error(1, null, null, w(
      `kolom ${list} pada baris judul ${schema.kind.id}; tidak satu pun baris dibaca tanpanya (baris judul memuat: ${has})`,
      `columns named ${list} in the header of ${schema.kind.en}; no row is read without them (header has: ${has})`,
    ));
  }
  return { header, fields, layouts };
}
function newlinesIn(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) for (const ch of cell) if (ch === '\n') n++;
  return n;
}

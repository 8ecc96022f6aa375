// The data desk's column-matching step: a sheet in an office's own layout ("No, Kabupaten/Kota,
// Cakupan (%), Posisi") turned into a table of ours. The desk shows what each column was taken to
// fill (guessColumns), lets the person change it and give what the sheet does not hold (one period
// for all rows, what the figures measure, the source), then reads the table applyColumnMatch makes,
// whose every line still points at the row of the person's own file. layoutKey lets the desk
// remember a match for the next file of the same layout.
import { dsvFormat } from 'd3-dsv';
import { columnMeaning, fieldList, headerKey, type ColumnMeaning, type HeaderKind } from './column-names.ts';
import { TABLE_SCHEMAS } from './field-guide.ts';
import type { ImportedTable } from './import-file.ts';
import { removeInvisible } from './problem-text.ts';
import type { Problem } from './problems.ts';

/** What each column of a sheet fills, for one kind of table. */
export interface ColumnMatch {
  kind: HeaderKind;
  /** The sheet's headings, in order, as it writes them. */
  headings: string[];
  /** One entry per heading: the field it fills (and what its heading implies), or null: not read. */
  columns: (ColumnMeaning | null)[];
  /** Required fields no column fills and no heading implies: each needs a column or a constant. */
  unplaced: string[];
}

/**
 * What the sheet does not hold, the same for every row: `{ period: '2025-12', source_url: 'https://…',
 * confidence: 'tinggi' }`. Keys are our field names; values are written as in a cell, and read (and
 * checked) as a cell is. A constant wins over what a heading implies (the person said so).
 */
export type MatchConstants = Readonly<Partial<Record<string, string>>>;

export interface AppliedMatch {
  /** The table in our schema, its lines mapped to the rows of the person's file; null when it cannot be read. */
  table: ImportedTable | null;
  /** Why not, in one sentence naming what is missing; empty when the table was made. */
  problems: Problem[];
}

const KINDS: readonly HeaderKind[] = ['coverage', 'awards', 'regions'];

const fieldsOf = (kind: HeaderKind) => {
  const schema = TABLE_SCHEMAS[kind];
  return { known: new Set([...schema.required, ...schema.optional]) };
};

/** Which of our fields each heading fills for a kind of table (a field twice: its first column only, figures apart). */
function matchFor(kind: HeaderKind, headings: readonly string[]): ColumnMatch {
  const { known } = fieldsOf(kind);
  const taken = new Set<string>();
  const columns = headings.map((heading): ColumnMeaning | null => {
    const meaning = columnMeaning(kind, removeInvisible(heading));
    if (!meaning || !known.has(meaning.field)) return null;
    // Several figure columns each naming its metric ("Cakupan (%)", "Peserta Aktif") are all read: a
    // row gives a figure each. Any other field is read from its first column.
    if (taken.has(meaning.field) && !(meaning.field === 'value' && meaning.implies)) return null;
    taken.add(meaning.field);
    return meaning;
  });
  // Names alone, no codes: the names are the region column (regions are resolved by name too).
  if (!taken.has('region_code') && taken.has('region_name') && known.has('region_code')) {
    const j = columns.findIndex((c) => c?.field === 'region_name');
    columns[j] = { field: 'region_code' };
  }
  return { kind, headings: [...headings], columns, unplaced: unplacedFields(kind, columns, {}) };
}

/** Required fields neither a column, what a heading implies, nor a constant gives. */
function unplacedFields(kind: HeaderKind, columns: readonly (ColumnMeaning | null)[], constants: MatchConstants): string[] {
  const placed = new Set(columns.flatMap((c) => (c ? [c.field] : [])));
  const figures = columns.filter((c) => c?.field === 'value');
  return TABLE_SCHEMAS[kind].required.filter((field) => {
    if (placed.has(field) || (constants[field] ?? '') !== '') return false;
    // Implied only when every figure column implies it.
    return !(figures.length > 0 && figures.every((c) => c!.implies?.[field] !== undefined));
  });
}

/**
 * The table a sheet's headings most likely are, and what each column fills: the kind whose fields
 * the headings name the most of (coverage first on a tie: the table offices send most), with the
 * required fields still to place.
 */
export function guessColumns(headers: readonly string[]): ColumnMatch {
  let best: ColumnMatch | null = null;
  let bestCount = -1;
  for (const kind of (['coverage', ...KINDS.filter((k) => k !== 'coverage')] as HeaderKind[])) {
    const match = matchFor(kind, headers);
    const count = new Set(match.columns.flatMap((c) => (c ? [c.field] : []))).size;
    if (count > bestCount) {
      best = match;
      bestCount = count;
    }
  }
  return best!;
}

/**
 * A stable key of a layout: its headings by their letters and digits, in order. "Kabupaten/Kota" and
 * "KABUPATEN / KOTA" are one layout; a column added, removed or moved is another.
 */
export function layoutKey(headers: readonly string[]): string {
  const keys = headers.map((heading) => headerKey(removeInvisible(heading)));
  while (keys.length > 0 && keys[keys.length - 1] === '') keys.pop();
  return keys.join('|');
}

/** The delimiter of a table's text: a sheet's text is comma-separated; a CSV file's is its own. */
function delimiterOf(text: string): ',' | ';' | '\t' {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  let best: ',' | ';' | '\t' = ',';
  let most = 0;
  for (const d of [',', ';', '\t'] as const) {
    const count = dsvFormat(d).parseRows(first)[0]?.length ?? 0;
    if (count > most) {
      best = d;
      most = count;
    }
  }
  return best;
}

/** A table's headings as its first line gives them: what guessColumns and layoutKey take. */
export function tableHeadings(table: ImportedTable): string[] {
  const body = table.text.replace(/^\uFEFF/, '');
  return (dsvFormat(delimiterOf(body)).parseRows(body.split(/\r?\n/, 1)[0] ?? '')[0] ?? []).map((h) => h.trim());
}

/** The first rows under a table's headings, as cells: what the column-matching step shows of each column. */
export function tableSample(table: ImportedTable, rows = 3): string[][] {
  const body = table.text.replace(/^\uFEFF/, '');
  const sample: string[][] = [];
  dsvFormat(delimiterOf(body)).parseRows(body, (cells, i) => {
    if (i > 0 && sample.length < rows && cells.some((cell) => cell.trim() !== '')) sample.push(cells.map((cell) => cell.trim()));
    return null;
  });
  return sample;
}

/** The match the person chose: a field (or none) for each heading; a heading's own meaning kept where its field is kept. */
export function chosenMatch(guess: ColumnMatch, fields: readonly (string | null)[]): ColumnMatch {
  const columns = guess.headings.map((_, j): ColumnMeaning | null => {
    const field = fields[j] ?? null;
    if (field === null) return null;
    const guessed = guess.columns[j];
    return guessed?.field === field ? guessed : { field };
  });
  return { ...guess, columns, unplaced: unplacedFields(guess.kind, columns, {}) };
}

const newlines = (cells: readonly string[]) => cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);

/**
 * The table in our schema: our names in the header, the placed columns' cells, then a column for each
 * constant; a sheet with several figure columns gives a row a figure each, each with what its heading
 * implies. The delimiter is the file's own, so "68,02" in a semicolon file is still read as 68.02.
 * Every line maps to the row of the person's file (the sheet's row, or the CSV's own line), and the
 * columns keep the names the file gives them, for messages. A table whose required fields are not all
 * placed is not made: one sentence names what is missing, and other tables are not touched.
 */
export function applyColumnMatch(table: ImportedTable, match: ColumnMatch, constants: MatchConstants = {}): AppliedMatch {
  const unplaced = unplacedFields(match.kind, match.columns, constants);
  if (unplaced.length > 0) {
    const where = table.sheet === null ? '' : ` [${table.sheet}]`;
    const problem: Problem = {
      severity: 'error', file: table.file, ...(table.sheet === null ? {} : { sheet: table.sheet }), line: null, field: null, found: null,
      expectedId: `kolom atau isian tetap untuk ${fieldList(unplaced, 'id')}; tabel ini tidak memuatnya, jadi tidak satu baris pun dibaca (tabel lain tetap dibaca)`,
      expected: `a column or a value for all rows for the ${fieldList(unplaced, 'en')}; this table${where} has none, so none of its rows is read (other tables still are)`,
    };
    return { table: null, problems: [problem] };
  }

  const delimiter = delimiterOf(table.text);
  const format = dsvFormat(delimiter);
  const placed = match.columns.flatMap((meaning, j) => (meaning && meaning.field !== 'value' ? [{ field: meaning.field, j }] : []));
  const figures = match.columns.flatMap((meaning, j) => (meaning?.field === 'value' ? [{ j, implies: meaning.implies ?? {} }] : []));
  const placedFields = new Set(placed.map((p) => p.field));
  // Fields given the same for all rows: the person's constants, then what a figure's heading implies.
  const given = Object.entries(constants).filter(([field, value]) => value !== undefined && value !== '' && !placedFields.has(field)) as [string, string][];
  const impliedFields = [...new Set(figures.flatMap((f) => Object.keys(f.implies)))].filter((field) => !placedFields.has(field) && !given.some(([g]) => g === field));
  const header = [...placed.map((p) => p.field), ...(figures.length > 0 ? ['value'] : []), ...given.map(([field]) => field), ...impliedFields];

  const columnNames: Record<string, string> = {};
  for (const { field, j } of placed) columnNames[field] = match.headings[j] ?? field;
  if (figures.length === 1) {
    columnNames.value = match.headings[figures[0]!.j] ?? 'value';
    for (const field of impliedFields) columnNames[field] = columnNames.value;
  }

  const rowOf = (line: number) => table.rowOfLine?.[line - 1] ?? line;
  const note = (line: number, found: string | null, id: string, en: string): Problem => ({
    severity: 'warning', file: table.file, ...(table.sheet === null ? {} : { sheet: table.sheet }), line: rowOf(line), field: null, found, expectedId: id, expected: en,
  });
  const problems: Problem[] = [...table.problems];
  // Columns none of ours (a running number "No", "Posisi"): one note for them all, not one each.
  const unread = match.headings.filter((heading, j) => match.columns[j] === null && heading.trim() !== '');
  if (unread.length > 0) {
    problems.push(note(1, unread.join(', '), 'hanya kolom yang dipasangkan dengan isian kita; kolom ini tidak dibaca', 'only the columns matched to a field of ours; these columns are not read'));
  }
  const lines: string[][] = [header];
  const rowOfLine: number[] = [rowOf(1)];
  const lineColumnNames: (Record<string, string> | undefined)[] = [undefined];
  const read = [...placed.map(({ j }) => j), ...figures.map(({ j }) => j)];
  let line = 0;
  format.parseRows(table.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), (cells, i) => {
    line += 1;
    const start = line;
    line += newlines(cells);
    if (i === 0) return null;
    if (read.every((j) => (cells[j] ?? '').trim() === '')) {
      // Nothing in a column we read: a wholly blank line says nothing; a row holding only its number
      // is said, as someone may have meant to fill it.
      if (cells.some((cell) => cell.trim() !== '')) {
        problems.push(note(start, null, 'isian pada baris ini; baris ini kosong dan dilewati', 'values in this row; the row is empty and is skipped'));
      }
      return null;
    }
    const base = placed.map(({ j }) => cells[j] ?? '');
    const constantsOfRow = given.map(([, value]) => value);
    for (const figure of figures.length > 0 ? figures : [null]) {
      const implied = impliedFields.map((field) => figure?.implies[field] ?? '');
      const row = [...base, ...(figure ? [cells[figure.j] ?? ''] : []), ...constantsOfRow, ...implied];
      lines.push(row);
      const names = figure && figures.length > 1 ? Object.fromEntries(['value', ...impliedFields].map((field) => [field, match.headings[figure.j] ?? field])) : undefined;
      for (let k = 0; k <= newlines(row); k++) {
        rowOfLine.push(rowOf(start));
        lineColumnNames.push(names);
      }
    }
    return null;
  });
  return {
    table: { file: table.file, sheet: table.sheet, text: `${format.formatRows(lines)}\n`, rowOfLine, problems, columnNames, lineColumnNames },
    problems: [],
  };
}

// A problem found in an input file: where it is (file, line, field), what was found and what was
// expected. Errors drop the row they are in; warnings keep it. Nothing here throws, so one bad row
// never hides the others.

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** The file as the user named it ("data/coverage.csv"). */
  file: string;
  /**
   * The sheet of a workbook the problem is in; absent (or null) for a text file. With a sheet, `line`
   * is the sheet's row as Excel numbers it.
   */
  sheet?: string | null;
  /** 1-based line in the file (the row, in a sheet); null for a problem with the whole file (or sheet). */
  line: number | null;
  /** The column (or JSON path) at fault; null for a problem with the whole row or file. */
  field: string | null;
  /** The text found, as it was; null when nothing was there to quote. */
  found: string | null;
  /** What was expected there, as a sentence fragment a person can act on. */
  expected: string;
}

const MAX_QUOTED = 60;

/**
 * Characters a reader cannot see that change what text is or how it shows: C0 and C1 controls (NUL, BEL,
 * the ESC that starts a terminal's escape sequence) except tab and line ends, the bidirectional marks,
 * embeddings, overrides and isolates (which reorder what a line appears to say), and the zero-width
 * characters (which make two equal-looking codes differ). Tab and line breaks are ordinary in notes.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
export const INVISIBLE_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const INVISIBLE_CHARACTERS = new RegExp(INVISIBLE_CHARACTER.source, 'g');

const CHARACTER_NAMES: Readonly<Record<number, string>> = {
  0x00: 'null',
  0x07: 'bell',
  0x1b: 'escape',
  0x7f: 'delete',
  0x9b: 'control sequence introducer',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};

/** "U+200B", the way Unicode names a character. */
function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first invisible character in a value, described for a message: `U+200B (zero-width space) at
 * position 4` (1-based, counted in characters as an editor counts them); null when there is none.
 */
export function findInvisible(value: string): string | null {
  const match = INVISIBLE_CHARACTER.exec(value);
  if (!match) return null;
  const char = match[0];
  const code = char.charCodeAt(0);
  const name = CHARACTER_NAMES[code] ?? (code < 0xa0 ? 'control character' : 'invisible formatting character');
  return `${codePointName(char)} (${name}) at position ${[...value.slice(0, match.index)].length + 1}`;
}

/** The value without its invisible characters (see INVISIBLE_CHARACTER). */
export function removeInvisible(value: string): string {
  return value.replace(INVISIBLE_CHARACTERS, '');
}

const SHOWN_ESCAPED = new RegExp(`[\\u0000-\\u001f]|${INVISIBLE_CHARACTER.source}`, 'g');

function escape(char: string): string {
  if (char === '\t') return '\\t';
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Text safe on a terminal and on one line: controls, line breaks and invisible characters written as escapes. */
export function showInvisible(value: string): string {
  return value.replace(SHOWN_ESCAPED, escape);
}

/** Quote a value for a message: control and invisible characters made visible, long values cut. */
export function quote(value: string): string {
  const shown = showInvisible(value);
  if (shown.length <= MAX_QUOTED) return `"${shown}"`;
  // Cut between characters, never inside an escape nor a surrogate pair.
  let cut = '';
  for (const char of value) {
    const piece = showInvisible(char);
    if (cut.length + piece.length > MAX_QUOTED - 1) break;
    cut += piece;
  }
  return `"${cut}…"`;
}

/** "cakupan.xlsx [Cakupan]" for a sheet of a workbook; the file's name alone for a text file. */
function placeOf(problem: Problem): string {
  return problem.sheet ? `${problem.file} [${problem.sheet}]` : problem.file;
}

/**
 * One line per problem, in the form compilers use so editors can jump to it:
 *   data/coverage.csv:4: error: region_code: found "6104"; expected a Kemendagri code ...
 *   cakupan.xlsx [Cakupan]:4: error: value: found "#N/A"; expected ...   (a workbook: sheet and row)
 */
export function formatProblem(problem: Problem): string {
  const where = problem.line === null ? placeOf(problem) : `${placeOf(problem)}:${problem.line}`;
  const field = problem.field === null ? '' : `${problem.field}: `;
  const found = problem.found === null ? '' : `found ${quote(problem.found)}; `;
  // The file name, field and expectation may carry text from the file too (a column's name, a note):
  // made visible as the found value is, so no message prints a control character or breaks its line.
  return showInvisible(`${where}: ${problem.severity}: ${field}${found}expected ${problem.expected}`);
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  let error = 0;
  let warning = 0;
  for (const p of problems) {
    if (p.severity === 'error') error++;
    else warning++;
  }
  return { error, warning };
}

/** Collects problems for one file, so callers need not repeat the file name. */
export class ProblemLog {
  private readonly list: Problem[] = [];
  private errors = 0;
  constructor(readonly file: string) {}

  /**
   * In the order of the file: problems with the whole file first, then by line. Checks run in
   * passes (row shape, then fields, then duplicates across rows), so recording order is not file order.
   */
  get problems(): Problem[] {
    return [...this.list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }

  error(line: number | null, field: string | null, found: string | null, expected: string): void {
    this.errors++;
    this.list.push({ severity: 'error', file: this.file, line, field, found, expected });
  }

  warning(line: number | null, field: string | null, found: string | null, expected: string): void {
    this.list.push({ severity: 'warning', file: this.file, line, field, found, expected });
  }

  get errorCount(): number {
    return this.errors;
  }
}

/**
 * How many problems of one kind are listed before the rest are only counted. A file of 200,000 bad
 * rows has one mistake repeated, not 200,000 things to read: the reader needs the first few, where
 * they are, and how many more there are.
 */
export const LISTED_PER_KIND = 10;

/** Problems of one kind left out of a listing: how many, and the first of them as the example. */
export interface OmittedProblems {
  example: Problem;
  count: number;
}

export interface ProblemListing {
  /** The problems to show, in the order given (file order). */
  listed: Problem[];
  /** One entry per kind that had more than the limit, in the order the kind first appeared. */
  omitted: OmittedProblems[];
  /** Every problem counted, listed or not. */
  total: Record<Severity, number>;
}

/**
 * Same file, severity, field and expectation: the same mistake, wherever it is. An expectation may name
 * the row's own details ("99.14 is outside the province", "this row repeats line 2", "position 4"):
 * numbers and quoted text are not part of the kind, or 200,000 repeated rows would be
 * 200,000 kinds.
 */
function kindOf(problem: Problem): string {
  const expected = problem.expected.replace(/"[^"]*"/g, '""').replace(/\d+(\.\d+)?/g, '0');
  return `${placeOf(problem)}\u0000${problem.severity}\u0000${problem.field ?? ''}\u0000${expected}`;
}

/** Lists up to `perKind` problems of each kind and counts the rest; linear in the number of problems. */
export function listProblems(problems: readonly Problem[], perKind = LISTED_PER_KIND): ProblemListing {
  const seen = new Map<string, { count: number; omitted?: OmittedProblems }>();
  const listed: Problem[] = [];
  const omitted: OmittedProblems[] = [];
  let error = 0;
  let warning = 0;
  for (const problem of problems) {
    if (problem.severity === 'error') error++;
    else warning++;
    const key = kindOf(problem);
    let kind = seen.get(key);
    if (!kind) seen.set(key, (kind = { count: 0 }));
    kind.count++;
    if (kind.count <= perKind) listed.push(problem);
    else if (kind.omitted) kind.omitted.count++;
    else omitted.push((kind.omitted = { example: problem, count: 1 }));
  }
  return { listed, omitted, total: { error, warning } };
}

/**
 * The summary line of a kind left out, in the form of formatProblem:
 *   data/coverage.csv: error: region_code: 199,990 more rows like line 14 (expected ...)
 */
export function formatOmitted({ example, count }: OmittedProblems): string {
  const field = example.field === null ? '' : `${example.field}: `;
  const like = example.line === null ? '' : ` like ${example.sheet ? 'row' : 'line'} ${example.line}`;
  return showInvisible(`${placeOf(example)}: ${example.severity}: ${field}${count} more${like} (expected ${example.expected})`);
}

// A problem found in an input file: where it is (file, line, field), what was found and what was
// expected. Errors drop the row they are in; warnings keep it. Nothing here throws, so one bad row
// never hides the others.

export type Severity = 'error' | 'warning';

/**
 * What to write instead, in both languages: Bahasa Indonesia for the data desk and the Indonesian
 * pages, English for the English pages and `npm run validate`. Each is a fragment that completes
 * "write …" / "expected …", so a page can put the place and the value found before it.
 */
export interface Wording {
  id: string;
  en: string;
}

/** A plain string is English only: a message not yet written in Bahasa Indonesia (the page falls back to it). */
export type Expected = string | Wording;

/** Both wordings of a fragment: `w('angka', 'a number')`. */
export const w = (id: string, en: string): Wording => ({ id, en });

/** The English and Indonesian fields of a problem from either form. */
export function expectedFields(expected: Expected): Pick<Problem, 'expected' | 'expectedId'> {
  return typeof expected === 'string' ? { expected } : { expected: expected.en, expectedId: expected.id };
}

/** What to write instead, in the reader's language (English where no Indonesian wording exists yet). */
export function expectedIn(problem: Pick<Problem, 'expected' | 'expectedId'>, lang: 'id' | 'en'): string {
  return lang === 'id' ? (problem.expectedId ?? problem.expected) : problem.expected;
}

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
  /** The column (or JSON path) at fault, by our name for it; null for a problem with the whole row or file. */
  field: string | null;
  /**
   * The column as the file names it ("Cakupan (%)"), where that differs from `field`: a person looks
   * for the heading of their own sheet, not our name for it.
   */
  column?: string;
  /** The text found, as it was; null when nothing was there to quote. */
  found: string | null;
  /** What was expected there, as a sentence fragment a person can act on, in English. */
  expected: string;
  /** The same in Bahasa Indonesia; absent where the message has no Indonesian wording yet. */
  expectedId?: string;
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

/** "cakupan.xlsx [Cakupan]" for a sheet of a workbook; the file's name alone for a text file. */
export function placeOf(problem: Problem): string {
  return problem.sheet ? `${problem.file} [${problem.sheet}]` : problem.file;
}

/** Collects problems for one file, so callers need not repeat the file name. */
export class ProblemLog {
  private readonly list: Problem[] = [];
  private errors = 0;
  /** Our field name -> the column as the file names it; set by the reader of the header. */
  columnNames: ReadonlyMap<string, string> = new Map();
  constructor(readonly file: string) {}

  private place(field: string | null): { column?: string } {
    const column = field === null ? undefined : this.columnNames.get(field);
    return column === undefined || column === field ? {} : { column };
  }

  /**
   * In the order of the file: problems with the whole file first, then by line. Checks run in
   * passes (row shape, then fields, then duplicates across rows), so recording order is not file order.
   */
  get problems(): Problem[] {
    return [...this.list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }

  error(line: number | null, field: string | null, found: string | null, expected: Expected): void {
    this.errors++;
    this.list.push({ severity: 'error', file: this.file, line, field, ...this.place(field), found, ...expectedFields(expected) });
  }

  warning(line: number | null, field: string | null, found: string | null, expected: Expected): void {
    this.list.push({ severity: 'warning', file: this.file, line, field, ...this.place(field), found, ...expectedFields(expected) });
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

// A problem found in an input file: where it is (file, line, field), what was found and what was
// expected. Errors drop the row they are in; warnings keep it. Nothing here throws, so one bad row
// never hides the others.

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** The file as the user named it ("data/coverage.csv"). */
  file: string;
  /** 1-based line in the file; null for a problem with the whole file. */
  line: number | null;
  /** The column (or JSON path) at fault; null for a problem with the whole row or file. */
  field: string | null;
  /** The text found, as it was; null when nothing was there to quote. */
  found: string | null;
  /** What was expected there, as a sentence fragment a person can act on. */
  expected: string;
}

const MAX_QUOTED = 60;

/** Quote a value for a message: control characters made visible, long values cut. */
export function quote(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this makes visible
  const visible = value.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const cut = visible.length > MAX_QUOTED ? `${visible.slice(0, MAX_QUOTED - 1)}…` : visible;
  return `"${cut}"`;
}

/**
 * One line per problem, in the form compilers use so editors can jump to it:
 *   data/coverage.csv:4: error: region_code: found "6104"; expected a Kemendagri code ...
 */
export function formatProblem(problem: Problem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field === null ? '' : `${problem.field}: `;
  const found = problem.found === null ? '' : `found ${quote(problem.found)}; `;
  return `${where}: ${problem.severity}: ${field}${found}expected ${problem.expected}`;
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
  constructor(readonly file: string) {}

  /**
   * In the order of the file: problems with the whole file first, then by line. Checks run in
   * passes (row shape, then fields, then duplicates across rows), so recording order is not file order.
   */
  get problems(): Problem[] {
    return [...this.list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }

  error(line: number | null, field: string | null, found: string | null, expected: string): void {
    this.list.push({ severity: 'error', file: this.file, line, field, found, expected });
  }

  warning(line: number | null, field: string | null, found: string | null, expected: string): void {
    this.list.push({ severity: 'warning', file: this.file, line, field, found, expected });
  }

  get errorCount(): number {
    return this.list.filter((p) => p.severity === 'error').length;
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
 * Same file, severity, field and expectation: the same mistake, wherever it is. An expectation that
 * repeats the value found ("99.14 is outside the province") is the same kind whatever the value.
 */
function kindOf(problem: Problem): string {
  const expected = problem.found ? problem.expected.split(problem.found).join('\u0001') : problem.expected;
  return `${problem.file}\u0000${problem.severity}\u0000${problem.field ?? ''}\u0000${expected}`;
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
  const like = example.line === null ? '' : ` like line ${example.line}`;
  return `${example.file}: ${example.severity}: ${field}${count} more${like} (expected ${example.expected})`;
}

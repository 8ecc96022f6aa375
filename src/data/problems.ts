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

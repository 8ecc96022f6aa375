import { describe, expect, it } from 'vitest';
import { formatOmitted, listProblems, type Problem } from './problems.ts';

const problem = (line: number, field = 'region_code', severity: Problem['severity'] = 'error'): Problem => ({
  severity, file: 'coverage.csv', line, field, found: 'x', expected: 'a Kemendagri code',
});

describe('listProblems', () => {
  it('lists the first problems of each kind and counts the rest in one summary', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => problem(i + 2));
    const other = [problem(3, 'value'), problem(4, 'note', 'warning')];
    const listing = listProblems([...many, ...other], 10);
    expect(listing.listed).toHaveLength(12);
    expect(listing.listed.slice(0, 10).map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(listing.omitted).toHaveLength(1);
    expect(listing.omitted[0]!.count).toBe(199_990);
    expect(listing.total).toEqual({ error: 200_001, warning: 1 });
    expect(formatOmitted(listing.omitted[0]!)).toBe('coverage.csv: error: region_code: 199990 more like line 12 (expected a Kemendagri code)');
  });

  it('lists everything when no kind passes the limit', () => {
    const listing = listProblems([problem(2), problem(3, 'value')], 1);
    expect(listing.listed).toHaveLength(2);
    expect(listing.omitted).toEqual([]);
  });

  it('counts as one kind the same mistake whose expectation names the value found', () => {
    const outside = (line: number, code: string): Problem => ({ ...problem(line), found: code, expected: `a code in the province; ${code} is outside it` });
    const listing = listProblems(Array.from({ length: 300 }, (_, i) => outside(i + 2, `99.${i % 100}`)), 10);
    expect(listing.listed).toHaveLength(10);
    expect(listing.omitted).toHaveLength(1);
    expect(formatOmitted(listing.omitted[0]!)).toBe('coverage.csv: error: region_code: 290 more like line 12 (expected a code in the province; 99.10 is outside it)');
  });
});

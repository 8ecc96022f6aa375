// The malformed-input corpus: every file in test/fixtures/malformed/ must produce exactly the problem
// lines its entry in expected.json lists (an extra or a missing problem fails), and the valid rows
// beside the bad ones must still load.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateFile } from '../../src/data/index.ts';
import { fixturesDir, shippedRegions } from './helpers.ts';

interface Expectation {
  /** What the fixture shows, as the test's name. */
  behaviour: string;
  /** Rows (or topology objects) that must still load. */
  loaded: number;
  /** Every problem, as formatProblem writes it, in order. */
  problems: string[];
}

const dir = path.join(fixturesDir, 'malformed');
const manifest = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expectation>;
const regions = shippedRegions();

describe('malformed input files', () => {
  it('the manifest lists at least 40 fixtures, and every file in the folder', () => {
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(40);
    const files = readdirSync(dir).filter((name) => name !== 'expected.json');
    expect(Object.keys(manifest).sort()).toEqual(files.sort());
  });

  it('every fixture expects at least one problem, each on one line naming its file', () => {
    for (const [name, expectation] of Object.entries(manifest)) {
      expect(expectation.problems.length, name).toBeGreaterThan(0);
      for (const line of expectation.problems) {
        expect(line.startsWith(`test/fixtures/malformed/${name}`), line).toBe(true);
        expect(line).not.toMatch(/[\r\n]/);
      }
    }
  });

  for (const [name, expectation] of Object.entries(manifest)) {
    it(`${expectation.behaviour} (${name})`, () => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const report = validateFile(text, `test/fixtures/malformed/${name}`, regions);
      expect(report.problems.map(formatProblem)).toEqual(expectation.problems);
      expect(report.loaded).toBe(expectation.loaded);
    });
  }
});

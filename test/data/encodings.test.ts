// Files as spreadsheets save them: each fixture in test/fixtures/encodings/ is decoded (or refused)
// as its entry says, and what is decoded loads every row with every character right.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, formatProblem, validateFile } from '../../src/data/index.ts';
import { fixturesDir, shippedRegions } from './helpers.ts';

interface Expectation {
  /** Rows that load; null when the file is refused before parsing. */
  loaded: number | null;
  /** Every problem of decoding and parsing, as formatProblem writes it. */
  problems: string[];
}

const dir = path.join(fixturesDir, 'encodings');
const name = (file: string) => `test/fixtures/encodings/${file}`;
const NOTES = ['Dipaparkan bupati; angka résmi', 'Café note – “quoted”'];

const MANIFEST: Record<string, Expectation> = {
  'coverage-windows-1252.csv': {
    loaded: 2,
    problems: [
      `${name('coverage-windows-1252.csv')}:2: warning: found "paparkan bupati; angka résmi"; expected UTF-8 text; byte 0xE9 is not UTF-8, so the file was read as Windows-1252 (Latin-1), the encoding of a spreadsheet's plain CSV export (save it as "CSV UTF-8" to be sure of every character)`,
    ],
  },
  'coverage-utf16le-bom.csv': { loaded: 2, problems: [] },
  'coverage-utf16be-bom.csv': { loaded: 2, problems: [] },
  'coverage-workbook-renamed.csv': {
    loaded: null,
    problems: [`${name('coverage-workbook-renamed.csv')}: error: expected a text file (CSV or JSON) saved as UTF-8; this is a ZIP archive (an Excel workbook?): export the data as CSV UTF-8`],
  },
};

describe('files in other encodings', () => {
  it('the manifest lists every file in the folder', () => {
    expect(Object.keys(MANIFEST).sort()).toEqual(readdirSync(dir).sort());
  });

  for (const [file, expectation] of Object.entries(MANIFEST)) {
    it(`${file}: ${expectation.loaded === null ? 'refused, saying what it is' : `${expectation.loaded} rows, every character right`}`, () => {
      const decoded = decodeText(new Uint8Array(readFileSync(path.join(dir, file))), name(file));
      const report = decoded.text === null ? null : validateFile(decoded.text, name(file), shippedRegions());
      expect([...decoded.problems, ...(report?.problems ?? [])].map(formatProblem)).toEqual(expectation.problems);
      expect(report?.loaded ?? null).toBe(expectation.loaded);
      if (decoded.text !== null) {
        for (const note of NOTES) expect(decoded.text).toContain(note);
        expect(decoded.text).not.toContain('\uFFFD');
      }
    });
  }
});

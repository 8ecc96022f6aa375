// npm run validate as a user runs it: the script in a child process, its output and exit code.
// Whatever it is given (a FIFO, a directory, a huge or binary file, a name with a terminal escape),
// it ends soon, says in one line what was wrong with which argument, and prints nothing that acts
// on the terminal.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/data/index.ts';
import { repoRoot } from '../data/helpers.ts';
import { workbook } from '../fixtures/workbook.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'paritrana-validate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Long enough for Node and tsx to start and the command to run on a loaded two-core machine, where a
 * start alone has taken tens of seconds while other test files ran beside it; a run still going after
 * this is killed and the test fails, as a FIFO read once hung for ever. Each test waits a little longer
 * than the runs it makes, so a hang is reported as the killed run it is.
 */
const RUN_LIMIT_MS = 120_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Killed at RUN_LIMIT_MS. */
  killed: boolean;
  lines: string[];
}

function validate(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/validate.ts', ...args],
      { cwd: repoRoot, timeout: RUN_LIMIT_MS, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PARITRANA_PROVINCE: '' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr, killed: Boolean(error?.killed), lines: stdout.split('\n').filter((l) => l !== '') });
      },
    );
  });
}

const COVERAGE_HEADER = 'region_code,region_name,period,metric,value,unit,source_url,confidence,note';
const tmpFile = (name: string, content: string | Uint8Array) => {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
};
/** No stack trace: no "    at fn (file:line)" line, no Node error name. */
const expectNoStack = (run: Run) => {
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at |Error: |node:internal/m);
};

describe('npm run validate', () => {
  test('with no files, validates the shipped data and exits 0', { timeout: RUN_LIMIT_MS + 5000 }, async () => {
    const run = await validate();
    expect(run.code).toBe(0);
    for (const [file, kind] of [['regions', 'regions'], ['coverage', 'coverage'], ['awards', 'awards']]) {
      expect(run.lines).toContainEqual(expect.stringMatching(new RegExp(`^✓ data/${file}\\.csv \\(${kind}\\): [1-9]\\d* rows loaded, 0 errors`)));
    }
    expect(run.lines.at(-1)).toMatch(/^\d+ files: 0 errors, \d+ warnings$/);
  });

  test('a FIFO, a directory, a missing file, a device and a file over the size limit: each refused in one line before it is read', { timeout: RUN_LIMIT_MS + 5000 }, async () => {
    const fifo = path.join(tmp, 'export.csv');
    execFileSync('mkfifo', [fifo]);
    const big = tmpFile('big.csv', '');
    // Sparse: the size is in the file system, not written to the disk.
    truncateSync(big, 31_400_000);
    const missing = path.join(tmp, 'no-such.csv');
    const started = Date.now();
    const run = await validate(fifo, tmp, missing, '/dev/zero', big);
    expect(run.killed).toBe(false);
    expect(Date.now() - started).toBeLessThan(RUN_LIMIT_MS);
    expect(run.code).toBe(1);
    expectNoStack(run);
    const expected = 'error: expected a CSV, Excel (.xlsx) or TopoJSON file to validate; it';
    expect(run.lines).toEqual([
      `✗ ${fifo}: not read`,
      `  ${fifo}: ${expected} is a FIFO (named pipe), not a regular file`,
      `✗ ${tmp}: not read`,
      `  ${tmp}: ${expected} is a directory`,
      `✗ ${missing}: not read`,
      `  ${missing}: ${expected} does not exist (no such file)`,
      '✗ /dev/zero: not read',
      `  /dev/zero: ${expected} is a device, not a regular file`,
      `✗ ${big}: not read`,
      `  ${big}: error: expected a file within the 20 MB limit; this one is larger (found 31.4 MB)`,
      '5 files: 5 errors, 0 warnings',
    ]);
    expect(MAX_INPUT_BYTES).toBe(20_000_000);
  });

  test.skipIf(process.getuid?.() === 0)('a file that cannot be read: permission denied, in one line', { timeout: RUN_LIMIT_MS + 5000 }, async () => {
    const locked = tmpFile('locked.csv', `${COVERAGE_HEADER}\n`);
    execFileSync('chmod', ['000', locked]);
    const run = await validate(locked);
    expect(run.code).toBe(1);
    expect(run.lines).toContain(`  ${locked}: error: expected a CSV, Excel (.xlsx) or TopoJSON file to validate; it cannot be read (permission denied)`);
    expectNoStack(run);
  });

  test('--regions naming a missing file: one line naming the argument, no stack trace, exit 1', { timeout: RUN_LIMIT_MS + 5000 }, async () => {
    const missing = path.join(tmp, 'regions-gone.csv');
    const run = await validate('--regions', missing, 'data/coverage.csv');
    expect(run.code).toBe(1);
    expectNoStack(run);
    expect(run.lines).toEqual([
      `✗ --regions ${missing}: not read, so no file was validated`,
      `  --regions ${missing}: error: expected the regions file (CSV or .xlsx) the codes are checked against; it does not exist (no such file)`,
      '0 of 1 files validated: 1 error',
    ]);
  });

  test('--regions naming a coverage file says so, naming it, and blames no row of the file validated', { timeout: RUN_LIMIT_MS + 5000 }, async () => {
    const run = await validate('--regions', 'data/coverage.csv', 'data/awards.csv');
    expect(run.code).toBe(1);
    expectNoStack(run);
    expect(run.lines).toEqual([
      '✗ --regions data/coverage.csv: not read, so no file was validated',
      '  --regions data/coverage.csv: error: expected the regions file (a table with kemendagri_code, bps_code, name, short_name, type); data/coverage.csv is a coverage file, not a regions table',
      '0 of 1 files validated: 1 error',
    ]);
  });

  test('a usage error (--regions with no file, an unknown option) exits 2 with the usage', { timeout: 2 * RUN_LIMIT_MS + 5000 }, async () => {
    const [noValue, unknown] = await Promise.all([validate('--regions'), validate('--strict', 'data/coverage.csv')]);
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toMatch(/^validate: --regions needs a file: --regions regions\.csv\nusage: npm run validate/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^validate: unknown option --strict\n/);
    expect(noValue.stdout + unknown.stdout).toBe('');
  });

  test('a file named with a terminal escape and a bidi override is named visibly, and nothing printed acts on the terminal', { timeout: RUN_LIMIT_MS + 5000 }, async () => {
    const file = tmpFile('coverage\u001b[2J\u202Egpj.csv', `${COVERAGE_HEADER}\n61.04,Kabupaten Ketapang,2023,coverage_pct,5\u001b[31m5,percent,https://example.org,high,\n`);
    const run = await validate(file);
    expect(run.code).toBe(1);
    // eslint-disable-next-line no-control-regex -- the characters that must not reach the terminal
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f]/);
    const shown = `${tmp}/coverage\\u001b[2J\\u202egpj.csv`;
    expect(run.lines[0]).toBe(`✗ ${shown} (coverage): 0 rows loaded, 1 errors, 0 warnings`);
    expect(run.lines[1]).toMatch(new RegExp(`^  ${shown.replace(/[\\[\].]/g, '\\$&')}:2: error: value: found "5\\\\u001b\\[31m5"; expected the value without invisible characters; found U\\+001B \\(escape\\) at position 2$`));
  });

  test('a Windows-1252 (Latin-1) export is read with a warning naming the encoding and the line; its rows load', { timeout: RUN_LIMIT_MS + 5000 }, async () => {
    const text = `${COVERAGE_HEADER}\n61.04,Kabupaten Ketapang,2023,coverage_pct,55.69,percent,https://example.org,high,Angka résmi\n`;
    const file = tmpFile('latin1.csv', Uint8Array.from(text, (c) => c.charCodeAt(0)));
    const run = await validate(file);
    expect(run.code).toBe(0);
    expect(run.lines).toEqual([
      `✓ ${file} (coverage): 1 rows loaded, 0 errors, 1 warnings`,
      `  ${file}:2: warning: found "example.org,high,Angka résmi"; expected UTF-8 text; byte 0xE9 is not UTF-8, so the file was read as Windows-1252 (Latin-1), the encoding of a spreadsheet's plain CSV export (save it as "CSV UTF-8" to be sure of every character)`,
      '1 files: 0 errors, 1 warnings',
    ]);
  });

  test('a Windows-1252 regions file given with --regions is read, and its warning printed and counted', { timeout: RUN_LIMIT_MS + 5000 }, async () => {
    const shipped = readFileSync(path.join(repoRoot, 'data/regions.csv'), 'utf8');
    const regions = tmpFile('regions-1252.csv', Uint8Array.from(`${shipped.trimEnd()}\n61.99,,Kabupaten Sámbas Baru,Sámbas Baru,kabupaten,\n`, (c) => c.charCodeAt(0)));
    const run = await validate('--regions', regions, 'data/awards.csv');
    expect(run.code).toBe(0);
    expect(run.lines[0]).toBe(`! --regions ${regions}: read, with warnings`);
    expect(run.lines[1]).toMatch(new RegExp(`^  --regions ${regions.replace(/[.]/g, '\\.')}:\\d+: warning: found ".*Sámbas Baru.*"; expected UTF-8 text; byte 0xE1 is not UTF-8, so the file was read as Windows-1252`));
    expect(run.lines.at(-1)).toBe('1 files: 0 errors, 1 warnings');
  });

  test('a workbook renamed .csv is read as the workbook it is (this one, a bare workbook part with no namespace, cannot be read)', { timeout: RUN_LIMIT_MS + 5000 }, async () => {
    const run = await validate('test/fixtures/encodings/coverage-workbook-renamed.csv');
    expect(run.code).toBe(1);
    expect(run.lines[1]).toBe('  test/fixtures/encodings/coverage-workbook-renamed.csv: error: expected an .xlsx workbook as Excel saves it; this one cannot be read (Unknown Namespace: ): save it again from Excel');
  });

  test('an Excel workbook: each sheet holding a table is validated, problems named by sheet and row; other sheets are left out with a warning', { timeout: RUN_LIMIT_MS + 5000 }, async () => {
    const source = 'https://example.org/rekap';
    const file = tmpFile('rekap-kalbar.xlsx', workbook({
      sheets: {
        Cakupan: [
          ['Rekap cakupan BPJS Ketenagakerjaan Kalimantan Barat'],
          [],
          ['region_code', 'period', 'metric', 'value', 'unit', 'source_url', 'confidence'],
          ['61.04', 2023, 'coverage_pct', 55.69, 'percent', source, 'high'],
          ['61.04', 2024, 'coverage_pct', { formula: 'VLOOKUP(A5,Data!A:B,2,0)', error: '#N/A' }, 'percent', source, 'high'],
          [],
          ['61.02', 2024, 'coverage_pct', '38,54', 'percent', source, 'high'],
        ],
        Catatan: [['Isikan satu angka per baris.']],
      },
    }));
    const run = await validate(file);
    expect(run.code).toBe(1);
    expectNoStack(run);
    expect(run.lines).toEqual([
      `✗ ${file} [Cakupan] (coverage): 2 rows loaded, 1 errors, 2 warnings`,
      `  ${file} [Cakupan]:3: warning: expected the header on row 1; it is on row 3, and the 2 rows above it (a title?) are left out`,
      `  ${file} [Cakupan]:5: error: value: found "#N/A"; expected a value; cell D5 holds Excel's error #N/A (a formula that failed): correct it, or type the value`,
      `  ${file} [Cakupan]:7: warning: value: expected a number cell; cell D7 holds the text "38,54", read with id-ID separators as 38.54`,
      `  ${file} [Catatan]: warning: expected a table whose header (within the first 20 rows) names the columns of a coverage, awards or regions file; this sheet has none, and is left out`,
      '1 files: 1 errors, 3 warnings',
    ]);
  });

  test('--regions may name a workbook: its regions sheet is what the codes are checked against', { timeout: RUN_LIMIT_MS + 5000 }, async () => {
    const shipped = readFileSync(path.join(repoRoot, 'data/regions.csv'), 'utf8').trimEnd().split('\n').map((line) => line.split(','));
    const regions = tmpFile('wilayah.xlsx', workbook({ sheets: { Wilayah: shipped } }));
    const run = await validate('--regions', regions, 'data/coverage.csv');
    expect(run.code).toBe(0);
    expect(run.lines[0]).toMatch(/^✓ data\/coverage\.csv \(coverage\): [1-9]\d* rows loaded, 0 errors/);
  });

  test('a password-protected workbook and a PDF named .xlsx: each refused in one line saying what to do', { timeout: RUN_LIMIT_MS + 5000 }, async () => {
    const locked = tmpFile('terkunci.xlsx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
    const pdf = tmpFile('laporan.xlsx', '%PDF-1.7\n');
    const run = await validate(locked, pdf);
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      `✗ ${locked}: not read`,
      `  ${locked}: error: expected an .xlsx workbook without a password; this is a password-protected or old-format (.xls) workbook: save it in Excel as "Excel Workbook (.xlsx)" without a password`,
      `✗ ${pdf}: not read`,
      `  ${pdf}: error: expected an Excel workbook (.xlsx), as the file's name says; this is a PDF`,
      '2 files: 2 errors, 0 warnings',
    ]);
  });

  test('200,000 bad rows: the first of each kind, then how many more; every problem counted', { timeout: RUN_LIMIT_MS * 2 }, async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `99.${String(i % 100).padStart(2, '0')},Nowhere,2023,coverage_pct,abc,percent,https://example.org,high,`);
    const file = tmpFile('bad.csv', `${COVERAGE_HEADER}\n${rows.join('\n')}\n`);
    const run = await validate(file);
    expect(run.code).toBe(1);
    expect(run.lines.length).toBeLessThan(200);
    expect(run.stdout.length).toBeLessThan(20_000);
    expect(run.lines[0]).toBe(`✗ ${file} (coverage): 0 rows loaded, 400000 errors, 0 warnings`);
    expect(run.lines).toContain(`  ${file}: error: value: 199990 more like line 12 (expected a number such as 68.02 or 110013)`);
    expect(run.lines.filter((l) => l.includes('more like line'))).toHaveLength(2);
    expect(run.lines.at(-1)).toBe('1 files: 400000 errors, 0 warnings');
  });
});

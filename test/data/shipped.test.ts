// The data the project ships: it must load with no error and no warning, and the validate command
// must agree (exit 0 on it, 1 on a file with an error, 0 on warnings alone). The command runs in this
// process, as scripts/validate.ts runs it: what it prints and the code it exits with are the same, and
// no Node and tsx start for each check (seconds on a loaded machine). test/cli/validate.test.ts runs
// the script itself, in a process of its own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../scripts/lib/validate-command.ts';
import { formatProblem } from '../../src/data/index.ts';
import { defaultYear } from '../../src/model/years.ts';
import { fixturesDir, nationalDataset, repoRoot, shippedDataset } from './helpers.ts';

const SHIPPED_CSV = ['data/regions.csv', 'data/coverage.csv', 'data/awards.csv'];
const NATIONAL_CSV = ['data/national/regions.csv', 'data/national/coverage.csv', 'data/national/awards.csv'];

/** npm run validate on these files, named relative to the repository root as a user there types them. */
async function validate(...files: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runValidate(
    files.map((file) => path.relative(process.cwd(), path.join(repoRoot, file))),
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
  );
  return { status, stdout, stderr };
}

const malformed = JSON.parse(readFileSync(path.join(fixturesDir, 'malformed', 'expected.json'), 'utf8')) as Record<string, { problems: string[] }>;

describe('the shipped data', () => {
  it('parses with no errors and no warnings', () => {
    const dataset = shippedDataset();
    expect(dataset.problems.map(formatProblem)).toEqual([]);
    expect(dataset.regions.regions).toHaveLength(15);
    expect(dataset.figures).toHaveLength(readFileSync(path.join(repoRoot, 'data/coverage.csv'), 'utf8').trim().split('\n').length - 1);
    expect(dataset.awards).toHaveLength(16);
  });

  it('npm run validate exits 0 on the shipped CSV files', async () => {
    const run = await validate(...SHIPPED_CSV);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('3 files: 0 errors, 0 warnings');
    expect(run.status).toBe(0);
  });

  it('npm run validate exits 1 on a file with an error, printing the problem line', async () => {
    const file = 'test/fixtures/malformed/coverage-bps-code.csv';
    const run = await validate(file);
    expect(run.stdout).toContain(`  ${malformed['coverage-bps-code.csv']!.problems[0]}`);
    expect(run.stdout).toContain('1 files: 1 errors, 0 warnings');
    expect(run.status).toBe(1);
  });

  it('npm run validate exits 0 on a file with warnings only', async () => {
    const run = await validate('test/fixtures/malformed/coverage-above-100.csv');
    expect(run.stdout).toContain(`  ${malformed['coverage-above-100.csv']!.problems[0]}`);
    expect(run.status).toBe(0);
  });
});

describe('the national data (data/national/)', () => {
  it('parses with no errors and no warnings', () => {
    const national = nationalDataset();
    expect(national.problems.map(formatProblem)).toEqual([]);
    expect(national.figures).toHaveLength(readFileSync(path.join(repoRoot, 'data/national/coverage.csv'), 'utf8').trim().split('\n').length - 1);
    expect(national.awards).toHaveLength(28);
  });

  it("lists the 38 provinces and every regency and city of the boundary source, with the source's codes and names", () => {
    const { regions } = nationalDataset();
    const provinces = regions.regions.filter((r) => r.type === 'provinsi');
    expect(provinces).toHaveLength(38);
    const source = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/boundaries/indonesia-kabkota.geojson'), 'utf8')) as { features: { properties: { kode: string; nama: string } }[] };
    const regencies = source.features.map((f) => [f.properties.kode, f.properties.nama]).sort(([a], [b]) => a!.localeCompare(b!));
    expect(regions.regencies.map((r) => [r.code, r.name])).toEqual(regencies);
    // Every regency's province is listed: the two-digit prefixes are the provinces' codes.
    expect(provinces.map((p) => p.code)).toEqual([...new Set(regencies.map(([code]) => code!.slice(0, 2)))]);
    // Kalbar's rows agree with the province's own table.
    const kalbar = shippedDataset().regions.regions.map((r) => [r.code, r.name, r.shortName, r.type]);
    expect(regions.regions.filter((r) => r.code.startsWith('61')).map((r) => [r.code, r.name, r.shortName, r.type])).toEqual(kalbar);
  });

  it('npm run validate exits 0 on the national files checked against the national regions, with no warning', async () => {
    const run = await validate('--regions', NATIONAL_CSV[0]!, ...NATIONAL_CSV);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('3 files: 0 errors, 0 warnings');
    expect(run.status).toBe(0);
  });
});

describe('the year every page opens on', () => {
  it('is 2024 for the shipped data (five regencies with coverage, tied with other years and the latest of them)', () => {
    expect(defaultYear(shippedDataset())).toBe(2024);
  });
});

// npm run validate [--regions FILE] [files...]
// Validates the shipped data (no arguments) or the files given, prints every problem with its file,
// line and field, and exits 1 when any file has an error. Warnings alone exit 0.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { countBySeverity, formatProblem, parseRegions, validateFile, type FileReport } from '../src/data/index.ts';

const SHIPPED = [
  'data/regions.csv',
  'data/coverage.csv',
  'data/awards.csv',
  'public/data/kalbar-regencies.topo.json',
  'public/data/kalbar-desa.topo.json',
  'public/data/kalbar-context.topo.json',
];

function main(argv: string[]): number {
  let regionsFile = 'data/regions.csv';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--regions') regionsFile = argv[++i] ?? regionsFile;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run validate -- [--regions regions.csv] [file ...]\nWith no files, validates the shipped data.');
      return 0;
    } else files.push(arg);
  }
  // Generated topologies are checked when present; `npm run build:data` makes them.
  const targets = files.length > 0 ? files : SHIPPED.filter((f) => f.startsWith('data/') || existsSync(f));

  const regions = parseRegions(readFileSync(regionsFile, 'utf8'), regionsFile);
  const reports: FileReport[] = [];
  for (const file of targets) {
    // Name the file as the user typed it, or relative to here for the shipped ones.
    const name = isAbsolute(file) && file.startsWith(process.cwd()) ? relative(process.cwd(), file) : file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      console.log(`${name}: error: cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
      reports.push({ file: name, kind: null, loaded: 0, problems: [{ severity: 'error', file: name, line: null, field: null, found: null, expected: 'a readable file' }] });
      continue;
    }
    const report = validateFile(text, name, regions.index);
    reports.push(report);
    const { error, warning } = countBySeverity(report.problems);
    const unit = report.kind === 'topology' ? 'objects' : 'rows';
    console.log(`${error > 0 ? '✗' : '✓'} ${name} (${report.kind ?? 'unknown kind'}): ${report.loaded} ${unit} loaded, ${error} errors, ${warning} warnings`);
    for (const problem of report.problems) console.log(`  ${formatProblem(problem)}`);
  }
  const totals = countBySeverity(reports.flatMap((r) => r.problems));
  console.log(`\n${reports.length} files: ${totals.error} errors, ${totals.warning} warnings`);
  return totals.error > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

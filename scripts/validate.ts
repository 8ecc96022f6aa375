// npm run validate [--regions FILE] [files...]
// Validates the shipped data (no arguments) or the files given, prints every problem with its file,
// line and field, and exits 1 when any file has an error. Warnings alone exit 0.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { countBySeverity, DATA_FILE_NAMES, formatProblem, parseRegions, validateFile, type FileReport } from '../src/data/index.ts';
import { OUTPUT_FILES } from './lib/boundaries/pipeline.ts';
import { provinceBuild } from './lib/province/config.ts';

// The province's data (PARITRANA_PROVINCE, default provinces/default.json) and its built topologies.
const { dataDir, dataOutDir } = provinceBuild();
const here = (path: string) => relative(process.cwd(), path);
const SHIPPED = [
  ...Object.values(DATA_FILE_NAMES).map((name) => here(join(dataDir, name))),
  ...[OUTPUT_FILES.regencies, OUTPUT_FILES.desa, OUTPUT_FILES.context].map((name) => here(join(dataOutDir, name))),
];
const SHIPPED_DATA = new Set(SHIPPED.slice(0, 3));

function main(argv: string[]): number {
  let regionsFile = here(join(dataDir, DATA_FILE_NAMES.regions));
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
  const targets = files.length > 0 ? files : SHIPPED.filter((f) => SHIPPED_DATA.has(f) || existsSync(f));

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

// The validate command (npm run validate, scripts/validate.ts): what it prints and the exit code it
// returns, for the given arguments. Kept apart from the process so a test can run it in the test's own
// process and read its lines: starting Node and tsx for each check costs seconds on a loaded machine.
//
// npm run validate [--regions FILE] [files...]
// Validates the shipped data (no arguments) or the files given (CSV, Excel .xlsx: each sheet holding a
// table, or TopoJSON), lists the problems with their file, line (a sheet and its row) and field (the first LISTED_PER_KIND of each kind, then how many more), and exits 1 when any
// file has an error, 2 on a usage error. Warnings alone exit 0.
//
// Whatever a user names is checked before it is read: a FIFO would hang the read for ever and
// /dev/zero would fill the memory, so only a regular file within MAX_INPUT_BYTES is opened. Every
// line printed goes through showInvisible: a file's name or a found value holding an ESC sequence or a
// bidi override is shown, never obeyed by the terminal.
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import {
  countBySeverity,
  DATA_FILE_NAMES,
  detectKind,
  fileSizeProblem,
  formatOmitted,
  formatProblem,
  importFile,
  listProblems,
  showInvisible,
  MAX_INPUT_BYTES,
  parseAwards,
  parseRegions,
  placeProblems,
  validateTable,
  type DecodedText,
  type Problem,
  type RegionIndex,
} from '../../src/data/index.ts';
import { checkAwardDesa } from '../../src/data/desa.ts';
import { OUTPUT_FILES } from './boundaries/pipeline.ts';
import { desaFiles, readDesaIndex } from './desa-files.ts';
import { provinceBuild } from './province/config.ts';

const USAGE = 'usage: npm run validate -- [--regions regions.csv] [file ...]\nWith no files, validates the shipped data.';

/** Exit codes: 0 no error (warnings allowed), 1 an error in a file, 2 a command used wrongly. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Where the command writes: the process's stdout and stderr, or a test's buffers. */
export interface ValidateOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processOutput: ValidateOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

type Print = (line?: string) => void;

// The province's data (PARITRANA_PROVINCE, default provinces/default.json) and its built topologies.
const { dataDir, dataOutDir } = provinceBuild();
const here = (path: string) => relative(process.cwd(), path);
const SHIPPED = [
  ...Object.values(DATA_FILE_NAMES).map((name) => here(join(dataDir, name))),
  ...[OUTPUT_FILES.regencies, OUTPUT_FILES.context].map((name) => here(join(dataOutDir, name))),
  ...desaFiles(dataOutDir).map(here),
];
const SHIPPED_DATA = new Set(SHIPPED.slice(0, 3));

class UsageError extends Error {}

interface Arguments {
  regionsFile: string;
  files: string[];
  help: boolean;
}

function parseArguments(argv: readonly string[]): Arguments {
  const parsed: Arguments = { regionsFile: here(join(dataDir, DATA_FILE_NAMES.regions)), files: [], help: false };
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!options || !arg.startsWith('-') || arg === '-') parsed.files.push(arg);
    else if (arg === '--') options = false;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--regions' || arg.startsWith('--regions=')) {
      const value = arg === '--regions' ? argv[++i] : arg.slice('--regions='.length);
      if (value === undefined || value === '') throw new UsageError('--regions needs a file: --regions regions.csv');
      parsed.regionsFile = value;
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return parsed;
}

/** What a path is when it is not a regular file, in words. */
function describeNonFile(stats: Stats): string {
  if (stats.isDirectory()) return 'is a directory';
  const what = stats.isFIFO() ? 'a FIFO (named pipe)' : stats.isCharacterDevice() ? 'a device' : stats.isBlockDevice() ? 'a block device' : stats.isSocket() ? 'a socket' : 'something other';
  return `is ${what}, not a regular file`;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'does not exist (no such file)';
    case 'ENOTDIR': return 'does not exist (no such file: a part of its path is not a directory)';
    case 'EACCES':
    case 'EPERM': return 'cannot be read (permission denied)';
    case 'ELOOP': return 'cannot be read (too many symbolic links)';
    case 'ENAMETOOLONG': return 'cannot be read (the name is too long)';
    case 'EISDIR': return 'is a directory';
    default: return `cannot be read (${code ?? (error as Error).message})`;
  }
}

type Read = { bytes: Uint8Array; problem?: undefined } | { bytes?: undefined; problem: Problem };

/**
 * A file's bytes, or the one problem that kept it unread. stat first (a FIFO is never opened); then
 * the file is opened without blocking and checked again on its descriptor, so a path swapped for a
 * FIFO or a device in between is still refused, and at most the limit is read however it grows.
 */
function readInput(path: string, name: string, expected: string): Read {
  const problem = (why: string): Read => ({ problem: { severity: 'error', file: name, line: null, field: null, found: null, expected: `${expected}; it ${why}` } });
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return problem(describeError(error));
  }
  if (!stats.isFile()) return problem(describeNonFile(stats));
  const tooLarge = fileSizeProblem(stats.size, name);
  if (tooLarge) return { problem: tooLarge };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return problem(describeError(error));
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return problem(describeNonFile(opened));
    const buffer = Buffer.alloc(Math.min(opened.size, MAX_INPUT_BYTES) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > MAX_INPUT_BYTES) return { problem: fileSizeProblem(length, name)! };
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (error) {
    return problem(describeError(error));
  } finally {
    closeSync(fd);
  }
}

/**
 * The regions table's text, from a CSV file or the regions sheet of a workbook, with what was found
 * bringing it in (an encoding, a sheet's cells), or the problems that kept it unread.
 */
async function readRegionsText(path: string, name: string): Promise<DecodedText> {
  const read = readInput(path, name, 'the regions file (CSV or .xlsx) the codes are checked against');
  if (!read.bytes) return { text: null, problems: [read.problem] };
  const imported = await importFile(read.bytes, name);
  // Only a regions table is read as one: a coverage file given by mistake would leave no region
  // known, and every row of the files validated would be blamed for the wrong file's fault.
  const table = imported.tables.find((t) => detectKind(t.text, name) === 'regions');
  if (!table) {
    const kinds = [...new Set(imported.tables.map((t) => detectKind(t.text, name)).filter((kind) => kind !== null))];
    const is = kinds.length === 0 ? 'holds no table of ours' : `is ${kinds.map((kind) => (kind === 'awards' ? 'an awards' : `a ${kind}`)).join(' and ')} ${imported.tables.length > 1 ? 'workbook' : 'file'}`;
    const none: Problem = {
      severity: 'error', file: name, line: null, field: null, found: null,
      expected: `the regions file (a table with kemendagri_code, bps_code, name, short_name, type); ${path} ${is}, not a regions table`,
    };
    return { text: null, problems: imported.tables.length === 0 ? imported.problems : [none] };
  }
  return { text: table.text, problems: [...imported.problems, ...table.problems] };
}

/**
 * Lines of problems printed for one file at most. Kinds are capped by listProblems; this caps their
 * number, for messages that name another line ("this row repeats line 14") and so differ row by row.
 */
const MAX_LINES_PER_FILE = 100;

/** The problems of one file: the first of each kind, then a line for the rest of each kind. */
function printProblems(print: Print, file: string, problems: readonly Problem[]): void {
  const { listed, omitted } = listProblems(problems);
  const lines = [...listed.map(formatProblem), ...omitted.map(formatOmitted)];
  const shown = lines.length > MAX_LINES_PER_FILE ? lines.slice(0, MAX_LINES_PER_FILE - 1) : lines;
  for (const line of shown) print(`  ${line}`);
  if (shown.length < lines.length) {
    const listedShown = Math.min(shown.length, listed.length);
    const omittedShown = omitted.slice(0, Math.max(shown.length - listed.length, 0)).reduce((sum, o) => sum + o.count, 0);
    print(`  ${file}: ${problems.length - listedShown - omittedShown} more problems not listed (all counted in the totals)`);
  }
}

/**
 * Runs the command on its arguments (as typed after `npm run validate --`), naming files relative to
 * the working folder, and returns its exit code. Throws only on a fault of its own.
 */
export async function runValidate(argv: readonly string[], output: ValidateOutput = processOutput): Promise<number> {
  /** Every line goes out through here: nothing in it can act on the terminal. */
  const print: Print = (line = '') => output.stdout(`${showInvisible(line)}\n`);
  let args: Arguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(`${showInvisible(`validate: ${error.message}`)}\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (args.help) {
    print(USAGE);
    return EXIT.ok;
  }
  // Generated topologies are checked when present; `npm run build:data` makes them.
  const targets = args.files.length > 0 ? args.files : SHIPPED.filter((f) => SHIPPED_DATA.has(f) || existsSync(f));

  // The region codes every other file is checked against.
  const regionsName = `--regions ${args.regionsFile}`;
  const regionsText = await readRegionsText(args.regionsFile, regionsName);
  if (regionsText.text === null) {
    print(`✗ ${regionsName}: not read, so no file was validated`);
    printProblems(print, regionsName, regionsText.problems);
    print();
    print(`0 of ${targets.length} files validated: 1 error`);
    return EXIT.invalid;
  }
  const regions: RegionIndex = parseRegions(regionsText.text, args.regionsFile).index;
  // Read in another encoding, the regions file says so even when it is not among the files validated.
  if (regionsText.problems.length > 0) {
    print(`! ${regionsName}: read, with warnings`);
    printProblems(print, regionsName, regionsText.problems);
  }

  // The desa a village winner's code must name: those of the built desa files, when built.
  const desa = readDesaIndex(dataOutDir);

  // Every problem counted, file by file and table by table.
  const counted: Problem[] = [];
  for (const file of targets) {
    // Name the file as the user typed it, or relative to here for the shipped ones.
    const name = isAbsolute(file) && file.startsWith(process.cwd()) ? relative(process.cwd(), file) : file;
    const read = readInput(file, name, 'a CSV, Excel (.xlsx) or TopoJSON file to validate');
    const imported = read.bytes ? await importFile(read.bytes, name) : { file: name, tables: [], problems: [read.problem] };
    for (const problem of imported.problems) counted.push(problem);
    if (imported.tables.length === 0) {
      print(`✗ ${name}: not read`);
      printProblems(print, name, imported.problems);
      continue;
    }
    // A workbook's tables, one a sheet: "cakupan.xlsx [Cakupan]".
    for (const table of imported.tables) {
      const validated = validateTable(table, regions);
      const desaProblems = validated.kind === 'awards' ? placeProblems(checkAwardDesa(parseAwards(table.text, table.file, regions).awards, desa, regions), table) : [];
      const report = { ...validated, problems: [...validated.problems, ...desaProblems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
      for (const problem of report.problems) counted.push(problem);
      const shown = table.sheet === null ? name : `${name} [${table.sheet}]`;
      const total = countBySeverity(report.problems);
      const unit = report.kind === 'topology' ? 'objects' : 'rows';
      print(`${total.error > 0 ? '✗' : '✓'} ${shown} (${report.kind ?? 'unknown kind'}): ${report.loaded} ${unit} loaded, ${total.error} errors, ${total.warning} warnings`);
      printProblems(print, shown, [...(table.sheet === null ? imported.problems : []), ...report.problems]);
    }
    // Sheets left out of a workbook, after its tables.
    if (imported.tables[0]!.sheet !== null) printProblems(print, name, imported.problems);
  }
  const total = countBySeverity([...regionsText.problems, ...counted]);
  print();
  print(`${targets.length} files: ${total.error} errors, ${total.warning} warnings`);
  return total.error > 0 ? EXIT.invalid : EXIT.ok;
}

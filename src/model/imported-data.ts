// The data desk's tables (and the ceremony's, when it runs on them): files brought in by a person,
// read against the published data. An imported table replaces the published table of its kind;
// tables of a kind not imported stay as published. Each table is read once: its rows go to the
// preview, its problems (at the sheet's rows, for a workbook) to the report.
import { parseAwards, type Award } from '../data/awards.ts';
import { parseCoverage, type CoverageFigure } from '../data/coverage.ts';
import type { Dataset } from '../data/dataset.ts';
import { placeProblems, type ImportedFile, type ImportedTable } from '../data/import-file.ts';
import type { Problem } from '../data/problems.ts';
import { indexRegions, parseRegions, type RegionIndex } from '../data/regions.ts';
import { detectKind, validateFile, type FileKind } from '../data/validate.ts';

export type TableKind = 'regions' | 'coverage' | 'awards';

/** One table as the report shows it: what it is, how many rows loaded, and every problem in it. */
export interface TableResult {
  file: string;
  sheet: string | null;
  kind: FileKind | null;
  loaded: number;
  problems: Problem[];
}

export interface FileResult {
  file: string;
  /** Problems with the file as a whole (not readable, a sheet left out). */
  problems: Problem[];
  tables: TableResult[];
}

export interface ImportResult {
  files: FileResult[];
  /** The published dataset with each imported kind replaced by the imported rows. */
  dataset: Dataset;
  /** The kinds the files brought in. */
  imported: ReadonlySet<TableKind>;
}

const byLine = (a: Problem, b: Problem) => (a.line ?? 0) - (b.line ?? 0);

/** A table's problems: those found bringing it in, then the parser's, at the sheet's rows, in row order. */
function tableProblems(table: ImportedTable, parsed: readonly Problem[]): Problem[] {
  return [...table.problems, ...placeProblems(parsed, table)].sort(byLine);
}

/**
 * Reads the imported files against the published dataset. Regions first: imported coverage and awards
 * resolve their region codes against the imported regions when there are any. Several tables of one
 * kind (two coverage files, say) are read one after the other and their rows put together.
 */
export function applyImport(published: Dataset, files: readonly ImportedFile[]): ImportResult {
  const entries = files.flatMap((file) => file.tables.map((table) => ({ table, kind: detectKind(table.text, table.file) })));
  const results = new Map<ImportedTable, TableResult>();
  const imported = new Set<TableKind>();

  let regions: RegionIndex = published.regions;
  const regionTables = entries.filter((entry) => entry.kind === 'regions');
  if (regionTables.length > 0) {
    const all = regionTables.map(({ table }) => ({ table, parsed: parseRegions(table.text, table.file) }));
    // One table of regions is the rule; a second one's rows are added to the first's.
    regions = all.length === 1 ? all[0]!.parsed.index : indexRegions(all.flatMap(({ parsed }) => parsed.index.regions));
    for (const { table, parsed } of all) {
      results.set(table, { file: table.file, sheet: table.sheet, kind: 'regions', loaded: parsed.index.regions.length, problems: tableProblems(table, parsed.problems) });
    }
    imported.add('regions');
  }

  const figures: CoverageFigure[] = [];
  const awards: Award[] = [];
  for (const { table, kind } of entries) {
    if (kind === 'coverage') {
      const parsed = parseCoverage(table.text, table.file, regions);
      for (const figure of parsed.figures) figures.push(figure);
      results.set(table, { file: table.file, sheet: table.sheet, kind, loaded: parsed.figures.length, problems: tableProblems(table, parsed.problems) });
      imported.add('coverage');
    } else if (kind === 'awards') {
      const parsed = parseAwards(table.text, table.file, regions);
      for (const award of parsed.awards) awards.push(award);
      results.set(table, { file: table.file, sheet: table.sheet, kind, loaded: parsed.awards.length, problems: tableProblems(table, parsed.problems) });
      imported.add('awards');
    } else if (kind !== 'regions') {
      // Not a table of ours (or a topology): the validator says what it expected.
      const report = validateFile(table.text, table.file, regions);
      results.set(table, { file: table.file, sheet: table.sheet, kind: report.kind, loaded: 0, problems: tableProblems(table, report.kind === 'topology' ? [{ severity: 'error', file: table.file, line: null, field: null, found: null, expected: 'a coverage, awards or regions table; a boundary topology is built with the site, not imported here' }] : report.problems) });
    }
  }

  const dataset: Dataset = {
    regions,
    figures: imported.has('coverage') ? figures : published.figures,
    awards: imported.has('awards') ? awards : published.awards,
    problems: [],
  };
  return {
    files: files.map((file) => ({ file: file.file, problems: file.problems, tables: file.tables.map((table) => results.get(table)!) })),
    dataset,
    imported,
  };
}

/** Every problem of the import, file by file, for counting. */
export function importProblems(result: ImportResult): Problem[] {
  return result.files.flatMap((file) => [...file.problems, ...file.tables.flatMap((table) => table.problems)]);
}

// The data desk's tables (and the ceremony's, when it runs on them): files brought in by a person,
// read against the published data. An import is an edit on top of the published data, never a
// replacement of it: a row whose key is published (a figure's region, period and metric; an award's
// edition, category, rank and winner; a region's code) changes that row, a new key adds one, and a
// published row goes only when the person removes it, row by row, or replaces a whole table knowing
// how many rows go (ImportEdits). The figures' owners may send one new year at a time, and a file of
// seven rows must never publish the loss of the other fifty. Each table is read once: its rows go to
// the preview, its problems (at the sheet's rows, for a workbook) to the report.
import { parseAwards, type Award } from '../data/awards.ts';
import { parseCoverage, type CoverageFigure } from '../data/coverage.ts';
import type { Dataset } from '../data/dataset.ts';
import { readDelimited } from '../data/dsv.ts';
import { placeProblems, type ImportedFile, type ImportedTable } from '../data/import-file.ts';
import { expectedFields, ProblemLog, type Problem, type Wording } from '../data/problems.ts';
import { indexRegions, parseRegions, REGIONS_SCHEMA, type Region, type RegionIndex } from '../data/regions.ts';
import { detectKind, validateFile, type FileKind } from '../data/validate.ts';
import { awardKey, figureKey, indexesByKey, regionKey } from './dataset-diff.ts';

export type TableKind = 'regions' | 'coverage' | 'awards';

/** What the person decided beyond the files: published rows removed, tables replaced whole. */
export interface ImportEdits {
  /**
   * Published rows removed, by key (figureKey, awardKey, regionKey), once per row: a key listed twice
   * removes two rows of that key (two sources of one figure).
   */
  removed: Readonly<Record<TableKind, readonly string[]>>;
  /** Tables replaced whole by the import: their published rows that the files do not hold are removed. */
  replaced: readonly TableKind[];
}

export const NO_EDITS: ImportEdits = { removed: { coverage: [], awards: [], regions: [] }, replaced: [] };

/**
 * A province whose rows other tables hold: the deployment's own, on the desk of the national tables
 * (desk.html?province=63). Its figures, awards and regions are refused there, each at its row, with
 * where to import it instead: each row has one place, and the national tables never repeat the home
 * province's (data/README.md).
 */
interface HeldElsewhere {
  /** The province's two-digit Kemendagri code: its row ("63") and its regencies' ("63.01") are refused. */
  province: string;
  /** Where to import such a row instead, completing "expected …" in both languages. */
  expected: Wording;
}

export interface ImportOptions {
  heldElsewhere?: HeldElsewhere | null;
}

const inProvince = (code: string, province: string) => code === province || code.startsWith(`${province}.`);

/**
 * The rows of a table that another set of tables holds, taken out, each with its problem at its line:
 * `codeOf` names the region a row is of, `lineOf` where it is (null when it cannot say).
 */
function refuseHeld<T>(rows: readonly T[], held: HeldElsewhere | null | undefined, file: string, field: string, codeOf: (row: T) => string, lineOf: (row: T) => number | null): { kept: T[]; problems: Problem[] } {
  if (!held) return { kept: [...rows], problems: [] };
  const kept: T[] = [];
  const problems: Problem[] = [];
  for (const row of rows) {
    const code = codeOf(row);
    if (!inProvince(code, held.province)) kept.push(row);
    else problems.push({ severity: 'error', file, line: lineOf(row), field, found: code, ...expectedFields(held.expected) });
  }
  return { kept, problems };
}

/** The lines of a regions table by code (a region carries no line of its own): read again only when a row is refused. */
function regionLines(text: string, file: string): Map<string, number> {
  const lines = new Map<string, number>();
  readDelimited(text, REGIONS_SCHEMA, new ProblemLog(file), (row) => {
    const code = row.cells.get('kemendagri_code')?.trim();
    if (code && !lines.has(code)) lines.set(code, row.line);
  });
  return lines;
}

/** One table as the report shows it: what it is, how many rows loaded, and every problem in it. */
interface TableResult {
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
  /** The published dataset with the imported rows added and changed, and the removals applied. */
  dataset: Dataset;
  /** The kinds the files brought in. */
  imported: ReadonlySet<TableKind>;
}

/**
 * The published rows with the imported ones laid over them: an imported row takes the place of the
 * first published row of its key not yet taken (so the published order stays), other imported rows
 * follow; then the removals. A published row that an imported row repeats exactly stays the very same
 * object, so what is untouched is written back byte for byte.
 */
function mergeRows<T>(published: readonly T[], imported: readonly T[], key: (row: T) => string, removed: readonly string[], replaced: boolean): T[] {
  if (replaced) return [...imported];
  // Nothing brought in and nothing removed: the published table itself, as it was.
  if (imported.length === 0 && removed.length === 0) return published as T[];
  const slots = indexesByKey(published, key);
  const merged: T[] = [...published];
  for (const row of imported) {
    const index = slots.get(key(row))?.shift();
    if (index === undefined) merged.push(row);
    else merged[index] = row;
  }
  if (removed.length === 0) return merged;
  const toRemove = new Map<string, number>();
  for (const k of removed) toRemove.set(k, (toRemove.get(k) ?? 0) + 1);
  return merged.filter((row) => {
    const k = key(row);
    const left = toRemove.get(k) ?? 0;
    if (left === 0) return true;
    toRemove.set(k, left - 1);
    return false;
  });
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
export function applyImport(published: Dataset, files: readonly ImportedFile[], edits: ImportEdits = NO_EDITS, { heldElsewhere = null }: ImportOptions = {}): ImportResult {
  const entries = files.flatMap((file) => file.tables.map((table) => ({ table, kind: detectKind(table.text, table.file) })));
  const results = new Map<ImportedTable, TableResult>();
  const imported = new Set<TableKind>();

  let regions: RegionIndex = published.regions;
  const regionTables = entries.filter((entry) => entry.kind === 'regions');
  if (regionTables.length > 0) {
    const all = regionTables.map(({ table }) => {
      const parsed = parseRegions(table.text, table.file);
      let lines: Map<string, number> | null = null;
      const held = refuseHeld<Region>(parsed.index.regions, heldElsewhere, table.file, 'kemendagri_code', (r) => r.code, (r) => (lines ??= regionLines(table.text, table.file)).get(r.code) ?? null);
      return { table, regions: held.kept, problems: [...parsed.problems, ...held.problems] };
    });
    // Imported regions change or add to the published ones, like any other table.
    const merged = mergeRows(published.regions.regions, all.flatMap((entry) => entry.regions), regionKey, edits.removed.regions, edits.replaced.includes('regions'));
    regions = indexRegions(merged);
    for (const { table, regions: loaded, problems } of all) {
      results.set(table, { file: table.file, sheet: table.sheet, kind: 'regions', loaded: loaded.length, problems: tableProblems(table, problems) });
    }
    imported.add('regions');
  }

  const figures: CoverageFigure[] = [];
  const awards: Award[] = [];
  for (const { table, kind } of entries) {
    if (kind === 'coverage') {
      const parsed = parseCoverage(table.text, table.file, regions);
      const held = refuseHeld(parsed.figures, heldElsewhere, table.file, 'region_code', (f) => f.regionCode, (f) => f.line);
      for (const figure of held.kept) figures.push(figure);
      results.set(table, { file: table.file, sheet: table.sheet, kind, loaded: held.kept.length, problems: tableProblems(table, [...parsed.problems, ...held.problems]) });
      imported.add('coverage');
    } else if (kind === 'awards') {
      const parsed = parseAwards(table.text, table.file, regions);
      // A village winner is named by its desa's code, as the file writes it.
      const held = refuseHeld(parsed.awards, heldElsewhere, table.file, 'region_code', (a) => a.desaCode ?? a.regionCode, (a) => a.line);
      for (const award of held.kept) awards.push(award);
      results.set(table, { file: table.file, sheet: table.sheet, kind, loaded: held.kept.length, problems: tableProblems(table, [...parsed.problems, ...held.problems]) });
      imported.add('awards');
    } else if (kind !== 'regions') {
      // Not a table of ours (or a topology): the validator says what it expected.
      const report = validateFile(table.text, table.file, regions);
      results.set(table, { file: table.file, sheet: table.sheet, kind: report.kind, loaded: 0, problems: tableProblems(table, report.kind === 'topology' ? [{ severity: 'error', file: table.file, line: null, field: null, found: null, expected: 'a coverage, awards or regions table; a boundary topology is built with the site, not imported here', expectedId: 'tabel cakupan, penghargaan atau wilayah; topologi batas wilayah dibangun bersama situs, tidak diimpor di sini' }] : report.problems) });
    }
  }

  // A published row is removed only by the person's own edits; a table not imported keeps its rows.
  const replaced = (kind: TableKind) => imported.has(kind) && edits.replaced.includes(kind);
  if (!imported.has('regions') && edits.removed.regions.length > 0) {
    regions = indexRegions(mergeRows(published.regions.regions, [], regionKey, edits.removed.regions, false));
  }
  const dataset: Dataset = {
    regions,
    figures: mergeRows(published.figures, figures, figureKey, edits.removed.coverage, replaced('coverage')),
    awards: mergeRows(published.awards, awards, awardKey, edits.removed.awards, replaced('awards')),
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

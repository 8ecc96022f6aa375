// What an import changes in the published data: rows added, changed and removed, table by table, row
// by row (the old value beside the new), and for the figures by regency and year, so the person can
// check each change against their workbook before the files go to the site. The keys that name a row
// live here too: the import matches published rows on them (imported-data.ts), and the desk's removals
// name rows by them.
import type { Award } from '../data/awards.ts';
import type { CoverageFigure } from '../data/coverage.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Region } from '../data/regions.ts';

export interface Counts {
  added: number;
  changed: number;
  removed: number;
}

interface RegencyYearChanges extends Counts {
  regionCode: string;
  year: number;
}

interface EditionChanges extends Counts {
  edition: number;
}

export type RowStatus = 'added' | 'changed' | 'removed' | 'unchanged';

/** One row of a resulting table, beside the published row it replaces or removes (if any). */
export interface RowChange<T> {
  status: RowStatus;
  /** The row's key (figureKey, awardKey, regionKey): how the desk names a row to remove. */
  key: string;
  /** The published row; absent for an addition. */
  before?: T;
  /** The resulting row; absent for a removal. */
  after?: T;
}

interface TableRows {
  coverage: RowChange<CoverageFigure>[];
  awards: RowChange<Award>[];
  regions: RowChange<Region>[];
}

export interface DatasetChanges {
  coverage: Counts;
  awards: Counts;
  regions: Counts;
  /** The figures' changes by regency (Kemendagri code) and year of the period, in code and year order. */
  byRegencyYear: RegencyYearChanges[];
  /** The awards' changes by edition, oldest first. */
  byEdition: EditionChanges[];
  /**
   * Every row of each resulting table in the published order, removed rows where they stood, additions
   * after them: the whole table as it will be published, each row marked.
   */
  rows: TableRows;
}

/** What names a figure: its region, period and metric. Two sources may share one (they disagree). */
export const figureKey = (f: CoverageFigure): string => `${f.regionCode}|${f.period.text}|${f.metric}`;
/** What names an award: its edition, level, category, rank and winner. */
export const awardKey = (a: Award): string => `${a.edition}|${a.level}|${a.category}|${a.rank}|${a.winnerName}`;
/** What names a region: its Kemendagri code. */
export const regionKey = (r: Region): string => r.code;

const sameFigure = (a: CoverageFigure, b: CoverageFigure): boolean =>
  a.value === b.value && a.unit === b.unit && a.sourceUrl === b.sourceUrl && a.confidence === b.confidence && a.note === b.note && a.noteId === b.noteId;

const sameAward = (a: Award, b: Award): boolean =>
  a.assessmentPeriod?.text === b.assessmentPeriod?.text && a.ceremonyDate?.text === b.ceremonyDate?.text && a.categoryLabel.id === b.categoryLabel.id &&
  a.categoryLabel.en === b.categoryLabel.en && a.winnerType === b.winnerType && a.regionCode === b.regionCode && a.desaCode === b.desaCode &&
  a.sourceUrl === b.sourceUrl && a.confidence === b.confidence && a.note === b.note && a.presenterNote === b.presenterNote && a.categoryOrder === b.categoryOrder;

const sameRegion = (a: Region, b: Region): boolean =>
  a.bpsCode === b.bpsCode && a.name === b.name && a.shortName === b.shortName && a.type === b.type && JSON.stringify(a.formerNames) === JSON.stringify(b.formerNames);

/** Each key's rows, by their index in the table, in table order: what the next row of a key is paired with. */
export function indexesByKey<T>(rows: readonly T[], key: (row: T) => string): Map<string, number[]> {
  const indexes = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const k = key(row);
    const list = indexes.get(k);
    if (list) list.push(index);
    else indexes.set(k, [index]);
  });
  return indexes;
}

/**
 * Pairs each row after with the first row before of the same key not yet paired (several figures may
 * share a key: two sources disagreeing, matched in file order). Linear in the rows: a 50,000-row import
 * is compared in one pass.
 */
function compare<T>(before: readonly T[], after: readonly T[], key: (row: T) => string, same: (a: T, b: T) => boolean): RowChange<T>[] {
  const waiting = indexesByKey(before, key);
  const pairedWith: (T | undefined)[] = new Array<T | undefined>(before.length);
  const added: RowChange<T>[] = [];
  for (const row of after) {
    const k = key(row);
    const list = waiting.get(k);
    const index = list?.shift();
    if (index === undefined) added.push({ status: 'added', key: k, after: row });
    else pairedWith[index] = row;
  }
  const rows: RowChange<T>[] = before.map((row, index) => {
    const next = pairedWith[index];
    const k = key(row);
    if (next === undefined) return { status: 'removed', key: k, before: row };
    return { status: next === row || same(row, next) ? 'unchanged' : 'changed', key: k, before: row, after: next };
  });
  for (const row of added) rows.push(row);
  return rows;
}

function count<T>(rows: readonly RowChange<T>[], each: (row: T, change: keyof Counts) => void = () => {}): Counts {
  const counts: Counts = { added: 0, changed: 0, removed: 0 };
  for (const row of rows) {
    if (row.status === 'unchanged') continue;
    counts[row.status]++;
    each((row.after ?? row.before)!, row.status);
  }
  return counts;
}

function grouped<G extends Counts>(make: (key: string) => G) {
  const groups = new Map<string, G>();
  return {
    add(key: string, change: keyof Counts) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = make(key)));
      group[change]++;
    },
    list: () => [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, group]) => group),
  };
}

export function datasetChanges(published: Dataset, imported: Dataset): DatasetChanges {
  const regencyYears = grouped((key) => {
    const [regionCode, year] = key.split('|');
    return { regionCode: regionCode!, year: Number(year), added: 0, changed: 0, removed: 0 };
  });
  const editions = grouped((key) => ({ edition: Number(key), added: 0, changed: 0, removed: 0 }));
  const rows: TableRows = {
    coverage: compare(published.figures, imported.figures, figureKey, sameFigure),
    awards: compare(published.awards, imported.awards, awardKey, sameAward),
    regions: compare(published.regions.regions, imported.regions.regions, regionKey, sameRegion),
  };
  const coverage = count(rows.coverage, (f, change) => regencyYears.add(`${f.regionCode}|${f.period.year}`, change));
  const awards = count(rows.awards, (a, change) => editions.add(String(a.edition), change));
  const regions = count(rows.regions);
  return { coverage, awards, regions, byRegencyYear: regencyYears.list(), byEdition: editions.list(), rows };
}

/** The rows one province's changes hold ('' for Indonesia as a whole, whose figures have no code). */
export interface ProvinceChanges {
  province: string;
  rows: number;
}

/**
 * Which provinces an import's changes are for, and how many rows each: the national tables hold every
 * province, and an import checked at one province's desk may bring rows of others, which that
 * province's map does not show. Rows added, changed or removed, of every table; provinces in code
 * order, Indonesia first.
 */
export function changedProvinces(changes: DatasetChanges): ProvinceChanges[] {
  const counts = new Map<string, number>();
  const add = (code: string) => {
    const province = code.slice(0, 2);
    counts.set(province, (counts.get(province) ?? 0) + 1);
  };
  const each = <T>(rows: readonly RowChange<T>[], code: (row: T) => string) => {
    for (const row of rows) if (row.status !== 'unchanged') add(code((row.after ?? row.before)!));
  };
  each(changes.rows.coverage, (f) => f.regionCode);
  each(changes.rows.awards, (a) => a.regionCode);
  each(changes.rows.regions, (r) => r.code);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([province, rows]) => ({ province, rows }));
}

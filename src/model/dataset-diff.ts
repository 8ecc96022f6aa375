// What an import changes in the published data: rows added, changed and removed, table by table, and
// for the figures, by regency and year, so the person can check each change against their workbook
// before the files go to the site.
import type { Award } from '../data/awards.ts';
import type { CoverageFigure } from '../data/coverage.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Region } from '../data/regions.ts';

export interface Counts {
  added: number;
  changed: number;
  removed: number;
}

export interface RegencyYearChanges extends Counts {
  regionCode: string;
  year: number;
}

export interface EditionChanges extends Counts {
  edition: number;
}

export interface DatasetChanges {
  coverage: Counts;
  awards: Counts;
  regions: Counts;
  /** The figures' changes by regency (Kemendagri code) and year of the period, in code and year order. */
  byRegencyYear: RegencyYearChanges[];
  /** The awards' changes by edition, oldest first. */
  byEdition: EditionChanges[];
}

/**
 * Rows are matched on what names them (a figure: region, period and metric; an award: edition, level,
 * category, rank and winner; a region: its code); a matched row whose other fields differ is changed.
 * Several figures may share a name (two sources disagreeing): they are matched in file order.
 */
function compare<T>(before: readonly T[], after: readonly T[], key: (row: T) => string, same: (a: T, b: T) => boolean, count: (row: T, change: keyof Counts) => void): Counts {
  const waiting = new Map<string, T[]>();
  for (const row of before) {
    const k = key(row);
    const list = waiting.get(k);
    if (list) list.push(row);
    else waiting.set(k, [row]);
  }
  const counts: Counts = { added: 0, changed: 0, removed: 0 };
  const tally = (row: T, change: keyof Counts) => {
    counts[change]++;
    count(row, change);
  };
  for (const row of after) {
    const list = waiting.get(key(row));
    const old = list?.shift();
    if (old === undefined) tally(row, 'added');
    else if (!same(old, row)) tally(row, 'changed');
  }
  for (const list of waiting.values()) for (const row of list) tally(row, 'removed');
  return counts;
}

const figureKey = (f: CoverageFigure) => `${f.regionCode}|${f.period.text}|${f.metric}`;
const sameFigure = (a: CoverageFigure, b: CoverageFigure) =>
  a.value === b.value && a.unit === b.unit && a.sourceUrl === b.sourceUrl && a.confidence === b.confidence && a.note === b.note && a.noteId === b.noteId;

const awardKey = (a: Award) => `${a.edition}|${a.level}|${a.category}|${a.rank}|${a.winnerName}`;
const sameAward = (a: Award, b: Award) =>
  a.assessmentPeriod?.text === b.assessmentPeriod?.text && a.ceremonyDate?.text === b.ceremonyDate?.text && a.categoryLabel.id === b.categoryLabel.id &&
  a.categoryLabel.en === b.categoryLabel.en && a.winnerType === b.winnerType && a.regionCode === b.regionCode && a.sourceUrl === b.sourceUrl &&
  a.confidence === b.confidence && a.note === b.note && a.presenterNote === b.presenterNote;

const sameRegion = (a: Region, b: Region) =>
  a.bpsCode === b.bpsCode && a.name === b.name && a.shortName === b.shortName && a.type === b.type && JSON.stringify(a.formerNames) === JSON.stringify(b.formerNames);

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
  const coverage = compare(published.figures, imported.figures, figureKey, sameFigure, (f, change) => regencyYears.add(`${f.regionCode}|${f.period.year}`, change));
  const awards = compare(published.awards, imported.awards, awardKey, sameAward, (a, change) => editions.add(String(a.edition), change));
  const regions = compare(published.regions.regions, imported.regions.regions, (r) => r.code, sameRegion, () => {});
  return { coverage, awards, regions, byRegencyYear: regencyYears.list(), byEdition: editions.list() };
}

// One edition of the Paritrana Award as the winners panel shows it: categories in the order the data
// first names them, each with its winners ranked 1, 2, 3, then winners whose rank was not published,
// then the nominees. No DOM and no language: the element picks the words.
import type { Award, AwardLevel, Period, RegionIndex } from '../../data/index.ts';
import { compareRanks } from '../../model/award-order.ts';
import { awardEditions } from '../../model/years.ts';

export interface WinnerRow {
  award: Award;
  /** The regency's label name ("Ketapang"), or its code when the regions are not known. */
  regionName: string;
}

export interface CategoryResults {
  /** Level and category id: one category may run at both levels. */
  key: string;
  level: AwardLevel;
  label: { id: string; en: string };
  rows: WinnerRow[];
}

type EditionStatus = 'results' | 'nominees-only' | 'none';

export interface EditionResults {
  edition: number;
  /** The ceremony day (awardEdition in src/model/years.ts). */
  ceremonyDate: Period | null;
  /** The period judged (awardEdition). */
  assessmentPeriod: Period | null;
  /** 'none': nothing published; 'nominees-only': nominees named but no winners. */
  status: EditionStatus;
  categories: CategoryResults[];
}

export function editionResults(awards: readonly Award[], edition: number, regions?: RegionIndex): EditionResults {
  const ofEdition = awards.filter((a) => a.edition === edition);
  const categories = new Map<string, CategoryResults>();
  for (const award of ofEdition) {
    const key = `${award.level}|${award.category}`;
    let category = categories.get(key);
    if (!category) {
      category = { key, level: award.level, label: award.categoryLabel, rows: [] };
      categories.set(key, category);
    }
    category.rows.push({ award, regionName: regions?.byCode.get(award.regionCode)?.shortName ?? award.regionCode });
  }
  for (const category of categories.values()) {
    // A stable sort: rows of one rank (a tie, or the nominees) keep the order of the file.
    category.rows.sort((a, b) => compareRanks(a.award.rank, b.award.rank));
  }
  // National results first: they outrank the province's own award.
  const ordered = [...categories.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === 'nasional' ? -1 : 1));
  const hasWinner = ofEdition.some((a) => a.rank !== 'nominee');
  // The edition's dates as the ceremony and the slider read them (awardEditions).
  const dates = awardEditions(ofEdition)[0];
  return {
    edition,
    ceremonyDate: dates?.ceremonyDate ?? null,
    assessmentPeriod: dates?.assessmentPeriod ?? null,
    status: ofEdition.length === 0 ? 'none' : hasWinner ? 'results' : 'nominees-only',
    categories: ordered,
  };
}

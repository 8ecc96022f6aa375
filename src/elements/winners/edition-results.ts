// One edition of the Paritrana Award as the winners panel shows it: categories in the order the data
// first names them, each with its winners ranked 1, 2, 3, then winners whose rank was not published,
// then the nominees. No DOM and no language: the element picks the words.
import type { Award, AwardLevel, AwardRank, Period, RegionIndex } from '../../data/index.ts';

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

export type EditionStatus = 'results' | 'nominees-only' | 'none';

export interface EditionResults {
  edition: number;
  /** The ceremony day, from the first row that states one. */
  ceremonyDate: Period | null;
  /** The period judged, from the first row that states one. */
  assessmentPeriod: Period | null;
  /** 'none': nothing published; 'nominees-only': nominees named but no winners. */
  status: EditionStatus;
  categories: CategoryResults[];
}

const RANK_ORDER: Readonly<Record<`${AwardRank}`, number>> = { '1': 0, '2': 1, '3': 2, unknown: 3, nominee: 4 };

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
    category.rows.sort((a, b) => RANK_ORDER[`${a.award.rank}`] - RANK_ORDER[`${b.award.rank}`]);
  }
  // National results first: they outrank the province's own award.
  const ordered = [...categories.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === 'nasional' ? -1 : 1));
  const hasWinner = ofEdition.some((a) => a.rank !== 'nominee');
  return {
    edition,
    ceremonyDate: ofEdition.find((a) => a.ceremonyDate)?.ceremonyDate ?? null,
    assessmentPeriod: ofEdition.find((a) => a.assessmentPeriod)?.assessmentPeriod ?? null,
    status: ofEdition.length === 0 ? 'none' : hasWinner ? 'results' : 'nominees-only',
    categories: ordered,
  };
}

/** The edition to show when the page names none: the latest with any result. */
export function latestEdition(awards: readonly Award[]): number | undefined {
  let latest: number | undefined;
  for (const a of awards) if (latest === undefined || a.edition > latest) latest = a.edition;
  return latest;
}

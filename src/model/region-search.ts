// The regency search's matching: which regencies a reader means by what they have typed so far.
// Pure, so the search box on the page and its tests agree on every rule.
import type { FormerName, Region } from '../data/index.ts';

export interface RegionMatch {
  region: Region;
  /** The former name the text matched ("Kabupaten Pontianak" for Mempawah), null when a current name did. */
  formerName: FormerName | null;
}

/** Lower case, accents and punctuation dropped, spaces collapsed: "Kab. Kubu  Raya" and "kab kubu raya" agree. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}

/** Whether the folded query starts a word of the folded name ("pon" starts "kota pontianak"; "ian" does not). */
function startsAWord(name: string, query: string): boolean {
  return name.startsWith(query) || name.includes(` ${query}`);
}

/**
 * The regencies whose official name, short name or former name has a word starting with `query`
 * (accents and case ignored), or whose Kemendagri code starts with it. Current names rank before
 * former ones, then by name: "pon" gives Kota Pontianak, then Kabupaten Mempawah (Kabupaten Pontianak
 * until 2014). An empty query matches every regency, in name order.
 */
export function matchRegions(regions: readonly Region[], query: string): RegionMatch[] {
  const folded = foldName(query);
  const code = query.trim();
  const ranked: { match: RegionMatch; rank: number }[] = [];
  for (const region of regions) {
    if (folded === '' || startsAWord(foldName(region.shortName), folded)) {
      ranked.push({ match: { region, formerName: null }, rank: 0 });
    } else if (startsAWord(foldName(region.name), folded) || (/^\d/.test(code) && region.code.startsWith(code))) {
      ranked.push({ match: { region, formerName: null }, rank: 1 });
    } else {
      const formerName = region.formerNames.find((former) => startsAWord(foldName(former.name), folded));
      if (formerName) ranked.push({ match: { region, formerName }, rank: 2 });
    }
  }
  ranked.sort((a, b) => a.rank - b.rank || a.match.region.shortName.localeCompare(b.match.region.shortName, 'id'));
  return ranked.map((r) => r.match);
}

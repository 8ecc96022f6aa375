// The order of an edition's awards, by rank: 1, 2, 3, a winner whose rank was not published, then the
// nominees. The winners panel lists them so, the region details likewise within an edition, and the
// ceremony announces the same ranks in reverse. One place, so the three never disagree.
import type { Award, AwardRank } from '../data/index.ts';

/** A rank's place in the listing order; ties keep the order of the file (a stable sort). */
const RANK_ORDER: Readonly<Record<AwardRank, number>> = { 1: 0, 2: 1, 3: 2, unknown: 3, nominee: 4 };

/** For sort(): first place first, nominees last. */
export const compareRanks = (a: AwardRank, b: AwardRank): number => RANK_ORDER[a] - RANK_ORDER[b];

/**
 * For sort() of an edition's winners as the ceremony reveals them: the ranked ones from the lowest
 * place up to first place, so the room waits for the winner; those without a published rank after them.
 */
export const compareReveal = (a: AwardRank, b: AwardRank): number => {
  const reveal = (rank: AwardRank) => (typeof rank === 'number' ? -RANK_ORDER[rank] : RANK_ORDER[rank]);
  return reveal(a) - reveal(b);
};

/**
 * The categories of the 2025 edition as the committee released them, the order a ceremony announces
 * them in until the awards data carry the committee's own order.
 */
const RELEASE_ORDER: readonly string[] = [
  'pemerintah-kabupaten-kota',
  'badan-usaha-besar-menengah',
  'badan-usaha-kecil-mikro',
  'pemerintah-desa-kelurahan',
  'inovasi-pekerja-rentan-desa',
  'tertib-administrasi-kepesertaan',
];

/**
 * The categories of an edition in the order they are announced: the committee's release order, then
 * any other category in the order the file first names it (a category new to the data still plays).
 */
export function categoryOrder(awards: readonly Award[], edition: number): string[] {
  const inFile = [...new Set(awards.filter((a) => a.edition === edition).map((a) => a.category))];
  const place = (category: string) => {
    const known = RELEASE_ORDER.indexOf(category);
    return known === -1 ? RELEASE_ORDER.length + inFile.indexOf(category) : known;
  };
  return [...inFile].sort((a, b) => place(a) - place(b));
}

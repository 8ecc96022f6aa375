// The order of an edition's awards, by rank: 1, 2, 3, a winner whose rank was not published, then the
// nominees. The winners panel lists them so, the region details likewise within an edition, and the
// ceremony announces the same ranks in reverse. One place, so the three never disagree. And the order
// in which the ceremony calls an edition's categories.
import type { Award, AwardRank } from '../data/index.ts';
import { AWARD_CATEGORIES } from './award-categories.ts';

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
 * The categories of an edition in the order the committee calls them: those whose rows set
 * category_order by that number; then the others in the 2025 release's order (AWARD_CATEGORIES); then
 * any other category in the order the file first names it.
 */
export function categoryOrder(awards: readonly Award[], edition: number): string[] {
  // Made here, not when the module loads: the winners panel imports this module for its ranks alone.
  const releaseOrder = new Map(AWARD_CATEGORIES.map((category, index) => [category.id, index]));
  const categories = new Map<string, { set: number | null; firstIndex: number }>();
  awards.forEach((award, index) => {
    if (award.edition !== edition) return;
    const seen = categories.get(award.category);
    if (!seen) categories.set(award.category, { set: award.categoryOrder, firstIndex: index });
    else if (seen.set === null) seen.set = award.categoryOrder;
  });
  const rank = (id: string): [number, number] => {
    const { set, firstIndex } = categories.get(id)!;
    if (set !== null) return [0, set];
    const release = releaseOrder.get(id);
    return release === undefined ? [2, firstIndex] : [1, release];
  };
  return [...categories.keys()].sort((a, b) => {
    const [groupA, placeA] = rank(a);
    const [groupB, placeB] = rank(b);
    return groupA - groupB || placeA - placeB;
  });
}

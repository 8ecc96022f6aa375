// The order of an edition's awards, by rank: 1, 2, 3, a winner whose rank was not published, then the
// nominees. The winners panel lists them so, the region details likewise within an edition, and the
// ceremony announces the same ranks in reverse. One place, so the three never disagree.
import type { AwardRank } from '../data/index.ts';

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

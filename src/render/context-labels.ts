// Names around the province, so a reader knows where they are. Each has a few candidate points, chosen
// by eye in the context layer's land and sea and kept in the province's configuration
// (provinces/<code>.json, contextLabels); how much of the surroundings shows depends on the map's
// shape, so the first point where the name fits inside the frame, off the province and clear of the
// regency labels is used, and a name that fits nowhere is left out.
import { PROVINCE } from '../data/current-province.ts';
import type { ContextLabel } from '../data/province.ts';

export type { ContextLabel };

export const CONTEXT_LABELS: readonly ContextLabel[] = PROVINCE.contextLabels;

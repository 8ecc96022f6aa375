// What the legend lists, in order: one entry per class of the metric's fixed scale, then the hatch for
// regions with no published figure, then (only when the map carries figures forward) the dots
// and dashed outline that mark an earlier year's figure. No DOM: the legend element renders what this
// returns, and the PNG poster (src/render/poster.ts) draws the same entries, so the two cannot differ.
import type { Lang } from '../i18n/lang.ts';
import { COMMON } from '../i18n/messages.ts';
import { metricScale, type MapMetric, type SchemeName } from './metric-scale.ts';

/** What a legend entry stands for; the first two are what the map can highlight. */
export type LegendKey = number | 'no-data' | 'carried-forward';

export interface LegendEntry {
  key: LegendKey;
  kind: 'class' | 'no-data' | 'carried-forward';
  label: string;
  /** The class colour; null for the hatch and the carried-forward outline. */
  colour: string | null;
  /** True when pointing at or focusing the entry highlights regions on the map. */
  highlightable: boolean;
}

export interface LegendModel {
  title: string;
  entries: LegendEntry[];
}

export function legendModel(metric: MapMetric, scheme: SchemeName, lang: Lang, carryForward: boolean): LegendModel {
  const scale = metricScale(metric, scheme);
  const entries: LegendEntry[] = scale.classes.map((c) => ({
    key: c.index,
    kind: 'class',
    label: scale.label(c, lang),
    colour: c.colour,
    highlightable: true,
  }));
  entries.push({ key: 'no-data', kind: 'no-data', label: COMMON[lang].noFigure, colour: null, highlightable: true });
  // A metric that is never carried (a difference needs two real figures) never shows the mark.
  if (carryForward && scale.definition.carryForward) {
    entries.push({ key: 'carried-forward', kind: 'carried-forward', label: COMMON[lang].carriedForward, colour: null, highlightable: false });
  }
  return { title: scale.definition.label[lang], entries };
}

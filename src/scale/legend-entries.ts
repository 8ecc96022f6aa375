// What the legend lists, in order: one entry per class of the metric's fixed scale, then the hatch for
// regions with no published figure, then (for a change) the grey of a figure with none the year before to
// compare it with, then (only when the map carries figures forward) the dots
// and dashed outline that mark an earlier year's figure. No DOM: the legend element renders what this
// returns, and the PNG poster (src/render/poster.ts) draws the same entries, so the two cannot differ.
import type { Lang } from '../i18n/lang.ts';
import { pointsUnit } from '../i18n/format.ts';
import { COMMON, LEGEND_WORDS } from '../i18n/messages.ts';
import { metricScale, NO_EARLIER_STYLE, type MapMetric, type SchemeName } from './metric-scale.ts';

/** What a legend entry stands for; the first two are what the map can highlight. */
type LegendKey = number | 'no-data' | 'no-earlier' | 'carried-forward';

export interface LegendEntry {
  key: LegendKey;
  kind: 'class' | 'no-data' | 'no-earlier' | 'carried-forward';
  label: string;
  /** The class colour, or the "no earlier figure" grey; null for the hatch and the carried-forward outline. */
  colour: string | null;
  /** What the legend shows beside the swatch, its title giving the unit the label repeats ("−5 s.d. −1"); else the label. */
  shown: string;
  /** True when pointing at or focusing the entry highlights regions on the map. */
  highlightable: boolean;
  /**
   * The one-row legend's words: for a class, its lower break as the colour bar's tick ("20", "−5"; null
   * for the open-ended first class); for the other entries, a short name beside their swatch.
   */
  short: string | null;
}

export interface LegendModel {
  title: string;
  /** The title where room is short (a one-row legend): the metric's short name, "Perubahan cakupan". */
  shortTitle: string;
  /** The unit the entries' shown words and the colour bar's ticks leave out, where the title does not say it ("persen poin"); else null. */
  unit: string | null;
  entries: LegendEntry[];
}

export function legendModel(metric: MapMetric, scheme: SchemeName, lang: Lang, carryForward: boolean): LegendModel {
  const scale = metricScale(metric, scheme);
  const entries: LegendEntry[] = scale.classes.map((c) => ({
    key: c.index,
    kind: 'class',
    label: scale.label(c, lang),
    shown: scale.range(c, lang),
    colour: c.colour,
    highlightable: true,
    short: c.lower === null ? null : scale.tick(c.lower, lang),
  }));
  const words = LEGEND_WORDS[lang];
  entries.push({ key: 'no-data', kind: 'no-data', label: COMMON[lang].noFigure, shown: COMMON[lang].noFigure, colour: null, highlightable: true, short: words.noFigureShort });
  // A change needs two years: a figure this year with none the year before is not "no figure".
  if (scale.definition.derive === 'change') {
    entries.push({ key: 'no-earlier', kind: 'no-earlier', label: COMMON[lang].noEarlier, shown: COMMON[lang].noEarlier, colour: NO_EARLIER_STYLE.fill, highlightable: false, short: words.noEarlierShort });
  }
  // A metric that is never carried (a difference needs two real figures) never shows the mark.
  if (carryForward && scale.definition.carryForward) {
    entries.push({ key: 'carried-forward', kind: 'carried-forward', label: COMMON[lang].carriedForward, shown: COMMON[lang].carriedForward, colour: null, highlightable: false, short: words.carriedLegendShort });
  }
  const unit = scale.definition.unit === 'points' ? pointsUnit(Infinity, lang) : null;
  return { title: scale.definition.label[lang], shortTitle: scale.definition.choice[lang], unit, entries };
}

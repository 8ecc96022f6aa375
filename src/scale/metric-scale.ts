// Classed colour scales for every metric the map can show. Breaks are fixed per metric, never fitted
// to a year's data: a colour then means the same thing in every year, and a year with three figures
// is not stretched across the whole ramp. Schemes are ColorBrewer's and viridis-family ramps, which
// stay ordered for the common colour-vision deficiencies and in greyscale.
import { formatCompact, formatNumber, formatSigned, pointsUnit } from '../i18n/format.ts';
import { LEGEND_WORDS } from '../i18n/messages.ts';
import type { Lang } from '../i18n/lang.ts';
import { metricDefinition, UNIT_FORMATS, type MapMetric, type MapMetricDefinition, type SchemeName } from '../model/metrics.ts';
import { PUOR_COLOURS, SEQUENTIAL_COLOURS } from './scheme-colours.ts';

// Re-exported for the elements, which take a metric and a scheme together.
export { SCHEME_NAMES, type MapMetric, type SchemeName } from '../model/metrics.ts';

export interface ScaleClass {
  /** 0 for the lowest class. */
  index: number;
  /** Inclusive lower bound; null for the open-ended first class. */
  lower: number | null;
  /** Exclusive upper bound; null for the open-ended last class. */
  upper: number | null;
  colour: string;
}

export interface MetricScale {
  metric: MapMetric;
  definition: MapMetricDefinition;
  classes: readonly ScaleClass[];
  /** The class a value falls in (a value on a break belongs to the class above). */
  classify(value: number): ScaleClass;
  /** A value as the legend and tooltip write it: "68,02%", "110.013", "+12,33 poin". */
  format(value: number, lang: Lang): string;
  /** A class as the legend names it: "20–30%", "< 20%", "≥ 60%". */
  label(scaleClass: ScaleClass, lang: Lang): string;
  /**
   * A class as a legend shows it under a title that gives the unit: "−5 s.d. −1" for a change (words
   * between signed numbers, never a dash beside a minus); the other units are the label itself.
   */
  range(scaleClass: ScaleClass, lang: Lang): string;
  /** A break as a colour bar's tick writes it, the unit left to the title: "20", "25 rb", "−5", "+1". */
  tick(value: number, lang: Lang): string;
}

/** A sequential scheme's colours, light (low coverage) to dark; an unknown name gets YlGnBu. */
function sequential(scheme: SchemeName, count: number): readonly string[] {
  // Own keys only: a name such as "toString" must not find the object's prototype.
  return Object.hasOwn(SEQUENTIAL_COLOURS, scheme) ? colourRow(SEQUENTIAL_COLOURS[scheme], count, scheme) : colourRow(SEQUENTIAL_COLOURS.ylgnbu, count, 'ylgnbu');
}

function colourRow(rows: Readonly<Record<number, readonly string[]>>, count: number, scheme: string): readonly string[] {
  const row = Object.hasOwn(rows, count) ? rows[count] : undefined;
  if (!row) throw new Error(`src/scale/scheme-colours.ts: no ${count}-class row for ${scheme}; add it (scheme-colours.test.ts computes it)`);
  return row;
}

/**
 * Orange for a fall, purple for a rise (PuOr, colour-blind safe; the darker purple of a rise reads
 * like the darker classes of coverage). Its middle step is near-white, which
 * beside the white-and-grey hatch of "no figure" read as missing: "about unchanged" gets a warm light
 * beige instead, still neutral between the two hues.
 */
function divergingChange(count: number): string[] {
  const colours = colourRow(PUOR_COLOURS, count, 'puor').slice().reverse();
  if (count % 2 === 1) colours[(count - 1) / 2] = '#e3d9bf';
  return colours;
}

export function metricScale(metric: MapMetric, scheme: SchemeName = 'ylgnbu'): MetricScale {
  const definition = metricDefinition(metric);
  const { breaks, unit } = definition;
  const count = breaks.length + 1;
  const colours = definition.colours === 'diverging' ? divergingChange(count) : sequential(scheme, count);
  const classes = colours.map((colour, index): ScaleClass => ({
    index,
    lower: index === 0 ? null : breaks[index - 1]!,
    upper: index === breaks.length ? null : breaks[index]!,
    colour,
  }));
  const format = UNIT_FORMATS[unit];
  return {
    metric: definition.id,
    definition,
    classes,
    classify(value) {
      let index = 0;
      while (index < breaks.length && value >= breaks[index]!) index++;
      return classes[index]!;
    },
    format,
    label(scaleClass, lang) {
      // The unit once, after the range: "20–30%", "−1 s.d. +1 persen poin".
      return unit === 'points' ? `${pointsRange(scaleClass, lang)} ${pointsUnit(Infinity, lang)}` : this.range(scaleClass, lang);
    },
    range(scaleClass, lang) {
      const { lower, upper } = scaleClass;
      if (unit === 'points') return pointsRange(scaleClass, lang);
      if (lower === null) return `< ${format(upper!, lang)}`;
      if (upper === null) return `≥ ${format(lower, lang)}`;
      if (unit === 'percent') return `${formatNumber(lower, lang)}–${format(upper, lang)}`;
      return `${format(lower, lang)}–${format(upper, lang)}`;
    },
    tick(value, lang) {
      if (unit === 'points') return formatSigned(value, lang);
      return unit === 'persons' ? formatCompact(value, lang) : formatNumber(value, lang);
    },
  };
}

/** A change's class without its unit: "< −5", "−5 s.d. −1", "≥ +5". */
function pointsRange({ lower, upper }: ScaleClass, lang: Lang): string {
  if (lower === null) return `< ${formatSigned(upper!, lang)}`;
  if (upper === null) return `≥ ${formatSigned(lower, lang)}`;
  return `${formatSigned(lower, lang)} ${LEGEND_WORDS[lang].rangeTo} ${formatSigned(upper, lang)}`;
}

/** How a region with no published figure is drawn: a neutral hatch, never a class colour. */
export const NO_DATA_STYLE = { background: '#ffffff', hatch: '#8a8a8a' } as const;

/**
 * How a change is drawn where the year has a figure but the year before has none: a plain mid grey, apart
 * from the white-and-grey hatch of "no figure" and from every PuOr class (darker than the light purple
 * and the beige, lighter than the dark purple, with no hue), and the same in both renderers.
 */
export const NO_EARLIER_STYLE = { fill: '#969696' } as const;

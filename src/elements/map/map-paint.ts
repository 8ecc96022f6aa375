// Which colour and state each regency gets on the map, for both renderers (SVG and MapLibre), and the
// words its tooltip and list entry say. Pure: no DOM, tested in Node.
import type { CoverageFigure, Dataset } from '../../data/index.ts';
import { formatPeriod } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { COMMON } from '../../i18n/messages.ts';
import { regionValues } from '../../model/values.ts';
import { metricScale, type MapMetric, type SchemeName } from '../../scale/metric-scale.ts';

/** A legend class the map may be asked to bring forward: a class index, or the regencies with no figure. */
export type HighlightClass = number | 'no-data' | null;

export interface RegencyPaint {
  /** Kemendagri code, the boundary's id. */
  code: string;
  /** Short name for labels and tooltips ("Ketapang"). */
  name: string;
  value: number | null;
  /** Index of the value's class; null when there is no figure (drawn with the no-data hatch). */
  classIndex: number | null;
  /** The class colour; null when there is no figure: never the lowest class, never zero. */
  fill: string | null;
  /** True when the figure is an earlier year's, carried forward on request. */
  carriedForward: boolean;
  /** True when the legend highlights another class than this regency's. */
  dimmed: boolean;
  /** The figure behind the value, for its period. */
  figure: CoverageFigure | null;
}

export interface PaintOptions {
  year: number;
  metric: MapMetric;
  scheme?: SchemeName;
  carryForward?: boolean;
  highlightClass?: HighlightClass;
}

export function paintRegencies(
  dataset: Dataset,
  { year, metric, scheme = 'ylgnbu', carryForward = false, highlightClass = null }: PaintOptions,
): RegencyPaint[] {
  const regencies = dataset.regions.regencies;
  const values = regionValues(dataset, regencies.map((r) => r.code), { year, metric, carryForward });
  const scale = metricScale(metric, scheme);
  return regencies.map((region) => {
    const v = values.get(region.code)!;
    const scaleClass = v.value === null ? null : scale.classify(v.value);
    const classIndex = scaleClass?.index ?? null;
    const inHighlight = highlightClass === null || (highlightClass === 'no-data' ? classIndex === null : classIndex === highlightClass);
    return {
      code: region.code,
      name: region.shortName,
      value: v.value,
      classIndex,
      fill: scaleClass?.colour ?? null,
      carriedForward: v.carriedForward,
      dimmed: !inHighlight,
      figure: v.figure,
    };
  });
}

/** MapLibre feature-state of a regency: what the style's expressions read. */
export interface RegencyFeatureState {
  /** The class index, -1 for no figure. */
  classIndex: number;
  /** The class colour, or the no-data background. */
  colour: string;
  noData: boolean;
  carried: boolean;
  dimmed: boolean;
  [key: string]: unknown;
}

export function featureState(paint: RegencyPaint, noDataBackground: string): RegencyFeatureState {
  return {
    classIndex: paint.classIndex ?? -1,
    colour: paint.fill ?? noDataBackground,
    noData: paint.classIndex === null,
    carried: paint.carriedForward,
    dimmed: paint.dimmed,
  };
}

export interface RegencyDescription {
  name: string;
  /** "68,02%", or "Tidak ada angka terbit". */
  value: string;
  /** "per Nov 2023", "tahun 2024"; null without a figure. */
  period: string | null;
  /** The carried-forward notice; null for a figure of the year itself. */
  note: string | null;
}

/** What the tooltip says about a regency. */
export function describeRegency(paint: RegencyPaint, metric: MapMetric, lang: Lang): RegencyDescription {
  const scale = metricScale(metric);
  const words = COMMON[lang];
  if (paint.value === null) return { name: paint.name, value: words.noFigure, period: null, note: null };
  return {
    name: paint.name,
    value: scale.format(paint.value, lang),
    period: paint.figure ? formatPeriod(paint.figure.period, lang) : null,
    note: paint.carriedForward ? words.carriedForward : null,
  };
}

/** The same in one line, for the keyboard list a screen reader reads: "Ketapang: 68,02%, tahun 2024". */
export function describeRegencyLine(paint: RegencyPaint, metric: MapMetric, lang: Lang): string {
  const { name, value, period, note } = describeRegency(paint, metric, lang);
  return `${name}: ${[value, period, note].filter((part) => part !== null).join(', ')}`;
}

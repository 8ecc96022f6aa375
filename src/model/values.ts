// The value each regency shows for a year and a metric: the join (src/data/join.ts) plus the one
// derived metric, the change in coverage from the previous year, which exists only where both years
// have a published figure. Nothing is filled: a region without a value says why.
import { joinFigures, type CoverageFigure, type Dataset } from '../data/index.ts';
import { formatPeriodShort, formatPoints, showable } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { metricDefinition, type MapMetric } from './metrics.ts';

/**
 * Why a region shows what it shows: a value; no figure for the year; or (the change metric only) a figure
 * this year but none the year before, so there is nothing to compare it with. The last two are drawn
 * and worded apart: Landak published 53.43% for 2024, which is not the same as publishing nothing.
 */
export type ValueState = 'value' | 'no-figure' | 'no-earlier';

export interface RegionValue {
  code: string;
  /** The number the map colours by; null when there is none for the year. */
  value: number | null;
  /** The figure behind the value (for the change metric, the year's own figure). */
  figure: CoverageFigure | null;
  /** For the change metric: the previous year's figure it is measured from. */
  previous: CoverageFigure | null;
  /** Every figure of the metric published in the year, oldest first; they may disagree. */
  figuresInYear: CoverageFigure[];
  /** True when the figure comes from an earlier year, carried forward on request. */
  carriedForward: boolean;
  state: ValueState;
}

export interface ValueOptions {
  year: number;
  metric: MapMetric;
  /** Carry the latest earlier figure into a year without one (marked on every region it touches). */
  carryForward?: boolean;
}

export function regionValues(dataset: Dataset, codes: readonly string[], { year, metric, carryForward = false }: ValueOptions): Map<string, RegionValue> {
  const values = new Map<string, RegionValue>();
  const definition = metricDefinition(metric);
  if (definition.derive === 'change') {
    // Change is never carried: a difference needs two real figures, one in each year.
    const now = joinFigures(dataset.figures, codes, { year, metric: definition.reads });
    const before = joinFigures(dataset.figures, codes, { year: year - 1, metric: definition.reads });
    for (const code of codes) {
      const current = now.byRegion.get(code)!;
      const previous = before.byRegion.get(code)!.figure;
      // A figure whose value cannot be shown (only a hand-made dataset.json can hold one) counts as none.
      const hasNow = current.figure !== null && showable(current.figure.value) !== null;
      const hasBefore = previous !== null && showable(previous.value) !== null;
      const change = hasNow && hasBefore ? showable(round2(current.figure!.value - previous!.value)) : null;
      values.set(code, {
        code,
        value: change,
        figure: current.figure,
        previous,
        figuresInYear: current.figuresInYear,
        carriedForward: false,
        state: change !== null ? 'value' : hasNow ? 'no-earlier' : 'no-figure',
      });
    }
    return values;
  }
  const joined = joinFigures(dataset.figures, codes, { year, metric: definition.reads, carryForward: carryForward && definition.carryForward });
  for (const code of codes) {
    const region = joined.byRegion.get(code)!;
    const value = region.figure ? showable(region.figure.value) : null;
    values.set(code, {
      code,
      value,
      figure: region.figure,
      previous: null,
      figuresInYear: region.figuresInYear,
      carriedForward: region.carriedForward,
      state: value !== null ? 'value' : 'no-figure',
    });
  }
  return values;
}

/**
 * A change with both its ends, as the tooltip, table and CSV write it: "+0,42 poin persentase, Des 2023 → Sep
 * 2024". Null unless the value is a change between two figures.
 */
export function changeText(value: Pick<RegionValue, 'value' | 'figure' | 'previous'>, lang: Lang): string | null {
  if (value.value === null || !value.figure || !value.previous) return null;
  return `${formatPoints(value.value, lang)}, ${changeEnds(value.previous, value.figure, lang)}`;
}

/** The two periods a change runs between: "Des 2023 → Sep 2024", "2023 → 2024". */
export function changeEnds(previous: CoverageFigure, figure: CoverageFigure, lang: Lang): string {
  return `${formatPeriodShort(previous.period, lang)} → ${formatPeriodShort(figure.period, lang)}`;
}

// Differences of two-decimal figures: 68.02 - 55.69 is 12.329999... in binary; the sources say 12.33.
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** How many regencies show a figure for the year: their own, carried from an earlier year, or none. */
export interface YearSummary {
  year: number;
  /** Regencies on the map. */
  total: number;
  /** Regencies with a value of the year itself. */
  published: number;
  /** Regencies showing an earlier year's figure (only with carry-forward on). */
  carried: number;
  /** Regencies with no value at all. */
  missing: number;
}

/**
 * The counts every summary of a year states (the page's line, the PNG poster, the ceremony): carried
 * figures are counted apart from the year's own, so no summary overstates what was published.
 */
export function yearSummary(dataset: Dataset, options: ValueOptions): YearSummary {
  const codes = dataset.regions.regencies.map((r) => r.code);
  const values = [...regionValues(dataset, codes, options).values()];
  const carried = values.filter((v) => v.value !== null && v.carriedForward).length;
  const missing = values.filter((v) => v.value === null).length;
  return { year: options.year, total: codes.length, published: codes.length - carried - missing, carried, missing };
}

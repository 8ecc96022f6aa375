// The value each regency shows for a year and a metric: the join (src/data/join.ts) plus the one
// derived metric, the change in coverage from the previous year, which exists only where both years
// have a published figure. Nothing is filled: a region without a value says why.
import { joinFigures, type CoverageFigure, type Dataset } from '../data/index.ts';
import { formatPeriodShort, showable } from '../i18n/format.ts';
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

/** The two periods a change runs between: "Des 2023 → Sep 2024", "2023 → 2024". */
export function changeEnds(previous: CoverageFigure, figure: CoverageFigure, lang: Lang): string {
  return `${formatPeriodShort(previous.period, lang)} → ${formatPeriodShort(figure.period, lang)}`;
}

// Differences of two-decimal figures: 68.02 - 55.69 is 12.329999... in binary; the sources say 12.33.
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

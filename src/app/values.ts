// The value each regency shows for a year and a metric: the join (src/data/join.ts) plus the one
// derived metric, the change in coverage from the previous year, which exists only where both years
// have a published figure. Nothing is filled: a region without a value says why.
import { joinFigures, type CoverageFigure, type Dataset } from '../data/index.ts';
import type { MapMetric } from '../scale/metric-scale.ts';

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
}

export interface ValueOptions {
  year: number;
  metric: MapMetric;
  /** Carry the latest earlier figure into a year without one (marked on every region it touches). */
  carryForward?: boolean;
}

export function regionValues(dataset: Dataset, codes: readonly string[], { year, metric, carryForward = false }: ValueOptions): Map<string, RegionValue> {
  const values = new Map<string, RegionValue>();
  if (metric === 'coverage_change_pp') {
    // Change is never carried: a difference needs two real figures, one in each year.
    const now = joinFigures(dataset.figures, codes, { year, metric: 'coverage_pct' });
    const before = joinFigures(dataset.figures, codes, { year: year - 1, metric: 'coverage_pct' });
    for (const code of codes) {
      const current = now.byRegion.get(code)!;
      const previous = before.byRegion.get(code)!.figure;
      const both = current.figure !== null && previous !== null;
      values.set(code, {
        code,
        value: both ? round2(current.figure!.value - previous!.value) : null,
        figure: current.figure,
        previous,
        figuresInYear: current.figuresInYear,
        carriedForward: false,
      });
    }
    return values;
  }
  const joined = joinFigures(dataset.figures, codes, { year, metric, carryForward });
  for (const code of codes) {
    const region = joined.byRegion.get(code)!;
    values.set(code, {
      code,
      value: region.figure?.value ?? null,
      figure: region.figure,
      previous: null,
      figuresInYear: region.figuresInYear,
      carriedForward: region.carriedForward,
    });
  }
  return values;
}

// Differences of two-decimal figures: 68.02 - 55.69 is 12.329999... in binary; the sources say 12.33.
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Years the slider offers: any year with a figure of a shown metric, or an award edition. */
export function sliderYears(dataset: Dataset): { years: number[]; editions: number[] } {
  const shown = new Set(['coverage_pct', 'participants_active']);
  const editions = [...new Set(dataset.awards.map((a) => a.edition))].sort((a, b) => a - b);
  const years = new Set<number>(editions);
  for (const f of dataset.figures) if (shown.has(f.metric)) years.add(f.period.year);
  return { years: [...years].sort((a, b) => a - b), editions };
}

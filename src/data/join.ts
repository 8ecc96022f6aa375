// The join: for a year and a metric, each region's figure whose period falls in that year. Nothing
// is invented, filled or carried between years unless the caller asks for carryForward, and then
// the result says so for every region it touched.
import type { CoverageFigure } from './coverage.ts';
import { comparePeriods } from './periods.ts';

interface RegionFigure {
  regionCode: string;
  /** The figure to show: the latest of the year (or carried forward); null when none was published. */
  figure: CoverageFigure | null;
  /** Every figure of this metric published for the year, oldest first: they may disagree. */
  figuresInYear: CoverageFigure[];
  /** True when `figure` is from an earlier year, carried forward on request. */
  carriedForward: boolean;
}

export interface JoinResult {
  year: number;
  metric: string;
  byRegion: ReadonlyMap<string, RegionFigure>;
  /** Codes of the regions with no published figure for the year (after any carrying forward). */
  missing: string[];
}

export interface JoinOptions {
  year: number;
  metric: string;
  /** Show the latest earlier figure where the year has none, marked as carried forward. */
  carryForward?: boolean;
}

export function joinFigures(
  figures: readonly CoverageFigure[],
  regionCodes: readonly string[],
  { year, metric, carryForward = false }: JoinOptions,
): JoinResult {
  const byRegion = new Map<string, RegionFigure>();
  const missing: string[] = [];
  for (const regionCode of regionCodes) {
    const ofMetric = figures
      .filter((f) => f.regionCode === regionCode && f.metric === metric)
      .sort((a, b) => comparePeriods(a.period, b.period));
    const figuresInYear = ofMetric.filter((f) => f.period.year === year);
    let figure = figuresInYear.at(-1) ?? null;
    let carriedForward = false;
    if (figure === null && carryForward) {
      figure = ofMetric.filter((f) => f.period.year < year).at(-1) ?? null;
      carriedForward = figure !== null;
    }
    if (figure === null) missing.push(regionCode);
    byRegion.set(regionCode, { regionCode, figure, figuresInYear, carriedForward });
  }
  return { year, metric, byRegion, missing };
}

/** The years in which any figure of the metric was published, ascending. */
export function yearsWithFigures(figures: readonly CoverageFigure[], metric?: string): number[] {
  const years = new Set<number>();
  for (const f of figures) if (metric === undefined || f.metric === metric) years.add(f.period.year);
  return [...years].sort((a, b) => a - b);
}

// Colours for coverage percentages. The class breaks are fixed, not fitted to the year's data: a
// colour then means the same share of workers in every year, and a year with three figures is not
// stretched across the whole ramp. Steps of ten points around the 30-40% the province reports.
import { schemeYlGnBu } from 'd3-scale-chromatic';
import { formatPercent } from '../format/indonesian.ts';

/** Lower bounds of every class but the first, in percent; a value on a break belongs to the class above. */
export const COVERAGE_BREAKS: readonly number[] = [20, 30, 40, 50, 60];

/**
 * Yellow-green-blue, ColorBrewer's sequential scheme that stays ordered for the common colour-vision
 * deficiencies and in greyscale. Its lightest step is a pale yellow, which keeps it apart from the grey
 * hatching of "no figure": a missing figure must never read as the lowest coverage.
 */
function schemeFor(classCount: number): readonly string[] {
  const scheme = schemeYlGnBu[classCount];
  if (!scheme) throw new Error(`YlGnBu has no scheme of ${classCount} colours (3 to 9 classes are possible)`);
  return scheme;
}

export interface CoverageClass {
  /** 0 for the lowest class. */
  index: number;
  /** Inclusive lower bound in percent; null for the open-ended first class. */
  lower: number | null;
  /** Exclusive upper bound in percent; null for the open-ended last class. */
  upper: number | null;
  colour: string;
  /** For the legend: "< 20%", "20–30%", "≥ 60%". */
  label: string;
}

export interface CoverageScale {
  classes: readonly CoverageClass[];
  /** The class a percentage falls in. */
  classify(value: number): CoverageClass;
}

export function coverageScale(breaks: readonly number[] = COVERAGE_BREAKS): CoverageScale {
  if (breaks.some((b, i) => i > 0 && b <= breaks[i - 1]!)) {
    throw new Error(`class breaks must rise: ${breaks.join(', ')}`);
  }
  const colours = schemeFor(breaks.length + 1);
  const classes = colours.map((colour, index): CoverageClass => {
    const lower = index === 0 ? null : breaks[index - 1]!;
    const upper = index === breaks.length ? null : breaks[index]!;
    return { index, lower, upper, colour, label: classLabel(lower, upper) };
  });
  return {
    classes,
    classify(value) {
      let index = 0;
      while (index < breaks.length && value >= breaks[index]!) index++;
      return classes[index]!;
    },
  };
}

function classLabel(lower: number | null, upper: number | null): string {
  if (lower === null) return `< ${formatPercent(upper!)}`;
  if (upper === null) return `≥ ${formatPercent(lower)}`;
  // "20–30%": one percent sign, as Indonesian style writes a range.
  return `${formatPercent(lower).replace('%', '')}–${formatPercent(upper)}`;
}

/** How a region with no published figure is drawn and named: a neutral hatch, never a class colour. */
export const NO_DATA = {
  label: 'Tidak ada angka terbit',
  background: '#ffffff',
  hatch: '#8a8a8a',
} as const;

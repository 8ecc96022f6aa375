// Where everything in the coverage chart goes, for a given width: pure numbers, so the geometry is
// tested in Node and the element only turns them into SVG. Time runs along x (each figure at the end
// of the period it describes), coverage up y on a fixed 0-100% scale so regencies compare.
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { periodEnd, type CoverageFigure } from '../../data/index.ts';

export interface ChartOptions {
  width: number;
  height?: number;
  /** First and last year of the time axis (inclusive). */
  years: [number, number];
  selectedYear: number | null;
}

interface ChartPoint {
  figure: CoverageFigure;
  x: number;
  y: number;
  selected: boolean;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The plotting area inside the margins. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** One band per year, with its label at the middle: a figure sits inside the year it belongs to. */
  yearBands: { year: number; x0: number; x1: number; labelX: number; selected: boolean }[];
  yTicks: { value: number; y: number }[];
  points: ChartPoint[];
  /** SVG path data, one per pair of consecutive years. */
  lines: string[];
}

const MARGIN = { top: 10, right: 10, bottom: 26, left: 40 };
export const CHART_HEIGHT = 170;
/** Room a point needs from its year's edges: the largest radius plus its ring. */
const POINT_ROOM = 8;

function endDate(figure: CoverageFigure): Date {
  return new Date(`${periodEnd(figure.period)}T00:00:00Z`);
}

export function chartLayout(
  coverage: readonly CoverageFigure[],
  segments: readonly (readonly [CoverageFigure, CoverageFigure])[],
  { width, height = CHART_HEIGHT, years: [firstYear, lastYear], selectedYear }: ChartOptions,
): ChartLayout {
  const plot = { left: MARGIN.left, right: Math.max(MARGIN.left + 1, width - MARGIN.right), top: MARGIN.top, bottom: height - MARGIN.bottom };
  // The domain runs from 1 January of the first year to 1 January after the last: whole years.
  const x = scaleUtc()
    .domain([new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))])
    .range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, 100]).range([plot.bottom, plot.top]);

  const yearBands: ChartLayout['yearBands'] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const x0 = x(new Date(Date.UTC(year, 0, 1)));
    const x1 = x(new Date(Date.UTC(year + 1, 0, 1)));
    yearBands.push({ year, x0, x1, labelX: (x0 + x1) / 2, selected: year === selectedYear });
  }
  // A value above 100% can be published (workers counted where they work); it is drawn at the top edge.
  const yOf = (value: number) => y(Math.min(value, 100));
  // A year figure ends on 31 December, a hair from the next year's band: drawn there it would read as
  // the next year's. Each point is kept a point's width inside the band of the year it belongs to.
  const xOf = (figure: CoverageFigure) => {
    const band = yearBands.find((b) => b.year === figure.period.year);
    const at = x(endDate(figure));
    if (!band) return at;
    const inset = Math.min(POINT_ROOM, (band.x1 - band.x0) / 2);
    return Math.min(Math.max(at, band.x0 + inset), band.x1 - inset);
  };
  const points = coverage.map((figure) => ({ figure, x: xOf(figure), y: yOf(figure.value), selected: figure.period.year === selectedYear }));
  const path = line<CoverageFigure>().x(xOf).y((f) => yOf(f.value));
  return {
    width,
    height,
    plot,
    yearBands,
    yTicks: [0, 25, 50, 75, 100].map((value) => ({ value, y: y(value) })),
    points,
    lines: segments.map((pair) => path([...pair]) ?? ''),
  };
}

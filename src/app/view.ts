// What the page shows for one year: every regency's figure joined, classed and worded. Pure, so the
// wording and the order are tested in Node; the render modules only put these strings into the DOM.
import { joinFigures, type CoverageFigure, type Dataset, type Region, type RegionFigure } from '../data/index.ts';
import { formatPercent, formatPeriod, sourceHost } from '../format/indonesian.ts';
import type { CoverageClass, CoverageScale } from '../scale/coverage-scale.ts';

export const NO_FIGURE_TEXT = 'tidak ada angka terbit';

export interface FigureText {
  /** "68,02%" */
  value: string;
  /** "tahun 2024", "per Nov 2023" */
  period: string;
  sourceUrl: string;
  /** "ketapangmedia.com" */
  sourceHost: string;
}

export interface RegionView {
  code: string;
  /** "Kabupaten Ketapang" */
  name: string;
  /** "Ketapang", for map labels */
  shortName: string;
  figure: CoverageFigure | null;
  text: FigureText | null;
  /** The class the figure falls in; null when there is no figure. */
  coverageClass: CoverageClass | null;
  /** Other figures published in the same year (earlier months, or sources that disagree), oldest first. */
  otherFigures: FigureText[];
  /** One sentence for a tooltip or a screen reader: "Kabupaten Ketapang: 68,02% (tahun 2024)". */
  description: string;
}

export interface CoverageView {
  year: number;
  metric: string;
  /** Regencies in code order, the order of the map. */
  regencies: RegionView[];
  /** The province-wide figure, shown apart: it is not one of the map's regions. */
  province: RegionView | null;
  /** How many regencies have no figure for the year. */
  missingCount: number;
}

export function coverageView(dataset: Dataset, year: number, scale: CoverageScale, metric = 'coverage_pct'): CoverageView {
  const { regencies: regencyRegions, province: provinceRegion } = dataset.regions;
  const codes = [...regencyRegions, ...(provinceRegion ? [provinceRegion] : [])].map((r) => r.code);
  const joined = joinFigures(dataset.figures, codes, { year, metric });
  const viewOf = (region: Region) => regionView(region, joined.byRegion.get(region.code)!, year, scale);
  const regencies = regencyRegions.map(viewOf);
  return {
    year,
    metric,
    regencies,
    province: provinceRegion ? viewOf(provinceRegion) : null,
    missingCount: regencies.filter((r) => r.figure === null).length,
  };
}

function figureText(figure: CoverageFigure): FigureText {
  return {
    value: formatPercent(figure.value),
    period: formatPeriod(figure.period),
    sourceUrl: figure.sourceUrl,
    sourceHost: sourceHost(figure.sourceUrl),
  };
}

function regionView(region: Region, joined: RegionFigure, year: number, scale: CoverageScale): RegionView {
  const { figure } = joined;
  const text = figure ? figureText(figure) : null;
  return {
    code: region.code,
    name: region.name,
    shortName: region.shortName,
    figure,
    text,
    coverageClass: figure ? scale.classify(figure.value) : null,
    otherFigures: joined.figuresInYear.filter((f) => f !== figure).map(figureText),
    description: text ? `${region.name}: ${text.value} (${text.period})` : `${region.name}: ${NO_FIGURE_TEXT} untuk ${year}`,
  };
}

/** Table order: highest coverage first, then the regions with no figure by name. */
export function byCoverageDescending(a: RegionView, b: RegionView): number {
  if (a.figure && b.figure) return b.figure.value - a.figure.value || a.name.localeCompare(b.name, 'id');
  if (a.figure) return -1;
  if (b.figure) return 1;
  return a.shortName.localeCompare(b.shortName, 'id');
}

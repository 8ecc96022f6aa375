// Which years the reader may choose, and which one the page opens on. Figures are sparse (a handful
// of regencies a year), so the default is the year with the most regencies covered, the latest of
// those on a tie: opening on a year where the map is mostly hatched would say little.
import { yearsWithFigures, type CoverageFigure, type Dataset } from '../data/index.ts';
import { DEFAULT_METRIC, figureMetricsRead, mapMetrics, metricDefinition, type MapMetric } from './metrics.ts';

export interface YearChoice {
  year: number;
  /** Regencies with at least one figure of the metric in the year. */
  regencyCount: number;
}

/** The page opens on this year when no figure at all is loaded. */
export const FALLBACK_YEAR = 2024;

/**
 * Years with a figure of the metric for at least one regency, ascending. A province-wide figure
 * alone does not make a year: the map would have nothing to colour.
 */
export function yearChoices(figures: readonly CoverageFigure[], regencyCodes: readonly string[], metric: string): YearChoice[] {
  const regencies = new Set(regencyCodes);
  const ofRegencies = figures.filter((f) => f.metric === metric && regencies.has(f.regionCode));
  return yearsWithFigures(ofRegencies, metric).map((year) => ({
    year,
    regencyCount: new Set(ofRegencies.filter((f) => f.period.year === year).map((f) => f.regionCode)).size,
  }));
}

/**
 * The year every page opens on when nothing names one: the app, the iframe route and a map standing
 * alone on a partner's page all ask here, so they open on the same year.
 */
export function defaultYear(dataset: Dataset, metric: MapMetric = DEFAULT_METRIC): number {
  const regencyCodes = dataset.regions.regencies.map((r) => r.code);
  return bestYear(yearChoices(dataset.figures, regencyCodes, metricDefinition(metric).reads));
}

/** The latest of the years with the most regencies covered; FALLBACK_YEAR when there is none. */
export function bestYear(choices: readonly YearChoice[]): number {
  let best: YearChoice | undefined;
  for (const choice of choices) {
    if (!best || choice.regencyCount > best.regencyCount || (choice.regencyCount === best.regencyCount && choice.year > best.year)) {
      best = choice;
    }
  }
  return best?.year ?? FALLBACK_YEAR;
}

/** Award editions in the data, oldest first: the one list the slider, the winners panel and the ceremony use. */
export function editions(dataset: Dataset): number[] {
  return [...new Set(dataset.awards.map((a) => a.edition))].sort((a, b) => a - b);
}

/** Years the slider offers: any year with a figure an offered metric reads, or an award edition. */
export function sliderYears(dataset: Dataset): { years: number[]; editions: number[] } {
  const shown = figureMetricsRead(mapMetrics().filter((m) => m.offered));
  const editionYears = editions(dataset);
  const years = new Set<number>(editionYears);
  for (const f of dataset.figures) if (shown.has(f.metric)) years.add(f.period.year);
  return { years: [...years].sort((a, b) => a - b), editions: editionYears };
}

// Which years the reader may choose, and which one the page opens on. Figures are sparse (a handful
// of regencies a year), so the default is the year with the most regencies covered, the latest of
// those on a tie: opening on a year where the map is mostly hatched would say little.
import { yearsWithFigures, type Award, type CoverageFigure, type Dataset, type Period } from '../data/index.ts';
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
  const reads = metricDefinition(metric).reads;
  const choices = yearChoices(dataset.figures, regencyCodes, reads);
  // A province none of whose regencies has published the figure (most provinces of the country): the
  // latest year of the province's own figure, which its table's foot shows, rather than a fixed year.
  const whole = dataset.regions.province;
  if (choices.length === 0 && whole) return bestYear(yearChoices(dataset.figures, [whole.code], reads));
  return bestYear(choices);
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

/**
 * One Paritrana Award edition as the pages place it on the years. An edition's name, the year its
 * jury judged and its ceremony are three things: the province's "2025" edition judged 2024 and was held
 * on 24 September 2025.
 */
export interface AwardEdition {
  /** The year in the award's name: "Paritrana Award 2025" is edition 2025. */
  edition: number;
  /** The year the jury judged (awards.csv's assessment_period); null where no source states it. */
  judgedYear: number | null;
  /** The period judged as the source gives it (a year, or a month or day where that precise). */
  assessmentPeriod: Period | null;
  /** The day of the ceremony; null where not published. */
  ceremonyDate: Period | null;
  /**
   * The year of figures the edition goes with: the year judged; where no source states it, the
   * edition's own year, and `judgedYear` stays null so no page claims what was judged.
   */
  year: number;
}

/** Every award edition in the data, oldest first: the one list the slider, the winners panel and the ceremony use. */
export function awardEditions(awards: readonly Award[]): AwardEdition[] {
  const byEdition = new Map<number, Award[]>();
  for (const award of awards) byEdition.set(award.edition, [...(byEdition.get(award.edition) ?? []), award]);
  return [...byEdition.entries()]
    .sort(([a], [b]) => a - b)
    .map(([edition, rows]) => {
      // The first row that states a period or a date speaks for the edition (the rows of one edition agree; validate checks).
      const assessmentPeriod = rows.find((a) => a.assessmentPeriod)?.assessmentPeriod ?? null;
      const judgedYear = assessmentPeriod?.year ?? null;
      return { edition, judgedYear, assessmentPeriod, ceremonyDate: rows.find((a) => a.ceremonyDate)?.ceremonyDate ?? null, year: judgedYear ?? edition };
    });
}

/** Award edition years in the data, oldest first. */
export function editions(dataset: Dataset): number[] {
  return awardEditions(dataset.awards).map((e) => e.edition);
}

/** The edition, by its name's year; undefined when the data has none of that name. */
export function awardEdition(awards: readonly Award[], edition: number): AwardEdition | undefined {
  return awardEditions(awards).find((e) => e.edition === edition);
}

/**
 * The edition that goes with the year a page shows: the one whose jury judged that year (the latest
 * such edition, should two ever judge the same year); else an edition of that name whose judged year
 * no source states. Undefined when no edition goes with the year.
 */
export function editionForYear(awards: readonly Award[], year: number): AwardEdition | undefined {
  const all = awardEditions(awards);
  return all.filter((e) => e.judgedYear === year).at(-1) ?? all.find((e) => e.judgedYear === null && e.edition === year);
}

/** A year the slider marks with a trophy, and the edition that judged it. */
export interface EditionMark {
  year: number;
  edition: number;
}

/**
 * The slider's trophies: each year an edition judged, as its source publishes it, oldest first. An
 * edition whose year judged no source states gets no trophy: a trophy on its own year would claim
 * that year was judged.
 */
export function editionMarks(awards: readonly Award[]): EditionMark[] {
  return awardEditions(awards)
    .filter((e) => e.judgedYear !== null)
    .map((e) => ({ year: e.judgedYear!, edition: editionForYear(awards, e.judgedYear!)!.edition }))
    .filter((m, i, all) => all.findIndex((o) => o.year === m.year) === i)
    .sort((a, b) => a.year - b.year);
}

/**
 * Years the slider offers: any year with a figure some metric reads (a metric not offered in the
 * choice still opens by address), or that an award edition goes with; and the trophies on the years judged.
 */
export function sliderYears(dataset: Dataset): { years: number[]; marks: EditionMark[] } {
  const shown = figureMetricsRead(mapMetrics());
  const marks = editionMarks(dataset.awards);
  const years = new Set<number>(awardEditions(dataset.awards).map((e) => e.year));
  for (const f of dataset.figures) if (shown.has(f.metric)) years.add(f.period.year);
  return { years: [...years].sort((a, b) => a - b), marks };
}

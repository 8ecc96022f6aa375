// What the details panel shows about one region, gathered from the dataset: its coverage figures by
// year (several per year when sources disagree), the other published numbers, the change for the
// selected year, and its awards. Pure, so the choices (which figures, which order, where a line may
// be drawn) are tested in Node; the element only words and draws them.
import {
  comparePeriods,
  METRICS,
  type Award,
  type CoverageFigure,
  type Dataset,
  type Region,
} from '../../data/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import { yearFigures, type RegionFigure } from '../../model/year-figures.ts';
import { compareRanks } from '../../model/award-order.ts';

export interface CoverageYear {
  year: number;
  /** Every coverage figure published for the year, oldest period first. */
  figures: CoverageFigure[];
  /** True when the year's figures give different values: the panel shows them side by side. */
  disagree: boolean;
}

export interface RegionDetails {
  region: Region;
  /** Coverage figures (coverage_pct), oldest period first. */
  coverage: CoverageFigure[];
  coverageYears: CoverageYear[];
  /**
   * Pairs of figures the chart may join with a line: the latest figure of a year and the latest of
   * the next year, only when both years have one. A gap year breaks the line, and figures that
   * disagree within a year are never joined to each other (that would draw a trend the sources do
   * not claim).
   */
  segments: [CoverageFigure, CoverageFigure][];
  /** The other metrics published for the region, in the order of METRICS, then by period. */
  otherFigures: CoverageFigure[];
  /**
   * The change in coverage for the selected year, valued and worded as the map and the table show it
   * (src/model/year-figures.ts); null for a region that is not on the map.
   */
  change: RegionFigure | null;
  /** Awards the region received, newest edition first, then by rank. */
  awards: Award[];
}

/** A figure's note in the reader's language: the Indonesian wording where the data gives one, else the English note, marked as English. */
export function figureNote(figure: Pick<CoverageFigure, 'note' | 'noteId'>, lang: Lang): { text: string; lang: Lang } | null {
  if (lang === 'id' && figure.noteId) return { text: figure.noteId, lang: 'id' };
  if (figure.note) return { text: figure.note, lang: 'en' };
  // A file may give only the Indonesian wording; an English reader still gets it rather than nothing.
  if (figure.noteId) return { text: figure.noteId, lang: 'id' };
  return null;
}

export function regionDetails(dataset: Dataset, code: string, year: number, lang: Lang): RegionDetails | null {
  const region = dataset.regions.byCode.get(code);
  if (!region) return null;
  const own = dataset.figures.filter((f) => f.regionCode === code);
  const coverage = own.filter((f) => f.metric === 'coverage_pct').sort((a, b) => comparePeriods(a.period, b.period));

  const byYear = new Map<number, CoverageFigure[]>();
  for (const figure of coverage) {
    const list = byYear.get(figure.period.year) ?? [];
    list.push(figure);
    byYear.set(figure.period.year, list);
  }
  const coverageYears = [...byYear].map(([y, figures]) => ({ year: y, figures, disagree: new Set(figures.map((f) => f.value)).size > 1 }));

  const segments: [CoverageFigure, CoverageFigure][] = [];
  for (const { year: y, figures } of coverageYears) {
    const next = byYear.get(y + 1);
    if (next) segments.push([figures.at(-1)!, next.at(-1)!]);
  }

  const metricOrder = new Map(METRICS.map((m, i) => [m.id, i]));
  const otherFigures = own
    .filter((f) => f.metric !== 'coverage_pct')
    .sort((a, b) => metricOrder.get(a.metric)! - metricOrder.get(b.metric)! || comparePeriods(a.period, b.period));

  const change = yearFigures(dataset, { year, metric: 'coverage_change_pp', lang }).byCode.get(code) ?? null;

  const awards = dataset.awards
    .filter((a) => a.regionCode === code)
    .sort((a, b) => b.edition - a.edition || compareRanks(a.rank, b.rank) || a.category.localeCompare(b.category));

  return {
    region,
    coverage,
    coverageYears,
    segments,
    otherFigures,
    change,
    awards,
  };
}

/**
 * The years the chart's time axis spans: every year with a coverage figure anywhere in the dataset,
 * plus the selected year. The same span for every region, so two regencies' charts line up just as
 * their fixed 0-100% axes do.
 */
export function chartYears(dataset: Dataset, selectedYear: number | null): [number, number] | null {
  // A loop, not Math.min(...years): an import of 150,000 figures is more arguments than a call takes.
  let span: [number, number] | null = selectedYear === null ? null : [selectedYear, selectedYear];
  for (const f of dataset.figures) {
    if (f.metric !== 'coverage_pct') continue;
    const { year } = f.period;
    if (!span) span = [year, year];
    else if (year < span[0]) span[0] = year;
    else if (year > span[1]) span[1] = year;
  }
  return span;
}

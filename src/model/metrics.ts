// The metric registry: everything the map, legend, tooltip, details, CSV download and poster need to
// know about a metric they can show, in one entry. Adding a metric is an entry here (plus, where it
// reads a new kind of figure, that figure's line in src/data/metrics.ts); nothing else names metrics.
//
// A map metric reads one kind of published figure (src/data/metrics.ts) and either shows it as it
// is, or derives the change from the previous year, which exists only where both years have a
// figure. Breaks are fixed per metric, never fitted to a year's data, so a colour means the same in
// every year.
import type { Dataset } from '../data/index.ts';
import { formatNumber, formatPercent, formatPoints } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';

/** How a value is written: "68,02%", "110.013", "+12,33 poin". */
export type MetricUnit = 'percent' | 'persons' | 'points';

export interface MapMetricDefinition {
  /** The id in addresses, attributes and the CSV's metric column: "coverage_pct". */
  readonly id: string;
  /** The published figures it reads (a metric id of the data files). */
  readonly reads: string;
  /** 'figure': the figure itself; 'change': this year's figure less the previous year's, in points. */
  readonly derive: 'figure' | 'change';
  readonly unit: MetricUnit;
  /** Class breaks in the metric's unit, ascending: n breaks make n + 1 classes. */
  readonly breaks: readonly number[];
  /** 'sequential' takes the scheme a page or partner chooses; 'diverging' is always PuOr (falls and rises). */
  readonly colours: 'sequential' | 'diverging';
  /** Whether the latest earlier figure may fill a year without one (never for a difference). */
  readonly carryForward: boolean;
  /**
   * May be a main choice of the page: it is one when it also covers enough regencies in some year
   * (isMainChoice). False keeps it out whatever the data. Any metric works by address and attribute.
   */
  readonly offered: boolean;
  /** Its name, as headings and the legend say it. */
  readonly label: Readonly<Record<Lang, string>>;
  /** Its name in the page's metric choice, where the choice's own legend says the rest. */
  readonly choice: Readonly<Record<Lang, string>>;
  /**
   * What it measures, named in full for a title read away from the page (a poster, a frame's name, a
   * partner's heading): "cakupan kepesertaan BPJS Ketenagakerjaan"; lower case, to sit in a sentence.
   */
  readonly subject: Readonly<Record<Lang, string>>;
  /** Its word in download file names: "paritrana-cakupan-2024.csv". */
  readonly fileWord: Readonly<Record<Lang, string>>;
}

/** A value in its metric's unit, as the legend, tooltip, table and cards write it: "68,02%", "110.013", "+12,33 persen poin". */
export const UNIT_FORMATS: Readonly<Record<MetricUnit, (value: number, lang: Lang) => string>> = {
  percent: formatPercent,
  persons: formatNumber,
  points: formatPoints,
};

/** The unit the CSV download writes in its unit column. */
export const CSV_UNITS: Readonly<Record<MetricUnit, string>> = { percent: 'percent', persons: 'persons', points: 'percentage_points' };

const BUILT_IN: readonly MapMetricDefinition[] = [
  {
    id: 'coverage_pct',
    reads: 'coverage_pct',
    derive: 'figure',
    unit: 'percent',
    // Steps of ten points around the 30-40% the province reports.
    breaks: [20, 30, 40, 50, 60],
    colours: 'sequential',
    carryForward: true,
    offered: true,
    label: { id: 'Cakupan kepesertaan (%)', en: 'Coverage (%)' },
    choice: { id: 'Cakupan (%)', en: 'Coverage (%)' },
    subject: { id: 'cakupan kepesertaan BPJS Ketenagakerjaan', en: 'BPJS Ketenagakerjaan coverage' },
    fileWord: { id: 'cakupan', en: 'coverage' },
  },
  {
    id: 'participants_active',
    reads: 'participants_active',
    derive: 'figure',
    unit: 'persons',
    breaks: [25_000, 50_000, 75_000, 100_000],
    colours: 'sequential',
    carryForward: true,
    offered: true,
    label: { id: 'Peserta aktif', en: 'Active participants' },
    choice: { id: 'Peserta aktif', en: 'Active participants' },
    subject: { id: 'peserta aktif BPJS Ketenagakerjaan', en: 'active BPJS Ketenagakerjaan participants' },
    fileWord: { id: 'peserta-aktif', en: 'active-participants' },
  },
  {
    id: 'coverage_change_pp',
    reads: 'coverage_pct',
    derive: 'change',
    unit: 'points',
    // The middle class is "about unchanged".
    breaks: [-5, -1, 1, 5],
    colours: 'diverging',
    carryForward: false,
    offered: true,
    label: { id: 'Perubahan cakupan dari tahun sebelumnya', en: 'Change in coverage from the previous year' },
    // The map's heading and legend say "from the previous year"; the choice stays one short row.
    choice: { id: 'Perubahan cakupan', en: 'Change in coverage' },
    subject: { id: 'perubahan cakupan kepesertaan BPJS Ketenagakerjaan dari tahun sebelumnya', en: 'change in BPJS Ketenagakerjaan coverage from the previous year' },
    fileWord: { id: 'perubahan-cakupan', en: 'coverage-change' },
  },
];

/** Sequential schemes a page or partner may choose by name; a diverging metric always uses PuOr. */
export type SchemeName = 'ylgnbu' | 'blues' | 'viridis' | 'cividis';
export const SCHEME_NAMES: readonly SchemeName[] = ['ylgnbu', 'blues', 'viridis', 'cividis'];
/** The scheme every page and element opens with. */
export const DEFAULT_SCHEME: SchemeName = 'ylgnbu';

/** A metric id. Checked against the registry wherever it comes from outside (an address, an attribute). */
export type MapMetric = string;

const registry = new Map<string, MapMetricDefinition>(BUILT_IN.map((m) => [m.id, m]));

/** The metric every page opens on when nothing names another: the first registered. */
export const DEFAULT_METRIC: MapMetric = BUILT_IN[0]!.id;

/** Every metric, in registry order (the order of the page's choice). */
export function mapMetrics(): MapMetricDefinition[] {
  return [...registry.values()];
}

/** The metric's definition; an unknown id gets the default metric's, so a stale attribute still draws. */
export function metricDefinition(id: MapMetric): MapMetricDefinition {
  return registry.get(id) ?? registry.get(DEFAULT_METRIC)!;
}

export function isMapMetric(id: string | null | undefined): id is MapMetric {
  return typeof id === 'string' && registry.has(id);
}

/**
 * Adds a metric (or replaces one of the same id); returns the function that takes it away again.
 * For tests and for a deployment that shows figures of its own beside the built-in ones.
 */
export function registerMetric(definition: MapMetricDefinition): () => void {
  const previous = registry.get(definition.id);
  registry.set(definition.id, definition);
  return () => {
    if (previous) registry.set(definition.id, previous);
    else registry.delete(definition.id);
  };
}

/** The kinds of published figure any metric reads: what makes a year worth offering. */
export function figureMetricsRead(metrics: readonly MapMetricDefinition[] = mapMetrics()): Set<string> {
  return new Set(metrics.map((m) => m.reads));
}

/**
 * A metric is a main choice when, in some year, at least this share of the regencies publish the
 * figure it reads: a choice that leaves most of the map hatched in every year says more about the
 * sources than about the province. Such a metric is reached from the region details or by address.
 * A change is judged by the figure it reads (coverage: 5 of 14 regencies in 2023 and 2024), not by its
 * pairs of years, which the choice's count then shows.
 */
const MAIN_CHOICE_SHARE = 1 / 3;

/** Regencies with a published figure of this kind (a metric id of the data files) in the year. */
function regenciesPublishing(dataset: Dataset, reads: string, year: number): Set<string> {
  const regencies = new Set(dataset.regions.regencies.map((r) => r.code));
  return new Set(dataset.figures.filter((f) => f.metric === reads && f.period.year === year && regencies.has(f.regionCode)).map((f) => f.regionCode));
}

/**
 * How many regencies the metric colours for the year from figures of that year itself (never
 * carried): a figure of the year, or for a change, a figure of the year and one of the year before.
 */
export function regenciesWithFigure(dataset: Dataset, metric: MapMetric, year: number): number {
  const definition = metricDefinition(metric);
  const now = regenciesPublishing(dataset, definition.reads, year);
  if (definition.derive === 'figure') return now.size;
  const before = regenciesPublishing(dataset, definition.reads, year - 1);
  return [...now].filter((code) => before.has(code)).length;
}

/** Each metric's regenciesWithFigure for the year, by metric id, in registry order. */
export function metricCoverage(dataset: Dataset, year: number): Map<MapMetric, number> {
  return new Map(mapMetrics().map((m) => [m.id, regenciesWithFigure(dataset, m.id, year)]));
}

/** True when the page offers the metric as a main choice: `offered`, and its figure covers MAIN_CHOICE_SHARE of the regencies in some year. */
export function isMainChoice(dataset: Dataset, metric: MapMetric): boolean {
  const definition = registry.get(metric);
  if (!definition?.offered) return false;
  const total = dataset.regions.regencies.length;
  const years = new Set(dataset.figures.filter((f) => f.metric === definition.reads).map((f) => f.period.year));
  return total > 0 && [...years].some((year) => regenciesPublishing(dataset, definition.reads, year).size >= total * MAIN_CHOICE_SHARE);
}

/** The metrics of the page's main choice, in registry order. */
export function mainChoiceMetrics(dataset: Dataset): MapMetricDefinition[] {
  return mapMetrics().filter((m) => isMainChoice(dataset, m.id));
}

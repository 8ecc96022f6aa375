// Which colour and state each regency gets on the map, for both renderers (SVG and MapLibre), and the
// words its tooltip and list entry say. Pure: no DOM, tested in Node.
import { comparePeriods, type CoverageFigure, type Dataset } from '../../data/index.ts';
import { formatNumber, formatPercent, formatPeriod, formatPeriodShort } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { COMMON, fill, type Messages } from '../../i18n/messages.ts';
import { metricDefinition } from '../../model/metrics.ts';
import { changeEnds, regionValues, type ValueState } from '../../model/values.ts';
import { metricScale, NO_EARLIER_STYLE, type MapMetric, type SchemeName } from '../../scale/metric-scale.ts';

/** A legend class the map may be asked to bring forward: a class index, or the regencies with no figure. */
export type HighlightClass = number | 'no-data' | null;

export interface RegencyPaint {
  /** Kemendagri code, the boundary's id. */
  code: string;
  /** Short name for labels and tooltips ("Ketapang"). */
  name: string;
  value: number | null;
  /**
   * 'value'; 'no-figure' (drawn with the no-data hatch); or 'no-earlier': the change metric where the year
   * has a figure but the year before has none (drawn in NO_EARLIER_STYLE's grey, apart from the hatch).
   */
  state: ValueState;
  /** Index of the value's class; null without a value. */
  classIndex: number | null;
  /** The class colour; the "no earlier figure" grey; null when there is no figure: never the lowest class, never zero. */
  fill: string | null;
  /** True when the figure is an earlier year's, carried forward on request. */
  carriedForward: boolean;
  /** True when the legend highlights another class than this regency's, or other regencies are in focus. */
  dimmed: boolean;
  /** The figure behind the value, for its period. */
  figure: CoverageFigure | null;
  /** For the change metric: the previous year's figure it is measured from. */
  previous: CoverageFigure | null;
}

export interface PaintOptions {
  year: number;
  metric: MapMetric;
  scheme?: SchemeName;
  carryForward?: boolean;
  highlightClass?: HighlightClass;
  /** Regencies kept in full colour, every other one dimmed; null (or empty) for none. */
  focusRegions?: readonly string[] | null;
}

export function paintRegencies(
  dataset: Dataset,
  { year, metric, scheme = 'ylgnbu', carryForward = false, highlightClass = null, focusRegions = null }: PaintOptions,
): RegencyPaint[] {
  const regencies = dataset.regions.regencies;
  const values = regionValues(dataset, regencies.map((r) => r.code), { year, metric, carryForward });
  const scale = metricScale(metric, scheme);
  const focus = focusRegions && focusRegions.length > 0 ? new Set(focusRegions) : null;
  return regencies.map((region) => {
    const v = values.get(region.code)!;
    const scaleClass = v.value === null ? null : scale.classify(v.value);
    const classIndex = scaleClass?.index ?? null;
    const inHighlight = highlightClass === null || (highlightClass === 'no-data' ? v.state === 'no-figure' : classIndex === highlightClass);
    return {
      code: region.code,
      name: region.shortName,
      value: v.value,
      state: v.state,
      classIndex,
      fill: scaleClass?.colour ?? (v.state === 'no-earlier' ? NO_EARLIER_STYLE.fill : null),
      carriedForward: v.carriedForward,
      dimmed: !inHighlight || (focus !== null && !focus.has(region.code)),
      figure: v.figure,
      previous: v.previous,
    };
  });
}

/** MapLibre feature-state of a regency: what the style's expressions read. */
export interface RegencyFeatureState {
  /** The class index, -1 for no figure. */
  classIndex: number;
  /** The class colour, or the no-data background. */
  colour: string;
  noData: boolean;
  carried: boolean;
  dimmed: boolean;
  [key: string]: unknown;
}

export function featureState(paint: RegencyPaint, noDataBackground: string): RegencyFeatureState {
  return {
    classIndex: paint.classIndex ?? -1,
    colour: paint.fill ?? noDataBackground,
    // Only "no figure" takes the hatch; "no earlier figure" is its plain grey colour.
    noData: paint.state === 'no-figure',
    carried: paint.carriedForward,
    dimmed: paint.dimmed,
  };
}

export interface RegencyDescription {
  name: string;
  /** "68,02%", or "Data tidak tersedia". */
  value: string;
  /** "per Nov 2023", "tahun 2024"; null without a figure. */
  period: string | null;
  /** The carried-forward notice; null for a figure of the year itself. */
  note: string | null;
}

/** What the tooltip says about a regency. */
export function describeRegency(paint: RegencyPaint, metric: MapMetric, lang: Lang): RegencyDescription {
  const scale = metricScale(metric);
  const words = COMMON[lang];
  if (paint.state === 'no-earlier') return { name: paint.name, value: words.noEarlier, period: null, note: null };
  if (paint.value === null) return { name: paint.name, value: words.noFigure, period: null, note: null };
  // A change names both its ends: "+0,42 poin persentase", "Des 2023 → Sep 2024".
  const period = paint.previous && paint.figure ? changeEnds(paint.previous, paint.figure, lang) : paint.figure ? formatPeriod(paint.figure.period, lang) : null;
  return {
    name: paint.name,
    value: scale.format(paint.value, lang),
    period,
    note: paint.carriedForward ? words.carriedForward : null,
  };
}

/** The same in one line, for the keyboard list a screen reader reads: "Ketapang: 68,02%, tahun 2024". */
export function describeRegencyLine(paint: RegencyPaint, metric: MapMetric, lang: Lang): string {
  const { name, value, period, note } = describeRegency(paint, metric, lang);
  return `${name}: ${[value, period, note].filter((part) => part !== null).join(', ')}`;
}

export const TOOLTIP_MESSAGES: Messages<'noFigureYet' | 'yearFigure' | 'nearestEarlier' | 'nearestLater' | 'series' | 'seriesMissing' | 'noFigureAnyYear'> = {
  id: {
    noFigureYet: 'Belum ada angka untuk {year}',
    yearFigure: 'Angka {year}: {figure}',
    nearestEarlier: 'Angka terdekat sebelumnya: {figure}',
    nearestLater: 'Angka terdekat sesudahnya: {figure}',
    series: 'Angka per tahun: {list}',
    seriesMissing: 'tidak ada',
    noFigureAnyYear: 'Belum ada angka yang dipublikasikan untuk tahun mana pun',
  },
  en: {
    noFigureYet: 'No published figure for {year}',
    yearFigure: 'Figure for {year}: {figure}',
    nearestEarlier: 'Nearest earlier figure: {figure}',
    nearestLater: 'Nearest later figure: {figure}',
    series: 'Figures by year: {list}',
    seriesMissing: 'none',
    noFigureAnyYear: 'No figure has been published for any year',
  },
};

/** One year of a regency's sparkline: its latest figure of the year, or null for a year without one. */
export interface SeriesYear {
  year: number;
  figure: CoverageFigure | null;
}

/** What the tooltip shows: the value, the nearest figures around a year without one, and the series. */
export interface RegencyTooltip extends RegencyDescription {
  state: ValueState;
  /** "Angka terdekat sebelumnya: 39% (Okt 2023)" and the like; empty when the year has its value. */
  nearby: string[];
  /** The regency's figures of the metric's kind, one entry a year over the dataset's span of that kind. */
  series: SeriesYear[];
  /** The year shown on the map, marked on the sparkline. */
  year: number;
  /** The series in words ("Angka per tahun: 2023: 39%; 2024: tidak ada"): what the sparkline draws. */
  seriesText: string;
  /** The sparkline's scale maximum in the metric's figure unit (100 for percentages). */
  seriesMax: number;
}

/**
 * The nearest figures of a kind before and after a year, for a regency: the latest figure of an earlier
 * year and the earliest of a later one (Kapuas Hulu at 2024: 39% of Oct 2023 before, none after).
 */
export function nearestFigures(dataset: Dataset, code: string, metric: string, year: number): { earlier: CoverageFigure | null; later: CoverageFigure | null } {
  const own = dataset.figures.filter((f) => f.regionCode === code && f.metric === metric).sort((a, b) => comparePeriods(a.period, b.period));
  return {
    earlier: own.filter((f) => f.period.year < year).at(-1) ?? null,
    later: own.find((f) => f.period.year > year) ?? null,
  };
}

/**
 * A regency's figures of a kind by year, over every year any region has a figure of that kind (plus the
 * year shown), so every regency's sparkline spans the same years. A year without a figure stays null:
 * the sparkline leaves it empty, never draws across it.
 */
export function figureSeries(dataset: Dataset, code: string, metric: string, year: number): SeriesYear[] {
  const { kinds, own } = figureIndex(dataset.figures);
  const kind = kinds.get(metric);
  const from = Math.min(year, kind?.from ?? year);
  const to = Math.max(year, kind?.to ?? year);
  // In period order, so the last figure of a year is the one shown for it.
  const last = new Map<number, CoverageFigure>();
  for (const f of own.get(`${code} ${metric}`) ?? []) last.set(f.period.year, f);
  const series: SeriesYear[] = [];
  for (let y = from; y <= to; y++) series.push({ year: y, figure: last.get(y) ?? null });
  return series;
}

interface FigureIndex {
  /** Per metric: the first and last year with a figure, and the largest figure. */
  kinds: Map<string, { from: number; to: number; max: number }>;
  /** Per region and metric ("61.04 coverage_pct"): its figures in period order. */
  own: Map<string, CoverageFigure[]>;
}

const figureIndexes = new WeakMap<readonly CoverageFigure[], FigureIndex>();

/**
 * The figures summed up once per dataset: the map's keyboard list says every regency's tooltip, and
 * scanning 50,000 imported figures for each of them held the page a quarter of a second. A loop, not
 * Math.min(...years): an import of 150,000 figures is more arguments than a call takes.
 */
function figureIndex(figures: readonly CoverageFigure[]): FigureIndex {
  let index = figureIndexes.get(figures);
  if (index) return index;
  index = { kinds: new Map(), own: new Map() };
  for (const f of figures) {
    const kind = index.kinds.get(f.metric);
    if (!kind) index.kinds.set(f.metric, { from: f.period.year, to: f.period.year, max: f.value });
    else {
      if (f.period.year < kind.from) kind.from = f.period.year;
      if (f.period.year > kind.to) kind.to = f.period.year;
      if (f.value > kind.max) kind.max = f.value;
    }
    const key = `${f.regionCode} ${f.metric}`;
    const list = index.own.get(key);
    if (list) list.push(f);
    else index.own.set(key, [f]);
  }
  for (const list of index.own.values()) list.sort((a, b) => comparePeriods(a.period, b.period));
  figureIndexes.set(figures, index);
  return index;
}

/** "39% (Okt 2023)": a figure with its bare period, in its own unit. */
export function figureWithPeriod(figure: CoverageFigure, lang: Lang): string {
  return `${formatFigure(figure, lang)} (${formatPeriodShort(figure.period, lang)})`;
}

function formatFigure(figure: CoverageFigure, lang: Lang): string {
  return figure.unit === 'percent' ? formatPercent(figure.value, lang) : formatNumber(figure.value, lang);
}

/** Everything the tooltip of a regency says and draws, for the year and metric on the map. */
export function regencyTooltip(dataset: Dataset, paint: RegencyPaint, { year, metric }: { year: number; metric: MapMetric }, lang: Lang): RegencyTooltip {
  const m = TOOLTIP_MESSAGES[lang];
  const reads = metricDefinition(metric).reads;
  const description = describeRegency(paint, metric, lang);
  const nearby: string[] = [];
  if (paint.state === 'no-figure') {
    description.value = fill(m.noFigureYet, { year });
    const { earlier, later } = nearestFigures(dataset, paint.code, reads, year);
    if (earlier) nearby.push(fill(m.nearestEarlier, { figure: figureWithPeriod(earlier, lang) }));
    if (later) nearby.push(fill(m.nearestLater, { figure: figureWithPeriod(later, lang) }));
  } else if (paint.state === 'no-earlier' && paint.figure) {
    // "Angka 2024: 53,43%"; a month is named ("Angka 2024: 38,54% (Sep 2024)"), a bare year is not repeated.
    const own = paint.figure.period.month === null ? formatFigure(paint.figure, lang) : figureWithPeriod(paint.figure, lang);
    nearby.push(fill(m.yearFigure, { year, figure: own }));
    const { earlier } = nearestFigures(dataset, paint.code, reads, year - 1);
    if (earlier) nearby.push(fill(m.nearestEarlier, { figure: figureWithPeriod(earlier, lang) }));
  }
  const series = figureSeries(dataset, paint.code, reads, year);
  const known = series.filter((s) => s.figure !== null);
  const seriesText =
    known.length === 0
      ? m.noFigureAnyYear
      : fill(m.series, { list: series.map((s) => `${s.year}: ${s.figure ? formatFigure(s.figure, lang) : m.seriesMissing}`).join('; ') });
  const kindMax = Math.max(0, figureIndex(dataset.figures).kinds.get(reads)?.max ?? 0);
  const seriesMax = known[0]?.figure?.unit === 'percent' || kindMax <= 100 ? Math.max(100, kindMax) : kindMax;
  return { ...description, state: paint.state, nearby, series, year, seriesText, seriesMax };
}

/**
 * The tooltip in one line, for the keyboard list a screen reader reads (the tooltip itself is hidden from
 * it): "Kapuas Hulu: Belum ada angka untuk 2024. Angka terdekat sebelumnya: 39% (Okt 2023). Angka per tahun: ...".
 */
export function regencyTooltipLine(tooltip: RegencyTooltip): string {
  const head = `${tooltip.name}: ${[tooltip.value, tooltip.period, tooltip.note].filter((part) => part !== null).join(', ')}`;
  return [head, ...tooltip.nearby, tooltip.seriesText].join('. ');
}

/** The sparkline's drawing, in its own pixels: segments between consecutive years only, a dot a figure. */
export interface SparklineLayout {
  width: number;
  height: number;
  /** Polyline point lists, one per run of consecutive years with a figure (two or more years). */
  segments: string[];
  /** Every figure's dot; `isolated` where neither neighbouring year has one. */
  points: { x: number; y: number; year: number; isolated: boolean }[];
  /** The x of the year shown on the map. */
  markX: number;
}

export function sparklineLayout(series: readonly SeriesYear[], year: number, max: number, { width = 120, height = 32, pad = 3 } = {}): SparklineLayout {
  const first = series[0]?.year ?? year;
  const span = Math.max(1, (series.at(-1)?.year ?? year) - first);
  const x = (y: number) => pad + ((y - first) / span) * (width - 2 * pad);
  const y = (value: number) => height - pad - (Math.min(value, max) / (max || 1)) * (height - 2 * pad);
  const round = (n: number) => Math.round(n * 10) / 10;
  const segments: string[] = [];
  let run: string[] = [];
  const points: SparklineLayout['points'] = [];
  series.forEach((s, i) => {
    if (!s.figure) {
      if (run.length > 1) segments.push(run.join(' '));
      run = [];
      return;
    }
    const px = round(x(s.year));
    const py = round(y(s.figure.value));
    run.push(`${px},${py}`);
    const isolated = !series[i - 1]?.figure && !series[i + 1]?.figure;
    points.push({ x: px, y: py, year: s.year, isolated });
  });
  if (run.length > 1) segments.push(run.join(' '));
  return { width, height, segments, points, markX: round(x(year)) };
}

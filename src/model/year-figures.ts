// The figures of a year, worded once: for every region its value (src/model/values.ts), where the value
// comes from, and every word a reader sees about it (the table's figure and period, the tooltip, the
// keyboard list, the ceremony's cards, the CSV's status), plus the year's summary. The colourless half
// of the year's picture: src/scale/year-view.ts adds classes, colours and the legend. The CSV download
// reads this half, the map, table and poster the whole picture; none of them words a figure again.
//
// Memoised per dataset and choices: a slider step asks for the year once, however many views show it.
import { comparePeriods, mapUnits, regionName, regionShortName, type CoverageFigure, type Dataset, type MapUnits, type Region } from '../data/index.ts';
import { formatNumber, formatPercent, formatPeriod, formatPeriodShort, sourceHost } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { COMMON, fill, type Messages } from '../i18n/messages.ts';
import { metricDefinition, UNIT_FORMATS, type MapMetric, type MapMetricDefinition } from './metrics.ts';
import { changeEnds, regionValues, type RegionValue, type ValueState } from './values.ts';

/** Where a region's value comes from: the year's own figure, an earlier year's, two figures' difference, or nowhere. */
type FigureOrigin = 'published' | 'carried' | 'computed' | 'none';

/** A figure as the table, the details and the ceremony's cards write it: "68,02%", "tahun 2024", "ketapangmedia.com". */
export interface FigureText {
  /** "68,02%", "110.013", "+12,33 persen poin" */
  value: string;
  /** "tahun 2024", "per Nov 2023"; for a change "Des 2023 → Sep 2024"; a carried figure says so after its period. */
  period: string;
  sourceUrl: string;
  sourceHost: string;
}

const TOOLTIP_MESSAGES: Messages<
  'yearFigure' | 'nearestEarlier' | 'nearestLater' | 'series' | 'seriesMissing' | 'noFigureAnyYear' | 'rank' | 'published' | 'computed' | 'source' | 'and' | 'scaleClass'
> = {
  id: {
    yearFigure: 'Angka {year}: {figure}',
    nearestEarlier: 'Angka terdekat sebelumnya: {figure}',
    nearestLater: 'Angka terdekat sesudahnya: {figure}',
    series: 'Angka per tahun: {list}',
    seriesMissing: 'tidak tersedia',
    noFigureAnyYear: 'Data tidak tersedia untuk tahun mana pun',
    rank: 'peringkat {rank} dari {count}',
    published: 'dipublikasikan',
    computed: 'dihitung dari dua angka',
    source: 'sumber {host}',
    and: ' dan ',
    scaleClass: 'kelas {label}',
  },
  en: {
    yearFigure: 'Figure for {year}: {figure}',
    nearestEarlier: 'Nearest earlier figure: {figure}',
    nearestLater: 'Nearest later figure: {figure}',
    series: 'Figures by year: {list}',
    seriesMissing: 'not available',
    noFigureAnyYear: 'Data not available for any year',
    rank: 'rank {rank} of {count}',
    published: 'published',
    computed: 'computed from two figures',
    source: 'source {host}',
    and: ' and ',
    scaleClass: 'class {label}',
  },
};

/** One year of a regency's sparkline: its latest figure of the year, or null for a year without one. */
export interface SeriesYear {
  year: number;
  figure: CoverageFigure | null;
}

/** What the map's tooltip says and draws about a region. */
export interface RegencyTooltip {
  /** Short name: "Ketapang". */
  name: string;
  /** "68,02%", "Data tidak tersedia untuk 2024", "Tidak ada angka tahun sebelumnya untuk dibandingkan". */
  value: string;
  /** "per Nov 2023", "tahun 2024", "Des 2023 → Sep 2024"; null without a value. */
  period: string | null;
  /** The carried-forward notice; null for a figure of the year itself. */
  note: string | null;
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

/** One region in one year: its value, where it comes from, and its words in the reader's language. */
export interface RegionFigure extends RegionValue {
  region: Region;
  /** "Kabupaten Ketapang" */
  name: string;
  /** "Ketapang", for labels, the tooltip and the keyboard list */
  shortName: string;
  origin: FigureOrigin;
  /** The value with its period and source; null without a value. */
  text: FigureText | null;
  /** The figure behind the value in its own unit ("53,43%", "tahun 2024"), also where a change has no earlier figure. */
  figureText: FigureText | null;
  /** For a change: the previous year's figure it is measured from, in its own unit. */
  previousText: FigureText | null;
  /** Other figures published in the same year (earlier months, or sources that disagree), oldest first. */
  otherFigures: FigureText[];
  /** One sentence for a screen reader: "Kabupaten Ketapang: 68,02% (tahun 2024)". */
  description: string;
  tooltip: RegencyTooltip;
  /**
   * Its place among the regencies with a value this year (their own or, with carry-forward, carried),
   * the highest first; equal values share a place. Null without a value, and for the province.
   */
  rank: RegionRank | null;
  /**
   * The tooltip in one line with where the figure comes from (published, carried or computed, and its
   * source) and the rank, for the map's keyboard list (the tooltip itself is hidden from screen
   * readers). The year's picture (src/scale/year-view.ts) adds the legend class the value falls in.
   */
  tooltipLine: string;
}

/** "peringkat 2 dari 5": the place, and how many regencies have a value. */
interface RegionRank {
  rank: number;
  of: number;
}

/** How many regencies show a figure for the year: their own, carried from an earlier year, or none. */
export interface YearSummary {
  year: number;
  /** What the map's areas are (a province's regencies, or the national map's provinces): the words that count them. */
  units: MapUnits;
  /**
   * Whether any of the map's areas has a figure of the measure in any year. Most provinces' regencies
   * have none yet: their map is all hatched, and the summary says why, so it never looks broken.
   */
  everPublished: boolean;
  /** Regencies on the map. */
  total: number;
  /** Regencies with a value of the year itself. */
  published: number;
  /** Regencies showing an earlier year's figure (only with carry-forward on). */
  carried: number;
  /** Regencies with no value at all. */
  missing: number;
}

export interface YearFigureOptions {
  year: number;
  metric: MapMetric;
  lang: Lang;
  /** Carry the latest earlier figure into a year without one (marked on every region it touches). */
  carryForward?: boolean;
}

export interface YearFigures {
  year: number;
  metric: MapMetric;
  definition: MapMetricDefinition;
  lang: Lang;
  carryForward: boolean;
  /** Regencies in code order, the order of the map. */
  regencies: RegionFigure[];
  /** The province-wide figure, apart: it is not one of the map's regions. */
  province: RegionFigure | null;
  /** Every region above, by Kemendagri code. */
  byCode: ReadonlyMap<string, RegionFigure>;
  /**
   * The counts every summary of a year states (the page's line, the PNG poster, the ceremony): carried
   * figures are counted apart from the year's own, so no summary overstates what was published.
   */
  summary: YearSummary;
}

/** A published figure in its own unit: "39%", "110.013". */
export function formatFigure(figure: CoverageFigure, lang: Lang): string {
  return figure.unit === 'percent' ? formatPercent(figure.value, lang) : formatNumber(figure.value, lang);
}

/** "39% (Okt 2023)": a figure with its bare period, in its own unit. */
function figureWithPeriod(figure: CoverageFigure, lang: Lang): string {
  return `${formatFigure(figure, lang)} (${formatPeriodShort(figure.period, lang)})`;
}

// ---- memoisation

interface ValuesEntry {
  definition: MapMetricDefinition;
  values: Map<string, RegionValue>;
  worded: Map<Lang, YearFigures>;
}

/** Per dataset, per year, metric and carry: the values, and their words per language. */
const memo = new WeakMap<Dataset, Map<string, ValuesEntry>>();
/** Enough for a slider played across every year of every metric, in both languages, with carry on and off. */
const MEMO_SIZE = 64;

/**
 * The year's figures for the reader's choices. The same dataset and choices give the same object, so
 * every view of one slider step reads one computation; the values behind it are shared by both
 * languages. A metric registered anew under the same id is computed anew.
 */
export function yearFigures(dataset: Dataset, { year, metric, lang, carryForward = false }: YearFigureOptions): YearFigures {
  const definition = metricDefinition(metric);
  // Carry is meaningless for a metric that is never carried: one entry serves both.
  const carry = carryForward && definition.carryForward;
  let byChoice = memo.get(dataset);
  if (!byChoice) memo.set(dataset, (byChoice = new Map()));
  const key = `${year} ${definition.id} ${carry ? 1 : 0}`;
  let entry = byChoice.get(key);
  if (!entry || entry.definition !== definition) {
    const regions = [...dataset.regions.regencies, ...(dataset.regions.province ? [dataset.regions.province] : [])];
    entry = { definition, values: regionValues(dataset, regions.map((r) => r.code), { year, metric: definition.id, carryForward: carry }), worded: new Map() };
    byChoice.delete(key);
    byChoice.set(key, entry);
    // The oldest choice goes first: a Map keeps insertion order, and a hit above moved its entry last.
    if (byChoice.size > MEMO_SIZE) byChoice.delete(byChoice.keys().next().value!);
  } else {
    byChoice.delete(key);
    byChoice.set(key, entry);
  }
  let worded = entry.worded.get(lang);
  if (!worded) {
    worded = wordYear(dataset, entry.values, year, definition, lang, carry);
    entry.worded.set(lang, worded);
  }
  return worded;
}

function wordYear(dataset: Dataset, values: Map<string, RegionValue>, year: number, definition: MapMetricDefinition, lang: Lang, carryForward: boolean): YearFigures {
  const ranks = rankRegencies(dataset.regions.regencies.map((r) => values.get(r.code)!));
  const figureOf = (region: Region) => regionFigure(dataset, region, values.get(region.code)!, year, definition, lang, ranks.get(region.code) ?? null);
  const regencies = dataset.regions.regencies.map(figureOf);
  const province = dataset.regions.province ? figureOf(dataset.regions.province) : null;
  const carried = regencies.filter((r) => r.origin === 'carried').length;
  const missing = regencies.filter((r) => r.value === null).length;
  return {
    year,
    metric: definition.id,
    definition,
    lang,
    carryForward,
    regencies,
    province,
    byCode: new Map([...regencies, ...(province ? [province] : [])].map((r) => [r.code, r])),
    summary: { year, units: mapUnits(dataset.regions), everPublished: everPublished(dataset, definition.reads), total: regencies.length, published: regencies.length - carried - missing, carried, missing },
  };
}

/** Whether any of the map's areas has a figure of the measure, in any year (memoised with the year's figures). */
function everPublished(dataset: Dataset, metric: string): boolean {
  const areas = new Set(dataset.regions.regencies.map((r) => r.code));
  return dataset.figures.some((f) => f.metric === metric && areas.has(f.regionCode));
}

/** Each regency's place by value, the highest first: 1 + how many have more (two equal values share a place). */
function rankRegencies(regencies: readonly RegionValue[]): Map<string, RegionRank> {
  const valued = regencies.filter((r): r is RegionValue & { value: number } => r.value !== null);
  return new Map(valued.map((r) => [r.code, { rank: 1 + valued.filter((other) => other.value > r.value).length, of: valued.length }]));
}

function figureText(figure: CoverageFigure, value: string, lang: Lang): FigureText {
  return { value, period: formatPeriod(figure.period, lang), sourceUrl: figure.sourceUrl, sourceHost: sourceHost(figure.sourceUrl) };
}

function regionFigure(dataset: Dataset, region: Region, value: RegionValue, year: number, definition: MapMetricDefinition, lang: Lang, rank: RegionRank | null): RegionFigure {
  const words = COMMON[lang];
  const figure = value.figure;
  const isChange = definition.derive === 'change';
  const origin: FigureOrigin = value.value === null ? 'none' : value.carriedForward ? 'carried' : isChange ? 'computed' : 'published';
  let text: FigureText | null = null;
  if (value.value !== null && figure) {
    text = figureText(figure, UNIT_FORMATS[definition.unit](value.value, lang), lang);
    // A change is two figures: name both periods, so the reader sees what was subtracted.
    if (value.previous) text.period = changeEnds(value.previous, figure, lang);
    if (value.carriedForward) text.period = `${text.period}, ${words.carriedShort}`;
  }
  const inUnit = (f: CoverageFigure) => figureText(f, formatFigure(f, lang), lang);
  const tooltip = regencyTooltip(dataset, region, value, year, definition, lang);
  return {
    ...value,
    region,
    name: regionName(region, lang),
    shortName: regionShortName(region, lang),
    origin,
    text,
    figureText: figure ? inUnit(figure) : null,
    previousText: value.previous ? inUnit(value.previous) : null,
    // A change's figures are its two ends, not other figures of the year.
    otherFigures: isChange ? [] : value.figuresInYear.filter((f) => f !== figure).map(inUnit),
    description: text
      ? `${regionName(region, lang)}: ${text.value} (${text.period})`
      : `${regionName(region, lang)}: ${value.state === 'no-earlier' ? words.noEarlier.toLowerCase() : fill(words.noFigureFor, { year })}`,
    tooltip,
    rank,
    tooltipLine: tooltipLine({ tooltip, rank, origin, figure, previous: value.previous }, lang),
  };
}

// ---- the tooltip

/**
 * Everything the tooltip of a region says and draws: the value and its period (a change names both
 * ends), the nearest figures around a year without one, and the region's series.
 */
function regencyTooltip(dataset: Dataset, region: Region, value: RegionValue, year: number, definition: MapMetricDefinition, lang: Lang): RegencyTooltip {
  const m = TOOLTIP_MESSAGES[lang];
  const words = COMMON[lang];
  const reads = definition.reads;
  const figure = value.figure;
  let shown = words.noFigure;
  let period: string | null = null;
  const nearby: string[] = [];
  if (value.state === 'no-figure') {
    shown = fill(words.noFigureFor, { year });
    const { earlier, later } = nearestFigures(dataset, region.code, reads, year);
    if (earlier) nearby.push(fill(m.nearestEarlier, { figure: figureWithPeriod(earlier, lang) }));
    if (later) nearby.push(fill(m.nearestLater, { figure: figureWithPeriod(later, lang) }));
  } else if (value.state === 'no-earlier') {
    shown = words.noEarlier;
    if (figure) {
      // "Angka 2024: 53,43%"; a month is named ("Angka 2024: 38,54% (Sep 2024)"), a bare year is not repeated.
      const own = figure.period.month === null ? formatFigure(figure, lang) : figureWithPeriod(figure, lang);
      nearby.push(fill(m.yearFigure, { year, figure: own }));
      const { earlier } = nearestFigures(dataset, region.code, reads, year - 1);
      if (earlier) nearby.push(fill(m.nearestEarlier, { figure: figureWithPeriod(earlier, lang) }));
    }
  } else if (value.value !== null) {
    shown = UNIT_FORMATS[definition.unit](value.value, lang);
    // A change names both its ends: "+0,42 persen poin", "Des 2023 → Sep 2024".
    period = value.previous && figure ? changeEnds(value.previous, figure, lang) : figure ? formatPeriod(figure.period, lang) : null;
  }
  const series = figureSeries(dataset, region.code, reads, year);
  const known = series.filter((s) => s.figure !== null);
  const seriesText =
    known.length === 0
      ? m.noFigureAnyYear
      : fill(m.series, { list: series.map((s) => `${s.year}: ${s.figure ? formatFigure(s.figure, lang) : m.seriesMissing}`).join('; ') });
  const kindMax = Math.max(0, figureIndex(dataset.figures).kinds.get(reads)?.max ?? 0);
  const seriesMax = known[0]?.figure?.unit === 'percent' || kindMax <= 100 ? Math.max(100, kindMax) : kindMax;
  return {
    name: regionShortName(region, lang),
    value: shown,
    period,
    note: value.value !== null && value.carriedForward ? words.carriedForward : null,
    state: value.state,
    nearby,
    series,
    year,
    seriesText,
    seriesMax,
  };
}

/**
 * What the map's keyboard list says of a region at each stop, the tooltip in one line with where the
 * figure comes from, its legend class (`classLabel`, once the scale has classed the value) and rank:
 * "Ketapang: 68,02%, tahun 2024, dipublikasikan, sumber ketapangmedia.com, kelas 60–70%, peringkat 1 dari 5. Angka per tahun: ...";
 * "Kapuas Hulu: Data tidak tersedia untuk 2024. Angka terdekat sebelumnya: 39% (Okt 2023). Angka per tahun: ...".
 */
export function tooltipLine(region: Pick<RegionFigure, 'tooltip' | 'rank' | 'origin' | 'figure' | 'previous'>, lang: Lang, classLabel: string | null = null): string {
  const m = TOOLTIP_MESSAGES[lang];
  const { tooltip, rank, origin } = region;
  // A carried figure says so in the tooltip's note; a region without a value has no source to name.
  const status = origin === 'published' ? m.published : origin === 'computed' ? m.computed : null;
  const hosts = origin === 'none' ? [] : [...new Set([region.previous, region.figure].flatMap((f) => (f ? [sourceHost(f.sourceUrl)] : [])).filter((h) => h !== ''))];
  const parts = [
    tooltip.value,
    tooltip.period,
    tooltip.note,
    status,
    hosts.length > 0 ? fill(m.source, { host: hosts.join(m.and) }) : null,
    classLabel === null ? null : fill(m.scaleClass, { label: classLabel }),
    rank && fill(m.rank, { rank: rank.rank, count: rank.of }),
  ];
  const head = `${tooltip.name}: ${parts.filter((part) => part !== null).join(', ')}`;
  return [head, ...tooltip.nearby, tooltip.seriesText].join('. ');
}

/**
 * The nearest figures of a kind before and after a year, for a regency: the latest figure of an earlier
 * year and the earliest of a later one (Kapuas Hulu at 2024: 39% of Oct 2023 before, none after).
 */
export function nearestFigures(dataset: Dataset, code: string, metric: string, year: number): { earlier: CoverageFigure | null; later: CoverageFigure | null } {
  const own = figureIndex(dataset.figures).own.get(`${code} ${metric}`) ?? [];
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
 * The figures summed up once per dataset: every regency's tooltip is worded for the keyboard list, and
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

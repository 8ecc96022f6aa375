// What the page shows for a year and a metric: every regency's value (src/model/values.ts) classed and
// worded in the reader's language. Pure, so wording and order are tested in Node; render modules
// only put these strings into the DOM.
import type { CoverageFigure, Dataset, Region } from '../../data/index.ts';
import { formatPeriod, sourceHost } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { COMMON, fill } from '../../i18n/messages.ts';
import type { MetricScale, ScaleClass } from '../../scale/metric-scale.ts';
import { changeEnds, regionValues, type RegionValue } from '../../model/values.ts';

export interface FigureText {
  /** "68,02%", "110.013", "+12,33 poin" */
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
  value: RegionValue;
  text: FigureText | null;
  /** The class the value falls in; null when there is no value. */
  scaleClass: ScaleClass | null;
  /** Other figures published in the same year (earlier months, or sources that disagree), oldest first. */
  otherFigures: FigureText[];
  /** One sentence for a tooltip or a screen reader: "Kabupaten Ketapang: 68,02% (tahun 2024)". */
  description: string;
}

export interface PageView {
  year: number;
  lang: Lang;
  /** Regencies in code order, the order of the map. */
  regencies: RegionView[];
  /** The province-wide figure, shown apart: it is not one of the map's regions. */
  province: RegionView | null;
  /** How many regencies have no value for the year. */
  missingCount: number;
}

export interface ViewOptions {
  year: number;
  lang: Lang;
  scale: MetricScale;
  carryForward?: boolean;
}

export function pageView(dataset: Dataset, { year, lang, scale, carryForward = false }: ViewOptions): PageView {
  const { regencies: regencyRegions, province: provinceRegion } = dataset.regions;
  const codes = [...regencyRegions, ...(provinceRegion ? [provinceRegion] : [])].map((r) => r.code);
  const values = regionValues(dataset, codes, { year, metric: scale.metric, carryForward });
  const viewOf = (region: Region) => regionView(region, values.get(region.code)!, year, lang, scale);
  const regencies = regencyRegions.map(viewOf);
  return {
    year,
    lang,
    regencies,
    province: provinceRegion ? viewOf(provinceRegion) : null,
    missingCount: regencies.filter((r) => r.value.value === null).length,
  };
}

function figureText(figure: CoverageFigure, valueText: string, lang: Lang): FigureText {
  return { value: valueText, period: formatPeriod(figure.period, lang), sourceUrl: figure.sourceUrl, sourceHost: sourceHost(figure.sourceUrl) };
}

function regionView(region: Region, value: RegionValue, year: number, lang: Lang, scale: MetricScale): RegionView {
  const figure = value.figure;
  const text = value.value !== null && figure ? figureText(figure, scale.format(value.value, lang), lang) : null;
  if (text && value.previous && figure) {
    // A change is two figures: name both periods, so the reader sees what was subtracted.
    text.period = changeEnds(value.previous, figure, lang);
  }
  if (text && value.carriedForward) text.period = `${text.period}, ${COMMON[lang].carriedShort}`;
    const isChange = scale.definition.derive === 'change';
  const format = (f: CoverageFigure) => figureText(f, isChange ? scale.format(f.value, lang).replace(/ \S+$/, '%') : scale.format(f.value, lang), lang);
  return {
    code: region.code,
    name: region.name,
    shortName: region.shortName,
    value,
    text,
    scaleClass: value.value === null ? null : scale.classify(value.value),
    otherFigures: isChange ? [] : value.figuresInYear.filter((f) => f !== figure).map(format),
    description: text
      ? `${region.name}: ${text.value} (${text.period})`
      : `${region.name}: ${value.state === 'no-earlier' ? COMMON[lang].noEarlier.toLowerCase() : fill(COMMON[lang].noFigureFor, { year })}`,
  };
}

/** Table order: highest value first, then the regions with no value by name. */
export function byValueDescending(a: RegionView, b: RegionView): number {
  const av = a.value.value;
  const bv = b.value.value;
  if (av !== null && bv !== null) return bv - av || a.name.localeCompare(b.name, 'id');
  if (av !== null) return -1;
  if (bv !== null) return 1;
  return a.shortName.localeCompare(b.shortName, 'id');
}

/**
 * "Ketapang" for a kabupaten, "Kota Pontianak" for a city: the table is titled kabupaten/kota, so
 * only the cities need their word, and the column stays narrow.
 */
export function displayName(region: Pick<RegionView, 'name' | 'shortName'>): string {
  return region.name.startsWith('Kabupaten ') ? region.shortName : region.name;
}

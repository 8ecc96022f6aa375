// The picture of a year: what every region shows for the reader's choices (year, metric, carry,
// language, scheme), computed once. The figures and their words come from src/model/year-figures.ts;
// this adds what the scale decides: each value's class and colour, and the legend. The map (both
// renderers, its tooltip and keyboard list), the page's table and summary, the poster and the embeds
// read it; the CSV download reads its colourless half. A view that classed or worded a figure itself
// would be a second copy waiting to drift.
import type { Dataset } from '../data/index.ts';
import { tooltipLine, yearFigures, type RegionFigure, type YearFigureOptions, type YearFigures } from '../model/year-figures.ts';
import { legendModel, type LegendModel } from './legend-entries.ts';
import { metricScale, NO_EARLIER_STYLE, type MetricScale, type ScaleClass, type SchemeName } from './metric-scale.ts';

export interface RegionPicture extends RegionFigure {
  /** The class the value falls in; null without a value. */
  scaleClass: ScaleClass | null;
  /** Index of the value's class; null without a value. */
  classIndex: number | null;
  /**
   * The class colour; the "no earlier figure" grey (a change with no figure the year before); null for no
   * figure, drawn with the hatch: never the lowest class, never zero.
   */
  colour: string | null;
}

export interface YearView extends Omit<YearFigures, 'regencies' | 'province' | 'byCode'> {
  scheme: SchemeName;
  scale: MetricScale;
  regencies: RegionPicture[];
  province: RegionPicture | null;
  byCode: ReadonlyMap<string, RegionPicture>;
  /** The legend's entries, as the legend element and the poster draw them. */
  legend: LegendModel;
}

export interface YearViewOptions extends YearFigureOptions {
  scheme?: SchemeName;
}

const memo = new WeakMap<YearFigures, Map<SchemeName, YearView>>();

/** The year's picture; the same dataset and choices give the same object (see yearFigures). */
export function yearView(dataset: Dataset, { scheme = 'ylgnbu', ...options }: YearViewOptions): YearView {
  const figures = yearFigures(dataset, options);
  let byScheme = memo.get(figures);
  if (!byScheme) memo.set(figures, (byScheme = new Map()));
  let view = byScheme.get(scheme);
  if (!view) {
    view = paint(figures, scheme);
    byScheme.set(scheme, view);
  }
  return view;
}

function paint(figures: YearFigures, scheme: SchemeName): YearView {
  const scale = metricScale(figures.metric, scheme);
  const picture = (region: RegionFigure): RegionPicture => {
    const scaleClass = region.value === null ? null : scale.classify(region.value);
    return {
      ...region,
      scaleClass,
      classIndex: scaleClass?.index ?? null,
      colour: scaleClass?.colour ?? (region.state === 'no-earlier' ? NO_EARLIER_STYLE.fill : null),
      // The keyboard list's line names the legend class the value falls in, as the colour shows it.
      tooltipLine: scaleClass ? tooltipLine(region, figures.lang, scale.label(scaleClass, figures.lang)) : region.tooltipLine,
    };
  };
  const regencies = figures.regencies.map(picture);
  const province = figures.province ? picture(figures.province) : null;
  return {
    ...figures,
    scheme,
    scale,
    regencies,
    province,
    byCode: new Map([...regencies, ...(province ? [province] : [])].map((r) => [r.code, r])),
    legend: legendModel(figures.metric, scheme, figures.lang, figures.carryForward),
  };
}

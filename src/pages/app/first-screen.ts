// The app's first screen as static HTML, written into index.html by the build (scripts/lib/first-screen/):
// the default view (Bahasa Indonesia, the default year, the default metric) with its title, map,
// legend, year, summary and table of figures, from the same year's picture (yearView), summary line
// (summary.ts), table order (view.ts) and map geometry the page draws with. A reader sees it before
// any script has run, and keeps it with JavaScript off; the elements and main.ts then draw over it.
// Pure strings, no DOM: tested in Node (first-screen.test.ts).
import { COMMON, fill } from '../../i18n/messages.ts';
import { MAP_UNIT_WORDS, wholeLabel } from '../../i18n/unit-words.ts';
import type { Lang } from '../../i18n/lang.ts';
import { sourceHost } from '../../i18n/format.ts';
import type { AppData } from '../../model/load.ts';
import { DEFAULT_METRIC, metricDefinition, type MapMetric } from '../../model/metrics.ts';
import { provinceName } from '../../model/province-name.ts';
import { URL_PARAMS } from '../../model/url.ts';
import { defaultYear } from '../../model/years.ts';
import { firstScreenMapCss, firstScreenMapSvg, type FirstScreenFrame } from '../../render/first-screen-map.ts';
import { escapeXml } from '../../render/poster.ts';
import { safeHref } from '../../render/safe-url.ts';
import { yearView, type RegionPicture } from '../../scale/year-view.ts';
import type { LegendEntry } from '../../scale/legend-entries.ts';
import { MAP_MESSAGES } from '../../elements/map/map.messages.ts';
import { PAGE_MESSAGES } from './page.messages.ts';
import { summaryText } from './summary.ts';
import { byValueDescending, displayName } from './view.ts';

/**
 * The map's frame on the page's two kinds of screen (src/pages/app/styles.css): a laptop's (the map
 * column at 1280x800) and a phone's (375x812). Names are laid out for each; a screen between gets the
 * nearer set, scaled with the shapes.
 */
export const FIRST_SCREEN_FRAMES: readonly FirstScreenFrame[] = [
  { name: 'laptop', width: 710, height: 376 },
  { name: 'phone', width: 351, height: 372 },
];

/** Which frame's names each screen shows: the phone's under the page's phone breakpoint (36rem). */
const FIRST_SCREEN_QUERIES: Readonly<Record<string, string>> = { phone: '(max-width: 36rem)' };

/** The pre-rendered view's address parameters: the page keeps the first screen only when the address asks for no other. */
interface FirstScreenView {
  year: number;
  metric: MapMetric;
  lang: Lang;
}

export interface FirstScreen {
  view: FirstScreenView;
  /** `name=value&…` of the parameters that change the picture, at this view's values (colour-scheme.js compares the address to it). */
  viewParams: string;
  /** Markup by place in index.html (`<!--first-screen:key-->…<!--/first-screen-->`). */
  parts: Record<FirstScreenPart, string>;
}

type FirstScreenPart = 'map' | 'legend' | 'mapHeading' | 'summary' | 'year' | 'tableHeading' | 'tableBody' | 'tableFoot';

const text = escapeXml;
/** Words of the first screen in a span the page's stylesheet can find (styles.css: hidden while an address asks for another view). */
const words_ = (words: string) => `<span class="first-screen-text">${text(words)}</span>`;

export function firstScreen(data: AppData, lang: Lang = 'id'): FirstScreen | null {
  const { dataset, regencyTopology } = data;
  if (!regencyTopology) return null;
  const year = defaultYear(dataset);
  const metric = DEFAULT_METRIC;
  const view = yearView(dataset, { year, metric, carryForward: false, lang });
  const province = provinceName(data.province, dataset.regions, lang);
  const words = PAGE_MESSAGES[lang];
  const metricLabel = metricDefinition(metric).label[lang];
  const fills = new Map(view.regencies.map((r) => [r.code, r.colour]));
  const map = firstScreenMapSvg({
    regencyTopology,
    contextTopology: data.contextTopology,
    contextLabels: data.province?.contextLabels,
    fills,
    labelText: (code) => dataset.regions.byCode.get(code)?.shortName,
    title: fill(MAP_MESSAGES[lang].mapTitle, { ...MAP_UNIT_WORDS[lang][view.summary.units], metric: metricLabel.toLowerCase(), year, province }),
    frames: FIRST_SCREEN_FRAMES,
  });
  const rows = [...view.regencies].sort(byValueDescending).map((region) => tableRow(region, lang));
  const provinceRow = view.province ? tableRow(view.province, lang, wholeLabel(view.summary.units, province, lang)) : '';
  const params = new URLSearchParams({ [URL_PARAMS.area]: data.province?.code ?? dataset.regions.province?.code ?? '', [URL_PARAMS.year]: String(year), [URL_PARAMS.metric]: metric, [URL_PARAMS.lang]: lang, [URL_PARAMS.carryForward]: '0' });
  return {
    view: { year, metric, lang },
    viewParams: params.toString(),
    parts: {
      map,
      legend: legend(view.legend),
      mapHeading: words_(fill(words.mapHeading, { metric: metricLabel, year })),
      summary: words_(summaryText(view.summary, lang, metric)),
      year: `<p class="first-screen-year">${year}</p>`,
      tableHeading: words_(fill(words.tableHeading, { ...MAP_UNIT_WORDS[lang][view.summary.units], year })),
      tableBody: rows.join(''),
      tableFoot: provinceRow,
    },
  };
}

/** The stylesheet the pre-rendered map needs (its colours, lines and which names each screen shows). */
export function firstScreenCss(): string {
  return firstScreenMapCss(FIRST_SCREEN_QUERIES);
}

/** A colour swatch as a tiny SVG (the site allows no style attribute): the class colour, or the map's hatch. */
function swatch(colour: string | null): string {
  return `<svg class="first-screen-swatch" width="18" height="14" aria-hidden="true"><rect width="18" height="14" fill="${colour ?? 'url(#first-screen-no-data)'}"/></svg>`;
}

function legend(model: { title: string; unit: string | null; entries: readonly LegendEntry[] }): string {
  // A phone's legend is one short row (as the legend element's): each class by its lower break, the hatch by its short name.
  const entries = model.entries
    .map((entry) => {
      const short = entry.short ?? entry.shown;
      const words = short === entry.label ? `<span>${text(entry.label)}</span>` : `<span class="first-screen-full">${text(entry.label)}</span><span class="first-screen-short" aria-hidden="true">${text(short)}</span>`;
      return `<li>${swatch(entry.colour)}${words}</li>`;
    })
    .join('');
  return `<div class="first-screen-legend"><p class="first-screen-legend-title">${text(model.title)}${model.unit ? ` (${text(model.unit)})` : ''}</p><ul>${entries}</ul></div>`;
}

/** A row of the table as main.ts draws it, without the button (no script, nothing to open). */
function tableRow(region: RegionPicture, lang: Lang, name = displayName(region)): string {
  const heading = `<th scope="row">${swatch(region.colour)}${text(name)}</th>`;
  if (!region.text) {
    const missing = region.state === 'no-earlier' ? COMMON[lang].noEarlier.toLowerCase() : COMMON[lang].noFigure;
    return `<tr data-code="${region.code}" class="first-screen-row no-figure">${heading}<td colspan="2" class="missing">${text(missing)}</td></tr>`;
  }
  const { value, period, sourceUrl } = region.text;
  const href = safeHref(sourceUrl);
  const source = href === null ? text(sourceUrl) : `<a href="${text(href)}" target="_blank" rel="noopener">${text(sourceHost(href))}</a>`;
  const others = region.otherFigures.map((other) => `<span class="other-figure">${text(PAGE_MESSAGES[lang].also)} ${text(other.value)} ${text(other.period)}</span>`).join('');
  return `<tr data-code="${region.code}" class="first-screen-row">${heading}<td class="value"><span class="figure">${text(value)}</span><span class="period">${text(period)}</span>${others}</td><td class="source">${source}</td></tr>`;
}

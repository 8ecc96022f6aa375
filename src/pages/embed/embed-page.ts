// The iframe route, embed.html: one element (or all of them, linked to one map) in the state its
// address names, filling the frame, for partner sites that allow no scripts of others. The elements
// load their own data, from the data/ folder beside this page (the default base: nothing calls
// setDefaultDataBase here). The page's own: a title that says what the map shows (metric and year, as
// the map has them), the source credit linking to the full map, and the frame's height posted to the
// partner's page (the iframe snippet's few lines of script set it: embed-snippet.ts).
import '../shared/base.css';
import './embed-page.css';
import '../../elements/map/map.ts';
import '../../elements/legend/legend.ts';
import '../../elements/year-slider/year-slider.ts';
import { mapAttributes, readEmbedParams, type EmbedParams } from '../../model/embed-params.ts';
import { pageAddress } from '../../model/url.ts';
import { areaShown, keepOffline, provinceWords, showLanguage, siteProvince } from '../shared/page-shell.ts';
import { EMBED_PAGE_MESSAGES } from './embed-page.messages.ts';
import { COMMON } from '../../i18n/messages.ts';
import { isMapMetric, metricDefinition } from '../../model/metrics.ts';
import { EMBED_HEIGHT_MESSAGE } from '../../model/embed-params.ts';
import type { ParitranaMap } from '../../elements/map/map.component.ts';
import { html, nothing, render } from 'lit';
import { safeHref } from '../../render/safe-url.ts';
import { mapUnits, NATIONAL_AREA } from '../../data/area.ts';
import { MAP_UNIT_WORDS } from '../../i18n/unit-words.ts';

const MAP_ID = 'map';

const params = readEmbedParams(location.search);
/**
 * The route's words, naming the area shown: the deployment's province (the page's HTML names it) until
 * a map's data say theirs; another area's name comes with its data (the national map's is known).
 */
const wordsFor = (data: ParitranaMap['data'] | null) => {
  const home = siteProvince();
  const shown = areaShown(params.area ?? home.code, home, data);
  const units = data ? mapUnits(data.dataset.regions) : params.area === NATIONAL_AREA ? 'provinces' : 'regencies';
  return provinceWords(EMBED_PAGE_MESSAGES[params.lang], shown, params.lang, MAP_UNIT_WORDS[params.lang][units]);
};
let words = wordsFor(null);

/** An element with attributes, as a partner would write it. */
function element(tag: string, attributes: readonly [string, string | null][]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of attributes) if (value !== null) node.setAttribute(name, value);
  return node;
}

const year = params.year === null ? null : String(params.year);
const map = () => element('paritrana-map', [['id', MAP_ID], ...mapAttributes(params)]);
const legend = (linked: boolean) =>
  element('paritrana-legend', linked ? [['for', MAP_ID]] : [['metric', params.metric], ['scheme', params.scheme], ['lang', params.lang], ['carry-forward', params.carryForward ? '' : null]]);
const slider = (linked: boolean) => element('paritrana-year-slider', linked ? [['for', MAP_ID]] : [['value', year], ['lang', params.lang], ['province', params.area]]);
const winners = (linked: boolean) => element('paritrana-winners', linked ? [['for', MAP_ID]] : [['year', year], ['lang', params.lang], ['selected', params.region], ['province', params.area]]);
const details = (linked: boolean) => element('paritrana-region-details', linked ? [['for', MAP_ID]] : [['code', params.region], ['year', year], ['lang', params.lang], ['province', params.area]]);

function view({ view }: EmbedParams) {
  switch (view) {
    case 'map':
      return [legend(true), html`<div class="map-box">${map()}</div>`];
    case 'legend':
      return [legend(false)];
    case 'year-slider':
      return [slider(false)];
    case 'winners':
      return [winners(false)];
    case 'region-details':
      return [details(false)];
    case 'all':
      return [html`<div class="main-column">${legend(true)}${map()}${slider(true)}</div>`, html`<div class="side-column">${details(true)}${winners(true)}</div>`];
  }
}

// The winners and the region details (the details with their chart's d3 scales) come with the views
// that show them: a map's frame, the partners' most common, does without them.
if (params.view === 'winners' || params.view === 'all') void import('../../elements/winners/winners.ts');
if (params.view === 'region-details' || params.view === 'all') void import('../../elements/region-details/region-details.ts');

/** The title's id: it names the frame's one landmark. */
const TITLE_ID = 'embed-title';

/**
 * The title names what the frame shows: the map's metric and the year it reflects once its data is in;
 * for a legend or a year slider alone, the metric and year the address names. The winners and the
 * region details carry visible headings of their own; over them the title is for screen readers only.
 */
function title(shown: ParitranaMap | null) {
  if (!shown && params.view !== 'legend' && params.view !== 'year-slider') {
    return html`<h1 id=${TITLE_ID} class="visually-hidden">${params.view === 'winners' ? words.winnersTitle : words.detailsTitle}</h1>`;
  }
  const metric = shown && isMapMetric(shown.metric) ? shown.metric : params.metric;
  const year = shown?.year ?? params.year;
  const label = metricDefinition(metric).label[params.lang];
  return html`<header class="embed-head">
    <h1 id=${TITLE_ID} class="embed-title">${year === null ? label : `${label}, ${year}`}</h1>
    <p class="embed-subtitle">${words.subtitle}</p>
  </header>`;
}

const credit = (href: string) =>
  html`<footer class="embed-foot">
    ${words.sources}
    <a class="credit" target="_blank" rel="noopener" href=${safeHref(href, document.baseURI) ?? nothing}
      >${words.credit}<span aria-hidden="true"> ↗</span><span class="visually-hidden"> ${COMMON[params.lang].newTab}</span></a
    >
  </footer>`;

/** Title and credit follow what the frame shows now (the reader may have moved the map). */
function update(): void {
  const shown = document.getElementById(MAP_ID) as ParitranaMap | null;
  words = wordsFor(shown?.data ?? null);
  const { year, region, metric, lang, carryForward }: EmbedParams = shown
    ? { ...params, year: shown.year ?? params.year, region: shown.selected || null }
    : params;
  // One landmark, named by the title: the partner's page has its own banner, main and footer, and a
  // reader going from landmark to landmark meets the frame's as "main, <title>", not as a second "main".
  render(
    html`<main class="embed-page" aria-labelledby=${TITLE_ID}>${title(shown)}<div class="embed">${shownView}</div>${credit(pageAddress({ page: 'app', area: params.area, year, metric, region, lang, carryForward }))}</main>`,
    document.body,
  );
}

showLanguage(params.lang, words, words.documentTitle);
document.body.dataset.view = params.view;
// Made once: the title and credit are redrawn as the reader moves the map, the elements never are.
const shownView = view(params);
document.body.replaceChildren();
update();

const shownMap = document.getElementById(MAP_ID);
// The frame's first picture first (its map drawn; a frame without a map at once), then the offline copy.
keepOffline(shownMap ? new Promise((resolve) => shownMap.addEventListener('paritrana-ready', resolve, { once: true })) : undefined);
if (shownMap) {
  // The same marks as the full page: the end-to-end tests and the bench wait for the first picture.
  shownMap.addEventListener('paritrana-ready', (e) => performance.mark(`paritrana-ready-${e.detail.renderer}`));
  // The area's name and what its map's areas are come with its data.
  shownMap.addEventListener('paritrana-ready', () => {
    update();
    showLanguage(params.lang, words, words.documentTitle);
  });
  for (const type of ['paritrana-year-change', 'paritrana-region-select'] as const) shownMap.addEventListener(type, () => queueMicrotask(update));
  // The map reflects its year once its data is in (an address with no year opens on the default year).
  new MutationObserver(update).observe(shownMap, { attributes: true, attributeFilter: ['year', 'metric', 'selected'] });
}

// In a frame, say how tall the page is: the partner's few lines of script (the iframe snippet) set the
// frame's height to it. The frame does not know the partner's origin, so '*', and nothing but a height.
// The page's height is where its credit ends: the single map's page is the frame's height and may
// overflow it (a narrow frame), so neither its box nor the document's scroll height would shrink.
const pageRoot = document.querySelector('.embed-page');
if (window.parent !== window && pageRoot) {
  let posted = 0;
  const observer = new ResizeObserver(() => {
    const end = pageRoot.lastElementChild ?? pageRoot;
    const height = Math.ceil(end.getBoundingClientRect().bottom + window.scrollY);
    if (height === posted) return;
    posted = height;
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  });
  for (const part of [pageRoot, ...pageRoot.children]) observer.observe(part);
}

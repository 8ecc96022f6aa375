// The iframe route, embed.html: one element (or all of them, linked to one map) in the state its
// address names, filling the frame, for partner sites that allow no scripts of others. The elements
// load their own data, from the data/ folder beside this page (the default base: nothing calls
// setDefaultDataBase here). Only the credit link, back to the full map, is the page's own.
import '../shared/base.css';
import './embed-page.css';
import '../../elements/map/map.ts';
import '../../elements/legend/legend.ts';
import '../../elements/year-slider/year-slider.ts';
import '../../elements/winners/winners.ts';
import '../../elements/region-details/region-details.ts';
import { fullMapParams, mapAttributes, readEmbedParams, type EmbedParams } from '../../model/embed-params.ts';
import { EMBED_PAGE_MESSAGES } from './embed-page.messages.ts';
import type { ParitranaMap } from '../../elements/map/map.component.ts';
import { html, render } from 'lit';

const MAP_ID = 'map';

const params = readEmbedParams(location.search);
const words = EMBED_PAGE_MESSAGES[params.lang];

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
const slider = (linked: boolean) => element('paritrana-year-slider', linked ? [['for', MAP_ID]] : [['value', year], ['lang', params.lang]]);
const winners = (linked: boolean) => element('paritrana-winners', linked ? [['for', MAP_ID]] : [['year', year], ['lang', params.lang], ['selected', params.region]]);
const details = (linked: boolean) => element('paritrana-region-details', linked ? [['for', MAP_ID]] : [['code', params.region], ['year', year], ['lang', params.lang]]);

function view({ view }: EmbedParams) {
  switch (view) {
    case 'map':
      return [map()];
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

const credit = () =>
  html`<a class="credit" target="_blank" rel="noopener" href=${creditHref}
    >${words.credit}<span aria-hidden="true"> ↗</span><span class="visually-hidden"> ${words.newTab}</span></a
  >`;
let creditHref = '';

/** The credit opens the full map on what the frame shows now (the reader may have moved it). */
function updateCredit(): void {
  const shown = document.getElementById(MAP_ID) as ParitranaMap | null;
  const state: Partial<EmbedParams> = shown
    ? { ...params, year: shown.year ?? params.year, region: shown.selected || null }
    : params;
  creditHref = `./${fullMapParams(state)}`;
  render(html`<main class="embed">${shownView}</main>${credit()}`, document.body);
}

document.documentElement.lang = params.lang;
document.title = words.documentTitle;
document.body.dataset.view = params.view;
// Made once: the credit is redrawn as the reader moves the map, the elements never are.
const shownView = view(params);
document.body.replaceChildren();
updateCredit();

const shownMap = document.getElementById(MAP_ID);
if (shownMap) {
  // The same marks as the full page: the end-to-end tests and the bench wait for the first picture.
  shownMap.addEventListener('paritrana-ready', (e) => performance.mark(`paritrana-ready-${e.detail.renderer}`));
  for (const type of ['paritrana-year-change', 'paritrana-region-select'] as const) shownMap.addEventListener(type, () => queueMicrotask(updateCredit));
}

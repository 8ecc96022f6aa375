// The copy-paste snippets of the embed dialog, for the reader's current state: an iframe of the
// route embed.html (for sites that allow no scripts), and the partner script with the elements
// linked to one map. Pure: the page passes its own address and the state.
import { EMBED_HEIGHT_MESSAGE, EMBED_PAGE, mapAttributes, writeEmbedParams, type EmbedParams } from '../../model/embed-params.ts';

/** The script's path from the site's root (dist/embed/paritrana.js). */
export const EMBED_SCRIPT = 'embed/paritrana.js';

/** The id the script snippet gives its map; the followers name it in for="...". */
const SNIPPET_MAP_ID = 'peta';

/** Text safe inside a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attributeList(attributes: readonly [string, string][]): string {
  // A boolean attribute is written bare (carry-forward), as a partner would write it.
  return attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
}

/**
 * The route's address for the state, beside the page: from "https://host/peta/?year=2024" (or
 * ".../index.html") to "https://host/peta/embed.html?view=map&year=2024&lang=id".
 */
export function embedPageUrl(pageUrl: string | URL, state: Partial<EmbedParams>): string {
  const url = new URL(EMBED_PAGE, pageUrl);
  url.search = writeEmbedParams(state);
  return url.href;
}

export interface IframeSnippetOptions {
  /** The address of the page the reader is on. */
  pageUrl: string | URL;
  state: Partial<EmbedParams>;
  /** The frame's accessible name, in the reader's language. */
  title: string;
  /** Pixels; the width is always 100% of the partner's column. */
  height?: number;
}

/**
 * The partner's side of a frame that fits its content (as Datawrapper's embeds do): the route posts
 * {type: "paritrana-height", height}; these few lines set the height of the page's frame that sent it,
 * when it is one of this site's embed.html frames and the message comes from this site's origin.
 * One line, plain ES5, so it pastes into any page and runs beside any number of frames.
 */
export function resizeScript(pageUrl: string | URL): string {
  const route = new URL(EMBED_PAGE, pageUrl);
  const origin = JSON.stringify(route.origin);
  const selector = JSON.stringify(`iframe[src^="${route.href}"]`);
  // A URL's href has "<", ">" and '"' percent-encoded: nothing in it can end the script or the selector.
  return (
    `<script>addEventListener("message",function(e){var d=e.data,h=d&&d.type===${JSON.stringify(EMBED_HEIGHT_MESSAGE)}&&Math.ceil(d.height);` +
    `if(e.origin!==${origin}||!(h>0))return;` +
    `document.querySelectorAll(${selector}).forEach(function(f){if(f.contentWindow===e.source)f.style.height=h+"px"})})</script>`
  );
}

/** One line: `<iframe src="https://host/peta/embed.html?..." width="100%" height="520" ...></iframe>`. */
export function iframeSnippet({ pageUrl, state, title, height = 520 }: IframeSnippetOptions): string {
  const attributes: [string, string][] = [
    ['src', embedPageUrl(pageUrl, state)],
    ['width', '100%'],
    ['height', String(height)],
    ['style', 'border:0'],
    ['title', title],
    ['loading', 'lazy'],
  ];
  return `<iframe${attributeList(attributes)}></iframe>`;
}

export interface ScriptSnippetOptions {
  /** The partner script's absolute address: new URL(EMBED_SCRIPT, document.baseURI). */
  scriptUrl: string | URL;
  state: Partial<EmbedParams>;
  /** 'map': the legend and the map; 'all': with the year slider, the region details and the winners. */
  view?: 'map' | 'all';
  /** The map's id (default "peta"). */
  mapId?: string;
  /** The heading, without the year: figureTitle (share-titles.ts). */
  title: string;
  /** "Sumber: BPJS Ketenagakerjaan, …; dihimpun oleh", followed by the credit's link. */
  source: string;
  credit: string;
  /** The full map's address for the state. */
  creditUrl: string | URL;
}

/** The elements each view shows under the heading, in the order a page shows them. */
const SCRIPT_VIEWS = {
  map: ['paritrana-legend', 'paritrana-map'],
  all: ['paritrana-legend', 'paritrana-map', 'paritrana-year-slider', 'paritrana-region-details', 'paritrana-winners'],
} as const;

/**
 * The script, then a figure as Datawrapper's embeds carry it: a heading that names the measure, the
 * province and the year (kept by the map as the reader moves it: data-paritrana-year),
 * the elements linked to one map, spaced apart, and the source with a link to the full map.
 */
export function scriptSnippet({ scriptUrl, state, view = 'map', mapId = SNIPPET_MAP_ID, title, source, credit, creditUrl }: ScriptSnippetOptions): string {
  const id = escapeAttribute(mapId);
  const year = state.year === null || state.year === undefined ? '' : `, <span data-paritrana-year="${id}">${state.year}</span>`;
  const element = (tag: (typeof SCRIPT_VIEWS)[keyof typeof SCRIPT_VIEWS][number]) =>
    tag === 'paritrana-map' ? `  <paritrana-map id="${id}"${attributeList(mapAttributes(state))}></paritrana-map>` : `  <${tag} for="${id}"></${tag}>`;
  return [
    `<script type="module" src="${escapeAttribute(String(scriptUrl))}"></script>`,
    `<figure style="display:grid;gap:16px;margin:24px 0">`,
    `  <h2 style="margin:0">${escapeText(title)}${year}</h2>`,
    ...SCRIPT_VIEWS[view].map(element),
    `  <figcaption style="font-size:0.875em">${escapeText(source)} <a href="${escapeAttribute(String(creditUrl))}">${escapeText(credit)}</a></figcaption>`,
    `</figure>`,
  ].join('\n');
}

/** Text safe between HTML tags. */
function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

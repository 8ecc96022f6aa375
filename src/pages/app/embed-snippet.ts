// The copy-paste snippets of the embed dialog, for the reader's current state: an iframe of the
// route embed.html (for sites that allow no scripts), and the partner script with the elements
// linked to one map. Pure: the page passes its own address and the state.
import { EMBED_HEIGHT_MESSAGE, EMBED_PAGE, mapAttributes, writeEmbedParams, type EmbedParams } from '../../model/embed-params.ts';

/** The script's path from the site's root (dist/embed/paritrana.js). */
export const EMBED_SCRIPT = 'embed/paritrana.js';

/** The id the script snippet gives its map; the followers name it in for="...". */
const SNIPPET_MAP_ID = 'peta';

/** The followers the script snippet links to the map, in the order a page shows them. */
const FOLLOWERS = ['paritrana-year-slider', 'paritrana-legend', 'paritrana-winners'] as const;

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
  /** The map's id (default "peta"). */
  mapId?: string;
}

/** Five lines: the script, the map with the state, and the slider, legend and winners linked to it. */
export function scriptSnippet({ scriptUrl, state, mapId = SNIPPET_MAP_ID }: ScriptSnippetOptions): string {
  const id = escapeAttribute(mapId);
  return [
    `<script type="module" src="${escapeAttribute(String(scriptUrl))}"></script>`,
    `<paritrana-map id="${id}"${attributeList(mapAttributes(state))}></paritrana-map>`,
    ...FOLLOWERS.map((tag) => `<${tag} for="${id}"></${tag}>`),
  ].join('\n');
}

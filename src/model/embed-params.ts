// The address of the iframe route (embed.html?view=map&year=2025&region=61.04&lang=en&metric=coverage_pct):
// what it shows and in which state. Read by the route, written by the embed dialog's snippet. Unlike
// the page's own address (url.ts), it is read before any data is loaded, so values are checked for
// their form only; a well-formed year the data lacks is the elements' business (the map shows its
// regencies as having no figure, the slider picks the nearest year).
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { DEFAULT_METRIC, type MapMetric, type SchemeName } from './metrics.ts';
import { readAddress, URL_PARAMS } from './url.ts';

/** What one frame shows: one element, or all of them linked to one map. */
export type EmbedView = 'map' | 'legend' | 'year-slider' | 'winners' | 'region-details' | 'all';
export const EMBED_VIEWS: readonly EmbedView[] = ['map', 'legend', 'year-slider', 'winners', 'region-details', 'all'];

/** The type of the message the route posts to its parent with its height: {type, height} in CSS pixels. */
export const EMBED_HEIGHT_MESSAGE = 'paritrana-height';

/** The route's file, beside index.html. */
export const EMBED_PAGE = 'embed.html';

export interface EmbedParams {
  view: EmbedView;
  /** Null: the map's own default year. */
  year: number | null;
  metric: MapMetric;
  /** Kemendagri code ("61.04"), or null. */
  region: string | null;
  lang: Lang;
  carryForward: boolean;
  scheme: SchemeName;
  /** The area shown (?province=63, ?province=indonesia); null: the deployment's own province. */
  area: string | null;
}

export const EMBED_DEFAULTS: Readonly<EmbedParams> = {
  view: 'map',
  year: null,
  metric: DEFAULT_METRIC,
  region: null,
  lang: DEFAULT_LANG,
  carryForward: false,
  scheme: 'ylgnbu',
  area: null,
};

/** The route's state from its query string (read as the app reads its own); anything missing or malformed takes the default. */
export function readEmbedParams(search: string): EmbedParams {
  const view = new URLSearchParams(search).get('view');
  return {
    ...EMBED_DEFAULTS,
    ...readAddress(search),
    view: (EMBED_VIEWS as readonly (string | null)[]).includes(view) ? (view as EmbedView) : EMBED_DEFAULTS.view,
  };
}

/**
 * The query string for the state, in a fixed order, view, year and lang always (a snippet reads
 * plainly), the rest only when not the default.
 */
export function writeEmbedParams(state: Partial<EmbedParams>): string {
  const full = { ...EMBED_DEFAULTS, ...state };
  const params = new URLSearchParams();
  params.set('view', full.view);
  if (full.area) params.set(URL_PARAMS.area, full.area);
  if (full.year !== null) params.set(URL_PARAMS.year, String(full.year));
  if (full.region) params.set(URL_PARAMS.region, full.region);
  params.set(URL_PARAMS.lang, full.lang);
  if (full.metric !== EMBED_DEFAULTS.metric) params.set(URL_PARAMS.metric, full.metric);
  if (full.carryForward) params.set(URL_PARAMS.carryForward, '1');
  if (full.scheme !== EMBED_DEFAULTS.scheme) params.set(URL_PARAMS.scheme, full.scheme);
  return `?${params.toString()}`;
}

/** The map attributes for the state: what a partner writes on <paritrana-map> to get the same map. */
export function mapAttributes(state: Partial<EmbedParams>): [string, string][] {
  const full = { ...EMBED_DEFAULTS, ...state };
  const attributes: [string, string][] = [];
  if (full.area) attributes.push(['province', full.area]);
  if (full.year !== null) attributes.push(['year', String(full.year)]);
  attributes.push(['lang', full.lang]);
  if (full.metric !== EMBED_DEFAULTS.metric) attributes.push(['metric', full.metric]);
  if (full.region) attributes.push(['selected', full.region]);
  if (full.carryForward) attributes.push(['carry-forward', '']);
  if (full.scheme !== EMBED_DEFAULTS.scheme) attributes.push(['scheme', full.scheme]);
  return attributes;
}

// The reader's choices in the address (?year=2024&metric=coverage_pct&region=61.04&lang=en&carry=1), read on
// load and written on every change, so a shared link opens the map the sender saw. Parameter names
// are English, as partners link to them. Only values the data offers are accepted: a stale or edited
// link falls back to the defaults rather than opening an empty map.
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/lang.ts';
import { DEFAULT_METRIC, isMapMetric, SCHEME_NAMES, type MapMetric, type SchemeName } from './metrics.ts';

export const URL_PARAMS = { year: 'year', metric: 'metric', region: 'region', lang: 'lang', carryForward: 'carry', scheme: 'scheme' } as const;

export interface UrlState {
  year: number;
  metric: MapMetric;
  /** Kemendagri code of the selected region, or null. */
  region: string | null;
  lang: Lang;
  /** Figures carried forward into years without one (carry=1); off unless the address says so. */
  carryForward: boolean;
}

/** What an address names, read for its form only (before any data is loaded). */
export interface AddressState extends UrlState {
  scheme: SchemeName;
}

export interface UrlChoices {
  years: readonly number[];
  regionCodes: readonly string[];
}

/** A Kemendagri code of the province or below: "62", "61.04", "61.04.01", "61.04.01.2001". */
const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/**
 * The one reader of the reader's choices in an address, for the app and the iframe route alike: each
 * field the address names in a well-formed way; a field it does not name (or names wrongly) is absent.
 */
export function readAddress(search: string): Partial<AddressState> {
  const params = new URLSearchParams(search);
  const state: Partial<AddressState> = {};
  const year = params.get(URL_PARAMS.year);
  if (year !== null && /^\d{4}$/.test(year)) state.year = Number(year);
  const metric = params.get(URL_PARAMS.metric);
  if (isMapMetric(metric)) state.metric = metric;
  const region = params.get(URL_PARAMS.region);
  if (region !== null && REGION_CODE.test(region)) state.region = region;
  const lang = params.get(URL_PARAMS.lang);
  if ((LANGS as readonly (string | null)[]).includes(lang)) state.lang = lang as Lang;
  if (params.get(URL_PARAMS.carryForward) === '1') state.carryForward = true;
  const scheme = params.get(URL_PARAMS.scheme);
  if ((SCHEME_NAMES as readonly (string | null)[]).includes(scheme)) state.scheme = scheme as SchemeName;
  return state;
}

/** What the address names that the data offers: a stale year or region is left out, and the default used. */
export function readUrlState(search: string, { years, regionCodes }: UrlChoices): Partial<UrlState> {
  const { scheme, ...state } = readAddress(search);
  if (state.year !== undefined && !years.includes(state.year)) delete state.year;
  if (state.region && !regionCodes.includes(state.region)) delete state.region;
  return state;
}

/**
 * The query string for the state, other parameters kept (a partner's or the presenter's own). The
 * metric and the language are written only when they differ from the defaults, so the common link
 * stays short: "?year=2024&region=61.04".
 */
export function writeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  params.set(URL_PARAMS.year, String(state.year));
  const optional: [string, string | null][] = [
    [URL_PARAMS.metric, state.metric === DEFAULT_METRIC ? null : state.metric],
    [URL_PARAMS.region, state.region],
    [URL_PARAMS.lang, state.lang === DEFAULT_LANG ? null : state.lang],
    [URL_PARAMS.carryForward, state.carryForward ? '1' : null],
  ];
  for (const [name, value] of optional) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  return `?${params.toString()}`;
}

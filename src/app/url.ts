// The reader's choices in the address (?year=2024&metric=coverage_pct&region=61.04&lang=en&carry=1), read on
// load and written on every change, so a shared link opens the map the sender saw. Parameter names
// are English, as partners link to them. Only values the data offers are accepted: a stale or edited
// link falls back to the defaults rather than opening an empty map.
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { MAP_METRICS, type MapMetric } from '../scale/metric-scale.ts';

export const URL_PARAMS = { year: 'year', metric: 'metric', region: 'region', lang: 'lang', carryForward: 'carry' } as const;

export interface UrlState {
  year: number;
  metric: MapMetric;
  /** Kemendagri code of the selected region, or null. */
  region: string | null;
  lang: Lang;
  /** Figures carried forward into years without one (carry=1); off unless the address says so. */
  carryForward: boolean;
}

export interface UrlChoices {
  years: readonly number[];
  regionCodes: readonly string[];
}

/** What the address names, field by field; a field it does not name (or names wrongly) is absent. */
export function readUrlState(search: string, { years, regionCodes }: UrlChoices): Partial<UrlState> {
  const params = new URLSearchParams(search);
  const state: Partial<UrlState> = {};
  const year = params.get(URL_PARAMS.year);
  if (year !== null && /^\d{4}$/.test(year) && years.includes(Number(year))) state.year = Number(year);
  const metric = params.get(URL_PARAMS.metric);
  if (metric !== null && (MAP_METRICS as readonly string[]).includes(metric)) state.metric = metric as MapMetric;
  const region = params.get(URL_PARAMS.region);
  if (region !== null && regionCodes.includes(region)) state.region = region;
  const lang = params.get(URL_PARAMS.lang);
  if (lang === 'id' || lang === 'en') state.lang = lang;
  if (params.get(URL_PARAMS.carryForward) === '1') state.carryForward = true;
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
    [URL_PARAMS.metric, state.metric === 'coverage_pct' ? null : state.metric],
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

// The reader's choices in the address (?year=2024&metric=coverage_pct&region=61.04&lang=en&carry=1), read on
// load and written on every change, so a shared link opens the map the sender saw. Parameter names
// are English, as partners link to them. Only values the data offers are accepted: a stale or edited
// link falls back to the defaults rather than opening an empty map.
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/lang.ts';
import { DEFAULT_METRIC, isMapMetric, SCHEME_NAMES, type MapMetric, type SchemeName } from './metrics.ts';
import { isArea } from '../data/area.ts';

export const URL_PARAMS = { year: 'year', metric: 'metric', region: 'region', lang: 'lang', carryForward: 'carry', scheme: 'scheme', area: 'province' } as const;

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
  /** The area shown (?province=): "indonesia", or a province's two-digit Kemendagri code (src/data/area.ts). */
  area: string;
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
  const area = params.get(URL_PARAMS.area);
  if (isArea(area)) state.area = area;
  return state;
}

/** What the address names that the data offers: a stale year or region is left out, and the default used. */
export function readUrlState(search: string, { years, regionCodes }: UrlChoices): Partial<UrlState> {
  const { scheme, area, ...state } = readAddress(search);
  if (state.year !== undefined && !years.includes(state.year)) delete state.year;
  if (state.region && !regionCodes.includes(state.region)) delete state.region;
  return state;
}

/** A choice the address names that the page cannot show: the parameter, and its value as written. */
export interface AddressRefusal {
  param: 'year' | 'metric' | 'region';
  value: string;
}

/**
 * What readUrlState leaves out, so the page can say so: a metric not in the registry ("coverage_change"),
 * a year the data has not, a region code not on the map. Each is named with the value found.
 */
export function refusedInAddress(search: string, { years, regionCodes }: UrlChoices): AddressRefusal[] {
  const params = new URLSearchParams(search);
  const refused: AddressRefusal[] = [];
  const year = params.get(URL_PARAMS.year);
  if (year !== null && !(/^\d{4}$/.test(year) && years.includes(Number(year)))) refused.push({ param: 'year', value: year });
  const metric = params.get(URL_PARAMS.metric);
  if (metric !== null && !isMapMetric(metric)) refused.push({ param: 'metric', value: metric });
  const region = params.get(URL_PARAMS.region);
  if (region !== null && !regionCodes.includes(region)) refused.push({ param: 'region', value: region });
  return refused;
}

/**
 * The area every page's address may name (?province=63, ?province=indonesia); left out for the
 * deployment's own province, so its addresses stay as they were.
 */
interface AreaAddress {
  area?: string | null;
}

/** The app's address: the map in the reader's choices. A link names only what it needs ("./?year=2024"). */
interface AppAddress extends Partial<Omit<UrlState, 'year' | 'region' | 'lang'>>, AreaAddress {
  page: 'app';
  lang: Lang;
  year?: number | null;
  region?: string | null;
}

/** The ceremony's address (present.html): the edition, the step (from 0 here, from 1 in the address, as its counter), which window. */
interface CeremonyAddress extends AreaAddress {
  page: 'present';
  lang: Lang;
  /** None: the latest edition plays. */
  edition?: number;
  step?: number;
  /** The presenter's own window (view=presenter), or the hall's screen. */
  view?: 'audience' | 'presenter';
}

/** The data desk's address (desk.html), and the part of it to open at ("publish"). */
interface DeskAddress extends AreaAddress {
  page: 'desk';
  lang: Lang;
  part?: string;
}

export type PageAddress = AppAddress | CeremonyAddress | DeskAddress;

/** Each page's file, beside the others: the app is the site's own folder, as every link to it has been written. */
const PAGE_FILES: Readonly<Record<PageAddress['page'], string>> = { app: './', present: './present.html', desk: './desk.html' };

/**
 * The one writer of the site's addresses, a page's own and every link between pages: "./?year=2024&region=61.04",
 * "./present.html?edition=2025&lang=en&step=3", "./desk.html#publish". Each parameter the page's address has is
 * written from `address` (left out when not given); the parameters of `search` it does not have are kept (a
 * partner's, or the presenter's own). The language and the metric are written only when not the default, so the
 * common link stays short and one edition's ceremony has one link, whichever page made it.
 */
export function pageAddress(address: PageAddress, search = ''): string {
  const params = new URLSearchParams(search);
  const put = (name: string, value: string | number | null | undefined) => {
    if (value === null || value === undefined) params.delete(name);
    else params.set(name, String(value));
  };
  const lang = address.lang === DEFAULT_LANG ? null : address.lang;
  put(URL_PARAMS.area, address.area);
  switch (address.page) {
    case 'app':
      put(URL_PARAMS.year, address.year);
      put(URL_PARAMS.metric, address.metric === DEFAULT_METRIC ? null : address.metric);
      put(URL_PARAMS.region, address.region);
      put(URL_PARAMS.lang, lang);
      put(URL_PARAMS.carryForward, address.carryForward ? '1' : null);
      break;
    case 'present':
      put('edition', address.edition);
      put(URL_PARAMS.lang, lang);
      put('step', address.step === undefined ? undefined : address.step + 1);
      put('view', address.view === 'presenter' ? 'presenter' : null);
      break;
    case 'desk':
      put(URL_PARAMS.lang, lang);
      break;
  }
  const query = params.toString();
  const part = address.page === 'desk' && address.part ? `#${address.part}` : '';
  return `${PAGE_FILES[address.page]}${query ? `?${query}` : ''}${part}`;
}

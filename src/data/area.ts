// The area a map shows: Indonesia as a whole (its 38 provinces) or one province (its regencies and
// cities). Every area is read by the same model: a dataset whose `province` is the whole (the country,
// or the province) and whose `regencies` are the map's areas (the provinces, or the regencies). So the
// national map is no second code path: the build writes each area's dataset.json from the tables, and
// the pages and elements read it as they read the deployment's own.
//
// The deployment's own province (provinces/default.json's) is served from data/ as before; every other area
// from data/areas/<area>/, loaded only when it is opened. Each area's dataset is made in area-dataset.ts.
import type { Region } from './region-index.ts';

/** The national map's name in addresses (?province=indonesia) and in the data folders. */
export const NATIONAL_AREA = 'indonesia';

/** Indonesia as the whole of the national map. It has no Kemendagri code: its figures carry none (region_code empty). */
export const INDONESIA: Region = { code: '', bpsCode: '', name: 'Indonesia', shortName: 'Indonesia', type: 'negara', formerNames: [] };

/** An area as an address or an attribute names it: "indonesia", or a province's two-digit Kemendagri code ("63"). */
export function isArea(text: string | null | undefined): text is string {
  return text === NATIONAL_AREA || (typeof text === 'string' && /^\d{2}$/.test(text));
}

/** The folder an area's files are served from, relative to the site: the deployment's own province's is data/. */
export function areaFolder(area: string, home: string): string {
  return area === home ? 'data/' : `data/areas/${area}/`;
}

/**
 * What the map's areas are: a province's regencies and cities, or the national map's provinces. The
 * words of every title, summary and hint follow it (MAP_UNIT_WORDS, src/i18n/messages.ts).
 */
export type MapUnits = 'regencies' | 'provinces';

export const mapUnits = (regions: { province: Region | undefined }): MapUnits => (regions.province?.type === 'negara' ? 'provinces' : 'regencies');

// Where another area than the deployment's own is (src/data/area.ts), for an element's `province`
// attribute: loaded only when an element asks for one.
import { areaFolder, isArea } from '../data/area.ts';
import { indexRegions } from '../data/region-index.ts';
import { DATA_PATHS, type AppData } from './load.ts';

const homes = new Map<string, Promise<string | null>>();

/**
 * The folder of an area on a deployment (an element's `province` attribute): data/ when it is the
 * deployment's own province, which its data/province.json says; data/areas/<area>/ otherwise, and when
 * that file cannot be read. Null for what names no area.
 */
export async function areaFolderOf(base: URL, area: string): Promise<string | null> {
  if (!isArea(area)) return null;
  let home = homes.get(base.href);
  if (!home) {
    home = fetch(new URL(DATA_PATHS.province, base))
      .then((response) => (response.ok ? (response.json() as Promise<{ code?: unknown }>) : null))
      .then((info) => (typeof info?.code === 'string' ? info.code : null))
      .catch(() => null);
    homes.set(base.href, home);
  }
  return areaFolder(area, (await home) ?? '');
}

/** What an element whose `province` names no area shows: nothing drawn, and why, with what to write instead. */
export function areaRefused(area: string): AppData {
  return {
    dataset: { regions: indexRegions([]), figures: [], awards: [], problems: [] },
    regencyTopology: null,
    contextTopology: null,
    province: null,
    problems: [
      {
        severity: 'error',
        file: 'province',
        line: null,
        field: 'province',
        found: area,
        expected: 'a province\'s two-digit Kemendagri code ("63", not its BPS number) or "indonesia" for the map of the 38 provinces',
      },
    ],
  };
}

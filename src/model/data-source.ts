// Where an element on a partner's page gets its data when nobody hands it any: the files deployed
// beside the script (data/ next to embed/), or files named by attributes (read by the elements' data
// controller, src/elements/shared/data-controller.ts). One fetch per set of
// files, shared by every element that asks for the same set, so a page with a map, a slider and a
// winners panel loads each file once.
//
// The loader and its parsers are imported when data is first asked for, not with the element: a
// page that hands its elements data never needs them, and for the others they load while the
// files are fetched, keeping the partner script small.
import type { AppData, DataOverrides, PageContext } from './load.ts';


let defaultBase: URL | null = null;

/** Set once by the embed script from its own URL; the first script to load wins (a second copy changes nothing). */
export function setDefaultDataBase(base: URL): void {
  defaultBase ??= base;
}

/** The folder the default data paths (data/...) are relative to: the script's site, else the page's (its document.baseURI). */
export function defaultDataBase(pageAddress: string): URL {
  return defaultBase ?? new URL('./', pageAddress);
}

export interface DataRequest {
  base: URL;
  overrides: DataOverrides;
  /** 'tables': the CSV files only, for elements that draw no map; 'all' (default): boundaries too. */
  parts?: 'tables' | 'all';
  /** The page asking, so a failed request can name its likely cause (offline, or refused by another origin). */
  page?: PageContext;
  /** The data folder of the area shown (src/data/area.ts areaFolder); data/, the deployment's own province, by default. */
  folder?: string;
  /**
   * The area an element's `province` attribute names ("63", "indonesia"; anything else is refused with a
   * problem), when no folder is given: its folder depends on which province the deployment's data/ holds,
   * which its data/province.json says.
   */
  area?: string;
}


const cache = new Map<string, Promise<AppData>>();

/** The data for a request; the same request gets the same promise, and tables reuse a full load. */
export function loadSharedData({ base, overrides, parts = 'all', page, folder, area }: DataRequest): Promise<AppData> {
  if (folder === undefined && area !== undefined) {
    // Which folder holds the area depends on the deployment's own province: asked of its data/province.json, in the loader's code.
    return import('./load-area.ts').then(async ({ areaFolderOf, areaRefused }) => {
      const found = await areaFolderOf(base, area);
      return found === null ? areaRefused(area) : loadSharedData({ base, overrides, parts, page, folder: found });
    });
  }
  folder ??= 'data/';
  const key = (p: string) => JSON.stringify([base.href, folder, Object.entries(overrides).sort(), p]);
  let pending = cache.get(key('all')) ?? cache.get(key(parts));
  if (!pending) {
    pending = import('./load.ts').then(({ loadAppData, MAP_FILES }) =>
      loadAppData(base, undefined, overrides, parts === 'tables' ? MAP_FILES : [], page, folder),
    );
    cache.set(key(parts), pending);
  }
  return pending;
}

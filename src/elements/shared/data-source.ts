// Where an element on a partner's page gets its data when nobody hands it any: the files deployed
// beside the script (data/ next to embed/), or files named by attributes. One fetch per set of
// files, shared by every element that asks for the same set, so a page with a map, a slider and a
// winners panel loads each file once.
import { loadAppData, type AppData, type DataOverrides, type FileKey } from '../../app/load.ts';

let defaultBase: URL | null = null;

/** Set once by the embed script from its own URL; the first script to load wins (a second copy changes nothing). */
export function setDefaultDataBase(base: URL): void {
  defaultBase ??= base;
}

/** The folder the default data paths (data/...) are relative to: the script's site, else the page's. */
export function defaultDataBase(): URL {
  return defaultBase ?? new URL('./', document.baseURI);
}

/** The attributes that point one file elsewhere, relative to the page: `coverage-src="/kami/cakupan.csv"`. */
export const DATA_ATTRIBUTES: Readonly<Record<FileKey, string>> = {
  regions: 'regions-src',
  coverage: 'coverage-src',
  awards: 'awards-src',
  regencyTopology: 'boundaries-src',
  contextTopology: 'context-src',
};

export interface DataRequest {
  base: URL;
  overrides: DataOverrides;
}

/** What an element asks for, from its attributes (`data-base` names another deployment's root). */
export function dataRequest(host: Element): DataRequest {
  const root = host.getAttribute('data-base');
  const base = root ? new URL(root, document.baseURI) : defaultDataBase();
  const overrides: DataOverrides = {};
  for (const [key, attribute] of Object.entries(DATA_ATTRIBUTES) as [FileKey, string][]) {
    const value = host.getAttribute(attribute);
    // Relative to the page that wrote the attribute, as any src attribute is.
    if (value) overrides[key] = new URL(value, document.baseURI).href;
  }
  return { base, overrides };
}

const cache = new Map<string, Promise<AppData>>();

/** The data for a request; the same request gets the same promise. */
export function loadSharedData({ base, overrides }: DataRequest): Promise<AppData> {
  const key = JSON.stringify([base.href, Object.entries(overrides).sort()]);
  let pending = cache.get(key);
  if (!pending) {
    pending = loadAppData(base, undefined, overrides);
    cache.set(key, pending);
  }
  return pending;
}

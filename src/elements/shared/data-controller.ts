// Where an element's data comes from when the page hands it none: an element alone fetches the files
// beside the script (or those its attributes name); an element linked to a map (`for="ID"`) takes the
// map's data, or makes the map's own request, so one fetch serves the map and all its followers.
// `data-managed` says the page hands the data by property: nothing is fetched.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../../data/index.ts';
import { defaultDataBase, loadSharedData, type DataRequest } from '../../model/data-source.ts';
import type { AppData, DataOverrides, FileKey } from '../../model/load.ts';
import type { MapData } from '../map/map-data.ts';

type Host = ReactiveControllerHost & HTMLElement;

/** The attributes that point one file elsewhere, relative to the page: `coverage-src="/kami/cakupan.csv"`. */
export const DATA_ATTRIBUTES: Readonly<Record<FileKey, string>> = {
  regions: 'regions-src',
  coverage: 'coverage-src',
  awards: 'awards-src',
  regencyTopology: 'boundaries-src',
  contextTopology: 'context-src',
};

/** What an element asks for, from its attributes (`data-base` names another deployment's root). */
export function dataRequest(host: Element, parts: DataRequest['parts'] = 'all'): DataRequest {
  const root = host.getAttribute('data-base');
  const base = root ? new URL(root, document.baseURI) : defaultDataBase(document.baseURI);
  const overrides: DataOverrides = {};
  for (const [key, attribute] of Object.entries(DATA_ATTRIBUTES) as [FileKey, string][]) {
    const value = host.getAttribute(attribute);
    // Relative to the page that wrote the attribute, as any src attribute is.
    if (value) overrides[key] = new URL(value, document.baseURI).href;
  }
  return { base, overrides, parts };
}

/** Data as an element receives it: what was loaded, with its problems. */
export interface LoadedData extends MapData {
  problems: readonly Problem[];
}

/**
 * A map's data as a follower receives it. A page may hand a map data without a `problems` list (it
 * shows its own problems): the follower then has none to show.
 */
export function fromMapData(data: MapData | AppData): LoadedData {
  return { dataset: data.dataset, regencyTopology: data.regencyTopology, contextTopology: data.contextTopology, problems: 'problems' in data ? data.problems : [] };
}

export interface DataOptions {
  /** What the element needs when alone: 'tables' (the CSV files, the default) or 'all' (boundaries too). */
  parts?: 'tables' | 'all';
  /** The element's link to a map (its MapLinkController): when it has `for`, the data comes from that map. */
  link?: { readonly linked: Promise<(Element & { readonly data: MapData | null }) | null> };
  /** True when the element has its data already (handed by the page): then nothing is fetched. */
  hasData(): boolean;
  /** The data, once loaded (the element's own, or its map's). */
  onData(data: LoadedData): void;
}

export class DataController implements ReactiveController {
  /** Bumped on every connect and disconnect: a load started for an earlier connection is dropped. */
  #generation = 0;

  constructor(
    private readonly host: Host,
    private readonly options: DataOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const generation = ++this.#generation;
    // After the current task: a page that sets `.data` right after creating the element wins.
    queueMicrotask(() => void this.#start(generation));
  }

  hostDisconnected(): void {
    this.#generation++;
  }

  async #start(generation: number): Promise<void> {
    if (this.host.hasAttribute('data-managed')) return;
    const { link } = this.options;
    if (link && this.host.hasAttribute('for')) {
      const map = await link.linked;
      if (!map || generation !== this.#generation || this.options.hasData()) return;
      // The map's own request, boundaries included: one fetch serves the map and all its followers.
      this.#deliver(map.data ? Promise.resolve(fromMapData(map.data)) : loadSharedData(dataRequest(map, 'all')), generation);
      return;
    }
    if (!this.options.hasData()) this.#deliver(loadSharedData(dataRequest(this.host, this.options.parts ?? 'tables')), generation);
  }

  #deliver(pending: Promise<LoadedData>, generation: number): void {
    pending.then(
      (data) => {
        if (generation === this.#generation && !this.options.hasData()) this.options.onData(data);
      },
      (error: unknown) => console.error(`${this.host.localName}: the data could not be loaded`, error),
    );
  }
}

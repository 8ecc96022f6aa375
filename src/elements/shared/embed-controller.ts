// What makes an element work on a partner's page with no JavaScript of the partner's:
//  - alone, it fetches its own data (the files beside the script, or those its attributes name);
//  - with `for="ID"`, it follows the <paritrana-map id="ID"> as a <label for> follows its input: it
//    reads the map's state, takes the map's data, and hands the reader's choices to the map.
// The map may come before or after the element, be defined before or after it, or be added later.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AppData } from '../../model/load.ts';
import { dataRequest, loadSharedData } from '../../model/data-source.ts';

type Host = ReactiveControllerHost & HTMLElement;

/** The linked map as followers see it: <paritrana-map> reflects these as attributes. */
export interface LinkedMap extends HTMLElement {
  year: number | undefined;
  metric: string;
  selected: string | null;
  lang: string;
  carryForward: boolean;
  scheme: string;
  highlightClass: number | 'no-data' | null;
  data: AppData | null;
}

/** The map attributes whose change a follower must see. */
const MAP_STATE_ATTRIBUTES = ['year', 'metric', 'selected', 'lang', 'carry-forward', 'scheme'];

export interface EmbedOptions {
  /** What the element needs when alone: 'tables' (the CSV files) unless it draws a map. */
  parts?: 'tables' | 'all';
  /** True when the page has handed the element its data itself: then nothing is fetched. */
  hasData(): boolean;
  /** The data, once loaded (the element's own, or its map's). */
  onData(data: AppData): void;
  /** The linked map's state changed (called once on linking too). */
  onMapState?(map: LinkedMap): void;
}

export class EmbedController implements ReactiveController {
  /** The map this element follows, once found and defined; null when alone. */
  map: LinkedMap | null = null;
  #observers: MutationObserver[] = [];
  /** Bumped on every connect and disconnect: work started for an earlier connection stops. */
  #generation = 0;

  constructor(
    private readonly host: Host,
    private readonly options: EmbedOptions,
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
    for (const observer of this.#observers.splice(0)) observer.disconnect();
    this.map = null;
  }

  async #start(generation: number): Promise<void> {
    // A page that hands the element its data itself says so with data-managed: nothing is fetched.
    const managed = this.host.hasAttribute('data-managed');
    const id = this.host.getAttribute('for');
    if (!id) {
      if (!managed && !this.options.hasData()) this.#deliver(loadSharedData(dataRequest(this.host, this.options.parts ?? 'tables')), generation);
      return;
    }
    const target = await this.#find(id, generation);
    if (!target || generation !== this.#generation) return;
    await customElements.whenDefined(target.localName);
    if (generation !== this.#generation) return;
    const map = target as LinkedMap;
    this.map = map;
    const observer = new MutationObserver(() => this.options.onMapState?.(map));
    observer.observe(map, { attributes: true, attributeFilter: MAP_STATE_ATTRIBUTES });
    this.#observers.push(observer);
    this.options.onMapState?.(map);
    if (!managed && !this.options.hasData()) {
      // The map's own request, boundaries included: one fetch serves the map and all its followers.
      this.#deliver(map.data ? Promise.resolve(map.data) : loadSharedData(dataRequest(map, 'all')), generation);
    }
  }

  /** The element with the id in the host's document or shadow root, now or when it is added. */
  #find(id: string, generation: number): Promise<Element | null> {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const lookup = () => root.getElementById(id);
    const found = lookup();
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (generation !== this.#generation) {
          observer.disconnect();
          resolve(null);
          return;
        }
        const element = lookup();
        if (element) {
          observer.disconnect();
          resolve(element);
        }
      });
      observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
      this.#observers.push(observer);
    });
  }

  #deliver(pending: Promise<AppData>, generation: number): void {
    pending.then(
      (data) => {
        if (generation === this.#generation && !this.options.hasData()) this.options.onData(data);
      },
      (error: unknown) => console.error(`${this.host.localName}: the data could not be loaded`, error),
    );
  }
}

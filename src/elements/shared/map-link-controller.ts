// `for="ID"`: an element follows the <paritrana-map id="ID"> as a <label for> follows its input. It
// reads the map's state whenever the map's reflected attributes change, and hands the reader's choices
// to the map. The map may come before or after the element, be defined before or after it, or be
// added later. Loading data is another job: see data-controller.ts.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
// Type only: a legend or a slider must not pull the map's code (and MapLibre's loader) into its chunk.
import type { ParitranaMap } from '../map/map.component.ts';

type Host = ReactiveControllerHost & HTMLElement;

/** The map attributes whose change a follower must see (the map reflects each of them). */
const MAP_STATE_ATTRIBUTES: readonly string[] = ['year', 'metric', 'selected', 'lang', 'carry-forward', 'scheme'];

export interface MapLinkOptions {
  /** The linked map's state changed; called once on linking too. */
  onMapState?(map: ParitranaMap): void;
}

export class MapLinkController implements ReactiveController {
  /** The map this element follows, once found and defined; null when alone or not found yet. */
  map: ParitranaMap | null = null;
  /**
   * The map of the current connection, once linked; null when the element has no `for` or is
   * disconnected first. Replaced on every connection.
   */
  linked: Promise<ParitranaMap | null> = Promise.resolve(null);
  #observers: MutationObserver[] = [];
  /** Bumped on every connect and disconnect: work started for an earlier connection stops. */
  #generation = 0;

  constructor(
    private readonly host: Host,
    private readonly options: MapLinkOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const generation = ++this.#generation;
    // After the current task, as a page may set `for` right after creating the element.
    this.linked = new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => this.#link(generation));
  }

  hostDisconnected(): void {
    this.#generation++;
    for (const observer of this.#observers.splice(0)) observer.disconnect();
    this.map = null;
  }

  async #link(generation: number): Promise<ParitranaMap | null> {
    const id = this.host.getAttribute('for');
    if (!id) return null;
    const target = await this.#find(id, generation);
    if (!target || generation !== this.#generation) return null;
    await customElements.whenDefined(target.localName);
    if (generation !== this.#generation) return null;
    const map = target as ParitranaMap;
    this.map = map;
    const observer = new MutationObserver(() => this.options.onMapState?.(map));
    observer.observe(map, { attributes: true, attributeFilter: [...MAP_STATE_ATTRIBUTES] });
    this.#observers.push(observer);
    this.options.onMapState?.(map);
    return map;
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
}

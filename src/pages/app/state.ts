// The one place that owns what the reader has chosen. Elements read it and ask for changes; nothing
// else keeps a copy. src/model/url.ts mirrors it in the address.
import type { Lang } from '../../i18n/lang.ts';
import type { MapMetric } from '../../scale/metric-scale.ts';

export interface AppState {
  readonly year: number;
  /** The metric the map shows. */
  readonly metric: MapMetric;
  /** Kemendagri code of the selected region, or null. */
  readonly selected: string | null;
  readonly lang: Lang;
  /** Carry the latest earlier figure into years without one (off by default; marked when on). */
  readonly carryForward: boolean;
}

type Listener<T> = (state: T, previous: T) => void;

export class Store<T extends object> {
  #state: T;
  readonly #listeners = new Set<Listener<T>>();

  constructor(initial: T) {
    this.#state = initial;
  }

  get state(): T {
    return this.#state;
  }

  /** Merges the change and tells every listener, unless nothing actually changed. */
  set(change: Partial<T>): void {
    const previous = this.#state;
    const next = { ...previous, ...change };
    if ((Object.keys(change) as (keyof T)[]).every((key) => Object.is(previous[key], next[key]))) return;
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }

  /** Calls the listener on every change; returns the function that stops it. */
  subscribe(listener: Listener<T>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

// Every event the elements fire, with its detail type declared once. One prefix for all: paritrana-.
export interface ParitranaEventMap {
  /** The map has drawn its first complete picture (SVG at once, or MapLibre's first idle). */
  'paritrana-ready': { renderer: 'svg' | 'webgl' };
  /** The reader chose another year. */
  'paritrana-year-change': { year: number };
  /** The reader chose a regency (null: cleared the choice). */
  'paritrana-region-select': { code: string | null };
  /** The reader pointed at or focused a legend class (null: left it). */
  'paritrana-class-highlight': { classIndex: number | 'no-data' | null };
}

export type ParitranaEventName = keyof ParitranaEventMap;
export type ParitranaEvent<K extends ParitranaEventName> = CustomEvent<ParitranaEventMap[K]>;

declare global {
  interface HTMLElementEventMap {
    'paritrana-ready': ParitranaEvent<'paritrana-ready'>;
    'paritrana-year-change': ParitranaEvent<'paritrana-year-change'>;
    'paritrana-region-select': ParitranaEvent<'paritrana-region-select'>;
    'paritrana-class-highlight': ParitranaEvent<'paritrana-class-highlight'>;
  }
}

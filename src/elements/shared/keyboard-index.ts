// Where a key moves the keyboard's position in a row of things (the map's list of regencies, the
// legend's entries, the slider's years): one rule for the three, so the keys mean the same everywhere;
// only the map's arrows go otherwise, by the map (src/elements/map/map-keys.ts), its Home and End by this.
// Pure: the element keeps the position and moves focus or the value itself.

export interface KeyboardIndexOptions {
  /** Past the last, go to the first (and back): a toolbar's habit. Otherwise an end stays where it is. */
  wrap?: boolean;
  /** Keys that move one forward (default: a list's, Down and Right). */
  next?: readonly string[];
  /** Keys that move one back (default: Up and Left). */
  previous?: readonly string[];
}

/** A list: Down and Right go forward, Up and Left back. */
const LIST_KEYS = { next: ['ArrowDown', 'ArrowRight'], previous: ['ArrowUp', 'ArrowLeft'] } as const;

/** A slider: Right and Up increase, Left and Down decrease; Page keys by one too (there are few steps). */
export const SLIDER_KEYS = { next: ['ArrowRight', 'ArrowUp', 'PageUp'], previous: ['ArrowLeft', 'ArrowDown', 'PageDown'] } as const;

/**
 * The new index after `key` at `index` among `count` items; null when the key is not one of these (the
 * caller then lets the key through) or there are no items. Home and End go to the ends. An index out
 * of range is taken as the nearest end.
 */
export function keyboardIndex(key: string, index: number, count: number, { wrap = false, next = LIST_KEYS.next, previous = LIST_KEYS.previous }: KeyboardIndexOptions = {}): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const at = Math.min(last, Math.max(0, Math.trunc(index) || 0));
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (next.includes(key)) return at < last ? at + 1 : wrap ? 0 : last;
  if (previous.includes(key)) return at > 0 ? at - 1 : wrap ? last : 0;
  return null;
}

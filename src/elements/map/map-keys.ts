// Where the map's own keys go, beyond the list's (Home, End, Enter, Space, Escape: the element): an
// arrow to the regency that way on the map (src/render/map-neighbours.ts), a typed name to the
// regency it begins. Loaded the first time the keyboard reaches the map, so the page's first screen is
// drawn without it. Pure: tested in Node.
import type { Topology } from 'topojson-specification';
import { mapNeighbours, type MapDirection } from '../../render/map-neighbours.ts';

/**
 * Where a key goes from the regency `from` in the map's list (by name): an arrow (with `typed` empty)
 * to the regency that way on the map, else the name typed. Null when it goes nowhere: the key stays.
 */
export function keyTarget(list: readonly { code: string; shortName: string }[], from: string, key: string, typed: string, topology: Topology | null | undefined): string | null {
  const to =
    typed !== ''
      ? (list[typeAheadTarget(list.map((r) => r.shortName), list.findIndex((r) => r.code === from), typed) ?? -1]?.code ?? null)
      : topology && key in ARROWS
        ? arrowTarget(topology, from, key as MapDirection)
        : null;
  return to !== null && list.some((r) => r.code === to) ? to : null;
}

const ARROWS = { ArrowRight: 1, ArrowLeft: 1, ArrowUp: 1, ArrowDown: 1 } satisfies Record<MapDirection, 1>;

/** The regency east, west, north or south of `from` (by the arrow key); null at the province's edge: the key stays. */
export function arrowTarget(topology: Topology, from: string, key: MapDirection): string | null {
  return mapNeighbours(topology).get(from)?.[key] ?? null;
}

/**
 * Type-ahead in a list of names (in the list's order) from the one at `current`: with one letter, or
 * the same letter typed again and again, the next name after the current one that begins with it,
 * round to the first; with more, the first name that begins with what was typed. Null when none does.
 * Letter case and the locale's accents aside ("kubu r" finds "Kubu Raya").
 */
export function typeAheadTarget(names: readonly string[], current: number, typed: string): number | null {
  const text = typed.toLocaleLowerCase('id');
  if (text.trim() === '') return null;
  const repeated = [...text].every((c) => c === text[0]);
  const start = repeated ? current + 1 : 0;
  const prefix = repeated ? text[0]! : text;
  for (let i = 0; i < names.length; i++) {
    const at = (((start + i) % names.length) + names.length) % names.length;
    if (names[at]!.toLocaleLowerCase('id').startsWith(prefix)) return at;
  }
  return null;
}

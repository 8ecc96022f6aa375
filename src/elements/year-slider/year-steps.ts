// The slider's arithmetic: which year a key, a step of play or a point on the track leads to. Years
// need not be consecutive (a year with no figure and no edition is not offered), so every move goes
// by position in the list, never by adding 1 to the year.
import { keyboardIndex, SLIDER_KEYS } from '../shared/keyboard-index.ts';

/** The offered year nearest to `year` (the earlier one on a tie); undefined when there are none. */
export function nearestYear(years: readonly number[], year: number): number | undefined {
  let best: number | undefined;
  for (const y of years) if (best === undefined || Math.abs(y - year) < Math.abs(best - year)) best = y;
  return best;
}

/**
 * The year a key press selects, or null when the key is not the slider's. Left/Down and PageDown go
 * back one year, Right/Up and PageUp forward one (there are few years: a page is a year), Home and
 * End to the ends. At an end the year stays where it is.
 */
export function yearForKey(years: readonly number[], current: number, key: string): number | null {
  if (years.length === 0) return null;
  const index = keyboardIndex(key, years.indexOf(nearestYear(years, current)!), years.length, SLIDER_KEYS);
  return index === null ? null : years[index]!;
}

/** The next year of play, or null when `current` is the last year: play stops at the end. */
export function nextPlayYear(years: readonly number[], current: number): number | null {
  const next = years.find((y) => y > current);
  return next ?? null;
}

/** The year play starts from: the current one, or the first when play is started at the end. */
export function playStartYear(years: readonly number[], current: number): number | undefined {
  return nextPlayYear(years, current) === null ? years[0] : nearestYear(years, current);
}

/** Where a year sits along the track, 0 to 1, in proportion to time (a gap of years shows as a gap). */
export function yearPosition(years: readonly number[], year: number): number {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined || first === last) return 0.5;
  return Math.min(1, Math.max(0, (year - first) / (last - first)));
}

/** The offered year nearest a point on the track (0 at the start, 1 at the end). */
export function yearAtPosition(years: readonly number[], position: number): number | undefined {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return undefined;
  return nearestYear(years, first + Math.min(1, Math.max(0, position)) * (last - first));
}

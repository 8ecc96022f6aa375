// What the map draws of the year's picture (src/scale/year-view.ts, where each regency's class, colour
// and words are decided once): which regencies a highlighted legend class or a focus dims, and the
// MapLibre feature state of each. Pure: no DOM, tested in Node.
import type { RegionPicture, YearView } from '../../scale/year-view.ts';

/** A legend class the map may be asked to bring forward: a class index, or the regencies with no figure. */
export type HighlightClass = number | 'no-data' | null;

export interface RegencyPaint extends RegionPicture {
  /** True when the legend highlights another class than this regency's, or other regencies are in focus. */
  dimmed: boolean;
  /** Without a figure, in focus, and asked plain (focusPlain): the no-data ground without its hatch. */
  plain: boolean;
}

export interface PaintOptions {
  highlightClass?: HighlightClass;
  /** Regencies kept in full colour, every other one dimmed; null (or empty) for none. */
  focusRegions?: readonly string[] | null;
  /** Regencies in focus without a figure drawn plain, not hatched. */
  focusPlain?: boolean;
}

export function paintRegencies(view: YearView, { highlightClass = null, focusRegions = null, focusPlain = false }: PaintOptions = {}): RegencyPaint[] {
  const focus = focusRegions && focusRegions.length > 0 ? new Set(focusRegions) : null;
  return view.regencies.map((region) => {
    const inHighlight = highlightClass === null || (highlightClass === 'no-data' ? region.state === 'no-figure' : region.classIndex === highlightClass);
    const inFocus = focus !== null && focus.has(region.code);
    return { ...region, dimmed: !inHighlight || (focus !== null && !inFocus), plain: focusPlain && inFocus && region.state === 'no-figure' };
  });
}

/** MapLibre feature-state of a regency: what the style's expressions read. */
export interface RegencyFeatureState {
  /** The class index, -1 for no figure. */
  classIndex: number;
  /** The class colour, or the no-data background. */
  colour: string;
  noData: boolean;
  carried: boolean;
  dimmed: boolean;
  [key: string]: unknown;
}

export function featureState(paint: RegencyPaint, noDataBackground: string): RegencyFeatureState {
  return {
    classIndex: paint.classIndex ?? -1,
    colour: paint.colour ?? noDataBackground,
    // Only "no figure" takes the hatch; "no earlier figure" is its plain grey colour.
    noData: paint.state === 'no-figure' && !paint.plain,
    carried: paint.carriedForward,
    dimmed: paint.dimmed,
  };
}

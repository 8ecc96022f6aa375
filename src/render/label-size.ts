// The names' size on the map, apart from the geometry (map-geometry.ts): the map element needs it on
// the first screen, before the geometry's code (d3-geo, the label layout) has loaded.

/** Label size in pixels: smaller on a phone, where the province is about 350 pixels wide. */
export function labelFontSize(width: number): number {
  return width < 480 ? 10.5 : 12;
}

/**
 * Labels are laid out a little larger than drawn: the layout's average glyph width is tuned for light
 * SVG text, and the bold HTML labels with their halo run wider (a name at the frame's edge was cut off).
 */
export const LABEL_FIT = 1.12;

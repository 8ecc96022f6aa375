// polylabel 2 ships no type declarations; the boundary tests use it to find a point inside each desa.
declare module 'polylabel' {
  /**
   * The pole of inaccessibility of a polygon (rings of [x, y], exterior first): the interior point
   * farthest from any edge, found to within `precision` (in the coordinates' units).
   */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
  ): [number, number] & { distance: number };
}

// Which regency a tap or click means. A city is a few pixels across on a phone (Kota Pontianak about
// 5 px at 375 px), so each city answers within a target of at least 44 x 44 px (WCAG 2.5.5) around
// the point, before the regency under the finger: a tap that lands just beside Pontianak means
// Pontianak, not Kubu Raya around it.

/** Side of a city's touch target, in CSS pixels. */
export const CITY_TARGET_PX = 44;

/**
 * Diameter of the dot drawn at a city's centre, in its regency's colour with a dark outline, in both
 * renderers: Kota Pontianak is a 6 px speck at 1280 px, and a place that cannot be seen cannot be found.
 */
export const CITY_SYMBOL_PX = 12;

/** Kemendagri codes 71 and up within a province are cities (kota), below are regencies (kabupaten). */
export function isCity(code: string): boolean {
  return Number(code.split('.')[1]) >= 71;
}

/**
 * The regency a pointer at a point means: a city among those within the target box around it (the
 * one under the point if several), else the regency under the point, else null.
 */
export function pickRegency(underPoint: string | null, nearby: readonly string[]): string | null {
  if (underPoint !== null && isCity(underPoint)) return underPoint;
  return nearby.find(isCity) ?? underPoint;
}

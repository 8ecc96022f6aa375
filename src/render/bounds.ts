// Boxes in longitude and latitude, as MapLibre's bounds and fitBounds take them: the one bounds
// function of the project. The map opens on the province's box, the ceremony flies to a regency's,
// both computed from the same topology the map draws, so the camera frames exactly what is drawn.
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type LngLatBox = [[number, number], [number, number]];

/**
 * The smallest box holding every polygon ring of the features (the province is far from the antimeridian).
 * Planar on purpose, not d3-geo's geoBounds: MapLibre draws an edge straight in longitude and latitude,
 * where geoBounds follows the great circle (a 2°-wide edge at 1° N reaches 1.00015° N, past the cut
 * edges the camera must not show) and reads the rings' winding (a counter-clockwise ring is the globe).
 */
export function boundsOf(shapes: FeatureCollection | Feature): LngLatBox {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  const visit = (position: Position) => {
    west = Math.min(west, position[0]!);
    east = Math.max(east, position[0]!);
    south = Math.min(south, position[1]!);
    north = Math.max(north, position[1]!);
  };
  for (const f of shapes.type === 'FeatureCollection' ? shapes.features : [shapes]) {
    const g = f.geometry;
    if (g?.type === 'Polygon') g.coordinates.flat().forEach(visit);
    else if (g?.type === 'MultiPolygon') g.coordinates.flat(2).forEach(visit);
  }
  return [[west, south], [east, north]];
}

/** Bounds grown by `margin` degrees on every side: how far the reader may pan. */
export function grow([[west, south], [east, north]]: LngLatBox, margin: number): LngLatBox {
  return [[west - margin, south - margin], [east + margin, north + margin]];
}

/** The box of the regency with this Kemendagri code, or of the province for null; null when the topology lacks it. */
export function stepBounds(topology: Topology, regionCode: string | null): LngLatBox | null {
  const name = regionCode === null ? 'provinsi' : 'kabupaten';
  const object = topology.objects[name] as GeometryCollection | undefined;
  if (!object) return null;
  const all = feature(topology, object);
  const shape = regionCode === null ? all : all.features.find((f) => String(f.id) === regionCode);
  if (!shape || (regionCode === null && all.features.length === 0)) return null;
  return boundsOf(shape);
}

/** A box in degrees, as provinces/<code>.json writes it. */
export interface DegreeBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * How far the camera may go: the context box, less a sliver. The neighbouring land is cut along that
 * box when the boundaries are built, and MapLibre keeps the whole frame inside maxBounds (zooming in
 * when the frame would be larger), so the cut is never on screen at any zoom. The sliver keeps the
 * simplified edge and the line's width off the frame's last pixel.
 */
export function cameraBounds({ west, south, east, north }: DegreeBox, inset = 0.02): LngLatBox {
  return [[west + inset, south + inset], [east - inset, north - inset]];
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;
const degrees = (radians: number) => (radians * 180) / Math.PI;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + radians(lat) / 2));
const latitudeOf = (y: number) => degrees(2 * Math.atan(Math.exp(y)) - Math.PI / 2);

/**
 * The box a frame of `width` x `height` pixels shows when `bounds` is fitted into it with `padding`
 * pixels around (Web Mercator, no rotation): what MapLibre's fitBounds and the SVG map's fit both show.
 */
export function fittedFrame([[west, south], [east, north]]: LngLatBox, { width, height, padding = 0 }: { width: number; height: number; padding?: number }): LngLatBox {
  const [x0, x1, y0, y1] = [radians(west), radians(east), mercatorY(south), mercatorY(north)];
  const scale = Math.min((width - 2 * padding) / (x1 - x0), (height - 2 * padding) / (y1 - y0));
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const [halfX, halfY] = [width / 2 / scale, height / 2 / scale];
  return [[degrees(cx - halfX), latitudeOf(cy - halfY)], [degrees(cx + halfX), latitudeOf(cy + halfY)]];
}

/** True when box `inner` lies within box `outer`. */
export function boxWithin([[w, s], [e, n]]: LngLatBox, [[ow, os], [oe, on]]: LngLatBox): boolean {
  return w >= ow && s >= os && e <= oe && n <= on;
}

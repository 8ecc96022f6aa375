// Boxes in longitude and latitude, as MapLibre's bounds and fitBounds take them: the one bounds
// function of the project. The map opens on the province's box, the ceremony flies to a regency's,
// both computed from the same topology the map draws, so the camera frames exactly what is drawn.
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type LngLatBox = [[number, number], [number, number]];

/** The smallest box holding every polygon ring of the features (the province is far from the antimeridian). */
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

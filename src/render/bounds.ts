// Where the map goes on each step: a regency's box, or the whole province's, in longitude and latitude
// as MapLibre's fitBounds takes them. Computed from the same topology the map draws, so the camera
// frames exactly the shape that is highlighted.
import { geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type LngLatBox = [[number, number], [number, number]];

/** The box of the regency with this Kemendagri code, or of the province for null; null when the topology lacks it. */
export function stepBounds(topology: Topology, regionCode: string | null): LngLatBox | null {
  const name = regionCode === null ? 'provinsi' : 'kabupaten';
  const object = topology.objects[name] as GeometryCollection | undefined;
  if (!object) return null;
  const all = feature(topology, object);
  const shape = regionCode === null ? all : all.features.find((f) => String(f.id) === regionCode);
  if (!shape || (regionCode === null && all.features.length === 0)) return null;
  const [[west, south], [east, north]] = geoBounds(shape);
  return [[west, south], [east, north]];
}

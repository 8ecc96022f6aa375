// Geometry for the boundary tests: areas on the sphere in km2, overlaps, interior points, and the
// winding d3-geo needs. Shared by test/boundaries.test.ts and test/boundaries-province.test.ts.
import { geoArea, geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polygonClipping, { type MultiPolygon as ClippingMultiPolygon } from 'polygon-clipping';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** Mean earth radius (IUGG), to turn d3's steradians into km2. */
const EARTH_RADIUS_KM = 6371.0088;

export type AreaFeature = Feature<MultiPolygon, { name: string }>;

/**
 * d3-geo works on the sphere, where a ring has two insides; it takes the one on the ring's right,
 * so exterior rings must run clockwise (as drawn with longitude to the east and latitude up) and
 * holes counter-clockwise. A ring wound the other way encloses the rest of the globe: geoArea
 * returns nearly 4 pi and geoContains is true everywhere outside the polygon. mapshaper writes
 * TopoJSON clockwise, but GeoJSON (RFC 7946) and polygon-clipping's results run counter-clockwise,
 * and the sources make no promise, so every polygon is rewound here from its planar signed area.
 * That is sound for these polygons: small, far from the poles and from the antimeridian.
 */
export function forD3(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((rings) =>
      rings.map((ring, index) => {
        const wantClockwise = index === 0;
        const isClockwise = planarSignedArea(ring) < 0;
        return isClockwise === wantClockwise ? ring : [...ring].reverse();
      }),
    ),
  };
}

/** Shoelace formula: positive for a counter-clockwise ring. */
function planarSignedArea(ring: Position[]): number {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twiceArea += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return twiceArea / 2;
}

export function areaKm2(geometry: Polygon | MultiPolygon): number {
  return geoArea(forD3(geometry)) * EARTH_RADIUS_KM ** 2;
}

export function areas(topology: Topology, objectName: string): AreaFeature[] {
  const object = topology.objects[objectName];
  if (object?.type !== 'GeometryCollection') throw new Error(`no GeometryCollection ${objectName}`);
  const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return collection.features.map((area) => ({ ...area, geometry: forD3(area.geometry) }));
}

/**
 * A point well inside the area: the pole of inaccessibility of its largest part. (A centroid can
 * fall outside a crescent-shaped desa or into a river bend belonging to the neighbour.)
 */
export function interiorPoint(area: AreaFeature): [number, number] {
  const largest = area.geometry.coordinates.reduce((best, rings) =>
    Math.abs(planarSignedArea(rings[0])) > Math.abs(planarSignedArea(best[0])) ? rings : best,
  );
  const [x, y] = polylabel(largest, 1e-5);
  return [x, y];
}

export function intersectionKm2(a: MultiPolygon, b: MultiPolygon): number {
  const overlap = polygonClipping.intersection(roundedForClipping(a), roundedForClipping(b));
  return overlap.length === 0 ? 0 : areaKm2({ type: 'MultiPolygon', coordinates: overlap });
}

/**
 * polygon-clipping's sweep line can fail ("Unable to complete output ring") on nearly coincident
 * edges that differ only by floating-point noise, as two files quantized on different grids do.
 * Rounding to 1e-6 degrees (0.1 m, far finer than either grid) removes the noise, not the geometry.
 */
export function roundedForClipping(geometry: MultiPolygon): ClippingMultiPolygon {
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return geometry.coordinates.map((rings) =>
    rings.map((ring) => ring.map(([lon, lat]): [number, number] => [round(lon), round(lat)])),
  );
}

/** Pairs of areas whose bounding boxes meet, with the area they share. */
export function pairwiseOverlapsKm2(features: AreaFeature[]): { pair: string; km2: number }[] {
  const boxes = features.map((area) => geoBounds(area));
  const overlaps: { pair: string; km2: number }[] = [];
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      if (!boxesMeet(boxes[i], boxes[j])) continue;
      const km2 = intersectionKm2(features[i].geometry, features[j].geometry);
      overlaps.push({ pair: `${features[i].id} x ${features[j].id}`, km2 });
    }
  }
  return overlaps;
}

/** [[west, south], [east, north]] boxes; none of these cross the antimeridian. */
export function boxesMeet(a: number[][], b: number[][]): boolean {
  return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}

export function byId(features: AreaFeature[]): Map<string, AreaFeature> {
  return new Map(features.map((area) => [String(area.id), area]));
}


// Where an arrow key goes from a regency on the map: to the regency that lies that way, as a reader who
// sees the map (or pictures it) expects, not to the next name in the alphabet. Computed once per
// topology from the regencies' shapes: each regency's centre (the centre of its largest part, as the
// labels use, so an island does not pull it into the sea) and which regencies share a border.
//
// From a regency, ArrowRight goes to a regency whose centre lies east of its own, within a cone either
// side of due east; one sharing a border comes before one that does not, and among those the nearest
// (a small step along the axis before a long one across it). At the edge of the province there is
// none: the key leaves the reader where they are. Pure: d3-geo and topojson-client, tested in Node.
import { geoCentroid } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { largestPart, rewound } from './map-geometry.ts';

/** The arrow keys, by the way they point on a map with north up. */
export type MapDirection = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown';

export const MAP_DIRECTIONS: readonly MapDirection[] = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'];

/** Each direction as a step east (x) and north (y). */
const AXES: Readonly<Record<MapDirection, readonly [number, number]>> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** A regency's centre: [longitude, latitude] of the centre of its largest part. */
export interface RegencyCentre {
  code: string;
  at: [number, number];
}

/** Per regency code, the regency each arrow key goes to; null at the edge (the key then stays). */
export type MapNeighbours = ReadonlyMap<string, Readonly<Record<MapDirection, string | null>>>;

export interface MapNeighbourOptions {
  /** Half the cone's opening, in degrees either side of the key's axis (default 60). */
  cone?: number;
}

type Area = Feature<Polygon | MultiPolygon>;

interface Shape {
  code: string;
  at: [number, number];
  /** Indexes of the shapes it shares a border with. */
  borders: Set<number>;
}

/**
 * How much a step across the key's axis counts against a candidate, beside a step along it: enough that
 * from Ketapang ArrowUp goes to Sanggau, due north and further, before Kayong Utara, near but north-west.
 */
const ACROSS_WEIGHT = 4;

const memo = new WeakMap<Topology, Map<number, MapNeighbours>>();

/** The regencies' shapes (objects.kabupaten, ids their Kemendagri codes): centres and shared borders. */
function shapesOf(topology: Topology): Shape[] {
  const kabupaten = topology.objects.kabupaten as GeometryCollection | undefined;
  if (!kabupaten) return [];
  const features = (feature(topology, kabupaten) as FeatureCollection).features;
  const touching = neighbors(kabupaten.geometries);
  const shapes: Shape[] = [];
  // Indexes in the topology, kept for the borders; a geometry that is not an area has no shape.
  const at = new Map<number, number>();
  features.forEach((raw, index) => {
    const type = raw.geometry?.type;
    if (raw.id === undefined || (type !== 'Polygon' && type !== 'MultiPolygon')) return;
    at.set(index, shapes.length);
    shapes.push({ code: String(raw.id), at: geoCentroid(largestPart(rewound(raw as Area))) as [number, number], borders: new Set(touching[index]) });
  });
  for (const shape of shapes) shape.borders = new Set([...shape.borders].flatMap((index) => (at.has(index) ? [at.get(index)!] : [])));
  return shapes;
}

/** Each regency's centre, in the topology's order. */
export function regencyCentres(topology: Topology): RegencyCentre[] {
  return shapesOf(topology).map(({ code, at }) => ({ code, at }));
}

/**
 * From `from` to `to` on the map, in degrees of latitude: east (x) and north (y). Longitude is
 * shortened by the cosine of the latitude, so a step east and one north of the same length look alike.
 */
export function mapOffset(from: readonly [number, number], to: readonly [number, number]): [number, number] {
  const midLatitude = ((from[1] + to[1]) / 2) * (Math.PI / 180);
  return [(to[0] - from[0]) * Math.cos(midLatitude), to[1] - from[1]];
}

/** Where each arrow key goes from each regency of the topology; the same topology gives the same object. */
export function mapNeighbours(topology: Topology, { cone = 60 }: MapNeighbourOptions = {}): MapNeighbours {
  let byCone = memo.get(topology);
  if (!byCone) memo.set(topology, (byCone = new Map()));
  let found = byCone.get(cone);
  if (!found) {
    found = computeNeighbours(shapesOf(topology), cone);
    byCone.set(cone, found);
  }
  return found;
}

function computeNeighbours(shapes: readonly Shape[], cone: number): MapNeighbours {
  const limit = Math.cos((Math.min(Math.max(cone, 0), 89.9) * Math.PI) / 180);
  const result = new Map<string, Record<MapDirection, string | null>>();
  shapes.forEach((shape, index) => {
    const ways = {} as Record<MapDirection, string | null>;
    for (const direction of MAP_DIRECTIONS) {
      const [ax, ay] = AXES[direction];
      let best: { code: string; border: boolean; score: number } | null = null;
      shapes.forEach((other, otherIndex) => {
        if (otherIndex === index) return;
        const [dx, dy] = mapOffset(shape.at, other.at);
        const distance = Math.hypot(dx, dy);
        if (distance === 0) return;
        const along = dx * ax + dy * ay;
        // Strictly that way, within the cone: ArrowRight never goes west, nor due north.
        if (along <= 0 || along / distance < limit) return;
        const across = Math.abs(dx * ay - dy * ax);
        const candidate = { code: other.code, border: shape.borders.has(otherIndex), score: along + ACROSS_WEIGHT * across };
        if (!best || (candidate.border && !best.border) || (candidate.border === best.border && candidate.score < best.score)) best = candidate;
      });
      ways[direction] = (best as { code: string } | null)?.code ?? null;
    }
    result.set(shape.code, ways);
  });
  return result;
}

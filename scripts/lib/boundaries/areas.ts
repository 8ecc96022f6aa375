// The pure parts of the area build (scripts/build-areas.ts): one site reaches all of Indonesia, so
// beside the deployment's own province it serves, under data/areas/<area>/, a map of the 38 provinces
// (area "indonesia") and one of each other province's regencies, each with the same three files as the
// deployment's own (regencies.topo.json, context.topo.json, province.json). Here: each area's frame
// (the camera's box), how fine its shapes may be, and the names drawn around it.
import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ContextLabel } from '../../../src/data/province.ts';
import { labelPoint, rewound } from '../../../src/render/map-geometry.ts';

/** The area of the whole country: /?province=indonesia. */
export const NATIONAL_AREA = 'indonesia';
/** Under the data folder: data/areas/<area>/. */
export const AREAS_DIR = 'areas';
/** The area build's report (sizes, build time), beside the areas; written last, so its presence means the build finished. */
export const AREAS_REPORT_FILE = 'areas-build.json';

/**
 * Gzipped size limits in bytes (zlib's default level). A province's regency file is the first thing
 * its map fetches; the national file carries 38 provinces, so it gets more room.
 */
export const AREA_GZIP_BUDGETS = {
  national: 60_000,
  province: 25_000,
  context: 40_000,
} as const;

/**
 * Simplification intervals, finest first: each file keeps the finest that fits its budget, starting at
 * the first step no finer than a quarter of a pixel when the area fills 1,000 px (a half pixel on a
 * 2,000-px screen): finer detail is never seen at the zoom the area opens at, and only costs bytes.
 */
const AREA_SIMPLIFY_INTERVALS = ['50m', '75m', '100m', '150m', '200m', '300m', '500m', '750m', '1km', '1.5km', '2km', '3km', '5km', '8km', '12km'] as const;
/** The context sits under the area at the same zoom, and needs no more than half a pixel. */
const REGENCY_PIXELS = 4000;
const CONTEXT_PIXELS = 2000;

const metres = (interval: string): number => (interval.endsWith('km') ? Number(interval.slice(0, -2)) * 1000 : Number(interval.slice(0, -1)));

/** The intervals to try for an area spanning `spanKm`, finest first (never empty: the coarsest always stays). */
export function simplifyIntervals(spanKm: number, kind: 'regencies' | 'context'): string[] {
  const finest = (spanKm * 1000) / (kind === 'regencies' ? REGENCY_PIXELS : CONTEXT_PIXELS);
  const steps = AREA_SIMPLIFY_INTERVALS.filter((interval) => metres(interval) >= finest);
  return steps.length > 0 ? steps : [AREA_SIMPLIFY_INTERVALS[AREA_SIMPLIFY_INTERVALS.length - 1]];
}

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

const KM_PER_DEGREE = 111.32;

/** The larger of a box's width and height, in km (Indonesia lies across the equator: no pole to worry about). */
export function spanKm({ west, south, east, north }: Box): number {
  const middle = ((south + north) / 2) * (Math.PI / 180);
  return Math.max((east - west) * Math.cos(middle), north - south) * KM_PER_DEGREE;
}

/** Margin around the area, as a share of its width and height, on each side. */
const MARGIN = 0.15;
/**
 * The box's width over its height, in degrees (Mercator near the equator: as drawn), kept between
 * these: a long chain of islands (Nusa Tenggara Timur, the whole country) gets more sea above and
 * below, so neither a wide screen nor a phone held upright sees past the box's edge.
 */
const ASPECT = { min: 0.8, max: 2 } as const;

/**
 * The camera's box of an area: its extent with a margin, widened to a reasonable aspect, rounded
 * outward to a hundredth of a degree. The context file covers it whole.
 */
export function areaContextBox(extent: Box): Box {
  let width = (extent.east - extent.west) * (1 + 2 * MARGIN);
  let height = (extent.north - extent.south) * (1 + 2 * MARGIN);
  if (width / height > ASPECT.max) height = width / ASPECT.max;
  if (width / height < ASPECT.min) width = height * ASPECT.min;
  const x = (extent.west + extent.east) / 2;
  const y = (extent.south + extent.north) / 2;
  const down = (value: number) => Math.floor(value * 100) / 100;
  const up = (value: number) => Math.ceil(value * 100) / 100;
  return { west: down(x - width / 2), south: down(y - height / 2), east: up(x + width / 2), north: up(y + height / 2) };
}

export function boxesMeet(a: Box, b: Box): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

/** The extent of GeoJSON polygons' coordinates. */
export function extentOf(geometries: Iterable<Polygon | MultiPolygon | null>): Box {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const geometry of geometries) {
    if (!geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      for (const [lon, lat] of polygon[0] ?? []) {
        if (lon! < box.west) box.west = lon!;
        if (lon! > box.east) box.east = lon!;
        if (lat! < box.south) box.south = lat!;
        if (lat! > box.north) box.north = lat!;
      }
    }
  }
  return box;
}

const inside = ([lon, lat]: readonly [number, number], { west, south, east, north }: Box) => lon >= west && lon <= east && lat >= south && lat <= north;

/**
 * A neighbour's part inside the box smaller than this share of the box gets no name: a sliver at the
 * edge would carry its name out over the sea.
 */
const LABELLED_SHARE = 0.01;
/** A ten-thousandth of a degree, as the label points of the regency files. */
const round = (degrees: number) => Math.round(degrees * 1e4) / 1e4;

/**
 * The names drawn on the land around an area: each neighbouring province and country with a part of
 * some size inside the box, at the point well inside that part, after the province's own label point
 * when that lies in the box (the middle of the province, where a reader looks for its name). Largest first.
 */
export function contextLabels(context: Topology, box: Box, provinceLabels: ReadonlyMap<string, readonly [number, number]>): ContextLabel[] {
  const boxArea = geoArea({
    type: 'Polygon',
    coordinates: [[[box.west, box.south], [box.west, box.north], [box.east, box.north], [box.east, box.south], [box.west, box.south]]],
  });
  const labels: { label: ContextLabel; area: number }[] = [];
  for (const objectName of ['provinsi', 'negara'] as const) {
    const collection = context.objects[objectName] as GeometryCollection<{ name: string }> | undefined;
    for (const geometry of collection?.geometries ?? []) {
      const part = rewound(feature(context, geometry) as Feature<Polygon | MultiPolygon>);
      const area = geoArea(part);
      if (area < boxArea * LABELLED_SHARE) continue;
      const [lon, lat] = labelPoint(part);
      const own = objectName === 'provinsi' ? provinceLabels.get(String(geometry.id)) : undefined;
      const at: [number, number][] = [
        ...(own && inside(own, box) ? [[own[0], own[1]] as [number, number]] : []),
        [round(lon), round(lat)],
      ];
      labels.push({ label: { text: (geometry.properties as { name: string }).name, kind: 'land', at }, area });
    }
  }
  return labels.sort((a, b) => b.area - a.area).map(({ label }) => label);
}

/** Label points of a topology's object, by id, as withLabelPoints wrote them. */
export function labelsById(topologyText: string, objectName = 'kabupaten'): Map<string, [number, number]> {
  const topology = JSON.parse(topologyText) as Topology;
  const collection = topology.objects[objectName] as GeometryCollection<{ label?: [number, number] }>;
  return new Map(
    collection.geometries.flatMap((geometry) => {
      const label = (geometry.properties as { label?: [number, number] } | undefined)?.label;
      return label ? [[String(geometry.id), label] as [string, [number, number]]] : [];
    }),
  );
}

/** Indonesian names of the countries a province's box or the country's may take in; others keep Natural Earth's. */
export const COUNTRY_NAMES_ID: Readonly<Record<string, string>> = {
  '036': 'Australia',
  '096': 'Brunei',
  '356': 'India',
  '458': 'Malaysia',
  '585': 'Palau',
  '598': 'Papua Nugini',
  '608': 'Filipina',
  '626': 'Timor Leste',
  '702': 'Singapura',
  '704': 'Vietnam',
  '764': 'Thailand',
};
/** Indonesia in Natural Earth: its land comes from the Kemendagri boundaries, never from here. */
export const INDONESIA_ISO = '360';

// The map's geometry for a given width: projection, SVG path data and label positions. Pure (d3-geo
// and topojson-client, no DOM), so sizes and placements are tested in Node; choropleth.ts only turns
// the result into elements.
import { geoArea, geoMercator, geoPath, geoStream, type GeoProjection } from 'd3-geo';
import { polygonContains } from 'd3-polygon';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ContextLabel } from '../data/province.ts';
import { isCity } from './hit-target.ts';
import { innerPoint } from './inner-point.ts';
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from './label-layout.ts';
import { labelFontSize } from './label-size.ts';

export interface MapGeometryOptions {
  width: number;
  /** The map is as tall as the province needs at `width`, but never taller than this. */
  maxHeight?: number;
  /** Space kept between the province and the frame, in pixels. */
  padding?: number;
  /** The label of each regency by Kemendagri code; regencies without one are not labelled. */
  labelText?: (code: string) => string | undefined;
  /** Label size in pixels, for fitting labels without overlap; labelFontSize(width) unless given. */
  fontSize?: number;
  /**
   * Names of the land and sea around (the province's data/province.json), placed where they fit; none
   * without a context topology.
   */
  contextLabels?: readonly ContextLabel[];
  /**
   * Boxes no label may overlap, in the map's pixels, given the map's height once it is known: the zoom
   * buttons over the frame the map is centred in.
   */
  keepClear?: (height: number) => readonly Box[];
  /** Decimals of the path data (d3-geo's default 3 unless given): the page's pre-rendered picture needs 1. */
  digits?: number;
}


interface RegencyShape {
  /** Kemendagri code, the topology's id. */
  code: string;
  d: string;
}

export interface MapLabel extends PlacedLabel {
  kind: 'regency' | 'land' | 'sea';
}

interface ContextShape {
  id: string;
  layer: 'provinsi' | 'negara';
  d: string;
}

export interface MapGeometry {
  width: number;
  height: number;
  regencies: RegencyShape[];
  /** Borders between two regencies, drawn once each. */
  regencyBorders: string;
  provinceOutline: string;
  context: ContextShape[];
  /** Regency labels, then names of the land and sea around; those that did not fit are left out. */
  labels: MapLabel[];
  /** Each city's touch target: the centre of its largest part, in pixels (hit-target.ts); mapGeometry always gives them. */
  cityTargets?: { code: string; x: number; y: number }[];
  /**
   * The Mercator projection's scale and translation: two geometries of one province differ by a scale
   * and a shift, which the pre-rendered first screen uses to lay a phone's names over a laptop's shapes.
   */
  projection?: { scale: number; translate: [number, number] };
}

type Area = Feature<Polygon | MultiPolygon>;

export function mapGeometry(
  regencyTopology: Topology,
  contextTopology: Topology | null,
  { width, maxHeight = Infinity, padding = 12, labelText = () => undefined, fontSize = labelFontSize(width), contextLabels = [], keepClear = () => [], digits }: MapGeometryOptions,
): MapGeometry {
  const kabupaten = regencyTopology.objects.kabupaten as GeometryCollection;
  const provinsi = regencyTopology.objects.provinsi as GeometryCollection;
  const regencies = objectAreas(regencyTopology, kabupaten);
  const province: FeatureCollection = { type: 'FeatureCollection', features: objectAreas(regencyTopology, provinsi) };

  // Fit the width first; only if the province is then too tall, fit the height instead. The frame is
  // always the full width, with the neighbouring land filling whatever the province leaves.
  const projection = geoMercator().fitWidth(width - 2 * padding, province);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty + padding]);
  let height = Math.ceil(geoPath(projection).bounds(province)[1][1] + padding);
  if (height > maxHeight) {
    height = Math.floor(maxHeight);
    projection.fitExtent([[padding, padding], [width - padding, height - padding]], province);
  }
  const path = geoPath(projection);
  if (digits !== undefined) path.digits(digits);

  const context: ContextShape[] = [];
  if (contextTopology) {
    for (const layer of ['provinsi', 'negara'] as const) {
      const object = contextTopology.objects[layer] as GeometryCollection | undefined;
      if (!object) continue;
      for (const area of objectAreas(contextTopology, object)) {
        context.push({ id: String(area.id), layer, d: path(area) ?? '' });
      }
    }
  }

  return {
    width,
    height,
    regencies: regencies.map((area) => ({ code: String(area.id), d: path(area) ?? '' })),
    regencyBorders: path(regencyBordersOf(regencyTopology, kabupaten)) ?? '',
    provinceOutline: path(province) ?? '',
    context,
    cityTargets: regencies
      .filter((area) => isCity(String(area.id)))
      .map((area) => {
        const [x, y] = path.centroid(largestPart(area));
        return { code: String(area.id), x, y };
      }),
    labels: layOutLabels(regencyTopology, regencies, province, contextTopology === null ? [] : contextLabels, projection, { width, height, fontSize, labelText, keepClear: keepClear(height) }),
    projection: { scale: projection.scale(), translate: projection.translate() },
  };
}

function layOutLabels(
  topology: Topology,
  regencies: readonly Area[],
  province: FeatureCollection,
  contextLabels: readonly ContextLabel[],
  projection: GeoProjection,
  { width, height, fontSize, labelText, keepClear }: { width: number; height: number; fontSize: number; labelText: (code: string) => string | undefined; keepClear: readonly Box[] },
): MapLabel[] {
  const path = geoPath(projection);
  const kinds = new Map<string, MapLabel['kind']>();
  const requests: LabelRequest[] = [];
  for (const area of regencies) {
    const code = String(area.id);
    const text = labelText(code);
    if (text === undefined) continue;
    const [x, y] = projection(labelPointOf(topology, area))!;
    requests.push({ id: code, text, x, y, area: path.area(area) });
    kinds.set(code, 'regency');
  }
  // Smallest regions first: they have the fewest places a label can go and still point at them.
  requests.sort((a, b) => a.area! - b.area!);
  for (const label of contextLabels) {
    const id = `context:${label.text}`;
    kinds.set(id, label.kind);
    for (const at of label.at) {
      const [x, y] = projection(at)!;
      // Neighbours' names are set in spaced capitals, which run wider than the regency names.
      requests.push({ id, text: label.text, x, y, fixed: true, glyphWidth: label.kind === 'land' ? 0.82 : 0.6 });
    }
  }
  // A neighbour's or a sea's name must not lie on the province: test the box's corners, edge middles
  // and centre against the province outline, as drawn (in pixels: on the sphere, each test cost a
  // search of every ring, and this was the map's slowest step after the label points).
  const rings = projectedRings(province, projection);
  const inProvince = (point: [number, number]) => rings.reduce((inside, ring) => (polygonContains(ring, point) ? !inside : inside), false);
  const onProvince = (box: Box, request: LabelRequest) => {
    if (!request.id.startsWith('context:')) return false;
    const xs = [box.left, (box.left + box.right) / 2, box.right];
    const ys = [box.top, (box.top + box.bottom) / 2, box.bottom];
    return xs.some((x) => ys.some((y) => inProvince([x, y])));
  };
  return placeLabels(requests, { width, height, fontSize, keepClear, blocked: onProvince }).map((label) => ({ ...label, kind: kinds.get(label.id)! }));
}

/**
 * The rings of `areas` as projected, in pixels: a point is inside when an odd number of them hold it
 * (holes and islands alike).
 */
function projectedRings(areas: FeatureCollection, projection: GeoProjection): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  geoStream(
    areas,
    projection.stream({
      point: (x, y) => void ring.push([x, y]),
      lineStart: () => void (ring = []),
      lineEnd: () => void (ring.length > 2 && rings.push(ring)),
      polygonStart: () => {},
      polygonEnd: () => {},
      sphere: () => {},
    }),
  );
  return rings;
}

/**
 * What a map of these boundaries needs whatever its size, found once per topology and kept (areas
 * wound for d3-geo, the borders between regencies, each regency's label point), so the SVG map,
 * which lays itself out again at every width, only projects. Found here the first time mapGeometry
 * needs them, or before, a piece at a time, by prepareMapGeometry.
 */
const areaCache = new WeakMap<object, Area[]>();
const borderCache = new WeakMap<object, ReturnType<typeof mesh>>();

/** One geometry of a topology's object (a regency, a neighbour) as areas, wound for d3-geo. */
function geometryAreas(topology: Topology, geometry: GeometryCollection['geometries'][number]): Area[] {
  let found = areaCache.get(geometry);
  if (!found) areaCache.set(geometry, (found = areas(feature(topology, geometry))));
  return found;
}

function objectAreas(topology: Topology, object: GeometryCollection): Area[] {
  return object.geometries.flatMap((geometry) => geometryAreas(topology, geometry));
}

function regencyBordersOf(topology: Topology, kabupaten: GeometryCollection): ReturnType<typeof mesh> {
  let borders = borderCache.get(kabupaten);
  if (!borders) borderCache.set(kabupaten, (borders = mesh(topology, kabupaten, (a, b) => a !== b)));
  return borders;
}

/**
 * The size-free work of mapGeometry for these boundaries, one small piece per step (an area, the
 * borders, a label point): a page that must stay responsive while its map first draws (the
 * ceremony's first screen, issue 21) lets the browser breathe between steps, and mapGeometry then
 * finds the pieces done.
 */
export function* prepareMapGeometry(regencyTopology: Topology, contextTopology: Topology | null): Generator<void, void, void> {
  const kabupaten = regencyTopology.objects.kabupaten as GeometryCollection;
  const provinsi = regencyTopology.objects.provinsi as GeometryCollection;
  for (const geometry of kabupaten.geometries) {
    for (const area of geometryAreas(regencyTopology, geometry)) {
      yield;
      labelPointOf(regencyTopology, area);
    }
    yield;
  }
  for (const geometry of provinsi.geometries) {
    geometryAreas(regencyTopology, geometry);
    yield;
  }
  regencyBordersOf(regencyTopology, kabupaten);
  yield;
  for (const layer of ['provinsi', 'negara'] as const) {
    const object = contextTopology?.objects[layer] as GeometryCollection | undefined;
    for (const geometry of object?.geometries ?? []) {
      geometryAreas(contextTopology!, geometry);
      yield;
    }
  }
}

/** The features of a collection, polygons only, wound the way d3-geo expects. */
function areas(collection: FeatureCollection | Feature): Area[] {
  const features = collection.type === 'FeatureCollection' ? collection.features : [collection];
  return features
    .filter((f): f is Area => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
    .map(rewound);
}

/**
 * d3-geo works on the sphere, where a ring's direction says which side is inside: a polygon wound the
 * other way (as RFC 7946 GeoJSON is) means "everything but this", and fills the whole map. Polygons
 * that cover more than half the globe are reversed.
 */
export function rewound(area: Area): Area {
  const fix = (rings: Position[][]): Position[][] => {
    const polygon: Polygon = { type: 'Polygon', coordinates: rings };
    return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  };
  const geometry = area.geometry;
  const coordinates = geometry.type === 'Polygon' ? fix(geometry.coordinates) : geometry.coordinates.map(fix);
  return { ...area, geometry: { ...geometry, coordinates } as Polygon | MultiPolygon };
}

/**
 * [longitude, latitude] of the point a region's label names: well inside its largest part, so islands
 * do not pull it into the sea and a bent region's centroid does not put it on a neighbour. Near the
 * equator degrees are nearly square, so the point is as deep inside on the map as on the globe.
 */
export function labelPoint(area: Area): [number, number] {
  // A hundredth of a degree is about 2 px on a 1200 px map.
  return innerPoint(largestPart(area).geometry.coordinates, 1e-2);
}

/** Label points by topology, found once: the SVG map lays its labels out again at every width. */
const labelPoints = new WeakMap<Topology, Map<string, [number, number]>>();

function labelPointOf(topology: Topology, area: Area): [number, number] {
  let points = labelPoints.get(topology);
  if (!points) labelPoints.set(topology, (points = new Map()));
  const code = String(area.id);
  let point = points.get(code);
  // The build writes each regency's point into the topology (scripts/lib/boundaries/label-points.ts): the
  // search is the costliest part of drawing the map. A partner's own boundaries may not carry it.
  const written = area.properties?.label as unknown;
  if (!point && isPoint(written)) points.set(code, (point = written));
  if (!point) points.set(code, (point = labelPoint(area)));
  return point;
}

function isPoint(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** The largest polygon of a region, so islands do not pull the label into the sea. */
export function largestPart(area: Area): Feature<Polygon> {
  const geometry = area.geometry;
  const parts: Polygon[] =
    geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  let best = parts[0]!;
  for (const part of parts) if (geoArea(part) > geoArea(best)) best = part;
  return { type: 'Feature', properties: {}, geometry: best };
}

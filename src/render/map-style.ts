// The MapLibre style of the WebGL map, and the GeoJSON it draws, built from the same topologies as the
// SVG map. No glyphs, sprites, tiles or text layers: every source is inline GeoJSON and the labels are
// HTML, so the map loads nothing from outside the page's origin. A change of year or metric only
// changes feature-state (see RegencyFeatureState); the geometry is uploaded once.
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { geoCentroid } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { CITY_SYMBOL_PX, isCity } from './hit-target.ts';
import { largestPart, rewound } from './map-geometry.ts';
import { MAP_COLOURS, type MapColourName, type MapColours } from './tokens.ts';

/** Opacity of a regency outside the class the legend highlights. */
const DIMMED_OPACITY = 0.3;

export const SOURCE = { regencies: 'regencies', cities: 'cities', province: 'province', context: 'context' } as const;
export const IMAGE = { noData: 'paritrana-no-data', carried: 'paritrana-carried-forward' } as const;
/** The layer the pointer is tested against. */
export const REGENCY_FILL_LAYER = 'regency-fill';

type Area = Feature<Polygon | MultiPolygon>;

export interface MapSources {
  regencies: FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  /** Each city at the centre of its largest part, where its dot is drawn (the SVG map's cityTargets). */
  cities: FeatureCollection<Point, { code: string }>;
  province: FeatureCollection;
  context: FeatureCollection;
}

/** GeoJSON of the regencies (property `code`, promoted to the feature id), province and neighbours. */
export function mapSources(regencyTopology: Topology, contextTopology: Topology | null): MapSources {
  const regencies = areas(feature(regencyTopology, regencyTopology.objects.kabupaten as GeometryCollection)).map(
    (area): Feature<Polygon | MultiPolygon, { code: string }> => ({ type: 'Feature', properties: { code: String(area.id) }, geometry: area.geometry }),
  );
  const province = areas(feature(regencyTopology, regencyTopology.objects.provinsi as GeometryCollection));
  const context: Area[] = [];
  for (const layer of ['provinsi', 'negara']) {
    const object = contextTopology?.objects[layer] as GeometryCollection | undefined;
    // One by one, not push(...): a neighbours' layer may hold more areas than a call takes arguments.
    if (object) for (const area of areas(feature(contextTopology!, object))) context.push(area);
  }
  const cities = regencies
    .filter((area) => isCity(area.properties.code))
    .map((area): Feature<Point, { code: string }> => ({
      type: 'Feature',
      properties: { code: area.properties.code },
      geometry: { type: 'Point', coordinates: geoCentroid(largestPart(rewound(area))) },
    }));
  return {
    regencies: { type: 'FeatureCollection', features: regencies },
    cities: { type: 'FeatureCollection', features: cities },
    province: { type: 'FeatureCollection', features: province },
    context: { type: 'FeatureCollection', features: context },
  };
}

// The province's box and how far the reader may pan: the one bounds function (bounds.ts).
export { boundsOf, grow } from './bounds.ts';

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const dimmable = (shown: ExpressionSpecification | number): ExpressionSpecification => ['case', state('dimmed'), ['*', shown, DIMMED_OPACITY], shown];

/**
 * Which paint property of which layer takes which of the map's colours: the style is built with them,
 * and a change of colours (the page turned dark, a partner's custom property) sets just these again.
 */
export const LAYER_COLOURS: readonly (readonly [layer: string, property: 'background-color' | 'fill-color' | 'line-color', colour: MapColourName])[] = [
  ['sea', 'background-color', 'sea'],
  ['context-fill', 'fill-color', 'land'],
  ['context-line', 'line-color', 'contextBorder'],
  ['regency-borders', 'line-color', 'regencyBorder'],
  ['regency-carried-outline', 'line-color', 'carriedOutline'],
  ['province-outline', 'line-color', 'provinceOutline'],
  ['regency-hover', 'line-color', 'hover'],
  ['regency-selected', 'line-color', 'selected'],
  ['regency-selected-inner', 'line-color', 'selectedInner'],
  ['regency-focus-halo', 'line-color', 'focusHalo'],
  ['regency-focus', 'line-color', 'focus'],
];

export function mapStyle(sources: MapSources, colours: MapColours = MAP_COLOURS): StyleSpecification {
  const style = styleLayers(sources, colours);
  for (const [id, property, colour] of LAYER_COLOURS) {
    const layer = style.layers.find((l) => l.id === id) as { paint?: Record<string, unknown> } | undefined;
    if (layer) layer.paint = { ...layer.paint, [property]: colours[colour] };
  }
  return style;
}

function styleLayers(sources: MapSources, colours: MapColours): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE.context]: { type: 'geojson', data: sources.context },
      [SOURCE.regencies]: { type: 'geojson', data: sources.regencies, promoteId: 'code' },
      [SOURCE.cities]: { type: 'geojson', data: sources.cities, promoteId: 'code' },
      [SOURCE.province]: { type: 'geojson', data: sources.province },
    },
    layers: [
      { id: 'sea', type: 'background' },
      { id: 'context-fill', type: 'fill', source: SOURCE.context },
      { id: 'context-line', type: 'line', source: SOURCE.context, paint: { 'line-width': 0.75 } },
      {
        id: REGENCY_FILL_LAYER,
        type: 'fill',
        source: SOURCE.regencies,
        paint: {
          'fill-color': ['to-color', ['coalesce', ['feature-state', 'colour'], colours.noData]],
          'fill-opacity': dimmable(1),
          'fill-antialias': false,
        },
      },
      {
        id: 'regency-no-data',
        type: 'fill',
        source: SOURCE.regencies,
        paint: { 'fill-pattern': IMAGE.noData, 'fill-opacity': ['case', state('noData'), dimmable(1), 0] },
      },
      {
        id: 'regency-carried-forward',
        type: 'fill',
        source: SOURCE.regencies,
        paint: { 'fill-pattern': IMAGE.carried, 'fill-opacity': ['case', state('carried'), dimmable(1), 0] },
      },
      { id: 'regency-borders', type: 'line', source: SOURCE.regencies, paint: { 'line-width': 0.75 }, layout: { 'line-join': 'round' } },
      {
        id: 'regency-carried-outline',
        type: 'line',
        source: SOURCE.regencies,
        paint: { 'line-width': 1.5, 'line-dasharray': [2, 1.5], 'line-opacity': ['case', state('carried'), 1, 0] },
      },
      { id: 'province-outline', type: 'line', source: SOURCE.province, paint: { 'line-width': 1.25 }, layout: { 'line-join': 'round' } },
      // A city's dot (hit-target.ts CITY_SYMBOL_PX), in its regency's colour (white where it has no figure),
      // with the dark outline; a hover or selection rings it, since its shape is a few pixels across.
      {
        id: 'city-symbol',
        type: 'circle',
        source: SOURCE.cities,
        paint: {
          'circle-radius': CITY_SYMBOL_PX / 2,
          'circle-color': ['to-color', ['coalesce', ['feature-state', 'colour'], colours.noData]],
          'circle-opacity': dimmable(1),
          'circle-stroke-color': colours.provinceOutline,
          'circle-stroke-width': 1.5,
          'circle-stroke-opacity': dimmable(1),
        },
      },
      {
        id: 'regency-hover',
        type: 'line',
        source: SOURCE.regencies,
        paint: { 'line-width': ['case', state('hover'), 2.5, 0] },
        layout: { 'line-join': 'round' },
      },
      {
        id: 'regency-selected',
        type: 'line',
        source: SOURCE.regencies,
        paint: { 'line-width': ['case', state('selected'), 4, 0] },
        layout: { 'line-join': 'round' },
      },
      {
        id: 'regency-selected-inner',
        type: 'line',
        source: SOURCE.regencies,
        paint: { 'line-width': ['case', state('selected'), 1.25, 0] },
        layout: { 'line-join': 'round' },
      },
      // The regency the keyboard is on, as the SVG map rings it: the focus colour on a white halo.
      {
        id: 'regency-focus-halo',
        type: 'line',
        source: SOURCE.regencies,
        paint: { 'line-width': ['case', state('focus'), 6, 0] },
        layout: { 'line-join': 'round' },
      },
      {
        id: 'regency-focus',
        type: 'line',
        source: SOURCE.regencies,
        paint: { 'line-width': ['case', state('focus'), 3, 0] },
        layout: { 'line-join': 'round' },
      },
      {
        id: 'city-ring',
        type: 'circle',
        source: SOURCE.cities,
        paint: {
          'circle-radius': CITY_SYMBOL_PX / 2 + 2.5,
          'circle-opacity': 0,
          'circle-stroke-color': ['case', state('selected'), colours.selected, colours.hover],
          'circle-stroke-width': ['case', state('selected'), 4, state('hover'), 2.5, 0],
        },
      },
      {
        id: 'city-ring-inner',
        type: 'circle',
        source: SOURCE.cities,
        paint: {
          'circle-radius': CITY_SYMBOL_PX / 2 + 2.5,
          'circle-opacity': 0,
          'circle-stroke-color': colours.selectedInner,
          'circle-stroke-width': ['case', state('selected'), 1.25, 0],
        },
      },
    ],
  };
}

function areas(collection: FeatureCollection | Feature): Area[] {
  const features = collection.type === 'FeatureCollection' ? collection.features : [collection];
  return features.filter((f): f is Area => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
}

// The style is checked by MapLibre's own style-spec package: validated as MapLibre validates a style,
// and its paint expressions evaluated for a regency's feature-state, as the renderer will.
import { createPropertyExpression, latest, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import { boundsOf, grow, IMAGE, LAYER_COLOURS, mapSources, mapStyle, REGENCY_FILL_LAYER, SOURCE } from './map-style.ts';
import { MAP_COLOURS, MAP_COLOURS_DARK } from './tokens.ts';

/** Two 1-degree regencies side by side; the province is both; one neighbouring country to the north. */
const regencies = {
  type: 'Topology',
  arcs: [
    [[110, 0], [110, 1]],
    [[110, 0], [109, 0], [109, 1], [110, 1]],
    [[110, 1], [111, 1], [111, 0], [110, 0]],
  ],
  objects: {
    kabupaten: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '61.01', arcs: [[1, ~0]] }, { type: 'Polygon', id: '61.02', arcs: [[0, 2]] }] },
    provinsi: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '61', arcs: [[1, 2]] }] },
  },
} as unknown as Topology;
const context = {
  type: 'Topology',
  arcs: [[[109, 1], [109, 2], [111, 2], [111, 1], [109, 1]]],
  objects: { provinsi: { type: 'GeometryCollection', geometries: [] }, negara: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '458', arcs: [[0]] }] } },
} as unknown as Topology;

describe('mapSources', () => {
  test('regencies carry their Kemendagri code (promoted to the feature id); the neighbours come from both context layers', () => {
    const sources = mapSources(regencies, context);
    expect(sources.regencies.features.map((f) => f.properties.code)).toEqual(['61.01', '61.02']);
    expect(sources.province.features).toHaveLength(1);
    expect(sources.context.features).toHaveLength(1);
    expect(mapSources(regencies, null).context.features).toEqual([]);
  });

  test('bounds of the province, and grown for panning', () => {
    const bounds = boundsOf(mapSources(regencies, null).province);
    expect(bounds).toEqual([[109, 0], [111, 1]]);
    expect(grow(bounds, 2)).toEqual([[107, -2], [113, 3]]);
  });
});

describe('mapStyle', () => {
  const style = mapStyle(mapSources(regencies, context));

  test('loads nothing from elsewhere: no glyphs, no sprite, no text layers, only inline GeoJSON', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(style.layers.some((layer) => layer.type === 'symbol')).toBe(false);
    for (const source of Object.values(style.sources)) expect(typeof (source as { data: unknown }).data).toBe('object');
  });

  test('is a valid MapLibre style', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  /** A layer's paint property evaluated as MapLibre evaluates it, for one feature with this feature-state. */
  function paint(layerId: string, property: string, state: Record<string, unknown>): unknown {
    const layer = style.layers.find((l) => l.id === layerId) as { type: string; paint: Record<string, unknown> };
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layer.type}`]![property]!;
    const parsed = createPropertyExpression(layer.paint[property], property, spec);
    if (parsed.result !== 'success') throw new Error(`${layerId} ${property}: ${parsed.value.map((e) => e.message).join('; ')}`);
    const value = parsed.value.evaluate({ zoom: 7 }, { type: 'Polygon', properties: {}, geometry: [] } as never, state);
    return value && typeof value === 'object' && 'toString' in value && 'r' in value ? String(value) : value;
  }

  test('regencies are identified by code for feature-state, filled from state, hatched where there is no figure', () => {
    expect(style.sources[SOURCE.regencies]).toMatchObject({ type: 'geojson', promoteId: 'code' });
    const figure = { classIndex: 2, colour: '#41b6c4', noData: false, carried: false, dimmed: false };
    const none = { classIndex: -1, colour: '#ffffff', noData: true, carried: false, dimmed: false };
    expect(paint('regency-fill', 'fill-color', figure)).toBe('rgba(65,182,196,1)');
    // The hatch shows over a regency with no figure, and only there; dimming fades both.
    expect(paint('regency-no-data', 'fill-opacity', none)).toBeGreaterThan(0.5);
    expect(paint('regency-no-data', 'fill-opacity', figure)).toBe(0);
    expect(paint('regency-no-data', 'fill-opacity', { ...none, dimmed: true })).toBeLessThan(paint('regency-no-data', 'fill-opacity', none) as number);
    expect(paint('regency-carried-forward', 'fill-opacity', { ...figure, carried: true })).toBeGreaterThan(0.5);
    expect(paint('regency-carried-forward', 'fill-opacity', figure)).toBe(0);
    const layer = (id: string) => style.layers.find((l) => l.id === id) as { paint: Record<string, unknown> };
    expect(layer('regency-no-data').paint['fill-pattern']).toBe(IMAGE.noData);
    expect(layer('regency-carried-forward').paint['fill-pattern']).toBe(IMAGE.carried);
    // Selection is drawn above the hover outline, which is above the province outline.
    const order = style.layers.map((l) => l.id);
    expect(order.indexOf('regency-selected')).toBeGreaterThan(order.indexOf('regency-hover'));
    expect(order.indexOf('regency-hover')).toBeGreaterThan(order.indexOf('province-outline'));
  });

  test('the regency the keyboard is on is ringed above the selection, in the focus colour, and only it', () => {
    expect(paint('regency-focus', 'line-width', { focus: true })).toBe(3);
    expect(paint('regency-focus', 'line-width', {})).toBe(0);
    expect(paint('regency-focus-halo', 'line-width', { focus: true })).toBeGreaterThan(3);
    expect(paint('regency-focus', 'line-color', {})).toBe('rgba(194,65,12,1)');
    const order = style.layers.map((l) => l.id);
    expect(order.indexOf('regency-focus')).toBeGreaterThan(order.indexOf('regency-focus-halo'));
    expect(order.indexOf('regency-focus-halo')).toBeGreaterThan(order.indexOf('regency-selected-inner'));
    // A page's own --paritrana-map-focus reaches MapLibre too.
    const custom = mapStyle(mapSources(regencies, context), { ...MAP_COLOURS, focus: '#0000ff' });
    expect(custom.layers.find((l) => l.id === 'regency-focus')).toMatchObject({ paint: { 'line-color': '#0000ff' } });
  });

  test('a city is a dot of at least 10 px in its regency\'s colour, outlined, and a selection rings it', () => {
    const withCity = mapSources(
      { ...regencies, objects: { ...regencies.objects, kabupaten: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '61.01', arcs: [[1, ~0]] }, { type: 'Polygon', id: '61.71', arcs: [[0, 2]] }] } } } as unknown as Topology,
      null,
    );
    expect(withCity.cities.features.map((f) => f.properties.code)).toEqual(['61.71']);
    const [lng, lat] = withCity.cities.features[0]!.geometry.coordinates as [number, number];
    expect(lng).toBeCloseTo(110.5, 1);
    expect(lat).toBeCloseTo(0.5, 1);
    expect(style.sources[SOURCE.cities]).toMatchObject({ type: 'geojson', promoteId: 'code' });
    const figure = { classIndex: 2, colour: '#41b6c4', noData: false, carried: false, dimmed: false };
    expect(2 * (paint('city-symbol', 'circle-radius', figure) as number)).toBeGreaterThanOrEqual(10);
    expect(paint('city-symbol', 'circle-color', figure)).toBe('rgba(65,182,196,1)');
    expect(paint('city-symbol', 'circle-stroke-width', figure)).toBeGreaterThan(0);
    expect(paint('city-ring', 'circle-stroke-width', figure)).toBe(0);
    expect(paint('city-ring', 'circle-stroke-width', { ...figure, selected: true })).toBeGreaterThanOrEqual(3);
    expect(paint('city-ring', 'circle-radius', figure)).toBeGreaterThan(paint('city-symbol', 'circle-radius', figure) as number);
    const order = style.layers.map((l) => l.id);
    expect(order.indexOf('city-ring')).toBeGreaterThan(order.indexOf('regency-selected'));
  });

  test('the sea and land colours can be chosen', () => {
    const custom = mapStyle(mapSources(regencies, context), { ...MAP_COLOURS, sea: '#000011', land: '#001100' });
    expect(custom.layers[0]).toMatchObject({ type: 'background', paint: { 'background-color': '#000011' } });
    expect(custom.layers.find((l) => l.id === 'context-fill')).toMatchObject({ paint: { 'fill-color': '#001100' } });
  });

  test('on a dark page every line and the no-figure ground take the dark colours: light borders around the classes', () => {
    const dark = mapStyle(mapSources(regencies, context), MAP_COLOURS_DARK);
    const layer = (id: string) => dark.layers.find((l) => l.id === id) as { paint: Record<string, unknown> };
    expect(layer('sea').paint['background-color']).toBe(MAP_COLOURS_DARK.sea);
    expect(layer('regency-borders').paint['line-color']).toBe(MAP_COLOURS_DARK.regencyBorder);
    expect(layer('province-outline').paint['line-color']).toBe(MAP_COLOURS_DARK.provinceOutline);
    expect(layer('regency-carried-outline').paint['line-color']).toBe(MAP_COLOURS_DARK.carriedOutline);
    expect(JSON.stringify(layer(REGENCY_FILL_LAYER).paint['fill-color'])).toContain(MAP_COLOURS_DARK.noData);
    // Every layer of LAYER_COLOURS exists: a renamed layer would silently keep its light colour.
    for (const [id] of LAYER_COLOURS) expect(dark.layers.map((l) => l.id)).toContain(id);
  });
});

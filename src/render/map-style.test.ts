import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import { boundsOf, grow, IMAGE, mapSources, mapStyle, SOURCE } from './map-style.ts';

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

  test('regencies are identified by code for feature-state, filled from state, hatched where there is no figure', () => {
    expect(style.sources[SOURCE.regencies]).toMatchObject({ type: 'geojson', promoteId: 'code' });
    const layer = (id: string) => style.layers.find((l) => l.id === id) as { paint: Record<string, unknown> };
    expect(JSON.stringify(layer('regency-fill').paint['fill-color'])).toContain('"feature-state","colour"');
    expect(layer('regency-no-data').paint['fill-pattern']).toBe(IMAGE.noData);
    expect(JSON.stringify(layer('regency-no-data').paint['fill-opacity'])).toContain('"noData"');
    expect(layer('regency-carried-forward').paint['fill-pattern']).toBe(IMAGE.carried);
    // Selection is drawn above the hover outline, which is above the province outline.
    const order = style.layers.map((l) => l.id);
    expect(order.indexOf('regency-selected')).toBeGreaterThan(order.indexOf('regency-hover'));
    expect(order.indexOf('regency-hover')).toBeGreaterThan(order.indexOf('province-outline'));
  });

  test('the sea and land colours can be chosen', () => {
    const custom = mapStyle(mapSources(regencies, context), { sea: '#000011', land: '#001100' });
    expect(custom.layers[0]).toMatchObject({ type: 'background', paint: { 'background-color': '#000011' } });
    expect(custom.layers.find((l) => l.id === 'context-fill')).toMatchObject({ paint: { 'fill-color': '#001100' } });
  });
});

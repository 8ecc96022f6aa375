import { describe, expect, test } from 'vitest';
import { EMBED_DEFAULTS, mapAttributes, readEmbedParams, writeEmbedParams } from './embed-params.ts';

describe('readEmbedParams', () => {
  test('reads the view and the state the route is asked for', () => {
    expect(readEmbedParams('?view=winners&year=2025&region=61.04&lang=en&metric=participants_active&carry=1&scheme=viridis')).toEqual({
      view: 'winners',
      year: 2025,
      region: '61.04',
      lang: 'en',
      metric: 'participants_active',
      carryForward: true,
      scheme: 'viridis',
      area: null,
    });
  });

  test('an empty address is the map in Bahasa Indonesia at its own default year', () => {
    expect(readEmbedParams('')).toEqual(EMBED_DEFAULTS);
    expect(EMBED_DEFAULTS).toMatchObject({ view: 'map', year: null, lang: 'id' });
  });

  test('malformed values take the defaults, one by one, so a mangled link still shows a map', () => {
    expect(readEmbedParams('?view=table&year=20x5&region=6104&lang=fr&metric=zero&carry=yes&scheme=rainbow&year=2024')).toEqual(EMBED_DEFAULTS);
    expect(readEmbedParams('?view=legend&year=2023&region=61"><script>')).toEqual({ ...EMBED_DEFAULTS, view: 'legend', year: 2023 });
  });
});

describe('writeEmbedParams', () => {
  test('view, year and lang always, in the order of the documented example; defaults left out', () => {
    expect(writeEmbedParams({ year: 2025, lang: 'id' })).toBe('?view=map&year=2025&lang=id');
    expect(writeEmbedParams({ view: 'all', year: 2025, region: '61.04', lang: 'en', metric: 'coverage_change_pp', carryForward: true, scheme: 'cividis' })).toBe(
      '?view=all&year=2025&region=61.04&lang=en&metric=coverage_change_pp&carry=1&scheme=cividis',
    );
  });

  test('reads back what it wrote', () => {
    const state = { view: 'region-details', year: 2023, region: '61.71', lang: 'en', metric: 'participants_active', carryForward: true, scheme: 'blues', area: 'indonesia' } as const;
    expect(readEmbedParams(writeEmbedParams(state))).toEqual(state);
  });
});

describe('mapAttributes', () => {
  test('the attributes of <paritrana-map> for the state; carry-forward bare', () => {
    expect(mapAttributes({ year: 2024, lang: 'en', region: '61.04', carryForward: true, metric: 'participants_active', scheme: 'viridis' })).toEqual([
      ['year', '2024'],
      ['lang', 'en'],
      ['metric', 'participants_active'],
      ['selected', '61.04'],
      ['carry-forward', ''],
      ['scheme', 'viridis'],
    ]);
    expect(mapAttributes({})).toEqual([['lang', 'id']]);
  });
});

describe('an address naming a property every object has', () => {
  test.each(['toString', '__proto__', 'constructor', 'hasOwnProperty'])('%j in view, metric, lang and scheme takes the defaults', (name) => {
    const search = `?view=${name}&metric=${name}&lang=${name}&scheme=${name}&year=2024`;
    expect(readEmbedParams(search)).toEqual({ ...EMBED_DEFAULTS, year: 2024 });
  });
});

describe('the area of a frame', () => {
  test('travels from the iframe address to the snippet and to the attributes a partner writes', () => {
    const params = readEmbedParams('?view=map&province=63&lang=en');
    expect(params.area).toBe('63');
    expect(writeEmbedParams(params)).toBe('?view=map&province=63&lang=en');
    expect(mapAttributes(params)).toContainEqual(['province', '63']);
    expect(mapAttributes(EMBED_DEFAULTS).some(([name]) => name === 'province')).toBe(false);
  });
});

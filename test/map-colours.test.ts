// The map's class colours on the light and the dark page: each class apart from its neighbours, and
// from the sea around it, by itself or by the regency border drawn round it (WCAG 1.4.11: 3:1 for
// the parts of a graphic a reader needs). The class colours are the same in both schemes; the lines
// and the ground change (src/render/tokens.ts).
import { describe, expect, test } from 'vitest';
import { MAP_COLOURS, MAP_COLOURS_DARK, type MapColours } from '../src/render/tokens.ts';
import { PUOR_COLOURS, SEQUENTIAL_COLOURS } from '../src/scale/scheme-colours.ts';
import { contrast } from './contrast.ts';

const ramps = [
  ...Object.entries(SEQUENTIAL_COLOURS).flatMap(([scheme, byCount]) => Object.entries(byCount).map(([count, colours]) => [`${scheme} ${count}`, colours] as const)),
  ...Object.entries(PUOR_COLOURS).map(([count, colours]) => [`puor ${count}`, colours] as const),
];
const schemes: [string, MapColours][] = [['light', MAP_COLOURS], ['dark', MAP_COLOURS_DARK]];

describe('the class colours on a light and a dark map', () => {
  test.each(ramps)('%s: each class differs from the next by a contrast a reader sees (1.2:1 or more)', (_, colours) => {
    for (let i = 1; i < colours.length; i++) expect(contrast(colours[i - 1]!, colours[i]!), `classes ${i - 1} and ${i}`).toBeGreaterThanOrEqual(1.2);
  });

  test.each(schemes.flatMap(([scheme, map]) => ramps.map(([ramp, colours]) => [scheme, ramp, map, colours] as const)))(
    '%s page, %s: every class stands 3:1 from the sea, by its colour or by the border around it',
    (_, __, map, colours) => {
      expect(contrast(map.regencyBorder, map.sea)).toBeGreaterThanOrEqual(3);
      for (const [i, colour] of colours.entries()) {
        const apart = Math.max(contrast(colour, map.sea), contrast(colour, map.regencyBorder));
        expect(apart, `class ${i} (${colour})`).toBeGreaterThanOrEqual(3);
      }
    },
  );

  test.each(schemes)('%s page: the hatch of "no figure" shows on its ground, and the names on their halo', (_, map) => {
    expect(contrast(map.hatch, map.noData)).toBeGreaterThanOrEqual(3);
    expect(contrast(map.ink, map.halo)).toBeGreaterThanOrEqual(7);
    expect(contrast(map.provinceOutline, map.sea)).toBeGreaterThanOrEqual(3);
  });

  test('the dark page is dark: its sea and land are darker than any light class, its lines lighter', () => {
    expect(contrast(MAP_COLOURS_DARK.sea, '#000000')).toBeLessThan(1.5);
    expect(contrast(MAP_COLOURS_DARK.ink, '#000000')).toBeGreaterThan(12);
  });
});

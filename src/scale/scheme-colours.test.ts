import { describe, expect, test } from 'vitest';
import { interpolateCividis, interpolateViridis, schemeBlues, schemePuOr, schemeYlGnBu } from 'd3-scale-chromatic';
import { quantize } from 'd3-interpolate';
import { color } from 'd3-color';
import { SCHEME_NAMES, type SchemeName } from './metric-scale.ts';
import { metricDefinition } from '../model/metrics.ts';
import { PUOR_COLOURS, SEQUENTIAL_COLOURS } from './scheme-colours.ts';

/** What the literals stand for: d3-scale-chromatic's schemes, the viridis pair light to dark without the darkest tenth. */
function computed(scheme: SchemeName, count: number): readonly string[] {
  switch (scheme) {
    case 'blues':
      return schemeBlues[count]!;
    case 'viridis':
      return quantize((t) => interpolateViridis(0.95 - 0.85 * t), count);
    case 'cividis':
      return quantize((t) => interpolateCividis(0.95 - 0.85 * t), count);
    case 'ylgnbu':
      return schemeYlGnBu[count]!;
  }
}

const sequentialCounts = [...new Set([metricDefinition('coverage_pct').breaks.length + 1, metricDefinition('participants_active').breaks.length + 1])];

describe('scheme colours written out', () => {
  test.each(SCHEME_NAMES.flatMap((scheme) => sequentialCounts.map((count) => [scheme, count] as const)))(
    '%s with %i classes is what d3-scale-chromatic gives',
    (scheme, count) => {
      // d3 gives the viridis family as rgb(...): the same colours, written shorter.
      expect(SEQUENTIAL_COLOURS[scheme][count]).toEqual(computed(scheme, count).map((c) => color(c)!.formatHex()));
    },
  );

  test('PuOr for the change metric is what d3-scale-chromatic gives', () => {
    const count = metricDefinition('coverage_change_pp').breaks.length + 1;
    expect(PUOR_COLOURS[count]).toEqual(schemePuOr[count]);
  });
});

// Boundary files that would draw NaN paths or crash the page: values far off the globe, and arrays
// nested deeper than any topology nests them. Each is one problem naming its JSON path, never a throw.
import { describe, expect, it } from 'vitest';
import { FIXTURE_REGIONS } from '../../test/fixtures/dataset.ts';
import { formatProblem } from './problem-text.ts';
import { parseRegions } from './regions.ts';
import { parseTopology } from './topology.ts';

const regions = parseRegions(FIXTURE_REGIONS, 'regions.csv').index;

/** A valid topology: each regency a small square of its own arc, in the province's longitudes and latitudes. */
function topology(): { type: 'Topology'; arcs: unknown[]; objects: { kabupaten: { type: 'GeometryCollection'; geometries: Record<string, unknown>[] } }; transform?: unknown } {
  const codes = regions.regencies.map((r) => r.code);
  return {
    type: 'Topology',
    arcs: codes.map((_, i) => [[109 + i * 0.1, -1], [109.05 + i * 0.1, -1], [109.05 + i * 0.1, -0.95], [109 + i * 0.1, -1]]),
    objects: { kabupaten: { type: 'GeometryCollection', geometries: codes.map((id, i) => ({ type: 'Polygon', id, arcs: [[i]] })) } },
  };
}

/** Nested `depth` arrays deep, built without recursion, written without JSON.stringify (which recurses). */
function deeplyNested(depth: number): string {
  return `${'['.repeat(depth)}0${']'.repeat(depth)}`;
}

/** Stands for the deep array until the topology is written out. */
const DEEP = 'deeply nested';
const withDeep = (value: unknown) => JSON.stringify(value).replace(`"${DEEP}"`, deeplyNested(150_000));

const check = (text: string) => {
  const result = parseTopology(text, 'regencies.topo.json', regions);
  return { topology: result.topology, lines: result.problems.map(formatProblem) };
};

describe('parseTopology against hostile boundary files', () => {
  it('accepts the valid topology the cases below break', () => {
    expect(check(JSON.stringify(topology()))).toMatchObject({ lines: [] });
    expect(check(JSON.stringify(topology())).topology).not.toBeNull();
  });

  it('an arc nested 150,000 deep is one problem naming arcs[3], not a stack overflow', () => {
    const value = topology();
    value.arcs[3] = [DEEP, [109.3, -1]];
    const text = withDeep(value);
    expect(text.length).toBeGreaterThan(300_000);
    const { topology: parsed, lines } = check(text);
    expect(parsed).toBeNull();
    expect(lines).toEqual([
      'regencies.topo.json: error: arcs[3][0]: found "[[[[[…]]]]]"; expected a position: an array of two numbers [longitude, latitude]',
    ]);
  });

  it('a geometry whose arcs are nested 150,000 deep is one problem naming the geometry\'s path', () => {
    const value = topology();
    value.objects.kabupaten.geometries[3]!.arcs = [DEEP];
    const { lines } = check(withDeep(value));
    expect(lines).toEqual([
      'regencies.topo.json: error: objects.kabupaten.geometries[3].arcs[0][0]: found "[[[[[…]]]]]"; expected arc indices between -14 and 13 (the file has 14 arcs)',
    ]);
  });

  it('an arc of 100,000 points with one off the globe names that point; the rest of the file is checked too', () => {
    const value = topology();
    value.arcs[5] = Array.from({ length: 100_000 }, (_, i) => [109.5 + i * 1e-6, i === 99_999 ? 1e308 : -1]);
    value.arcs[6] = [[109.6, -1], [null, -1]];
    const { lines } = check(JSON.stringify(value));
    expect(lines).toEqual([
      'regencies.topo.json: error: arcs[5][99999]: found "[109.599999,1e+308]"; expected a point on the globe (longitude -180 to 180, latitude -90 to 90)',
      'regencies.topo.json: error: arcs[6][1][0]: found "null"; expected a finite number',
    ]);
  });

  it('a quantised topology is checked where its steps land: a scale of 1e308 puts them off the globe', () => {
    const value = topology();
    value.transform = { scale: [1e308, 1e-5], translate: [109, -1] };
    value.arcs = value.arcs.map(() => [[0, 0], [1, 0], [0, 1], [-1, -1]]);
    const { lines } = check(JSON.stringify(value));
    expect(lines).toHaveLength(14);
    expect(lines[0]).toBe(
      'regencies.topo.json: error: arcs[0][1]: found "[1,0]"; expected a point on the globe (longitude -180 to 180, latitude -90 to 90); after the transform this step lands at longitude 1e+308, latitude -1',
    );
    // The same steps under a sane transform land in the province.
    value.transform = { scale: [1e-5, 1e-5], translate: [109, -1] };
    expect(check(JSON.stringify(value)).lines).toEqual([]);
  });

  it('no RangeError escapes, wherever the nesting is: a deep object beside the arcs is left alone', () => {
    const text = withDeep({ ...topology(), properties: DEEP });
    expect(() => check(text)).not.toThrow();
    expect(check(text).lines).toEqual([]);
  });
});

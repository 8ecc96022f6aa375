// Every label names the regency it stands on or points into: on the frozen fixture's boundaries
// (test/fixtures/regencies.topo.json), at the widths an embed is shown at, each of the 14 regencies is
// named; the point a label sits on, or where its leader ends, lies inside that regency's own polygon
// (not on a neighbour, not on Malaysia), no two labels overlap, and no label hides another's point.
// At 320 x 480 the embed once put "Kubu Raya" on Ketapang with its leader ending under "Mempawah".
import { textEms } from '../../src/render/label-layout.ts';
import { readFileSync } from 'node:fs';
import { geoContains, geoMercator, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { mapGeometry, rewound, type MapLabel } from '../../src/render/map-geometry.ts';
import { labelFontSize } from '../../src/render/label-size.ts';
import { labelGeography, layOutMapLabels } from '../../src/render/map-labels.ts';
import { makeDataset } from '../fixtures/dataset.ts';

const topology = JSON.parse(readFileSync('test/fixtures/regencies.topo.json', 'utf8')) as Topology;
const regencies = (feature(topology, topology.objects.kabupaten as GeometryCollection) as FeatureCollection).features.map((f) =>
  rewound(f as Feature<Polygon | MultiPolygon>),
);
const province = feature(topology, topology.objects.provinsi as GeometryCollection);
const { regions } = makeDataset();
const codes = regions.regencies.map((r) => r.code).sort();
const labelText = (code: string) => regions.byCode.get(code)?.shortName;
// As map.component.ts lays them out: a little larger than drawn (LABEL_FIT).
const fontSize = (width: number) => labelFontSize(width) * 1.12;
const GLYPH = 0.6;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function boxOf(label: MapLabel, size: number): Box {
  const half = (textEms(label.text) * size * (GLYPH / 0.6)) / 2;
  const lineHalf = (size * 1.2) / 2;
  return { left: label.x - half, right: label.x + half, top: label.y - lineHalf, bottom: label.y + lineHalf };
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const covers = (box: Box, [x, y]: [number, number]) => x > box.left && x < box.right && y > box.top && y < box.bottom;

/** Where a label points: the end of its leader, or the middle of the label itself. */
const pointOf = (label: MapLabel): [number, number] => (label.leader ? [label.leader.x2, label.leader.y2] : [label.x, label.y]);

function expectEachOnItsOwn(labels: readonly MapLabel[], projection: GeoProjection, size: number) {
  const named = labels.filter((l) => l.kind === 'regency');
  expect(named.map((l) => l.id).sort()).toEqual(codes);
  const boxes = named.map((l) => boxOf(l, size));
  for (const [i, label] of named.entries()) {
    const own = regencies.find((r) => String(r.id) === label.id)!;
    const at = projection.invert!(pointOf(label))!;
    expect(geoContains(own, at), `${label.text} points at [${pointOf(label).map(Math.round).join(', ')}], outside its regency`).toBe(true);
    for (const [j, other] of named.entries()) {
      if (i === j) continue;
      expect(overlap(boxes[i]!, boxes[j]!), `${label.text} overlaps ${other.text}`).toBe(false);
      expect(covers(boxes[j]!, pointOf(label)), `${label.text}'s point is under ${other.text}`).toBe(false);
    }
  }
}

// The embed's map frame at 320 x 480 is about 320 x 210 under the title and legend; the others are the
// frames of a phone, a column and a desktop.
describe.each([[320, 210], [320, 480], [375, 260], [375, 375], [700, 460], [1200, 700]])('at %i x %i px', (width, height) => {
  test('the MapLibre labels: each regency named on itself or by a leader that ends inside it, none overlapping, none under the zoom buttons', () => {
    const projection = geoMercator().fitExtent([[12, 12], [width - 12, height - 12]], province);
    // Three 44 px buttons, 4 px apart, 8 px in from the top right corner (map.styles.ts, for touch).
    const zoomButtons = { left: width - 52, right: width - 8, top: 8, bottom: 148 };
    const labels = layOutMapLabels(labelGeography(topology), {
      width,
      height,
      fontSize: fontSize(width),
      project: (at) => projection(at)!,
      pixelsPerRadian: projection.scale(),
      labelText,
      keepClear: [zoomButtons],
    });
    expectEachOnItsOwn(labels, projection, fontSize(width));
    for (const label of labels) expect(overlap(boxOf(label, fontSize(width)), zoomButtons), `${label.text} under the zoom buttons`).toBe(false);
  });

  test('the SVG map: the same', () => {
    const zoomButtons = { left: width - 52, right: width - 8, top: 8, bottom: 148 };
    const geometry = mapGeometry(topology, null, { width, maxHeight: height, fontSize: fontSize(width), labelText, keepClear: () => [zoomButtons] });
    const projection = geoMercator().fitWidth(width - 24, province);
    const [tx, ty] = projection.translate();
    projection.translate([tx + 12, ty + 12]);
    if (geometry.height === Math.floor(height)) projection.fitExtent([[12, 12], [width - 12, height - 12]], province);
    expectEachOnItsOwn(geometry.labels, projection, fontSize(width));
    for (const label of geometry.labels) expect(overlap(boxOf(label, fontSize(width)), zoomButtons), `${label.text} under the zoom buttons`).toBe(false);
  });
});

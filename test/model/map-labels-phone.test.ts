// Every regency named on a phone: the built boundaries (not figures: public/data/, as the browser
// tests use them) with the fixture's short names, laid out at phone widths by both renderers' layouts.
// Kubu Raya was left off at 343 px (a 375 px phone less the page's margins) before the wider ring of
// positions in label-layout.ts.
import { readFileSync } from 'node:fs';
import { geoMercator } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { mapGeometry } from '../../src/render/map-geometry.ts';
import { labelFontSize } from '../../src/render/label-size.ts';
import { labelGeography, layOutMapLabels } from '../../src/render/map-labels.ts';
import { makeDataset } from '../fixtures/dataset.ts';

const read = (file: string) => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as Topology;
const regencies = read('regencies.topo.json');
const context = read('context.topo.json');
const { regions } = makeDataset();
const codes = regions.regencies.map((r) => r.code).sort();
const labelText = (code: string) => regions.byCode.get(code)?.shortName;
// As map.component.ts lays them out: a little larger than drawn (LABEL_FIT).
const fontSize = (width: number) => labelFontSize(width) * 1.12;

describe.each([[320, 320], [343, 343], [343, 457], [375, 375]])('at %i x %i px', (width, height) => {
  test('the SVG map names all 14 regencies, the crowded coast by leader lines', () => {
    const labels = mapGeometry(regencies, context, { width, maxHeight: height, fontSize: fontSize(width), labelText }).labels;
    const named = labels.filter((l) => l.kind === 'regency');
    expect(named.map((l) => l.id).sort()).toEqual(codes);
    expect(named.find((l) => l.id === '61.71')!.leader).not.toBeNull();
  });

  test('the MapLibre labels name all 14 regencies over the same view', () => {
    const province = feature(regencies, regencies.objects.provinsi as GeometryCollection);
    const projection = geoMercator().fitExtent([[12, 12], [width - 12, height - 12]], province);
    const labels = layOutMapLabels(labelGeography(regencies), {
      width,
      height,
      fontSize: fontSize(width),
      project: (at) => projection(at)!,
      pixelsPerRadian: projection.scale(),
      labelText,
    });
    expect(labels.map((l) => l.id).sort()).toEqual(codes);
  });
});

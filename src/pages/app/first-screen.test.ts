// The first screen written into the HTML, on the frozen fixture (dataset and boundaries): it must be the
// picture the page then draws (the year's picture's colours, the page's summary and table order), and
// small enough to send before any script.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { yearView } from '../../scale/year-view.ts';
import { defaultYear } from '../../model/years.ts';
import { makeDataset } from '../../../test/fixtures/dataset.ts';
import { fillFirstScreen } from '../../../scripts/lib/first-screen/vite-plugin.ts';
import { FIRST_SCREEN_FRAMES, firstScreen, firstScreenCss } from './first-screen.ts';
import { summaryText } from './summary.ts';
import { byValueDescending } from './view.ts';

const regencyTopology = JSON.parse(readFileSync('test/fixtures/regencies.topo.json', 'utf8')) as Topology;
const dataset = makeDataset();
const screen = firstScreen({ dataset, regencyTopology, contextTopology: null, province: null, problems: [] })!;
const year = defaultYear(dataset);
const view = yearView(dataset, { year, metric: 'coverage_pct', carryForward: false, lang: 'id' });

describe('the first screen in the HTML', () => {
  test('paints every regency in its colour of the default year, or the hatch, as the map does', () => {
    const fills = new Map([...screen.parts.map.matchAll(/<path class="regency" data-code="([^"]+)" d="[^"]+" fill="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!]));
    expect(fills.size).toBe(14);
    for (const region of view.regencies) expect(fills.get(region.code)).toBe(region.colour ?? 'url(#first-screen-no-data)');
    // At least three classes and the hatch: a reader sees a choropleth, not a blank shape.
    expect(new Set([...fills.values()].filter((f) => f.startsWith('#'))).size).toBeGreaterThanOrEqual(3);
    expect([...fills.values()]).toContain('url(#first-screen-no-data)');
  });

  test('names every regency once in each screen\'s set of names, inside that screen\'s frame', () => {
    const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(screen.parts.map)!.map(Number) as [number, number, number];
    for (const frame of FIRST_SCREEN_FRAMES) {
      const sets = screen.parts.map.split('<g class="first-screen-labels ');
      const set = sets.find((part) => part.startsWith(`first-screen-labels--${frame.name}"`))!;
      expect(set).toBeDefined();
      const labels = [...set.matchAll(/<text class="label label--regency" data-code="([^"]+)" x="([-\d.]+)" y="([-\d.]+)">/g)];
      expect(labels.map((l) => l[1]).sort()).toEqual(view.regencies.map((r) => r.code).sort());
      // The frame in the shapes' units: the viewBox fitted ("meet") and centred in it.
      const scale = Math.min(frame.width / width, frame.height / height);
      const [halfWidth, halfHeight] = [frame.width / scale / 2, frame.height / scale / 2];
      for (const [, , x, y] of labels) {
        expect(Math.abs(Number(x) - width / 2)).toBeLessThan(halfWidth);
        expect(Math.abs(Number(y) - height / 2)).toBeLessThan(halfHeight);
      }
    }
  });

  test('says the year, the summary and the heading as the page does', () => {
    expect(screen.view.year).toBe(year);
    expect(screen.parts.year).toContain(`>${year}<`);
    expect(screen.parts.summary).toContain(summaryText(view.summary, 'id', 'coverage_pct'));
    expect(screen.parts.mapHeading).toContain(`Cakupan kepesertaan (%), ${year}`);
    expect(screen.parts.legend).toContain('Data tidak tersedia');
  });

  test('lists the table\'s rows in the page\'s order, each figure with its period', () => {
    const rows = [...screen.parts.tableBody.matchAll(/<tr data-code="([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual([...view.regencies].sort(byValueDescending).map((r) => r.code));
    const ketapang = view.byCode.get('61.04')!;
    expect(screen.parts.tableBody).toContain(`<span class="figure">${ketapang.text!.value}</span><span class="period">${ketapang.text!.period}</span>`);
  });

  test('marks the view it was written for, so an address asking for another can hide it', () => {
    expect(new URLSearchParams(screen.viewParams).get('year')).toBe(String(year));
    const html = fillFirstScreen('<html lang="id"><h2><!--first-screen:mapHeading-->Peta<!--/first-screen--></h2><p><!--first-screen:nothing-->kept<!--/first-screen--></p>', screen);
    expect(html).toContain(`data-first-screen="province=61&amp;year=${year}&amp;metric=coverage_pct&amp;lang=id&amp;carry=0"`);
    expect(html).toContain(`<h2>${screen.parts.mapHeading}</h2>`);
    expect(html).toContain('<p>kept</p>');
    // Without data (a build before build:data), the defaults stay.
    expect(fillFirstScreen('<h2><!--first-screen:mapHeading-->Peta<!--/first-screen--></h2>', null)).toBe('<h2>Peta</h2>');
  });

  test('shows the phone\'s names under the phone breakpoint and the laptop\'s otherwise', () => {
    const css = firstScreenCss();
    expect(css).toMatch(/\.first-screen-labels--phone\{display:none\}/);
    expect(css).toMatch(/@media \(max-width: 36rem\)\{\.first-screen-labels\{display:none\}\.first-screen-labels--phone\{display:inline\}\}/);
  });

  test('stays small: the map under 12 KB gzip for the fixture\'s 14 regencies', () => {
    expect(gzipSync(screen.parts.map).length).toBeLessThan(12_000);
  });
});

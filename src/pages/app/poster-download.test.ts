// The poster against the screen, on the frozen fixture (dataset and boundaries): the same year's
// picture paints both, so every regency has the map's colour and every coloured one the value the
// screen writes for it.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { yearView } from '../../scale/year-view.ts';
import { makeDataset } from '../../../test/fixtures/dataset.ts';
import { posterFor } from './poster-download.ts';

const regencyTopology = JSON.parse(readFileSync('test/fixtures/regencies.topo.json', 'utf8')) as Topology;
const dataset = makeDataset();

describe.each([
  ['coverage_pct', 'id'],
  ['coverage_change_pp', 'en'],
] as const)('the poster of %s in %s', (metric, lang) => {
  const view = yearView(dataset, { year: 2024, metric, carryForward: true, lang, scheme: 'ylgnbu' });
  const poster = posterFor(
    { dataset, regencyTopology, contextTopology: null, province: null },
    { view, metric, lang, carryForward: true, summary: 'ringkasan', province: 'Kalimantan Barat', baseUri: 'https://peta.example/kalbar/' },
  )!;

  test('paints each regency as the map does: its class colour, or the hatch without one', () => {
    const fills = new Map([...poster.svg.matchAll(/<path d="([^"]+)" fill="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!]));
    expect(fills.size).toBe(14);
    const painted = [...fills.values()];
    for (const region of view.regencies) expect(painted).toContain(region.colour ?? 'url(#no-data)');
    expect(painted.filter((f) => f === 'url(#no-data)')).toHaveLength(view.regencies.filter((r) => r.colour === null).length);
  });

  test('writes each coloured regency\'s value as the screen does, and no value where the map shows none', () => {
    const values = [...poster.svg.matchAll(/<tspan class="value" font-weight="400">([^<]*)<\/tspan>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const shown = view.regencies.filter((r) => r.colour && r.text).map((r) => r.text!.value);
    expect(shown.length).toBeGreaterThan(0);
    expect(values.sort()).toEqual(shown.sort());
  });

  test('names BPJS Ketenagakerjaan, the province and the year in the title, and links back to the page for the year and metric', () => {
    const titleText = /<text class="title"[^>]*>(.*?)<\/text>/.exec(poster.svg)![1]!;
    const title = [...titleText.matchAll(/<tspan x="24" dy="\d+">([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
    expect(title).toMatch(/BPJS Ketenagakerjaan .*Kalimantan Barat, 2024$/);
    const address = metric === 'coverage_pct' ? 'https://peta.example/kalbar/?year=2024&amp;carry=1' : 'https://peta.example/kalbar/?year=2024&amp;metric=coverage_change_pp&amp;lang=en&amp;carry=1';
    expect(poster.svg.replace(/<\/tspan><tspan x="24" dy="\d+">/g, ' ')).toContain(address);
  });
});

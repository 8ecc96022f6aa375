// The largest CSV the desk takes (just under the 20 MB limit: 149,055 rows, every regency a day at a
// time for thirty years) through everything the desk and the map compute from it: read, checked,
// compared with the published data, the slider's years, a regency's chart and tooltip span. A list of
// that length spread into one call (Math.max(...years)) overflows the call stack, so each step must
// either answer or refuse, never throw.
import { expect, it } from 'vitest';
import { importFile, MAX_INPUT_BYTES } from '../../src/data/index.ts';
import { applyImport } from '../../src/model/imported-data.ts';
import { datasetChanges } from '../../src/model/dataset-diff.ts';
import { defaultYear, sliderYears } from '../../src/model/years.ts';
import { chartYears } from '../../src/elements/region-details/region-details.model.ts';
import { figureSeries, yearFigures } from '../../src/model/year-figures.ts';
import { largeCoverageCsv } from '../../scripts/lib/large-coverage.ts';
import { makeDataset } from '../fixtures/dataset.ts';

const ROWS = 149_055;

it('a 149,055-row CSV of 19.5 MB loads whole, and the years, the chart and the tooltip span all of it', { timeout: 120_000 }, async () => {
  const published = makeDataset();
  const text = largeCoverageCsv(ROWS, published.regions.regencies.map((r) => r.code), 'https://example.org/rekap-kepesertaan-bpjs-ketenagakerjaan-kalbar/2015-2026/v2.1');
  const bytes = new TextEncoder().encode(text);
  expect(bytes.length).toBeGreaterThan(19_400_000);
  expect(bytes.length).toBeLessThanOrEqual(MAX_INPUT_BYTES);

  const result = applyImport(published, [await importFile(bytes, 'cakupan-harian.csv')]);
  expect(result.files[0]!.tables[0]!.loaded).toBe(ROWS);
  const changes = datasetChanges(published, result.dataset);
  expect(changes.coverage.added).toBeGreaterThan(0);
  // A regency a day from 1 January 2015: the last of 10,647 days falls in 2044.
  expect(sliderYears(result.dataset).years.at(-1)).toBe(2044);
  expect(defaultYear(result.dataset)).toBeGreaterThanOrEqual(2015);
  expect(chartYears(result.dataset, 2024)).toEqual([2015, 2044]);
  const series = figureSeries(result.dataset, '61.04', 'coverage_pct', 2024);
  expect([series[0]!.year, series.at(-1)!.year]).toEqual([2015, 2044]);
  // Every regency's tooltip, as the map's keyboard list says them all.
  for (const regency of yearFigures(result.dataset, { year: 2024, metric: 'coverage_pct', lang: 'id' }).regencies) {
    expect(regency.tooltip.series).toHaveLength(30);
  }
});

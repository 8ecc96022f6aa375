// Adding a metric is one registry entry: defined here through the registry alone, it must reach the
// legend, the map's paint, the tooltip, the CSV download, the slider's years and the address reader,
// with no other change. (Outside src/: it reads across the layers, which no module of src/ may.)
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { legendModel } from '../../src/scale/legend-entries.ts';
import { featureState, paintRegencies } from '../../src/elements/map/map-paint.ts';
import { yearView } from '../../src/scale/year-view.ts';
import { BOM, csvFileName, figuresCsv } from '../../src/model/export-csv.ts';
import { isMapMetric, mapMetrics, registerMetric, type MapMetricDefinition } from '../../src/model/metrics.ts';
import { readAddress } from '../../src/model/url.ts';
import { sliderYears } from '../../src/model/years.ts';
import { metricScale } from '../../src/scale/metric-scale.ts';
import { makeDataset } from '../fixtures/dataset.ts';

const WAGE_EARNERS: MapMetricDefinition = {
  id: 'participants_pu',
  reads: 'participants_pu',
  derive: 'figure',
  unit: 'persons',
  breaks: [25_000, 50_000, 75_000, 100_000],
  colours: 'sequential',
  carryForward: true,
  offered: true,
  label: { id: 'Peserta penerima upah', en: 'Wage-earner participants' },
  choice: { id: 'Penerima upah', en: 'Wage earners' },
  subject: { id: 'peserta penerima upah BPJS Ketenagakerjaan', en: 'wage-earner BPJS Ketenagakerjaan participants' },
  fileWord: { id: 'penerima-upah', en: 'wage-earners' },
};

// Only Ketapang publishes the figure, in a year (2019) no other metric has: the slider must offer it.
const dataset = makeDataset({ figures: ['61.04,2019,participants_pu,80101', '61.08,2019,coverage_pct,40'] });
let unregister: () => void;

beforeAll(() => {
  unregister = registerMetric(WAGE_EARNERS);
});
afterAll(() => unregister());

describe('a metric defined through the registry alone', () => {
  test('is offered and read from an address', () => {
    expect(mapMetrics().map((m) => m.id)).toContain('participants_pu');
    expect(isMapMetric('participants_pu')).toBe(true);
    expect(readAddress('?metric=participants_pu').metric).toBe('participants_pu');
    expect(sliderYears(dataset).years).toContain(2019);
  });

  test('has its legend: its title, its five classes in its unit, then the hatch', () => {
    const legend = legendModel('participants_pu', 'ylgnbu', 'id', false);
    expect(legend.title).toBe('Peserta penerima upah');
    expect(legend.entries.map((e) => e.label)).toEqual(['< 25.000', '25.000–50.000', '50.000–75.000', '75.000–100.000', '≥ 100.000', 'Data tidak tersedia']);
  });

  test('paints the map from its own figures, and only the regencies that have one', () => {
    const paint = paintRegencies(yearView(dataset, { year: 2019, metric: 'participants_pu', lang: 'id' }));
    const ketapang = paint.find((p) => p.code === '61.04')!;
    expect(ketapang.classIndex).toBe(3);
    expect(ketapang.colour).toBe(metricScale('participants_pu').classes[3]!.colour);
    expect(featureState(ketapang, '#fff').colour).toBe(ketapang.colour);
    // Landak has a coverage figure that year, not this metric's: hatched, not coloured.
    expect(paint.find((p) => p.code === '61.08')!.classIndex).toBeNull();
  });

  test('says its value in the tooltip in its unit', () => {
    const ketapang = (lang: 'id' | 'en') => yearView(dataset, { year: 2019, metric: 'participants_pu', lang }).byCode.get('61.04')!.tooltip;
    expect(ketapang('id')).toMatchObject({ name: 'Ketapang', value: '80.101', period: 'tahun 2019', note: null });
    expect(ketapang('en').value).toBe('80,101');
  });

  test('downloads as CSV under its own file name, with its unit and source', () => {
    expect(csvFileName(2019, 'participants_pu', 'id')).toBe('paritrana-penerima-upah-2019.csv');
    const rows = csvParse(figuresCsv(dataset, { year: 2019, metric: 'participants_pu', lang: 'en' }).slice(BOM.length));
    expect(rows.find((r) => r.kemendagri_code === '61.04')).toMatchObject({ metric: 'participants_pu', value: '80101', unit: 'persons', period: '2019' });
    expect(rows.find((r) => r.kemendagri_code === '61.08')).toMatchObject({ value: '', status: 'Data not available' });
  });
});

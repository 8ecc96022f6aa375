// The year's picture is one computation read by three views that must never disagree about a region:
// the CSV a reader downloads, the table under the map, and the map's own fill. Checked region by region
// on the frozen fixture, in the states that were once worded in separate places: figures carried from
// an earlier year, the change computed from two figures (or with no earlier one), a year without any.
import { describe, expect, test } from 'vitest';
import { featureState, paintRegencies } from '../../src/elements/map/map-paint.ts';
import { figuresRows, type CsvRow } from '../../src/model/export-csv.ts';
import { byValueDescending } from '../../src/pages/app/view.ts';
import { HATCH } from '../../src/render/map-patterns.ts';
import { metricScale, NO_EARLIER_STYLE } from '../../src/scale/metric-scale.ts';
import { yearView, type YearViewOptions } from '../../src/scale/year-view.ts';
import { makeDataset } from '../fixtures/dataset.ts';

const dataset = makeDataset();

/** What each of the three says about every region, side by side. */
function threeViews(options: YearViewOptions) {
  const view = yearView(dataset, options);
  const csv = new Map(figuresRows(dataset, options).map((row) => [row.kemendagri_code, row]));
  const table = [...view.regencies].sort(byValueDescending);
  const map = new Map(paintRegencies(view).map((p) => [p.code, featureState(p, HATCH.background)]));
  return { view, csv, table, map };
}

/** The colour a CSV row's number earns on the metric's fixed scale; the hatch's background without one. */
function colourOfRow(row: CsvRow, metric: string): string {
  return row.value === '' ? HATCH.background : metricScale(metric).classify(Number(row.value)).colour;
}

describe('the CSV, the table and the map agree on every region', () => {
  test('with carry forward on (2024): the same value, the same carried mark, the same colour', () => {
    const { view, csv, table, map } = threeViews({ year: 2024, metric: 'coverage_pct', lang: 'id', carryForward: true });
    expect(table).toHaveLength(14);
    for (const region of table) {
      const row = csv.get(region.code)!;
      const fill = map.get(region.code)!;
      expect(row.value, region.code).toBe(region.value === null ? '' : String(region.value));
      // A row with a number is a row the table shows a figure for, coloured on the map; a blank is hatched in both.
      expect(region.text !== null, region.code).toBe(row.value !== '');
      expect(fill.colour, region.code).toBe(row.value === '' ? HATCH.background : colourOfRow(row, 'coverage_pct'));
      expect(fill.noData, region.code).toBe(row.value === '');
      // Carried in the CSV's status, in the table's period, and dotted on the map.
      const carried = row.status.startsWith('memakai angka tahun');
      expect(region.origin === 'carried', region.code).toBe(carried);
      expect(fill.carried, region.code).toBe(carried);
      expect(region.text?.period.includes('angka tahun sebelumnya') ?? false, region.code).toBe(carried);
    }
    // Kapuas Hulu (39% of Oct 2023), Kubu Raya (39,21% of Nov 2023) and the province (35% of 2023) carried; Landak's own 2024 figure not.
    expect([...csv.values()].filter((r) => r.status.startsWith('memakai')).map((r) => r.kemendagri_code)).toEqual(['61.06', '61.12', '61']);
    expect(view.province).toMatchObject({ origin: 'carried', value: 35 });
    expect(view.byCode.get('61.06')!.text).toMatchObject({ value: '39%', period: 'per Okt 2023, angka tahun sebelumnya' });
    expect(view.summary).toEqual({ year: 2024, units: 'regencies', everPublished: true, total: 14, published: 5, carried: 2, missing: 7 });
    // The province's own row, under the regencies in both the CSV and the table.
    expect(csv.get('61')!.value).toBe(String(view.province!.value));
  });

  test('for the change: a computed change, a figure with no earlier one, and no figure at all', () => {
    const { view, csv, table, map } = threeViews({ year: 2024, metric: 'coverage_change_pp', lang: 'en' });
    for (const region of table) {
      const row = csv.get(region.code)!;
      const fill = map.get(region.code)!;
      expect(row.value, region.code).toBe(region.value === null ? '' : String(region.value));
      if (region.origin === 'computed') {
        // The CSV's status words the change exactly as the table does, both ends named.
        expect(row.status, region.code).toContain(`change of ${region.text!.value}, ${region.text!.period};`);
        expect(fill.colour, region.code).toBe(colourOfRow(row, 'coverage_change_pp'));
      } else if (region.state === 'no-earlier') {
        expect(row.status, region.code).toMatch(/^no earlier figure to compare/);
        expect([fill.colour, fill.noData], region.code).toEqual([NO_EARLIER_STYLE.fill, false]);
        // The table's swatch is the map's grey, not the hatch.
        expect(region.colour, region.code).toBe(NO_EARLIER_STYLE.fill);
      } else {
        expect(row.status, region.code).toBe('Data not available');
        expect([fill.colour, fill.noData], region.code).toEqual([HATCH.background, true]);
        expect(region.colour, region.code).toBeNull();
      }
    }
    const states = (code: string) => [view.byCode.get(code)!.origin, view.byCode.get(code)!.state];
    // Ketapang +12.33 (2023 → 2024), Landak 2024 only, Sambas nothing in either year.
    expect([states('61.04'), states('61.08'), states('61.01')]).toEqual([['computed', 'value'], ['none', 'no-earlier'], ['none', 'no-figure']]);
    expect(view.byCode.get('61.04')!.text).toMatchObject({ value: '+12.33 percentage points', period: '2023 → 2024' });
  });

  test('in a year without any figure (2021), carry on or off: every row blank, every regency hatched', () => {
    for (const carryForward of [false, true]) {
      const { view, csv, table, map } = threeViews({ year: 2021, metric: 'coverage_pct', lang: 'id', carryForward });
      for (const region of table) {
        expect(csv.get(region.code)!).toMatchObject({ value: '', status: 'Data tidak tersedia' });
        expect(region.text).toBeNull();
        expect(map.get(region.code)).toMatchObject({ noData: true, colour: HATCH.background, carried: false });
      }
      expect(view.summary).toEqual({ year: 2021, units: 'regencies', everPublished: true, total: 14, published: 0, carried: 0, missing: 14 });
      expect(view.legend.entries.map((e) => e.kind)).toEqual([...Array(6).fill('class'), 'no-data', ...(carryForward ? ['carried-forward'] : [])]);
    }
  });
});

describe('computed once per choice', () => {
  test('the same dataset and choices give the same picture, which the CSV rows are read from', () => {
    const choices = { year: 2024, metric: 'coverage_pct', lang: 'id' as const, carryForward: true };
    const view = yearView(dataset, choices);
    expect(yearView(dataset, { ...choices })).toBe(view);
    expect(yearView(dataset, { ...choices, scheme: 'viridis' })).not.toBe(view);
    // Another scheme recolours the same figures: the words are not worded again.
    expect(yearView(dataset, { ...choices, scheme: 'viridis' }).byCode.get('61.04')!.text).toBe(view.byCode.get('61.04')!.text);
  });
});

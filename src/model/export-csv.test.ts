import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../data/index.ts';
import { FIXTURE_FIGURES_BILINGUAL, FIXTURE_SOURCE, makeDataset } from '../../test/fixtures/dataset.ts';
import { BOM, CSV_COLUMNS, csvFileName, figuresCsv, figuresRows, neutraliseFormula } from './export-csv.ts';

const dataset = makeDataset();

/** The download as a spreadsheet would read it: BOM stripped, parsed by d3-dsv. */
function parse(text: string) {
  expect(text.startsWith(BOM)).toBe(true);
  return csvParse(text.slice(BOM.length));
}

describe('figuresCsv', () => {
  test('has one row per regency in code order, then the province, under the documented columns', () => {
    const table = parse(figuresCsv(dataset, { year: 2024, metric: 'coverage_pct', lang: 'en' }));
    expect(table.columns).toEqual([...CSV_COLUMNS]);
    expect(table.map((r) => r.kemendagri_code)).toEqual([...dataset.regions.regencies.map((r) => r.code), '61']);
    expect(table).toHaveLength(15);
    expect(table.find((r) => r.kemendagri_code === '61.02')?.bps_code).toBe('6104');
  });

  test('a regency without a figure has a blank value and says so, never 0', () => {
    const table = parse(figuresCsv(dataset, { year: 2024, metric: 'coverage_pct', lang: 'en' }));
    const bengkayang = table.find((r) => r.kemendagri_code === '61.07')!;
    expect(bengkayang.value).toBe('');
    expect(bengkayang.status).toBe('Data not available');
    expect(bengkayang.source_url).toBe('');
    const missing = table.filter((r) => r.status === 'Data not available');
    // 2024 coverage: Ketapang, Landak, Mempawah, Pontianak and Singkawang published; the rest did not.
    expect(missing.map((r) => r.kemendagri_code)).toEqual(['61.01', '61.03', '61.05', '61.06', '61.07', '61.09', '61.10', '61.11', '61.12', '61']);
    for (const r of missing) expect(r.value).toBe('');
  });

  test('every figure keeps its period and source, and re-parses to the published value', () => {
    const table = parse(figuresCsv(dataset, { year: 2024, metric: 'coverage_pct', lang: 'en' }));
    const ketapang = table.find((r) => r.kemendagri_code === '61.04')!;
    expect(ketapang).toMatchObject({
      name: 'Kabupaten Ketapang',
      year: '2024',
      metric: 'coverage_pct',
      value: '68.02',
      unit: 'percent',
      period: '2024',
      confidence: 'high',
      status: 'published',
    });
    expect(ketapang.source_url).toBe(FIXTURE_SOURCE);
    expect(Number(ketapang.value)).toBe(68.02);
    const mempawah = table.find((r) => r.kemendagri_code === '61.02')!;
    expect([mempawah.value, mempawah.period]).toEqual(['38.54', '2024-09']);
    for (const r of table.filter((r) => r.value !== '')) {
      expect(r.period, r.kemendagri_code).not.toBe('');
      expect(r.source_url, r.kemendagri_code).toMatch(/^https?:\/\//);
    }
  });

  test('notes with commas, quotes and line breaks survive the round trip', () => {
    const kubuRaya = dataset.figures.find((f) => f.regionCode === '61.12' && f.period.text === '2023-11' && f.metric === 'coverage_pct')!;
    const table = parse(figuresCsv(dataset, { year: 2023, metric: 'coverage_pct', lang: 'en' }));
    expect(table.find((r) => r.kemendagri_code === '61.12')!.note).toBe(kubuRaya.note);
    expect(kubuRaya.note).toContain(',');
  });

  test('the latest figure of a year is the value, and a disagreeing one is named in the status', () => {
    const table = parse(figuresCsv(dataset, { year: 2025, metric: 'coverage_pct', lang: 'en' }));
    const singkawang = table.find((r) => r.kemendagri_code === '61.72')!;
    expect([singkawang.value, singkawang.period]).toEqual(['27', '2025-12']);
    expect(singkawang.status).toBe('published; another figure published for the year: 22.77 (2025-06)');
  });

  test('carried-forward values say from which year', () => {
    const table = parse(figuresCsv(dataset, { year: 2025, metric: 'coverage_pct', lang: 'en', carryForward: true }));
    const ketapang = table.find((r) => r.kemendagri_code === '61.04')!;
    expect([ketapang.value, ketapang.period, ketapang.status]).toEqual(['68.02', '2024', 'carried forward from 2024']);
    const withoutCarry = parse(figuresCsv(dataset, { year: 2025, metric: 'coverage_pct', lang: 'en' }));
    expect(withoutCarry.find((r) => r.kemendagri_code === '61.04')!.value).toBe('');
  });

  test('the change metric names both figures it is computed from', () => {
    const table = parse(figuresCsv(dataset, { year: 2024, metric: 'coverage_change_pp', lang: 'en' }));
    const ketapang = table.find((r) => r.kemendagri_code === '61.04')!;
    expect(ketapang).toMatchObject({ value: '12.33', unit: 'percentage_points', period: '2023 / 2024', status: 'change of +12.33 percentage points, 2023 → 2024; computed from 55.69 (2023) and 68.02 (2024)' });
    // Landak has 2024 but no 2023: no change, not a change from zero.
    const landak = table.find((r) => r.kemendagri_code === '61.08')!;
    expect([landak.value, landak.status]).toEqual(['', 'no earlier figure to compare: 53.43 (2024) but nothing for 2023']);
  });

  test('the change names both ends in the reader\'s words (Mempawah: +0,42 persen poin, Des 2023 → Sep 2024)', () => {
    const rows = figuresRows(dataset, { year: 2024, metric: 'coverage_change_pp', lang: 'id' });
    expect(rows.find((r) => r.kemendagri_code === '61.02')!.status).toBe('perubahan +0,42 persen poin, Des 2023 → Sep 2024; dihitung dari 38.12 (2023-12) dan 38.54 (2024-09)');
  });

  test('each figure keeps its note in both languages (note and note_id)', () => {
    const bilingual = makeDataset({ figures: FIXTURE_FIGURES_BILINGUAL });
    const ketapang = parse(figuresCsv(bilingual, { year: 2024, metric: 'coverage_pct', lang: 'id' })).find((r) => r.kemendagri_code === '61.04')!;
    expect([ketapang.note, ketapang.note_id]).toEqual(['The source states a rise of 12.33 points', 'Sumber menyebut kenaikan 12,33 persen poin']);
    // A figure without a note has neither.
    const pontianak = parse(figuresCsv(bilingual, { year: 2024, metric: 'coverage_pct', lang: 'id' })).find((r) => r.kemendagri_code === '61.71')!;
    expect([pontianak.note, pontianak.note_id]).toEqual(['', '']);
  });

  test('the status is written in the chosen language', () => {
    const rows = figuresRows(dataset, { year: 2024, metric: 'coverage_pct', lang: 'id' });
    expect(rows.find((r) => r.kemendagri_code === '61.04')!.status).toBe('dipublikasikan');
    expect(rows.find((r) => r.kemendagri_code === '61.07')!.status).toBe('Data tidak tersedia');
  });

  test('a note that starts like a formula is neutralised with an apostrophe', () => {
    const poisoned: Dataset = {
      ...dataset,
      figures: dataset.figures.map((f) =>
        f.regionCode === '61.04' && f.period.text === '2024' && f.metric === 'coverage_pct' ? { ...f, note: '=HYPERLINK("https://example.org","click")' } : f,
      ),
    };
    const text = figuresCsv(poisoned, { year: 2024, metric: 'coverage_pct', lang: 'en' });
    const ketapang = parse(text).find((r) => r.kemendagri_code === '61.04')!;
    expect(ketapang.note).toBe('\'=HYPERLINK("https://example.org","click")');
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('neutraliseFormula', () => {
  test('prefixes cells a spreadsheet would run, leaves numbers and text alone', () => {
    expect(['=1+1', '+cmd', '-x', '@SUM(A1)', '\t=1'].map(neutraliseFormula)).toEqual(["'=1+1", "'+cmd", "'-x", "'@SUM(A1)", "'\t=1"]);
    expect(['-1.5', '+12.33', '68.02', '', 'Kabupaten Ketapang', 'a=b'].map(neutraliseFormula)).toEqual(['-1.5', '+12.33', '68.02', '', 'Kabupaten Ketapang', 'a=b']);
  });
});

describe('csvFileName', () => {
  test('names the metric and year in the reader’s language', () => {
    expect(csvFileName(2024, 'coverage_pct', 'id')).toBe('paritrana-cakupan-2024.csv');
    expect(csvFileName(2024, 'coverage_pct', 'en')).toBe('paritrana-coverage-2024.csv');
    expect(csvFileName(2025, 'coverage_change_pp', 'en')).toBe('paritrana-coverage-change-2025.csv');
  });
});

describe('values that cannot be shown', () => {
  // Validation refuses them in the CSV files; a hand-made dataset.json can still hold them.
  const withValue = (value: number): Dataset => ({
    ...dataset,
    figures: dataset.figures.map((f) => (f.regionCode === '61.04' && f.period.text === '2024' && f.metric === 'coverage_pct' ? { ...f, value } : f)),
  });

  test('an infinite or not-a-number figure is a blank value with "no published figure", never "Infinity" or "NaN"', () => {
    for (const value of [Infinity, -Infinity, NaN]) {
      const text = figuresCsv(withValue(value), { year: 2024, metric: 'coverage_pct', lang: 'en' });
      expect(text).not.toMatch(/Infinity|NaN|∞/);
      const ketapang = parse(text).find((r) => r.kemendagri_code === '61.04')!;
      expect([ketapang.value, ketapang.status]).toEqual(['', 'Data not available']);
      const change = figuresCsv(withValue(value), { year: 2024, metric: 'coverage_change_pp', lang: 'id' });
      expect(change).not.toMatch(/Infinity|NaN|∞/);
      expect(parse(change).find((r) => r.kemendagri_code === '61.04')!.value).toBe('');
    }
  });

  test('minus zero is written 0', () => {
    const ketapang = parse(figuresCsv(withValue(-0), { year: 2024, metric: 'coverage_pct', lang: 'en' })).find((r) => r.kemendagri_code === '61.04')!;
    expect(ketapang.value).toBe('0');
  });

  test('a fall too small to show is a change of 0, not "-0"', () => {
    // 55.69 in 2023, 55.686 in 2024: -0.004 rounds to minus zero.
    const text = figuresCsv(withValue(55.686), { year: 2024, metric: 'coverage_change_pp', lang: 'id' });
    const ketapang = parse(text).find((r) => r.kemendagri_code === '61.04')!;
    expect(ketapang.value).toBe('0');
    expect(ketapang.status).toMatch(/^perubahan 0 persen poin, /);
    expect(text).not.toMatch(/-0[^.\d]/);
  });
});

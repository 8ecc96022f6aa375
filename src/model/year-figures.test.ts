import { describe, expect, test } from 'vitest';
import { shippedDataset } from '../../test/data/helpers.ts';
import { makeDataset } from '../../test/fixtures/dataset.ts';
import type { Lang } from '../i18n/lang.ts';
import { figureSeries, nearestFigures, yearFigures } from './year-figures.ts';

describe('the tooltip of the shipped data', () => {
  const dataset = shippedDataset();
  const tooltip = (code: string, lang: Lang, carryForward = true) => yearFigures(dataset, { year: 2024, metric: 'coverage_pct', lang, carryForward }).byCode.get(code)!;

  test('gives the value and its period in each language', () => {
    expect(tooltip('61.04', 'id').tooltip).toMatchObject({ name: 'Ketapang', value: '68,02%', period: 'tahun 2024', note: null });
    expect(tooltip('61.04', 'en').tooltip).toMatchObject({ name: 'Ketapang', value: '68.02%', period: 'year 2024', note: null });
  });

  test('a carried-forward figure says so, with its real period', () => {
    expect(tooltip('61.12', 'en').tooltipLine).toMatch(/^Kubu Raya: [\d.]+%, as of Nov 2023, Earlier year’s figure \(carried forward\), source [\w.-]+, rank \d+ of \d+\. Figures by year: /);
  });
});

describe('the tooltip of the frozen fixture', () => {
  const fixture = makeDataset();
  const tooltip = (code: string, year: number, metric: string, lang: Lang) => yearFigures(fixture, { year, metric, lang }).byCode.get(code)!.tooltip;

  test('a regency with no figure in the year names its nearest earlier figure with its date (Kapuas Hulu, 2024)', () => {
    expect(nearestFigures(fixture, '61.06', 'coverage_pct', 2024)).toMatchObject({ earlier: { value: 39, period: { text: '2023-10' } }, later: null });
    const id = tooltip('61.06', 2024, 'coverage_pct', 'id');
    expect(id.value).toBe('Data tidak tersedia untuk 2024');
    expect(id.nearby).toEqual(['Angka terdekat sebelumnya: 39% (Okt 2023)']);
    expect(tooltip('61.06', 2024, 'coverage_pct', 'en').nearby).toEqual(['Nearest earlier figure: 39% (Oct 2023)']);
  });

  test('and its nearest later figure when there is one (Kayong Utara, 2023: 51,59% of 2025)', () => {
    expect(tooltip('61.11', 2023, 'coverage_pct', 'id').nearby).toEqual(['Angka terdekat sesudahnya: 51,59% (2025)']);
    // A year with its own figure lists no neighbours.
    expect(tooltip('61.04', 2024, 'coverage_pct', 'id').nearby).toEqual([]);
  });

  test('the series spans every year of the kind, with null where the regency has no figure', () => {
    const series = figureSeries(fixture, '61.06', 'coverage_pct', 2024);
    expect(series.map((s) => [s.year, s.figure?.value ?? null])).toEqual([[2022, null], [2023, 39], [2024, null], [2025, null]]);
    expect(tooltip('61.06', 2024, 'coverage_pct', 'id').seriesText).toBe('Angka per tahun: 2022: tidak tersedia; 2023: 39%; 2024: tidak tersedia; 2025: tidak tersedia');
  });

  test('the change names both ends (Mempawah: +0,42 persen poin, Des 2023 → Sep 2024)', () => {
    const id = tooltip('61.02', 2024, 'coverage_change_pp', 'id');
    expect([id.value, id.period]).toEqual(['+0,42 persen poin', 'Des 2023 → Sep 2024']);
    expect(yearFigures(fixture, { year: 2024, metric: 'coverage_change_pp', lang: 'en' }).byCode.get('61.02')!.tooltipLine).toMatch(
      /^Mempawah: \+0\.42 percentage points, Dec 2023 → Sept 2024, computed from two figures, source example\.org, rank \d of \d\. /,
    );
  });

  test('a figure this year and none the year before is "no earlier figure to compare", not "no figure"', () => {
    const id = tooltip('61.08', 2024, 'coverage_change_pp', 'id');
    expect(id.value).toBe('Tidak ada angka tahun sebelumnya untuk dibandingkan');
    expect(id.nearby).toEqual(['Angka 2024: 53,43%']);
    expect(tooltip('61.08', 2024, 'coverage_change_pp', 'en').value).toBe('No earlier figure to compare');
    expect(tooltip('61.01', 2024, 'coverage_change_pp', 'id').value).toBe('Data tidak tersedia untuk 2024');
  });

  test('the keyboard list says in words what the tooltip shows, sparkline included', () => {
    expect(yearFigures(fixture, { year: 2024, metric: 'coverage_pct', lang: 'en' }).byCode.get('61.06')!.tooltipLine).toBe(
      'Kapuas Hulu: Data not available for 2024. Nearest earlier figure: 39% (Oct 2023). Figures by year: 2022: not available; 2023: 39%; 2024: not available; 2025: not available',
    );
  });
});

describe('the rank among the regencies with a value', () => {
  const fixture = makeDataset();
  const year = (lang: Lang, carryForward = false) => yearFigures(fixture, { year: 2024, metric: 'coverage_pct', lang, carryForward });

  test('the highest is first, of as many as have a value; none without a value, nor for the province', () => {
    const figures = year('id');
    const valued = figures.regencies.filter((r) => r.value !== null);
    expect(valued).toHaveLength(5);
    const byValue = [...valued].sort((a, b) => b.value! - a.value!);
    expect(byValue.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5].map((rank) => ({ rank, of: 5 })));
    // Ketapang's 68,02% is the fixture's highest of 2024; Kapuas Hulu has no 2024 figure.
    expect(figures.byCode.get('61.04')!.rank).toEqual({ rank: 1, of: 5 });
    expect(figures.byCode.get('61.06')!.rank).toBeNull();
    expect(figures.province?.rank ?? null).toBeNull();
  });

  test('the keyboard list says it after the figure and where the figure comes from, as BPS writes it, and in English', () => {
    expect(year('id').byCode.get('61.04')!.tooltipLine).toMatch(/^Ketapang: 68,02%, tahun 2024, dipublikasikan, sumber example\.org, peringkat 1 dari 5\. Angka per tahun: /);
    expect(year('en').byCode.get('61.04')!.tooltipLine).toMatch(/^Ketapang: 68\.02%, year 2024, published, source example\.org, rank 1 of 5\. Figures by year: /);
  });

  test('equal values share a place, and the next comes after both', () => {
    const tied = makeDataset({ figures: ['61.04,2024,coverage_pct,50', '61.02,2024,coverage_pct,60', '61.03,2024,coverage_pct,50', '61.05,2024,coverage_pct,40'] });
    const ranks = yearFigures(tied, { year: 2024, metric: 'coverage_pct', lang: 'id' }).byCode;
    expect(['61.02', '61.04', '61.03', '61.05'].map((code) => ranks.get(code)!.rank)).toEqual([1, 2, 2, 4].map((rank) => ({ rank, of: 4 })));
  });

  test('carried figures are ranked with the year\'s own: the map shows them', () => {
    const carried = year('id', true);
    const valued = carried.regencies.filter((r) => r.value !== null);
    expect(valued.length).toBeGreaterThan(5);
    for (const r of valued) expect(r.rank!.of).toBe(valued.length);
  });
});

describe('computed once', () => {
  test('the same dataset and choices give the same object; another choice or dataset another', () => {
    const fixture = makeDataset();
    const choices = { year: 2024, metric: 'coverage_pct', lang: 'id' as const, carryForward: true };
    const first = yearFigures(fixture, choices);
    expect(yearFigures(fixture, { ...choices })).toBe(first);
    expect(yearFigures(fixture, { ...choices, lang: 'en' })).not.toBe(first);
    expect(yearFigures(fixture, { ...choices, year: 2023 })).not.toBe(first);
    expect(yearFigures(makeDataset(), choices)).not.toBe(first);
    // The values behind both languages are one computation: the same figure objects.
    expect(yearFigures(fixture, { ...choices, lang: 'en' }).byCode.get('61.04')!.figure).toBe(first.byCode.get('61.04')!.figure);
  });
});

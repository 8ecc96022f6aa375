// The join the map draws: for a year and a metric, each region's latest figure in that year, every
// figure of the year kept beside it, nothing carried between years unless asked (and then marked),
// and targets never shown as coverage.
import { describe, expect, it } from 'vitest';
import { joinFigures, yearsWithFigures, type JoinResult } from '../../src/data/index.ts';
import { shippedDataset } from './helpers.ts';

const dataset = shippedDataset();
const regencyCodes = dataset.regions.regencies.map((r) => r.code);
const allCodes = dataset.regions.regions.map((r) => r.code);
const join = (year: number, metric = 'coverage_pct', carryForward = false) =>
  joinFigures(dataset.figures, allCodes, { year, metric, carryForward });

/** The shown figure of a region as [value, period], or null. */
function shown(result: JoinResult, code: string): [number, string] | null {
  const figure = result.byRegion.get(code)?.figure;
  return figure ? [figure.value, figure.period.text] : null;
}
const inYear = (result: JoinResult, code: string) => result.byRegion.get(code)!.figuresInYear.map((f) => [f.value, f.period.text]);

describe('joinFigures', () => {
  it('keeps the latest figure of the year and every figure of the year: Singkawang 2025', () => {
    const result = join(2025);
    expect(shown(result, '61.72')).toEqual([27, '2025-12']);
    expect(inYear(result, '61.72')).toEqual([
      [22.77, '2025-06'],
      [27, '2025-12'],
    ]);
  });

  it("keeps the province's disagreeing 2025 figures side by side, showing the later 37", () => {
    const result = join(2025);
    expect(shown(result, '61')).toEqual([37, '2025-12']);
    // "Up to 2025" (said in February 2026) is filed under the year: it ends with December, and a
    // December figure is the more precise of the two, so 37 stays the one shown.
    expect(inYear(result, '61')).toEqual([
      [31, '2025-09'],
      [30.41, '2025-10'],
      [27, '2025'],
      [37, '2025-12'],
    ]);
  });

  it('filters by year: Ketapang is 55.69 in 2023 and 68.02 in 2024', () => {
    expect(shown(join(2023), '61.04')).toEqual([55.69, '2023']);
    expect(shown(join(2024), '61.04')).toEqual([68.02, '2024']);
    expect(inYear(join(2024), '61.04')).toEqual([[68.02, '2024']]);
  });

  it('lists the regions with no published figure for the year', () => {
    const result = joinFigures(dataset.figures, regencyCodes, { year: 2025, metric: 'coverage_pct' });
    expect(result.missing).toEqual(['61.02', '61.03', '61.04', '61.05', '61.06', '61.07', '61.08', '61.09', '61.10', '61.12']);
    expect(joinFigures(dataset.figures, regencyCodes, { year: 2024, metric: 'coverage_pct' }).missing).toEqual([
      '61.01', '61.03', '61.05', '61.06', '61.07', '61.09', '61.10', '61.11', '61.12',
    ]);
  });

  it('never shows a coverage figure for Bengkayang, Sanggau, Sekadau, Sintang or Melawi, in any year', () => {
    for (let year = 2020; year <= 2026; year++) {
      const result = join(year, 'coverage_pct', true);
      for (const code of ['61.07', '61.03', '61.09', '61.05', '61.10']) {
        expect(result.missing, `${code} ${year}`).toContain(code);
        expect(result.byRegion.get(code)!.figure, `${code} ${year}`).toBeNull();
      }
    }
  });

  it('carries nothing between years by default', () => {
    const ketapang = join(2025).byRegion.get('61.04')!;
    expect(ketapang.figure).toBeNull();
    expect(ketapang.carriedForward).toBe(false);
    expect(ketapang.figuresInYear).toEqual([]);
    expect(join(2025).missing).toContain('61.04');
  });

  it('carries the latest earlier figure forward on request, and marks it', () => {
    const result = join(2025, 'coverage_pct', true);
    const ketapang = result.byRegion.get('61.04')!;
    expect(shown(result, '61.04')).toEqual([68.02, '2024']);
    expect(ketapang.carriedForward).toBe(true);
    expect(ketapang.figuresInYear).toEqual([]);
    expect(shown(result, '61.06')).toEqual([39, '2023-10']);
    expect(result.missing).not.toContain('61.04');
    // A region with a figure in the year shows it, unmarked.
    expect(shown(result, '61.72')).toEqual([27, '2025-12']);
    expect(result.byRegion.get('61.72')!.carriedForward).toBe(false);
  });

  it('never carries a figure backwards into an earlier year', () => {
    const result = join(2022, 'coverage_pct', true);
    expect(result.byRegion.get('61.04')!.figure).toBeNull();
    expect(result.byRegion.get('61.04')!.carriedForward).toBe(false);
    expect(shown(result, '61.12')).toEqual([25.01, '2022']);
  });

  it('never joins a target as coverage, even where the year has only a target', () => {
    // Kubu Raya's only 2025 figure is its 59% target; the province's 2026 figure is a target.
    expect(join(2025).byRegion.get('61.12')!.figure).toBeNull();
    expect(shown(join(2025, 'coverage_pct', true), '61.12')).toEqual([39.21, '2023-11']);
    expect(join(2026).byRegion.get('61')!.figure).toBeNull();
    expect(shown(join(2026, 'coverage_pct', true), '61')).toEqual([37, '2025-12']);
    for (const year of [2025, 2026, 2030]) {
      for (const entry of join(year, 'coverage_pct', true).byRegion.values()) {
        for (const figure of [entry.figure, ...entry.figuresInYear]) if (figure) expect(figure.metric).toBe('coverage_pct');
      }
    }
    // The targets are there, under their own metric.
    expect(shown(join(2026, 'coverage_target_pct'), '61')).toEqual([60.8, '2026']);
  });

  it('reports the years that have figures of a metric', () => {
    expect(yearsWithFigures(dataset.figures, 'coverage_pct')).toEqual([2018, 2022, 2023, 2024, 2025]);
    expect(yearsWithFigures(dataset.figures, 'coverage_target_pct')).toEqual([2025, 2026, 2030]);
  });
});

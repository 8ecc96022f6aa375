import { describe, expect, test } from 'vitest';
import { shippedDataset } from '../../../test/data/helpers.ts';
import { makeDataset } from '../../../test/fixtures/dataset.ts';
import { metricScale, NO_EARLIER_STYLE } from '../../scale/metric-scale.ts';
import { describeRegency, describeRegencyLine, featureState, figureSeries, nearestFigures, paintRegencies, regencyTooltip, regencyTooltipLine, sparklineLayout } from './map-paint.ts';

const dataset = shippedDataset();
const byCode = (paints: ReturnType<typeof paintRegencies>) => new Map(paints.map((p) => [p.code, p]));

describe('paintRegencies', () => {
  test('every regency gets its class colour, and one without a figure gets none (not the lowest class)', () => {
    const paints = byCode(paintRegencies(dataset, { year: 2024, metric: 'coverage_pct' }));
    expect(paints.size).toBe(14);
    const ketapang = paints.get('61.04')!;
    expect(ketapang).toMatchObject({ name: 'Ketapang', value: 68.02, classIndex: 5, fill: metricScale('coverage_pct').classify(68.02).colour, carriedForward: false });
    const kubuRaya = paints.get('61.12')!;
    expect(kubuRaya).toMatchObject({ value: null, classIndex: null, fill: null, carriedForward: false });
  });

  test('the scheme changes the colours but not the classes', () => {
    const blues = byCode(paintRegencies(dataset, { year: 2024, metric: 'coverage_pct', scheme: 'blues' })).get('61.04')!;
    expect(blues.classIndex).toBe(5);
    expect(blues.fill).toBe(metricScale('coverage_pct', 'blues').classes[5]!.colour);
    expect(blues.fill).not.toBe(metricScale('coverage_pct').classes[5]!.colour);
  });

  test('carry-forward fills a year without a figure from an earlier one, and marks it', () => {
    const kubuRaya = byCode(paintRegencies(dataset, { year: 2024, metric: 'coverage_pct', carryForward: true })).get('61.12')!;
    expect(kubuRaya.carriedForward).toBe(true);
    expect(kubuRaya.classIndex).not.toBeNull();
    expect(kubuRaya.figure?.period.text).toBe('2023-11');
  });

  test('a highlighted class dims every regency outside it; no-data highlights the hatched ones', () => {
    const top = paintRegencies(dataset, { year: 2024, metric: 'coverage_pct', highlightClass: 5 });
    expect(top.filter((p) => !p.dimmed).map((p) => p.code)).toEqual(['61.04']);
    const missing = paintRegencies(dataset, { year: 2024, metric: 'coverage_pct', highlightClass: 'no-data' });
    expect(missing.every((p) => p.dimmed === (p.classIndex !== null))).toBe(true);
    expect(missing.some((p) => !p.dimmed)).toBe(true);
    expect(paintRegencies(dataset, { year: 2024, metric: 'coverage_pct' }).some((p) => p.dimmed)).toBe(false);
  });

  test('regencies in focus keep their colour and every other one is dimmed, whatever its class or figure', () => {
    const fixture = makeDataset();
    const focused = paintRegencies(fixture, { year: 2024, metric: 'coverage_pct', focusRegions: ['61.02', '61.09'] });
    expect(focused.filter((p) => !p.dimmed).map((p) => p.code).sort()).toEqual(['61.02', '61.09']);
    // Colours stay as they are: only the dimming changes.
    const plain = paintRegencies(fixture, { year: 2024, metric: 'coverage_pct' });
    expect(focused.map((p) => p.fill)).toEqual(plain.map((p) => p.fill));
    expect(paintRegencies(fixture, { year: 2024, metric: 'coverage_pct', focusRegions: [] }).some((p) => p.dimmed)).toBe(false);
  });
});

describe('featureState', () => {
  test('holds the class, colour and flags the WebGL style reads; no figure is class -1 on the hatch background', () => {
    const paints = byCode(paintRegencies(dataset, { year: 2024, metric: 'coverage_pct' }));
    expect(featureState(paints.get('61.04')!, '#ffffff')).toEqual({ classIndex: 5, colour: paints.get('61.04')!.fill, noData: false, carried: false, dimmed: false });
    expect(featureState(paints.get('61.12')!, '#ffffff')).toEqual({ classIndex: -1, colour: '#ffffff', noData: true, carried: false, dimmed: false });
  });
});

describe('describeRegency', () => {
  const paints = byCode(paintRegencies(dataset, { year: 2024, metric: 'coverage_pct', carryForward: true }));

  test('gives the value and its period in each language', () => {
    expect(describeRegency(paints.get('61.04')!, 'coverage_pct', 'id')).toEqual({ name: 'Ketapang', value: '68,02%', period: 'tahun 2024', note: null });
    expect(describeRegency(paints.get('61.04')!, 'coverage_pct', 'en')).toEqual({ name: 'Ketapang', value: '68.02%', period: 'year 2024', note: null });
  });

  test('a carried-forward figure says so, with its real period', () => {
    const line = describeRegencyLine(paints.get('61.12')!, 'coverage_pct', 'en');
    expect(line).toMatch(/^Kubu Raya: [\d.]+%, as of Nov 2023, Earlier year’s figure \(carried forward\)$/);
  });

  test('no figure reads "no published figure", with no period', () => {
    const none = paintRegencies(dataset, { year: 2024, metric: 'coverage_pct' }).find((p) => p.code === '61.12')!;
    expect(describeRegencyLine(none, 'coverage_pct', 'id')).toBe('Kubu Raya: Data tidak tersedia');
  });
});


describe('the tooltip of the frozen fixture', () => {
  const fixture = makeDataset();
  const paintOf = (code: string, year: number, metric: string) => paintRegencies(fixture, { year, metric }).find((p) => p.code === code)!;
  const tooltip = (code: string, year: number, metric: string, lang: 'id' | 'en') => regencyTooltip(fixture, paintOf(code, year, metric), { year, metric }, lang);

  test('a regency with no figure in the year names its nearest earlier figure with its date (Kapuas Hulu, 2024)', () => {
    expect(nearestFigures(fixture, '61.06', 'coverage_pct', 2024)).toMatchObject({ earlier: { value: 39, period: { text: '2023-10' } }, later: null });
    const id = tooltip('61.06', 2024, 'coverage_pct', 'id');
    expect(id.value).toBe('Belum ada angka untuk 2024');
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
    expect(tooltip('61.06', 2024, 'coverage_pct', 'id').seriesText).toBe('Angka per tahun: 2022: tidak ada; 2023: 39%; 2024: tidak ada; 2025: tidak ada');
  });

  test('the sparkline joins consecutive years only, and an isolated year is a lone dot', () => {
    // Kubu Raya: 2022 and 2023, then nothing: one segment of two points.
    const kubu = sparklineLayout(figureSeries(fixture, '61.12', 'coverage_pct', 2024), 2024, 100);
    expect(kubu.segments).toHaveLength(1);
    expect(kubu.segments[0]!.split(' ')).toHaveLength(2);
    expect(kubu.points.map((p) => [p.year, p.isolated])).toEqual([[2022, false], [2023, false]]);
    // Singkawang 2024, then 2025: joined. Kapuas Hulu 2023 alone: no segment, one isolated dot.
    const kapuas = sparklineLayout(figureSeries(fixture, '61.06', 'coverage_pct', 2024), 2024, 100);
    expect(kapuas.segments).toEqual([]);
    expect(kapuas.points).toEqual([expect.objectContaining({ year: 2023, isolated: true })]);
    // The shown year is marked at its own place on the axis (2024 of 2022-2025, 120 px wide).
    expect(kapuas.markX).toBeCloseTo(3 + (2 / 3) * 114, 0);
    // A higher figure is drawn higher.
    const pontianak = sparklineLayout(figureSeries(fixture, '61.71', 'coverage_pct', 2024), 2024, 100);
    const [y2023, y2024] = pontianak.points.map((p) => p.y);
    expect(y2024!).toBeLessThan(y2023!);
  });

  test('the change names both ends (Mempawah: +0,42 poin persentase, Des 2023 → Sep 2024)', () => {
    const id = tooltip('61.02', 2024, 'coverage_change_pp', 'id');
    expect([id.value, id.period]).toEqual(['+0,42 poin persentase', 'Des 2023 → Sep 2024']);
    expect(describeRegencyLine(paintOf('61.02', 2024, 'coverage_change_pp'), 'coverage_change_pp', 'en')).toBe(
      'Mempawah: +0.42 percentage points, Dec 2023 → Sept 2024',
    );
  });

  test('a figure this year and none the year before is "no earlier figure to compare", drawn apart from "no figure"', () => {
    const landak = paintOf('61.08', 2024, 'coverage_change_pp');
    const sambas = paintOf('61.01', 2024, 'coverage_change_pp');
    expect([landak.state, sambas.state]).toEqual(['no-earlier', 'no-figure']);
    expect(landak.value).toBeNull();
    expect(landak.fill).toBe(NO_EARLIER_STYLE.fill);
    expect(sambas.fill).toBeNull();
    // MapLibre: the hatch only for "no figure"; "no earlier figure" is its plain grey.
    expect(featureState(landak, '#ffffff')).toMatchObject({ noData: false, colour: NO_EARLIER_STYLE.fill, classIndex: -1 });
    expect(featureState(sambas, '#ffffff')).toMatchObject({ noData: true });
    const id = tooltip('61.08', 2024, 'coverage_change_pp', 'id');
    expect(id.value).toBe('Tidak ada angka tahun sebelumnya untuk dibandingkan');
    expect(id.nearby).toEqual(['Angka 2024: 53,43%']);
    expect(tooltip('61.08', 2024, 'coverage_change_pp', 'en').value).toBe('No earlier figure to compare');
    expect(tooltip('61.01', 2024, 'coverage_change_pp', 'id').value).toBe('Belum ada angka untuk 2024');
    // Highlighting "no figure" in the legend brings forward Sambas, not Landak.
    const highlighted = paintRegencies(fixture, { year: 2024, metric: 'coverage_change_pp', highlightClass: 'no-data' });
    expect(highlighted.find((p) => p.code === '61.08')!.dimmed).toBe(true);
    expect(highlighted.find((p) => p.code === '61.01')!.dimmed).toBe(false);
  });
});

describe('regencyTooltipLine', () => {
  test('says in words what the tooltip shows, sparkline included, for the keyboard list', () => {
    const fixture = makeDataset();
    const paint = paintRegencies(fixture, { year: 2024, metric: 'coverage_pct' }).find((p) => p.code === '61.06')!;
    expect(regencyTooltipLine(regencyTooltip(fixture, paint, { year: 2024, metric: 'coverage_pct' }, 'en'))).toBe(
      'Kapuas Hulu: No published figure for 2024. Nearest earlier figure: 39% (Oct 2023). Figures by year: 2022: none; 2023: 39%; 2024: none; 2025: none',
    );
  });
});

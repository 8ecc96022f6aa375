import { describe, expect, test } from 'vitest';
import { shippedDataset } from '../../../test/data/helpers.ts';
import { metricScale } from '../../scale/metric-scale.ts';
import { describeRegency, describeRegencyLine, featureState, paintRegencies } from './map-paint.ts';

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
    expect(describeRegencyLine(none, 'coverage_pct', 'id')).toBe('Kubu Raya: Tidak ada angka terbit');
  });
});


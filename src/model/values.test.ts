import { describe, expect, test } from 'vitest';
import { makeDataset } from '../../test/fixtures/dataset.ts';
import type { Dataset } from '../data/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { regionValues } from './values.ts';
import { yearFigures } from './year-figures.ts';

const dataset = makeDataset();
const codes = dataset.regions.regencies.map((r) => r.code);

/** A change as the tooltip, table and CSV write it, with both its ends; null without one. */
function changeText(from: Dataset, code: string, lang: Lang): string | null {
  const text = yearFigures(from, { year: 2024, metric: 'coverage_change_pp', lang }).byCode.get(code)!.text;
  return text && `${text.value}, ${text.period}`;
}

describe('the change metric', () => {
  const values = regionValues(dataset, codes, { year: 2024, metric: 'coverage_change_pp' });

  test('names both ends, with "persen poin" in full (Mempawah, Des 2023 → Sep 2024)', () => {
    const mempawah = values.get('61.02')!;
    expect(mempawah.value).toBe(0.42);
    expect(changeText(dataset, '61.02', 'id')).toBe('+0,42 persen poin, Des 2023 → Sep 2024');
    expect(changeText(dataset, '61.02', 'en')).toBe('+0.42 percentage points, Dec 2023 → Sept 2024');
  });

  test('a figure this year and none the year before is "no earlier figure", not "no figure"', () => {
    expect(values.get('61.08')).toMatchObject({ state: 'no-earlier', value: null, figure: { value: 53.43 }, previous: null });
    expect(values.get('61.06')).toMatchObject({ state: 'no-figure', value: null, figure: null });
    expect(values.get('61.04')).toMatchObject({ state: 'value', value: 12.33 });
    expect(changeText(dataset, '61.08', 'id')).toBeNull();
  });

  test('a published figure has the state "value"; a missing one "no-figure", carried or not', () => {
    const coverage = regionValues(dataset, codes, { year: 2024, metric: 'coverage_pct' });
    expect(coverage.get('61.08')!.state).toBe('value');
    expect(coverage.get('61.06')!.state).toBe('no-figure');
    const carried = regionValues(dataset, codes, { year: 2024, metric: 'coverage_pct', carryForward: true });
    expect(carried.get('61.06')).toMatchObject({ state: 'value', carriedForward: true });
  });
});

describe('values that cannot be shown', () => {
  const withKetapang2024 = (value: number) => ({
    ...dataset,
    figures: dataset.figures.map((f) => (f.regionCode === '61.04' && f.period.text === '2024' && f.metric === 'coverage_pct' ? { ...f, value } : f)),
  });

  test('a change that rounds to minus zero is 0, and reads "0 persen poin"', () => {
    const ketapang = regionValues(withKetapang2024(55.686), codes, { year: 2024, metric: 'coverage_change_pp' }).get('61.04')!;
    expect(Object.is(ketapang.value, 0)).toBe(true);
    expect(changeText(withKetapang2024(55.686), '61.04', 'id')).toBe('0 persen poin, 2023 → 2024');
  });

  test('an infinite figure is no value: the region is drawn as without a figure', () => {
    const coverage = regionValues(withKetapang2024(Infinity), codes, { year: 2024, metric: 'coverage_pct' }).get('61.04')!;
    expect(coverage).toMatchObject({ value: null, state: 'no-figure' });
    const change = regionValues(withKetapang2024(NaN), codes, { year: 2024, metric: 'coverage_change_pp' }).get('61.04')!;
    expect(change).toMatchObject({ value: null, state: 'no-figure' });
  });
});

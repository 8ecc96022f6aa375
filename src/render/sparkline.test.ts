import { expect, test } from 'vitest';
import { makeDataset } from '../../test/fixtures/dataset.ts';
import { figureSeries } from '../model/year-figures.ts';
import { sparklineLayout } from './sparkline.ts';

test('the sparkline joins consecutive years only, and an isolated year is a lone dot', () => {
  const fixture = makeDataset();
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

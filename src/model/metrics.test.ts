import { afterEach, describe, expect, test } from 'vitest';
import { makeDataset } from '../../test/fixtures/dataset.ts';
import { isMainChoice, mainChoiceMetrics, metricCoverage, metricDefinition, registerMetric, regenciesWithFigure } from './metrics.ts';

const dataset = makeDataset();
let unregister: (() => void) | undefined;
afterEach(() => unregister?.());

describe('the main choice: a metric whose figure covers a third of the regencies in some year', () => {
  test('coverage and its change are main choices; active participants (one regency a year) is not', () => {
    // Fixture: coverage for 5 of 14 regencies in 2024 (>= 14/3); participants for 1 in 2023 and 1 in 2024.
    expect(isMainChoice(dataset, 'coverage_pct')).toBe(true);
    expect(isMainChoice(dataset, 'coverage_change_pp')).toBe(true);
    expect(isMainChoice(dataset, 'participants_active')).toBe(false);
    expect(mainChoiceMetrics(dataset).map((m) => m.id)).toEqual(['coverage_pct', 'coverage_change_pp']);
  });

  test('five regencies in one year make participants a main choice; four (under a third of 14) do not', () => {
    const rows = (n: number) => ['61.01', '61.02', '61.03', '61.04', '61.05'].slice(0, n).map((code) => `${code},2024,participants_active,1000`);
    expect(isMainChoice(makeDataset({ figures: rows(5) }), 'participants_active')).toBe(true);
    expect(isMainChoice(makeDataset({ figures: rows(4) }), 'participants_active')).toBe(false);
    // The province's own figure colours no regency.
    expect(isMainChoice(makeDataset({ figures: [...rows(4), '61,2024,participants_active,5000'] }), 'participants_active')).toBe(false);
  });

  test('a metric the registry does not offer never is, however well covered; nor is an unknown id', () => {
    unregister = registerMetric({ ...metricDefinition('coverage_pct'), id: 'coverage_hidden', offered: false });
    expect(isMainChoice(dataset, 'coverage_hidden')).toBe(false);
    expect(isMainChoice(dataset, 'no_such_metric')).toBe(false);
  });
});

describe('regencies with a figure, per metric and year', () => {
  test('counts regencies with a figure of the year itself, never carried, never the province', () => {
    expect(regenciesWithFigure(dataset, 'coverage_pct', 2024)).toBe(5);
    // Singkawang has two 2025 figures: one regency.
    expect(regenciesWithFigure(dataset, 'coverage_pct', 2025)).toBe(4);
    expect(regenciesWithFigure(dataset, 'participants_active', 2023)).toBe(1);
    expect(regenciesWithFigure(dataset, 'participants_active', 2025)).toBe(0);
  });

  test('a change needs a figure in the year and in the year before', () => {
    // 2024 with 2023: Ketapang, Mempawah, Pontianak; Landak and Singkawang have 2024 only.
    expect(regenciesWithFigure(dataset, 'coverage_change_pp', 2024)).toBe(3);
    expect(regenciesWithFigure(dataset, 'coverage_change_pp', 2022)).toBe(0);
  });

  test('metricCoverage gives every metric its count for the year, in registry order', () => {
    expect([...metricCoverage(dataset, 2024)]).toEqual([
      ['coverage_pct', 5],
      ['participants_active', 1],
      ['coverage_change_pp', 3],
    ]);
  });
});

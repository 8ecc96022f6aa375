import { describe, expect, test } from 'vitest';
import { shippedDataset } from '../../../test/data/helpers.ts';
import { isTargetMetric } from '../../data/index.ts';
import { chartLayout } from './coverage-chart.ts';
import { chartYears, figureNote, regionDetails } from './region-details.model.ts';

const dataset = shippedDataset();

describe('regionDetails', () => {
  test('Ketapang: two coverage figures joined by one line, the 2024 change, three awards newest first', () => {
    const details = regionDetails(dataset, '61.04', 2024, 'id')!;
    expect(details.coverage.map((f) => [f.period.text, f.value])).toEqual([['2023', 55.69], ['2024', 68.02]]);
    expect(details.segments.map(([a, b]) => [a.value, b.value])).toEqual([[55.69, 68.02]]);
    expect(details.change?.value).toBe(12.33);
    expect(details.awards.map((a) => [a.edition, a.rank])).toEqual([[2025, 1], [2023, 'nominee'], [2021, 1]]);
    expect(details.otherFigures.map((f) => f.metric)).toEqual(['participants_pu', 'participants_pu', 'participants_bpu', 'participants_bpu', 'vulnerable_workers_target']);
  });

  test("Ketapang's 34,400 vulnerable workers is the 2025 target, never 2024's figure: no figure whose note calls it a target is filed as an achievement", () => {
    const details = regionDetails(dataset, '61.04', 2024, 'id')!;
    const figure = details.otherFigures.find((f) => f.value === 34400)!;
    expect([figure.metric, figure.period.text]).toEqual(['vulnerable_workers_target', '2025']);
    expect(isTargetMetric(figure.metric)).toBe(true);
    for (const f of dataset.figures.filter((f) => /^(a )?target\b/i.test(f.note))) expect(isTargetMetric(f.metric), `${f.regionCode} ${f.metric} ${f.value}`).toBe(true);
  });

  test('a year whose sources disagree keeps both figures, and they are not joined to each other', () => {
    const details = regionDetails(dataset, '61.72', 2025, 'id')!;
    const year2025 = details.coverageYears.find((y) => y.year === 2025)!;
    expect(year2025.disagree).toBe(true);
    expect(year2025.figures.map((f) => [f.period.text, f.value])).toEqual([['2025-06', 22.77], ['2025-12', 27]]);
    // One line, 2024 to the latest 2025 figure; none from June to December 2025.
    expect(details.segments.map(([a, b]) => [a.period.text, b.period.text])).toEqual([['2024', '2025-12']]);
  });

  test('a gap year breaks the line: the province has 2018, 2022, 2023 and 2025 but no 2019 to 2021 and no 2024', () => {
    const details = regionDetails(dataset, '61', 2025, 'id')!;
    expect(details.coverage.map((f) => f.period.text)).toEqual(['2018-04', '2022-12', '2023-03', '2023-09', '2023', '2025-09', '2025-10', '2025', '2025-12']);
    // Consecutive years are joined; nothing crosses 2019 to 2021 or 2024.
    expect(details.segments.map(([a, b]) => [a.period.text, b.period.text])).toEqual([['2022-12', '2023']]);
    expect(details.change?.value ?? null).toBeNull();
  });

  test('a regency without coverage figures still has its other figures and awards', () => {
    const details = regionDetails(dataset, '61.07', 2025, 'id')!;
    expect(details.coverage).toEqual([]);
    expect(details.change?.value ?? null).toBeNull();
    expect(details.otherFigures.map((f) => [f.metric, f.value])).toEqual([['vulnerable_workers_funded', 12200]]);
    expect(details.awards.map((a) => a.rank)).toEqual(['unknown']);
  });

  test('an unknown code gives nothing rather than an empty region', () => {
    expect(regionDetails(dataset, '61.99', 2024, 'id')).toBeNull();
  });
});

describe('chartLayout', () => {
  const ketapang = regionDetails(dataset, '61.04', 2024, 'id')!;
  const years = chartYears(dataset, 2024)!;

  test('spans the same years for every region, and includes a selected year without figures', () => {
    // The province's April 2018 figure is the earliest anywhere: every region's chart starts there.
    expect(years).toEqual([2018, 2025]);
    expect(chartYears(dataset, 2016)).toEqual([2016, 2025]);
  });

  test('puts each figure at its value on a fixed 0-100% scale, inside the year it describes', () => {
    const layout = chartLayout(ketapang.coverage, ketapang.segments, { width: 400, years, selectedYear: 2024 });
    const [p2023, p2024] = layout.points;
    const { top, bottom } = layout.plot;
    expect(p2023!.y).toBeCloseTo(bottom - (bottom - top) * 0.5569, 5);
    expect(p2024!.y).toBeCloseTo(bottom - (bottom - top) * 0.6802, 5);
    const band2023 = layout.yearBands.find((b) => b.year === 2023)!;
    // A year figure ends on 31 December but is drawn clearly inside its own year, not on the border.
    expect(p2023!.x).toBeGreaterThan(band2023.x0);
    expect(p2023!.x).toBeLessThanOrEqual(band2023.x1 - 6);
    const band2024 = layout.yearBands.find((b) => b.year === 2024)!;
    expect(p2024!.x).toBeGreaterThan(band2024.x0);
    expect(p2024!.x).toBeLessThanOrEqual(band2024.x1 - 6);
    expect([p2023!.selected, p2024!.selected]).toEqual([false, true]);
    expect(layout.yearBands.filter((b) => b.selected).map((b) => b.year)).toEqual([2024]);
    expect(layout.lines).toHaveLength(1);
  });

  test('follows the width it is given, down to a phone', () => {
    const narrow = chartLayout(ketapang.coverage, ketapang.segments, { width: 280, years, selectedYear: 2024 });
    const wide = chartLayout(ketapang.coverage, ketapang.segments, { width: 640, years, selectedYear: 2024 });
    expect(narrow.plot.right).toBe(270);
    expect(wide.plot.right).toBe(630);
    for (const p of narrow.points) expect(p.x).toBeLessThanOrEqual(270);
  });
});

describe('figureNote', () => {
  test("gives the note in the reader's language, and an English-only note marked as English", () => {
    const both = { note: 'Rounded by the source', noteId: 'Dibulatkan oleh sumber' };
    expect(figureNote(both, 'id')).toEqual({ text: 'Dibulatkan oleh sumber', lang: 'id' });
    expect(figureNote(both, 'en')).toEqual({ text: 'Rounded by the source', lang: 'en' });
    expect(figureNote({ note: 'Rounded by the source', noteId: '' }, 'id')).toEqual({ text: 'Rounded by the source', lang: 'en' });
    expect(figureNote({ note: '', noteId: '' }, 'id')).toBeNull();
  });
});

// The project's data files were written from the research tables in ../shared/research/. Every
// Kalbar figure and every award there must be in data/ with the same region, number and source, so
// a slip of the keyboard in a value, a code or an address fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { METRIC_BY_ID, type Award, type CoverageFigure } from '../../src/data/index.ts';
import { repoRoot, shippedDataset } from './helpers.ts';

const research = (name: string) => csvParse(readFileSync(path.resolve(repoRoot, '../shared/research', name), 'utf8'));
const dataset = shippedDataset();

const isKalbar = (r: Record<string, string | undefined>) => r.region_code === '61' || r.region_code!.startsWith('61.');

/** Every Kalbar row of a research table is in data/coverage.csv with the same region, metric, value and source. */
function expectEveryKalbarRow(rows: readonly Record<string, string | undefined>[]): void {
  const unmatched = [...dataset.figures];
  for (const row of rows.filter(isKalbar)) {
    const label = `${row.region_code} ${row.metric} ${row.value} ${row.period}`;
    const index = unmatched.findIndex(
      (f) => f.regionCode === row.region_code && f.metric === row.metric && f.value === Number(row.value) && f.sourceUrl === row.source_url,
    );
    expect(index, `${label} is missing from data/coverage.csv`).toBeGreaterThanOrEqual(0);
    const figure: CoverageFigure = unmatched.splice(index, 1)[0]!;
    // The period keeps its year ("2025 (target)" becomes 2025; "2024-2025" is filed under 2025).
    expect(row.period, label).toContain(String(figure.period.year));
    expect(figure.unit, label).toBe(row.unit);
    expect(figure.confidence, label).toBe(row.confidence);
    // Every figure carries its note in both languages.
    if (row.note) {
      expect(figure.note, label).not.toBe('');
      expect(figure.noteId, label).not.toBe('');
    }
  }
}

/** Rows with no region code (Kalimantan as a whole, Indonesia) are not Kalbar regions: none is in data/. */
function expectLeftOut(rows: readonly Record<string, string | undefined>[], names: string[]): void {
  const outside = rows.filter((r) => r.region_code === '');
  expect(outside.map((r) => r.region_name)).toEqual(names);
  for (const row of outside) {
    const found = dataset.figures.filter((f) => f.sourceUrl === row.source_url || (f.metric === row.metric && f.value === Number(row.value)));
    expect(found, row.region_name).toEqual([]);
  }
}

describe('data/coverage.csv against the research table', () => {
  const rows = research('coverage-figures.csv');

  it('the research table has the 40 Kalbar rows this test checks', () => {
    expect(rows.filter(isKalbar)).toHaveLength(40);
  });

  it('every Kalbar row is in data/coverage.csv with the same region, metric, value and source', () => {
    expectEveryKalbarRow(rows);
  });

  it('figures for Kalimantan as a whole and for Indonesia are left out', () => {
    expectLeftOut(rows, ['Kalimantan (region)', 'Indonesia']);
  });
});

describe('data/coverage.csv against the second search', () => {
  const rows = research('coverage-figures-second-search.csv');

  it('the second table has the 11 Kalbar rows this test checks', () => {
    expect(rows.filter(isKalbar)).toHaveLength(11);
  });

  it('every Kalbar row is in data/coverage.csv with the same region, metric, value and source', () => {
    expectEveryKalbarRow(rows);
  });

  it('the figure for Kalimantan as a whole (February 2026) is left out', () => {
    expectLeftOut(rows, ['Kalimantan (region)']);
  });

  it('the two targets for 2026 are both kept, each saying they disagree', () => {
    const targets = dataset.figures.filter((f) => f.regionCode === '61' && f.metric === 'coverage_target_pct' && f.period.year === 2026);
    expect(targets.map((f) => f.value).sort()).toEqual([60.8, 72]);
    expect(targets.find((f) => f.value === 72)!.note).toMatch(/December 2022.*60\.80%/);
    expect(targets.find((f) => f.value === 60.8)!.note).toMatch(/72%/);
  });

  it('the low-confidence 36% is kept with its note; the 37.4% computed from the same report is not a figure', () => {
    const province = dataset.figures.filter((f) => f.regionCode === '61' && f.metric === 'coverage_pct');
    const low = province.find((f) => f.value === 36)!;
    expect(low.confidence).toBe('low');
    expect(low.note).toMatch(/informal/);
    expect(province.map((f) => f.value)).not.toContain(37.4);
  });

  it('programme parts are never coverage: plantation workers are a programme metric', () => {
    const plantation = dataset.figures.filter((f) => f.metric === 'plantation_workers_covered');
    expect(plantation.map((f) => f.value)).toEqual([90000]);
    expect(METRIC_BY_ID.get('plantation_workers_covered')?.kind).toBe('programme');
  });
});

describe('data/awards.csv against the research tables', () => {
  const rows = [...research('awards.csv'), ...research('awards-second-search.csv')];
  const normalise = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, '');

  // A nominee row lists its regions ("Kubu Raya; Sintang"); data/ has one row a region.
  const expected = rows.flatMap((row) => {
    const winners = row.winner!.split(';').map((w) => w.trim());
    const codes = row.winner_region_code!.split(';').map((c) => c.trim());
    expect(winners.length, row.winner).toBe(codes.length);
    return codes.map((code, i) => ({ row, winner: winners[i]!, code }));
  });

  it('the research rows expand to one award a region: 12, and 2 more in the second search, as many as data/ holds', () => {
    expect(expected).toHaveLength(14);
    expect(dataset.awards).toHaveLength(expected.length);
  });

  it('every research row (one a region) is in data/awards.csv with edition, rank, region, category and source', () => {
    const unmatched = [...dataset.awards];
    for (const { row, winner, code } of expected) {
      const edition = Number(/^\d{4}/.exec(row.edition!)?.[0]);
      const label = `${row.edition} ${row.rank} ${winner} (${code})`;
      const index = unmatched.findIndex(
        (a) => a.edition === edition && a.level === row.level && String(a.rank) === row.rank && a.regionCode === code && a.sourceUrl === row.source_url,
      );
      expect(index, `${label} is missing from data/awards.csv`).toBeGreaterThanOrEqual(0);
      const award: Award = unmatched.splice(index, 1)[0]!;
      expect(award.winnerName, label).toContain(winner);
      expect(normalise(award.categoryLabel.id), label).toBe(normalise(row.category!));
      expect(award.confidence, label).toBe(row.confidence);
      // A ceremony date stays the ceremony's; the day nominees were named is not a ceremony.
      const day = /^\d{4}-\d{2}-\d{2}/.exec(row.ceremony_date!)?.[0];
      if (day && !/nomination/.test(row.ceremony_date!)) expect(award.ceremonyDate?.text, label).toBe(day);
    }
    expect(unmatched).toEqual([]);
  });

  it('edition text such as "2023 (penilaian)" becomes the bare year', () => {
    expect(rows.map((r) => r.edition)).toContain('2023 (penilaian)');
    expect(dataset.awards.filter((a) => a.rank === 'nominee' && a.edition === 2023)).toHaveLength(7);
  });

  it('the 2025 edition has Kayong Utara as a nominee beside its three ranked winners', () => {
    const nominees = dataset.awards.filter((a) => a.edition === 2025 && a.rank === 'nominee');
    expect(nominees.map((a) => a.regionCode)).toEqual(['61.11']);
    expect(nominees[0]!.assessmentPeriod?.text).toBe('2024');
  });

  it("the 2022 edition holds Landak's certificate: rank not published, ceremony 2023-05-16, period judged unknown", () => {
    const edition = dataset.awards.filter((a) => a.edition === 2022);
    expect(edition.map((a) => [a.regionCode, a.rank, a.ceremonyDate?.text, a.assessmentPeriod])).toEqual([['61.08', 'unknown', '2023-05-16', null]]);
  });
});

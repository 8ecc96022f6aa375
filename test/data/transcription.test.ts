// The project's data files were written from the research tables in ../shared/research/. Every
// Kalbar figure and every award there must be in data/ with the same region, number and source, so
// a slip of the keyboard in a value, a code or an address fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { Award, CoverageFigure } from '../../src/data/index.ts';
import { repoRoot, shippedDataset } from './helpers.ts';

const research = (name: string) => csvParse(readFileSync(path.resolve(repoRoot, '../shared/research', name), 'utf8'));
const dataset = shippedDataset();

describe('data/coverage.csv against the research table', () => {
  const rows = research('coverage-figures.csv');
  const kalbar = rows.filter((r) => r.region_code === '61' || r.region_code!.startsWith('61.'));

  it('the research table has the 40 Kalbar rows this test checks', () => {
    expect(kalbar).toHaveLength(40);
  });

  it('every Kalbar row is in data/coverage.csv with the same region, metric, value and source', () => {
    const unmatched = [...dataset.figures];
    for (const row of kalbar) {
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
    }
  });

  it('figures for Kalimantan as a whole and for Indonesia are left out', () => {
    const outside = rows.filter((r) => r.region_code === '');
    expect(outside.map((r) => r.region_name)).toEqual(['Kalimantan (region)', 'Indonesia']);
    for (const row of outside) {
      const found = dataset.figures.filter((f) => f.sourceUrl === row.source_url || (f.metric === row.metric && f.value === Number(row.value)));
      expect(found, row.region_name).toEqual([]);
    }
  });
});

describe('data/awards.csv against the research table', () => {
  const rows = research('awards.csv');
  const normalise = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, '');

  // A nominee row lists its regions ("Kubu Raya; Sintang"); data/ has one row a region.
  const expected = rows.flatMap((row) => {
    const winners = row.winner!.split(';').map((w) => w.trim());
    const codes = row.winner_region_code!.split(';').map((c) => c.trim());
    expect(winners.length, row.winner).toBe(codes.length);
    return codes.map((code, i) => ({ row, winner: winners[i]!, code }));
  });

  it('the research rows expand to one award a region, as many as data/ holds', () => {
    expect(expected).toHaveLength(12);
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
    expect(dataset.awards.filter((a) => a.rank === 'nominee').map((a) => a.edition)).toEqual(Array(7).fill(2023));
  });
});

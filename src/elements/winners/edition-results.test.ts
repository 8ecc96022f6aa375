import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDataset, type Award } from '../../data/index.ts';
import { editionResults } from './edition-results.ts';

const read = (name: string) => ({ name, text: readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8') });
const dataset = parseDataset({ regions: read('regions.csv'), coverage: read('coverage.csv'), awards: read('awards.csv') });

const summary = (awards: readonly Award[], edition: number) =>
  editionResults(awards, edition, dataset.regions).categories.map((c) => [c.label.id, c.rows.map((r) => `${r.award.rank} ${r.regionName}`)]);

describe('editionResults with the shipped awards', () => {
  test('2025: ranked regency winners and the nominee, then the innovation winner and Pontianak, neither with a published rank', () => {
    expect(summary(dataset.awards, 2025)).toEqual([
      ['Pemerintah Kabupaten/Kota', ['1 Ketapang', '2 Mempawah', '3 Sekadau', 'nominee Kayong Utara']],
      ['Inovasi Perlindungan Pekerja Rentan Desa Tahun 2024', ['unknown Bengkayang']],
      ['Kategori tidak disebutkan', ['unknown Pontianak']],
    ]);
    const results = editionResults(dataset.awards, 2025, dataset.regions);
    expect(results.status).toBe('results');
    expect(results.ceremonyDate?.text).toBe('2025-09-24');
    expect(results.assessmentPeriod?.text).toBe('2024');
  });

  test('2023: seven nominees and no winners', () => {
    const results = editionResults(dataset.awards, 2023, dataset.regions);
    expect(results.status).toBe('nominees-only');
    expect(results.categories[0]!.rows).toHaveLength(7);
    expect(results.ceremonyDate).toBeNull();
  });

  test('2020: Landak, a finalist, and no winners', () => {
    const results = editionResults(dataset.awards, 2020, dataset.regions);
    expect(results.status).toBe('nominees-only');
    expect(results.categories.map((c) => c.rows.map((r) => `${r.award.rank} ${r.regionName}`))).toEqual([['nominee Landak']]);
    expect(results.ceremonyDate).toBeNull();
  });

  test('2024: nothing published', () => {
    expect(editionResults(dataset.awards, 2024, dataset.regions)).toMatchObject({ status: 'none', categories: [], ceremonyDate: null });
  });
});

describe('editionResults ordering', () => {
  const base = dataset.awards.find((a) => a.edition === 2025 && a.rank === 1)!;
  const row = (rank: Award['rank'], regionCode: string, extra: Partial<Award> = {}): Award => ({ ...base, rank, regionCode, ...extra });

  test('ranks 1, 2, 3, then rank not published, then nominees, whatever the file order', () => {
    const awards = [row('nominee', '61.05'), row('unknown', '61.07'), row(3, '61.09'), row(1, '61.04'), row(2, '61.02')];
    expect(summary(awards, 2025)).toEqual([['Pemerintah Kabupaten/Kota', ['1 Ketapang', '2 Mempawah', '3 Sekadau', 'unknown Bengkayang', 'nominee Sintang']]]);
  });

  test('a national category comes before the provincial ones', () => {
    const awards = [row(1, '61.04'), row(2, '61.02', { level: 'nasional', category: 'platinum', categoryLabel: { id: 'Platinum', en: 'Platinum' } })];
    expect(editionResults(awards, 2025).categories.map((c) => c.key)).toEqual(['nasional|platinum', 'provinsi|pemerintah-kabupaten-kota']);
  });

  test('without regions the code stands in for the regency name', () => {
    expect(editionResults([row(1, '61.04')], 2025).categories[0]!.rows[0]!.regionName).toBe('61.04');
  });
});

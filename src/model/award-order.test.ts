import { describe, expect, test } from 'vitest';
import { DESA_CATEGORIES, parseAwards, type Award } from '../data/awards.ts';
import { parseRegions } from '../data/regions.ts';
import { FIXTURE_REGIONS, FIXTURE_SOURCE } from '../../test/fixtures/dataset.ts';
import { AWARD_CATEGORIES, categoryLabel } from './award-categories.ts';
import { categoryOrder } from './award-order.ts';

const regions = parseRegions(FIXTURE_REGIONS, 'regions.csv').index;
const HEADER = 'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence,category_order';

/** Rows as "edition,category,order" (order may be empty): one ranked regency winner each. */
function awards(rows: readonly string[]): Award[] {
  const lines = rows.map((row, i) => {
    const [edition, category, order] = row.split(',');
    return `${edition},,,provinsi,${category},Label ${category},Label ${category},${(i % 3) + 1},Pemerintah Kabupaten Ketapang,pemerintah-kabupaten,61.04,${FIXTURE_SOURCE},high,${order ?? ''}`;
  });
  const parsed = parseAwards([HEADER, ...lines].join('\n'), 'awards.csv', regions);
  expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return parsed.awards;
}

describe('categoryOrder: the order in which the committee calls an edition’s categories', () => {
  test('without category_order, the 2025 release’s order, whatever the file’s order', () => {
    const list = awards(['2025,tertib-administrasi-kepesertaan', '2025,pemerintah-desa-kelurahan', '2025,pemerintah-kabupaten-kota', '2025,badan-usaha-kecil-mikro']);
    expect(categoryOrder(list, 2025)).toEqual(['pemerintah-kabupaten-kota', 'badan-usaha-kecil-mikro', 'pemerintah-desa-kelurahan', 'tertib-administrasi-kepesertaan']);
  });

  test('a category outside the release comes after its six, in the order the file first names it', () => {
    const list = awards(['2025,kategori-tidak-disebutkan', '2025,inovasi-pekerja-rentan-desa', '2025,gerakan-1-desa-100-pekerja-rentan', '2025,pemerintah-kabupaten-kota', '2025,kategori-tidak-disebutkan']);
    expect(categoryOrder(list, 2025)).toEqual(['pemerintah-kabupaten-kota', 'inovasi-pekerja-rentan-desa', 'kategori-tidak-disebutkan', 'gerakan-1-desa-100-pekerja-rentan']);
  });

  test('the committee’s order wins where set; categories it leaves unset follow in the release’s order', () => {
    const list = awards(['2026,pemerintah-kabupaten-kota,3', '2026,pemerintah-desa-kelurahan,1', '2026,badan-usaha-besar-menengah', '2026,kategori-baru,2', '2026,badan-usaha-kecil-mikro']);
    expect(categoryOrder(list, 2026)).toEqual(['pemerintah-desa-kelurahan', 'kategori-baru', 'pemerintah-kabupaten-kota', 'badan-usaha-besar-menengah', 'badan-usaha-kecil-mikro']);
  });

  test('a category’s order may be written on one of its rows only', () => {
    const list = awards(['2026,pemerintah-kabupaten-kota', '2026,badan-usaha-besar-menengah,1', '2026,pemerintah-kabupaten-kota,2']);
    expect(categoryOrder(list, 2026)).toEqual(['badan-usaha-besar-menengah', 'pemerintah-kabupaten-kota']);
  });

  test('only the edition asked for, each category once; an edition with no rows has no categories', () => {
    const list = awards(['2025,pemerintah-desa-kelurahan,1', '2026,pemerintah-kabupaten-kota', '2026,pemerintah-kabupaten-kota', '2026,pemerintah-desa-kelurahan']);
    expect(categoryOrder(list, 2026)).toEqual(['pemerintah-kabupaten-kota', 'pemerintah-desa-kelurahan']);
    expect(categoryOrder(list, 2024)).toEqual([]);
  });
});

describe('the six categories of the award', () => {
  test('in the 2025 release’s order, each with its names in both languages', () => {
    expect(AWARD_CATEGORIES.map((c) => c.id)).toEqual([
      'pemerintah-kabupaten-kota',
      'badan-usaha-besar-menengah',
      'badan-usaha-kecil-mikro',
      'pemerintah-desa-kelurahan',
      'inovasi-pekerja-rentan-desa',
      'tertib-administrasi-kepesertaan',
    ]);
    for (const { label } of AWARD_CATEGORIES) expect([label.id.length > 0, label.en.length > 0]).toEqual([true, true]);
  });

  test('the two categories a desa wins, whose winners may be given by desa code, are among them', () => {
    expect(DESA_CATEGORIES.filter((id) => !AWARD_CATEGORIES.some((c) => c.id === id))).toEqual([]);
  });

  test('the data’s own name wins; the list names a category with no row yet; an unknown id has none', () => {
    const list = awards(['2025,inovasi-pekerja-rentan-desa']);
    expect(categoryLabel('inovasi-pekerja-rentan-desa', list)).toEqual({ id: 'Label inovasi-pekerja-rentan-desa', en: 'Label inovasi-pekerja-rentan-desa' });
    expect(categoryLabel('badan-usaha-kecil-mikro', list)).toEqual({ id: 'Badan Usaha Kecil dan Mikro', en: 'Small and micro businesses' });
    expect(categoryLabel('kategori-baru', list)).toBeNull();
  });
});

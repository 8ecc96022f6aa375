import { describe, expect, test } from 'vitest';
import type { Award } from '../data/index.ts';
import { categoryOrder } from './award-order.ts';

const award = (edition: number, category: string): Award => ({ edition, category } as Award);

describe('categoryOrder', () => {
  test("the committee's release order, whatever the file's order; other categories after, as the file names them", () => {
    const awards = [
      award(2025, 'kategori-tidak-disebutkan'),
      award(2025, 'tertib-administrasi-kepesertaan'),
      award(2025, 'inovasi-pekerja-rentan-desa'),
      award(2025, 'kategori-baru'),
      award(2025, 'badan-usaha-kecil-mikro'),
      award(2025, 'pemerintah-kabupaten-kota'),
      award(2025, 'pemerintah-desa-kelurahan'),
      award(2025, 'badan-usaha-besar-menengah'),
      award(2025, 'pemerintah-kabupaten-kota'),
      award(2023, 'gerakan-1-desa-100-pekerja-rentan'),
    ];
    expect(categoryOrder(awards, 2025)).toEqual([
      'pemerintah-kabupaten-kota',
      'badan-usaha-besar-menengah',
      'badan-usaha-kecil-mikro',
      'pemerintah-desa-kelurahan',
      'inovasi-pekerja-rentan-desa',
      'tertib-administrasi-kepesertaan',
      'kategori-tidak-disebutkan',
      'kategori-baru',
    ]);
    expect(categoryOrder(awards, 2023)).toEqual(['gerakan-1-desa-100-pekerja-rentan']);
    expect(categoryOrder(awards, 2030)).toEqual([]);
  });
});

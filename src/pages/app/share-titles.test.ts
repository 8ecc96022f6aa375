import { describe, expect, test } from 'vitest';
import { mapMetrics } from '../../model/metrics.ts';
import { figureTitle, frameTitle } from './share-titles.ts';

describe('frameTitle', () => {
  test('names the map, BPJS Ketenagakerjaan, what is measured, the province and the year, in both languages', () => {
    expect(frameTitle('coverage_pct', 'id', 'Kalimantan Barat', 2024)).toBe('Peta cakupan kepesertaan BPJS Ketenagakerjaan per kabupaten/kota, Kalimantan Barat, 2024');
    expect(frameTitle('coverage_pct', 'en', 'Kalimantan Barat', 2024)).toBe('Map of BPJS Ketenagakerjaan coverage by regency and city, Kalimantan Barat, 2024');
  });

  test('reads naturally for the change metric: never "Map of BPJS Ketenagakerjaan change in coverage"', () => {
    expect(frameTitle('coverage_change_pp', 'en', 'Kalimantan Barat', 2024)).toBe(
      'Map of change in BPJS Ketenagakerjaan coverage from the previous year by regency and city, Kalimantan Barat, 2024',
    );
    expect(frameTitle('coverage_change_pp', 'id', 'Kalimantan Barat', 2024)).toBe(
      'Peta perubahan cakupan kepesertaan BPJS Ketenagakerjaan dari tahun sebelumnya per kabupaten/kota, Kalimantan Barat, 2024',
    );
  });

  test('every metric: BPJS Ketenagakerjaan named once, the metric in lower case after "Peta" / "Map of"', () => {
    for (const { id: metric } of mapMetrics()) {
      for (const lang of ['id', 'en'] as const) {
        const title = frameTitle(metric, lang, 'Kalimantan Barat', 2023);
        expect(title.match(/BPJS Ketenagakerjaan/g), title).toHaveLength(1);
        expect(title, title).toMatch(/^(Peta [a-z]|Map of [a-zB])/);
        expect(title.endsWith(', Kalimantan Barat, 2023'), title).toBe(true);
      }
    }
  });

  test('without a year: no dangling comma', () => {
    expect(frameTitle('participants_active', 'en', 'Kalimantan Barat', null)).toBe('Map of active BPJS Ketenagakerjaan participants by regency and city, Kalimantan Barat');
  });
});

describe('figureTitle', () => {
  test('a heading: capitalised, with BPJS Ketenagakerjaan, without the year', () => {
    expect(figureTitle('coverage_pct', 'id', 'Kalimantan Barat')).toBe('Cakupan kepesertaan BPJS Ketenagakerjaan per kabupaten/kota, Kalimantan Barat');
    expect(figureTitle('coverage_change_pp', 'en', 'Kalimantan Barat')).toBe('Change in BPJS Ketenagakerjaan coverage from the previous year by regency and city, Kalimantan Barat');
  });
});

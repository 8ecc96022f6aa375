import { expect, test } from 'vitest';
import { addressNoticeText, type AddressNoticeContext } from './address-notice.ts';

const context: AddressNoticeContext = {
  metrics: [
    { id: 'coverage_pct', name: 'Cakupan kepesertaan (%)' },
    { id: 'coverage_change_pp', name: 'Perubahan cakupan dari tahun sebelumnya' },
  ],
  shownMetric: 'Cakupan kepesertaan (%)',
  shownYear: 2024,
  years: [2023, 2024],
  exampleRegion: '61.01',
};

test('a metric the registry lacks is named, with what the map shows and every metric the address may write', () => {
  expect(addressNoticeText([{ param: 'metric', value: 'coverage_change' }], context, 'id')).toEqual([
    'Alamat halaman ini menyebut indikator “coverage_change”, yang tidak ada; peta menampilkan Cakupan kepesertaan (%). Indikator yang ada: coverage_pct (Cakupan kepesertaan (%)), coverage_change_pp (Perubahan cakupan dari tahun sebelumnya).',
    'Alamat sudah diperbaiki.',
  ]);
});

test('a year and a region the data lack are named too, in English when the page is', () => {
  const [year, region] = addressNoticeText([{ param: 'year', value: '2019' }, { param: 'region', value: '6104' }], context, 'en');
  expect(year).toBe('This page’s address names the year “2019”, which the data do not have; the map shows 2024. The years are: 2023, 2024.');
  expect(region).toContain('“6104”');
  expect(region).toContain('61.01');
});

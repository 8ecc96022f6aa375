import { describe, expect, test } from 'vitest';
import { makeDataset } from '../../test/fixtures/dataset.ts';
import { foldName, matchRegions } from './region-search.ts';

const regencies = makeDataset().regions.regencies;
const names = (query: string) => matchRegions(regencies, query).map((m) => m.region.name);

describe('matchRegions', () => {
  test('"pon" finds Kota Pontianak by its name, then Kabupaten Mempawah by its former name', () => {
    const matches = matchRegions(regencies, 'pon');
    expect(matches.map((m) => m.region.code)).toEqual(['61.71', '61.02']);
    expect(matches[0]!.formerName).toBeNull();
    expect(matches[1]!.formerName).toEqual({ name: 'Kabupaten Pontianak', until: 2014 });
  });

  test('ignores case, accents and extra spaces', () => {
    expect(names('  PONTIÁNAK ')).toEqual(['Kota Pontianak', 'Kabupaten Mempawah']);
    expect(names('kubu   raya')).toEqual(['Kabupaten Kubu Raya']);
  });

  test('matches the start of any word of a name, not the middle of one', () => {
    expect(names('raya')).toEqual(['Kabupaten Kubu Raya']);
    expect(names('utara')).toEqual(['Kabupaten Kayong Utara']);
    expect(names('ianak')).toEqual([]);
  });

  test('"kota" finds the two cities; a Kemendagri code finds its regency', () => {
    expect(names('kota')).toEqual(['Kota Pontianak', 'Kota Singkawang']);
    expect(names('61.04')).toEqual(['Kabupaten Ketapang']);
  });

  test('an empty query lists every regency by name, the province excluded', () => {
    const all = names('');
    expect(all).toHaveLength(14);
    expect(all[0]).toBe('Kabupaten Bengkayang');
    expect(all).not.toContain('Provinsi Kalimantan Barat');
  });
});

describe('foldName', () => {
  test('drops accents and punctuation', () => {
    expect(foldName('Kab. Kubu-Raya')).toBe('kab kubu raya');
    expect(foldName('Pontiának')).toBe('pontianak');
  });
});

// Recognising regions: Kemendagri codes are the join key; BPS codes (numbered differently in Kalbar),
// bare names that fit two regions, and kecamatan codes are refused with the code that was meant.
import { describe, expect, it } from 'vitest';
import { resolveRegion, type Resolved, expectedFields } from '../../src/data/index.ts';
import { nationalDataset, shippedRegions } from './helpers.ts';

// The crosswalk in ../shared/boundaries/SOURCE.md (Kemendagri per Kepmendagri 300.2.2-2430/2025; BPS
// from BPS's 2022 crosswalk), copied here as the truth the library is checked against.
const CROSSWALK: readonly [kemendagri: string, bps: string, name: string][] = [
  ['61.01', '6101', 'Kabupaten Sambas'],
  ['61.02', '6104', 'Kabupaten Mempawah'],
  ['61.03', '6105', 'Kabupaten Sanggau'],
  ['61.04', '6106', 'Kabupaten Ketapang'],
  ['61.05', '6107', 'Kabupaten Sintang'],
  ['61.06', '6108', 'Kabupaten Kapuas Hulu'],
  ['61.07', '6102', 'Kabupaten Bengkayang'],
  ['61.08', '6103', 'Kabupaten Landak'],
  ['61.09', '6109', 'Kabupaten Sekadau'],
  ['61.10', '6110', 'Kabupaten Melawi'],
  ['61.11', '6111', 'Kabupaten Kayong Utara'],
  ['61.12', '6112', 'Kabupaten Kubu Raya'],
  ['61.71', '6171', 'Kota Pontianak'],
  ['61.72', '6172', 'Kota Singkawang'],
];

const regions = shippedRegions();
const resolve = (value: string) => resolveRegion(regions, value);
const codeOf = (resolved: Resolved) => (resolved.ok ? resolved.region.code : `refused: ${expectedFields(resolved.expected).expected}`);
const refusal = (resolved: Resolved) => (resolved.ok ? `resolved to ${resolved.region.code}` : expectedFields(resolved.expected).expected);

describe('resolveRegion', () => {
  it('the shipped regions are the 14 regencies of the crosswalk, with their BPS codes and names', () => {
    expect(regions.regencies.map((r) => [r.code, r.bpsCode, r.name])).toEqual(CROSSWALK);
    expect(regions.province?.code).toBe('61');
  });

  it.each(CROSSWALK)('%s resolves to itself (%s is BPS, %s)', (code, _bps, name) => {
    const resolved = resolve(code);
    expect(codeOf(resolved)).toBe(code);
    expect(resolved.ok && resolved.region.name).toBe(name);
  });

  it.each(CROSSWALK)('BPS code %s is refused, naming the Kemendagri code %s', (code, bps, name) => {
    const resolved = resolve(bps);
    expect(resolved.ok).toBe(false);
    expect(refusal(resolved)).toContain(`the Kemendagri code "${code}": ${bps} is BPS's code for ${name}`);
  });

  it('the BPS code 6104 is never read as 61.04 (Ketapang): it names 61.02 (Mempawah)', () => {
    expect(refusal(resolve('6104'))).toMatch(/^the Kemendagri code "61\.02"/);
  });

  it('the province resolves by code and by name', () => {
    expect(codeOf(resolve('61'))).toBe('61');
    expect(codeOf(resolve('Provinsi Kalimantan Barat'))).toBe('61');
    expect(codeOf(resolve('Kalimantan Barat'))).toBe('61');
  });

  it('official, short and abbreviated names resolve, in any case and spacing', () => {
    expect(codeOf(resolve('Kabupaten Ketapang'))).toBe('61.04');
    expect(codeOf(resolve('Ketapang'))).toBe('61.04');
    expect(codeOf(resolve('Kab. Sambas'))).toBe('61.01');
    expect(codeOf(resolve('kab sambas'))).toBe('61.01');
    expect(codeOf(resolve('  KOTA   PONTIANAK '))).toBe('61.71');
    expect(codeOf(resolve('Kayong Utara'))).toBe('61.11');
  });

  it('the former name Kabupaten Pontianak resolves to Mempawah (61.02), not to Kota Pontianak', () => {
    expect(codeOf(resolve('Kabupaten Pontianak'))).toBe('61.02');
    expect(codeOf(resolve('Kab. Pontianak'))).toBe('61.02');
  });

  it('the bare name "Pontianak" is refused, naming both regions it may be', () => {
    expect(refusal(resolve('Pontianak'))).toBe(
      'a Kemendagri code: "Pontianak" may be Kabupaten Mempawah (61.02, named Kabupaten Pontianak until 2014) or Kota Pontianak (61.71)',
    );
  });

  it('kecamatan and desa codes are refused with their regency code', () => {
    expect(refusal(resolve('61.04.01'))).toContain('the first two parts, "61.04"');
    expect(refusal(resolve('61.04.01.2001'))).toContain('the first two parts, "61.04"');
  });

  it('codes outside the province, unknown codes, lists, empty and unknown names are refused', () => {
    expect(refusal(resolve('62.01'))).toContain('62.01 is outside the province');
    expect(refusal(resolve('61.13'))).toContain('61.13 is not one');
    expect(refusal(resolve('6201'))).toContain('matches none in Kalimantan Barat');
    expect(refusal(resolve('61.4'))).toContain('two-digit parts');
    expect(refusal(resolve('61.04;61.02'))).toContain('one region a row');
    expect(refusal(resolve(''))).toContain('a Kemendagri code');
    expect(refusal(resolve('Kabupaten Kutai'))).toContain('"Kabupaten Kutai" is neither');
  });
});

describe('resolveRegion on the national regions: the special regions by their official and their usual names', () => {
  const national = nationalDataset().regions;
  it.each([
    ['Daerah Khusus Ibukota Jakarta', '31'],
    ['DKI Jakarta', '31'],
    ['Provinsi DKI Jakarta', '31'],
    ['Daerah Istimewa Yogyakarta', '34'],
    ['DI Yogyakarta', '34'],
  ])('%s resolves to %s', (name, code) => {
    expect(codeOf(resolveRegion(national, name))).toBe(code);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProvinceConfig, parseProvinceInfo, provinceInfo } from './province.ts';

const shipped = readdirSync('provinces').filter((name) => /^\d{2}\.json$/.test(name));
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(`provinces/${name}`, 'utf8'));

describe('parseProvinceConfig', () => {
  it.each(shipped)('accepts the shipped provinces/%s, whose code is its file name', (name) => {
    const config = parseProvinceConfig(read(name), `provinces/${name}`);
    expect(`${config.code}.json`).toBe(name);
    expect(config.name.id).not.toBe(config.name.en);
  });

  it('gives the pages the code, both names, the context labels and box (the camera bounds), nothing of the builds', () => {
    const info = provinceInfo(parseProvinceConfig(read('62.json'), 'provinces/62.json'));
    expect(Object.keys(info).sort()).toEqual(['code', 'contextBox', 'contextLabels', 'name']);
    expect(info.contextBox).toEqual({ west: 109.6, south: -4.6, east: 117, north: 2 });
    expect(info.name).toEqual({ id: 'Kalimantan Tengah', en: 'Central Kalimantan' });
  });

  it('asks for kecamatan and their counts only with a desa layer', () => {
    const config = parseProvinceConfig(read('62.json'), 'provinces/62.json');
    expect(config.boundaries.desa).toBeUndefined();
    expect(config.boundaries.expectedCounts).toEqual({ kabupaten: 14 });
    const withDesa = { ...read('62.json'), boundaries: { ...(read('62.json').boundaries as object), desa: 'desa.geojson' } };
    expect(() => parseProvinceConfig(withDesa, 'p.json')).toThrow('p.json: boundaries.kecamatan: found nothing; expected the kecamatan file');
  });

  it.each([
    [{ code: 62 }, 'x.json: code: found 62; expected a two-digit Kemendagri province code in quotes'],
    [{ name: { id: 'Kalimantan Tengah' } }, 'x.json: name.en: found nothing; expected a non-empty string'],
    [{ dataDir: '' }, 'x.json: dataDir: found ""; expected a non-empty string'],
    [{ contextLabels: [{ text: 'Laut Jawa', kind: 'ocean', at: [[112, -4]] }] }, 'x.json: contextLabels[0].kind: found "ocean"; expected "land" or "sea"'],
    [{ contextLabels: [{ text: 'Laut Jawa', kind: 'sea', at: [[-4, 212]] }] }, 'x.json: contextLabels[0].at[0][1]: found 212; expected degrees between -90 and 90'],
  ])('names the file, the field, what it found and what it expected (%j)', (change, message) => {
    expect(() => parseProvinceConfig({ ...read('62.json'), ...change }, 'x.json')).toThrow(message);
  });

  it('refuses a province among its own neighbours', () => {
    const config = read('62.json');
    const boundaries = { ...(config.boundaries as Record<string, unknown>), neighbourProvinces: { '62': 'Kalimantan Tengah' } };
    expect(() => parseProvinceConfig({ ...config, boundaries }, 'x.json')).toThrow('x.json: boundaries.neighbourProvinces: found "62"');
  });
});

describe('parseProvinceConfig and invisible characters', () => {
  it('refuses a name with a right-to-left override, naming it, and shows it escaped in the message', () => {
    const config = { ...read('62.json'), name: { id: 'Kalimantan \u202eTengah', en: 'Central Kalimantan' } };
    expect(() => parseProvinceConfig(config, 'x.json')).toThrow(
      'x.json: name.id: found "Kalimantan \\u202eTengah"; expected text without invisible characters; found U+202E (right-to-left override) at position 12',
    );
  });

  it('refuses a zero-width space in a neighbour\'s name', () => {
    const config = read('62.json');
    const boundaries = { ...(config.boundaries as Record<string, unknown>), neighbourProvinces: { '61': 'Kalimantan\u200b Barat' } };
    expect(() => parseProvinceConfig({ ...config, boundaries }, 'x.json')).toThrow('U+200B (zero-width space) at position 11');
  });
});

describe('parseProvinceInfo', () => {
  const info = { code: '63', name: { id: 'Kalimantan Selatan', en: 'South Kalimantan' }, contextBox: { west: 114, south: -4.5, east: 117, north: -1 }, contextLabels: [] };

  it('reads a province (two digits) and Indonesia as a whole (code "": the country has no Kemendagri code)', () => {
    expect(parseProvinceInfo(info, 'areas/63/province.json').code).toBe('63');
    expect(parseProvinceInfo({ ...info, code: '', name: { id: 'Indonesia', en: 'Indonesia' } }, 'areas/indonesia/province.json').code).toBe('');
  });

  it.each([['6'], [63], ['ID'], [null]])('refuses the code %j, naming the file and what to write', (code) => {
    expect(() => parseProvinceInfo({ ...info, code }, 'p.json')).toThrow(`p.json: code: found ${JSON.stringify(code)}; expected a two-digit Kemendagri province code in quotes, or "" for Indonesia as a whole`);
  });
});

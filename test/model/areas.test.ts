// One model for every level: the national map and any province's map are datasets of the same shape as
// the deployment's own, built from the tables by areaDataset. Frozen tables, written here: a home
// province (61) and a national table with two other provinces, Indonesia's own figures and awards.
import { describe, expect, it } from 'vitest';
import { areaFolder, isArea, mapUnits, NATIONAL_AREA } from '../../src/data/area.ts';
import { areaDataset, areaIds } from '../../src/data/area-dataset.ts';
import { parseDataset } from '../../src/data/dataset.ts';
import { yearView } from '../../src/scale/year-view.ts';

const COVERAGE_HEADER = 'region_code,region_name,period,metric,value,unit,source_url,confidence,note';
const AWARDS_HEADER = 'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence,note';

const home = parseDataset({
  regions: {
    name: 'regions.csv',
    text: 'kemendagri_code,bps_code,name,short_name,type\n61,6100,Provinsi Kalimantan Barat,Kalimantan Barat,provinsi\n61.04,6106,Kabupaten Ketapang,Ketapang,kabupaten\n61.71,6171,Kota Pontianak,Kota Pontianak,kota\n',
  },
  coverage: {
    name: 'coverage.csv',
    text: `${COVERAGE_HEADER}\n61,,2024,coverage_pct,30.5,percent,https://example.org/kalbar,high,\n61.04,,2024,coverage_pct,68.02,percent,https://example.org/ketapang,high,\n`,
  },
  awards: {
    name: 'awards.csv',
    text: `${AWARDS_HEADER}\n2025,2024,2025-09-24,provinsi,pemerintah-kabupaten-kota,Pemerintah Kabupaten/Kota,Regency and city governments,1,Pemerintah Kabupaten Ketapang,pemerintah-kabupaten,61.04,https://example.org/a,high,\n`,
  },
});

const national = parseDataset({
  regions: {
    name: 'national/regions.csv',
    text: [
      'kemendagri_code,bps_code,name,short_name,type',
      '61,,Provinsi Kalimantan Barat,Kalimantan Barat,provinsi',
      '63,,Provinsi Kalimantan Selatan,Kalimantan Selatan,provinsi',
      '63.01,,Kabupaten Tanah Laut,Tanah Laut,kabupaten',
      '63.71,,Kota Banjarmasin,Kota Banjarmasin,kota',
      '96,,Provinsi Papua Barat Daya,Papua Barat Daya,provinsi',
      '96.03,,Kabupaten Raja Ampat,Raja Ampat,kabupaten',
      '',
    ].join('\n'),
  },
  coverage: {
    name: 'national/coverage.csv',
    text: [
      COVERAGE_HEADER,
      '63,,2024,coverage_pct,34.25,percent,https://example.org/kalsel,high,',
      '63,,2026,coverage_target_pct,70,percent,https://example.org/kalsel-target,medium,',
      '63.71,,2024,participants_active,120000,persons,https://example.org/banjarmasin,high,',
      ',Indonesia,2024,national_coverage_pct,40,percent,https://example.org/id,medium,',
      ',Indonesia,2029,national_coverage_target_pct,80,percent,https://example.org/rpjmn,high,RPJMN target',
      ',Indonesia,2024,national_participants_registered,60000000,persons,https://example.org/registered,medium,',
      '',
    ].join('\n'),
  },
  awards: {
    name: 'national/awards.csv',
    text: `${AWARDS_HEADER}\n2022,,,nasional,pemerintah-kabupaten-kota,Pemerintah Kabupaten/Kota,Regency and city governments,unknown,Pemerintah Kabupaten Raja Ampat,pemerintah-kabupaten,96.03,https://example.org/raja-ampat,high,\n`,
  },
});

const sources = { home, national };

describe('the areas a map can show', () => {
  it('are named "indonesia" or by a two-digit Kemendagri code, and a BPS number or a name is not one', () => {
    expect(['indonesia', '63', '96'].every(isArea)).toBe(true);
    expect(['6300', '63.01', 'Kalimantan Selatan', 'Indonesia', '', null].some(isArea)).toBe(false);
  });

  it("are served from data/ for the deployment's own province and from data/areas/<area>/ for any other", () => {
    expect(areaFolder('61', '61')).toBe('data/');
    expect(areaFolder('63', '61')).toBe('data/areas/63/');
    expect(areaFolder(NATIONAL_AREA, '61')).toBe('data/areas/indonesia/');
    expect(areaIds(sources)).toEqual(['indonesia', '61', '63', '96']);
  });
});

describe('the national map', () => {
  const indonesia = areaDataset(NATIONAL_AREA, sources)!;

  it('draws every province, the home one included, under Indonesia as the whole', () => {
    expect(indonesia.regions.regencies.map((r) => r.code)).toEqual(['61', '63', '96']);
    expect(indonesia.regions.province).toMatchObject({ code: '', name: 'Indonesia', type: 'negara' });
    expect(mapUnits(indonesia.regions)).toBe('provinces');
    expect(mapUnits(home.regions)).toBe('regencies');
  });

  it("colours a province by its own published coverage, from the home and national tables, and no regency's figure", () => {
    const view = yearView(indonesia, { year: 2024, metric: 'coverage_pct', lang: 'id' });
    expect(view.regencies.map((r) => [r.code, r.value])).toEqual([['61', 30.5], ['63', 34.25], ['96', null]]);
    expect(view.summary).toMatchObject({ units: 'provinces', total: 3, published: 2, missing: 1 });
    expect(indonesia.figures.some((f) => f.regionCode.includes('.'))).toBe(false);
  });

  it("shows Indonesia's own coverage as the whole's, and its national target stays a target, never coverage", () => {
    const view = yearView(indonesia, { year: 2024, metric: 'coverage_pct', lang: 'id' });
    expect(view.province).toMatchObject({ code: '', value: 40 });
    const metrics = indonesia.figures.filter((f) => f.regionCode === '').map((f) => [f.metric, f.value]);
    expect(metrics).toEqual([['coverage_pct', 40], ['coverage_target_pct', 80], ['national_participants_registered', 60000000]]);
    const future = yearView(indonesia, { year: 2029, metric: 'coverage_pct', lang: 'id' });
    expect(future.province?.value ?? null).toBeNull();
  });

  it('holds the national awards, each under the province its winner is in', () => {
    expect(indonesia.awards.map((a) => [a.edition, a.winnerName, a.regionCode])).toEqual([[2022, 'Pemerintah Kabupaten Raja Ampat', '96']]);
    // The home province's own award is not a national one.
    expect(indonesia.awards.some((a) => a.level === 'provinsi')).toBe(false);
  });
});

describe("a province's map", () => {
  it('draws its regencies under the province, with their figures and awards and no other province\'s', () => {
    const kalsel = areaDataset('63', sources)!;
    expect(kalsel.regions.province?.code).toBe('63');
    expect(kalsel.regions.regencies.map((r) => r.name)).toEqual(['Kabupaten Tanah Laut', 'Kota Banjarmasin']);
    expect(kalsel.figures.map((f) => [f.regionCode, f.metric])).toEqual([['63', 'coverage_pct'], ['63', 'coverage_target_pct'], ['63.71', 'participants_active']]);
    expect(kalsel.awards).toEqual([]);
    expect(areaDataset('96', sources)!.awards.map((a) => a.regionCode)).toEqual(['96.03']);
  });

  it("with no regency's figure in any year, opens on the year of the province's own and says the map is all hatched", () => {
    const view = yearView(areaDataset('63', sources)!, { year: 2024, metric: 'coverage_pct', lang: 'id' });
    expect(view.summary).toMatchObject({ everPublished: false, published: 0, total: 2 });
    expect(view.province?.value).toBe(34.25);
  });

  it("is the deployment's own tables for its own province, and nothing for a code the tables do not know", () => {
    expect(areaDataset('61', sources)).toBe(home);
    expect(areaDataset('99', sources)).toBeNull();
  });
});

describe('the provinces in the reader\'s language', () => {
  it('are named from the official list in English and as Kemendagri writes them in Bahasa Indonesia', () => {
    const englishNames = new Map([['61', 'West Kalimantan'], ['63', 'South Kalimantan'], ['96', 'Southwest Papua']]);
    const indonesia = areaDataset(NATIONAL_AREA, { ...sources, englishNames })!;
    const names = (lang: 'id' | 'en') => yearView(indonesia, { year: 2024, metric: 'coverage_pct', lang }).regencies.map((r) => r.shortName);
    expect(names('id')).toEqual(['Kalimantan Barat', 'Kalimantan Selatan', 'Papua Barat Daya']);
    expect(names('en')).toEqual(['West Kalimantan', 'South Kalimantan', 'Southwest Papua']);
    // A province's own regencies keep their one official name.
    const kalsel = areaDataset('63', { ...sources, englishNames })!;
    expect(yearView(kalsel, { year: 2024, metric: 'coverage_pct', lang: 'en' }).regencies.map((r) => r.name)).toEqual(['Kabupaten Tanah Laut', 'Kota Banjarmasin']);
    expect(yearView(kalsel, { year: 2024, metric: 'coverage_pct', lang: 'en' }).province?.name).toBe('South Kalimantan');
  });
});

describe('names on a province\'s map', () => {
  it('keep a city apart from the regency of the same name: "Kota Kediri" beside "Kediri"', () => {
    const withKediri = parseDataset({
      regions: {
        name: 'national/regions.csv',
        text: 'kemendagri_code,bps_code,name,short_name,type\n35,,Provinsi Jawa Timur,Jawa Timur,provinsi\n35.06,,Kabupaten Kediri,Kediri,kabupaten\n35.71,,Kota Kediri,Kediri,kota\n35.78,,Kota Surabaya,Surabaya,kota\n',
      },
      coverage: { name: 'national/coverage.csv', text: `${COVERAGE_HEADER}\n` },
      awards: { name: 'national/awards.csv', text: `${AWARDS_HEADER}\n` },
    });
    const jatim = areaDataset('35', { home, national: withKediri })!;
    expect(jatim.regions.regencies.map((r) => r.shortName)).toEqual(['Kediri', 'Kota Kediri', 'Surabaya']);
  });
});

import { describe, expect, test } from 'vitest';
import { parseDataset, parseRegions } from '../data/index.ts';
import { makeDataset } from '../../test/fixtures/dataset.ts';
import { awardEdition, awardEditions, bestYear, defaultYear, editionForYear, editionMarks, editions, FALLBACK_YEAR, sliderYears, yearChoices } from './years.ts';

const REGIONS = `kemendagri_code,bps_code,name,short_name,type,former_names
61,61,Provinsi Kalimantan Barat,Kalimantan Barat,provinsi,
61.04,6106,Kabupaten Ketapang,Ketapang,kabupaten,
61.12,6112,Kabupaten Kubu Raya,Kubu Raya,kabupaten,
61.71,6171,Kota Pontianak,Pontianak,kota,
`;

function figures(rows: string) {
  const header = 'region_code,period,metric,value,unit,source_url,confidence\n';
  const regions = parseRegions(REGIONS, 'regions.csv').index;
  const dataset = parseDataset({
    regions: { name: 'regions.csv', text: REGIONS },
    coverage: { name: 'coverage.csv', text: header + rows },
    awards: { name: 'awards.csv', text: 'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence\n' },
  });
  expect(dataset.problems.filter((p) => p.file === 'coverage.csv')).toEqual([]);
  return { figures: dataset.figures, codes: regions.regencies.map((r) => r.code) };
}

describe('yearChoices', () => {
  test('offers each year with a figure, counting regencies once however many figures they have', () => {
    const { figures: f, codes } = figures(
      [
        '61.12,2022,coverage_pct,25.01,percent,https://example.com/a,high',
        '61.12,2023-06,coverage_pct,30,percent,https://example.com/a,high',
        '61.12,2023-11,coverage_pct,39.21,percent,https://example.com/a,high',
        '61.04,2023,coverage_pct,55.69,percent,https://example.com/b,high',
      ].join('\n'),
    );
    expect(yearChoices(f, codes, 'coverage_pct')).toEqual([
      { year: 2022, regencyCount: 1 },
      { year: 2023, regencyCount: 2 },
    ]);
  });

  test('ignores other metrics and province-wide figures', () => {
    const { figures: f, codes } = figures(
      [
        '61,2021,coverage_pct,35,percent,https://example.com/p,high',
        '61.04,2020,participants_pu,71405,persons,https://example.com/b,high',
        '61.04,2024,coverage_pct,68.02,percent,https://example.com/b,high',
      ].join('\n'),
    );
    expect(yearChoices(f, codes, 'coverage_pct').map((c) => c.year)).toEqual([2024]);
  });
});

describe('bestYear', () => {
  test('picks the year with figures for the most regencies', () => {
    expect(bestYear([{ year: 2022, regencyCount: 1 }, { year: 2023, regencyCount: 4 }, { year: 2025, regencyCount: 2 }])).toBe(2023);
  });

  test('picks the latest of the years that tie', () => {
    expect(bestYear([{ year: 2023, regencyCount: 5 }, { year: 2024, regencyCount: 5 }, { year: 2022, regencyCount: 5 }])).toBe(2024);
  });

  test('falls back to 2024 when no year has a figure', () => {
    expect(bestYear([])).toBe(FALLBACK_YEAR);
    expect(FALLBACK_YEAR).toBe(2024);
  });
});

describe('defaultYear', () => {
  test('is the year with the most regencies covered, for the default metric unless another is named', () => {
    // Fixture: 2024 has five regencies with coverage; participants exist in 2023 (one) and 2024 (one).
    expect(defaultYear(makeDataset())).toBe(2024);
    expect(defaultYear(makeDataset({ figures: ['61.04,2021,coverage_pct,30', '61.08,2021,coverage_pct,31', '61.02,2022,coverage_pct,30'] }))).toBe(2021);
    expect(defaultYear(makeDataset({ figures: ['61.04,2021,coverage_pct,30', '61.08,2023,participants_active,5'] }), 'participants_active')).toBe(2023);
  });
});

describe('award editions by the year they judged', () => {
  const { awards } = makeDataset();

  test('an edition carries the year its jury judged, apart from its name and its ceremony', () => {
    expect(awardEditions(awards).map(({ edition, judgedYear, year }) => ({ edition, judgedYear, year }))).toEqual([
      // 2021: no source states the year judged; the edition stays at its own year and claims none.
      { edition: 2021, judgedYear: null, year: 2021 },
      { edition: 2023, judgedYear: 2023, year: 2023 },
      { edition: 2025, judgedYear: 2024, year: 2024 },
    ]);
    expect(awardEdition(awards, 2025)?.ceremonyDate).toMatchObject({ year: 2025, month: 9, day: 24 });
    expect(editions(makeDataset())).toEqual([2021, 2023, 2025]);
  });

  test('viewing 2024 gives the 2025 edition, which judged it; 2025 has no edition yet', () => {
    expect(editionForYear(awards, 2024)?.edition).toBe(2025);
    expect(editionForYear(awards, 2023)?.edition).toBe(2023);
    expect(editionForYear(awards, 2021)?.edition).toBe(2021);
    expect(editionForYear(awards, 2025)).toBeUndefined();
    expect(editionForYear(awards, 2022)).toBeUndefined();
  });

  test('an edition that states the year it judged wins over one placed at its own year', () => {
    const both = makeDataset({ awards: ['2024,,,pemerintah-kabupaten-kota,1,61.04', '2025,2024,2025-09-24,pemerintah-kabupaten-kota,1,61.02'] }).awards;
    expect(editionForYear(both, 2024)?.edition).toBe(2025);
  });

  test('the slider marks the years judged, each with its edition, and offers them; an edition whose judged year is not published gets no trophy', () => {
    const { years, marks } = sliderYears(makeDataset());
    expect(marks).toEqual([
      { year: 2023, edition: 2023 },
      { year: 2024, edition: 2025 },
    ]);
    // The 2021 edition's year judged is not published: its year stays offered (its winners show there), with no trophy.
    expect(awardEditions(makeDataset().awards).find((e) => e.edition === 2021)?.judgedYear).toBeNull();
    expect(years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(editionMarks([])).toEqual([]);
  });

  test('the slider offers the years of a metric not in the main choice, so its address opens', () => {
    const dataset = makeDataset({ figures: ['61.04,2019,participants_active,80101', '61.08,2020,coverage_pct,40'], awards: [] });
    expect(sliderYears(dataset).years).toEqual([2019, 2020]);
  });
});

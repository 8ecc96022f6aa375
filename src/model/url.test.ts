import { describe, expect, test } from 'vitest';
import { pageAddress, readAddress, readUrlState, refusedInAddress, type UrlState } from './url.ts';

const choices = { years: [2022, 2023, 2024], regionCodes: ['61', '61.02', '61.04'] };

describe('readUrlState', () => {
  test('reads year, metric, region and language the data offers', () => {
    expect(readUrlState('?year=2023&metric=participants_active&region=61.04&lang=en&carry=1', choices)).toEqual({
      year: 2023,
      metric: 'participants_active',
      region: '61.04',
      lang: 'en',
      carryForward: true,
    });
  });

  test('drops what the data does not offer, so an old or edited link opens defaults, not an empty map', () => {
    expect(readUrlState('?year=2019&metric=zero&region=6104&lang=fr&carry=yes', choices)).toEqual({});
  });

  test('ignores a malformed year', () => {
    expect(readUrlState('?year=2023abc', choices)).toEqual({});
    expect(readUrlState('?year=', choices)).toEqual({});
  });
});

describe('refusedInAddress', () => {
  test('names each choice the page cannot show, with the value as written, so the page can say so', () => {
    expect(refusedInAddress('?year=2019&metric=coverage_change&region=6104&lang=en', choices)).toEqual([
      { param: 'year', value: '2019' },
      { param: 'metric', value: 'coverage_change' },
      { param: 'region', value: '6104' },
    ]);
  });

  test('an address the page can show refuses nothing', () => {
    expect(refusedInAddress('?year=2023&metric=coverage_change_pp&region=61.04', choices)).toEqual([]);
    expect(refusedInAddress('', choices)).toEqual([]);
  });
});

describe('pageAddress: the app', () => {
  const state: UrlState = { year: 2024, metric: 'coverage_pct', region: null, lang: 'id', carryForward: false };
  const app = (choices: UrlState) => ({ page: 'app', ...choices }) as const;

  test('leaves defaults out so the common link stays short', () => {
    expect(pageAddress(app(state))).toBe('./?year=2024');
    expect(pageAddress({ page: 'app', lang: 'id' })).toBe('./');
    expect(pageAddress({ page: 'app', lang: 'en' })).toBe('./?lang=en');
  });

  test('writes region, metric and English, and keeps parameters it does not own', () => {
    expect(pageAddress(app({ year: 2024, metric: 'coverage_change_pp', region: '61.04', lang: 'en', carryForward: true }), '?present=1')).toBe(
      './?present=1&year=2024&metric=coverage_change_pp&region=61.04&lang=en&carry=1',
    );
  });

  test('removes a cleared region and a language set back to the default', () => {
    expect(pageAddress(app(state), '?year=2023&region=61.04&lang=en&carry=1')).toBe('./?year=2024');
  });

  test('round-trips through readUrlState', () => {
    const full: UrlState = { year: 2023, metric: 'participants_active', region: '61.02', lang: 'en', carryForward: true };
    expect(readUrlState(new URL(pageAddress(app(full)), 'https://peta.example/').search, choices)).toEqual(full);
  });

  test("the iframe's credit opens the full map on what the frame shows, in the same order", () => {
    expect(pageAddress({ page: 'app', year: 2025, region: '61.04', lang: 'en', metric: 'participants_active', carryForward: true })).toBe(
      './?year=2025&metric=participants_active&region=61.04&lang=en&carry=1',
    );
  });

  test('leaving the ceremony opens the app at the year the edition judged', () => {
    expect(pageAddress({ page: 'app', year: 2024, lang: 'id' })).toBe('./?year=2024');
    expect(pageAddress({ page: 'app', year: 2024, lang: 'en' })).toBe('./?year=2024&lang=en');
  });
});

describe('pageAddress: the ceremony', () => {
  test('one link to an edition, from the app and the desk alike: English named, Bahasa Indonesia the default', () => {
    expect(pageAddress({ page: 'present', edition: 2025, lang: 'en' })).toBe('./present.html?edition=2025&lang=en');
    expect(pageAddress({ page: 'present', edition: 2026, lang: 'id' })).toBe('./present.html?edition=2026');
    expect(pageAddress({ page: 'present', lang: 'id' })).toBe('./present.html');
  });

  test('writes the step back, counted from 1, other parameters kept', () => {
    expect(pageAddress({ page: 'present', edition: 2025, lang: 'en', step: 2 }, '?edition=2025&x=1')).toBe('./present.html?edition=2025&x=1&lang=en&step=3');
    expect(pageAddress({ page: 'present', edition: 2025, lang: 'id', step: 0 }, '?edition=2025&lang=en')).toBe('./present.html?edition=2025&step=1');
  });

  test("the presenter's window: the same edition, language and step, with view=presenter", () => {
    expect(pageAddress({ page: 'present', edition: 2025, lang: 'en', step: 4, view: 'presenter' }, '?edition=2025&lang=en&step=2')).toBe(
      './present.html?edition=2025&lang=en&step=5&view=presenter',
    );
    expect(pageAddress({ page: 'present', edition: 2025, lang: 'id', step: 0, view: 'audience' }, '?view=presenter')).toBe('./present.html?edition=2025&step=1');
  });
});

describe('pageAddress: the desk', () => {
  test('its language, and the part to open at', () => {
    expect(pageAddress({ page: 'desk', lang: 'id' })).toBe('./desk.html');
    expect(pageAddress({ page: 'desk', lang: 'en' })).toBe('./desk.html?lang=en');
    expect(pageAddress({ page: 'desk', lang: 'en', part: 'publish' })).toBe('./desk.html?lang=en#publish');
    expect(pageAddress({ page: 'desk', lang: 'id', part: 'publish' }, '?lang=en')).toBe('./desk.html#publish');
  });
});

describe('the area in the address (?province=)', () => {
  test('names the national map or a province by its Kemendagri code; a BPS number or a name is not read', () => {
    expect(readAddress('?province=indonesia').area).toBe('indonesia');
    expect(readAddress('?province=63&year=2024').area).toBe('63');
    for (const wrong of ['6300', 'Kalimantan%20Selatan', 'Indonesia', '63.01', '']) expect(readAddress(`?province=${wrong}`).area).toBeUndefined();
  });

  test('every page writes it, and leaves it out for the deployment\'s own province (null), so its links stay as they were', () => {
    expect(pageAddress({ page: 'app', area: '63', lang: 'id', year: 2025 })).toBe('./?province=63&year=2025');
    expect(pageAddress({ page: 'app', area: null, lang: 'id', year: 2025 }, '?province=63&year=2024')).toBe('./?year=2025');
    expect(pageAddress({ page: 'present', area: 'indonesia', lang: 'en', edition: 2024 })).toBe('./present.html?province=indonesia&edition=2024&lang=en');
    expect(pageAddress({ page: 'desk', area: '63', lang: 'id' })).toBe('./desk.html?province=63');
  });
});

// A typo in a partner's markup (metric="coverage" for coverage_pct) or a value every JavaScript object
// answers to (scheme="toString") must not leave an element blank: it draws with the default and says
// once in the console what it found and what it allows. Every enumerated attribute of every element.
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { fixtureAppData, stubFetch } from '../../../test/fixtures/served-data.ts';
import { defaultYear } from '../../model/years.ts';
import { PROTOTYPE_NAMES } from '../../../test/fixtures/hostile.ts';
import type { AppData } from '../../model/load.ts';
import { metricScale } from '../../scale/metric-scale.ts';
import '../legend/legend.ts';
import '../map/map.ts';
import '../region-details/region-details.ts';
import '../winners/winners.ts';
import '../year-slider/year-slider.ts';

let data: AppData;
document.documentElement.removeAttribute('lang');

beforeAll(async () => {
  data = await fixtureAppData();
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** The element with one attribute set, handed the fixture's data, twice over (so a second warning would show). */
async function mountTwice<K extends 'paritrana-map' | 'paritrana-legend'>(tag: K, attribute: string, value: string): Promise<HTMLElementTagNameMap[K]> {
  let element!: HTMLElementTagNameMap[K];
  for (let i = 0; i < 2; i++) {
    document.body.replaceChildren();
    element = document.createElement(tag);
    element.setAttribute(attribute, value);
    element.setAttribute('data-managed', '');
    if (tag === 'paritrana-map') Object.assign(element, { data, year: 2024 });
    element.style.setProperty('--paritrana-map-height', '400px');
    document.body.append(element);
    await element.updateComplete;
  }
  return element;
}

const TYPOS: Record<string, { tags: ('paritrana-map' | 'paritrana-legend')[]; typo: string; fallback: string; allowed: string[] }> = {
  metric: { tags: ['paritrana-map', 'paritrana-legend'], typo: 'coverage', fallback: 'coverage_pct', allowed: ['"coverage_pct"', '"coverage_change_pp"'] },
  scheme: { tags: ['paritrana-map', 'paritrana-legend'], typo: 'YlGnBu ', fallback: 'ylgnbu', allowed: ['"ylgnbu"', '"blues"', '"viridis"', '"cividis"'] },
  loading: { tags: ['paritrana-map'], typo: 'eagre', fallback: 'lazy', allowed: ['"lazy"', '"eager"'] },
};

describe('an unknown attribute value falls back to the default with one warning', () => {
  for (const [attribute, { tags, typo, fallback, allowed }] of Object.entries(TYPOS)) {
    for (const tag of tags) {
      test.each([typo, ...PROTOTYPE_NAMES])(`<${tag} ${attribute}="%s">`, async (value) => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
        const element = await mountTwice(tag, attribute, value);
        expect((element as unknown as Record<string, string>)[attribute]).toBe(fallback);
        const about = warn.mock.calls.map((call) => String(call[0])).filter((message) => message.includes(`${attribute}="${value}"`));
        expect(about).toHaveLength(1);
        expect(about[0]).toContain(`<${tag}>`);
        for (const name of allowed) expect(about[0]).toContain(name);
        const root = element.shadowRoot!;
        if (tag === 'paritrana-map') {
          // Drawn, in the default metric's colours: Ketapang's 68.02% in the top class.
          expect(root.querySelectorAll('.regency')).toHaveLength(14);
          expect(root.querySelector('.regency[data-code="61.04"]')!.getAttribute('fill')).toBe(metricScale('coverage_pct').classify(68.02).colour);
        } else {
          expect(root.querySelector('[part="title"] .title-full')!.textContent).toBe('Cakupan kepesertaan (%)');
          expect(root.querySelectorAll('[part~="entry"]')).toHaveLength(7);
        }
      });
    }
  }

  test.each(['nodata', '-1', ...PROTOTYPE_NAMES])('<paritrana-map highlight-class="%s"> dims nothing', async (value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const map = await mountTwice('paritrana-map', 'highlight-class', value);
    expect(map.highlightClass).toBeNull();
    expect(warn.mock.calls.filter((call) => String(call[0]).includes(`highlight-class="${value}"`))).toHaveLength(1);
    expect(map.shadowRoot!.querySelectorAll('.regency.dimmed')).toHaveLength(0);
  });
});

test.each(['fast', '0', '-1', ...PROTOTYPE_NAMES])('<paritrana-year-slider speed="%s"> plays one year a second', async (value) => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  for (let i = 0; i < 2; i++) {
    document.body.innerHTML = `<paritrana-year-slider data-managed speed="${value}" years="2023 2024"></paritrana-year-slider>`;
    await document.querySelector('paritrana-year-slider')!.updateComplete;
  }
  expect(document.querySelector('paritrana-year-slider')!.speed).toBe(1);
  const about = warn.mock.calls.map((call) => String(call[0])).filter((message) => message.includes(`speed="${value}"`));
  expect(about).toEqual([`<paritrana-year-slider>: speed="${value}" is not a number of seconds above 0 (0.5, 1, 2); showing "1" instead.`]);
});

describe('a language by a prototype name is Bahasa Indonesia, the default', () => {
  const ELEMENTS = {
    'paritrana-map': (el: HTMLElement) => Object.assign(el, { data, year: 2024 }),
    'paritrana-legend': () => {},
    'paritrana-year-slider': (el: HTMLElement) => Object.assign(el, { years: [2023, 2024] }),
    'paritrana-winners': (el: HTMLElement) => Object.assign(el, { awards: data.dataset.awards, regions: data.dataset.regions, edition: 2025 }),
    'paritrana-region-details': (el: HTMLElement) => Object.assign(el, { data: data.dataset, code: '61.04', year: 2024 }),
  } as const;
  for (const [tag, fill] of Object.entries(ELEMENTS)) {
    test.each(PROTOTYPE_NAMES)(`<${tag} lang="%s">`, async (value) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      element.setAttribute('lang', value);
      element.setAttribute('data-managed', '');
      fill(element);
      document.body.append(element);
      await element.updateComplete;
      // Some of the element's own words (text or labels), in Indonesian.
      expect(element.shadowRoot!.innerHTML).toMatch(/Kabupaten|Cakupan|Tahun|Sumber|Putar/);
      expect(warn.mock.calls.filter((call) => String(call[0]).includes(`lang="${value}"`))).toHaveLength(1);
    });
  }
});

// A partner's year typo: the map once painted every regency as having no figure and told screen
// readers "No published figure for NaN" (year="abc"), or threw and stayed on "Loading the data…"
// (year="1e9"). It opens on its default year instead, and says once what it found.
describe('a year the map does not understand opens it on its default year, with one warning', () => {
  const cases: [string, string][] = [
    ['abc', 'a year such as 2024'],
    ['1e9', 'a year such as 2024'],
    ['2019.5', 'a year such as 2024'],
    ['1850', 'a year of the data (2021–2025); showing the default year instead.'],
    ['9999', 'a year of the data (2021–2025); showing the default year instead.'],
  ];
  test.each(cases)('<paritrana-map year="%s"> loading its own data', async (value, says) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const restoreFetch = stubFetch();
    try {
      document.body.innerHTML = `<paritrana-map year="${value}" style="--paritrana-map-height: 400px"></paritrana-map>`;
      const map = document.querySelector('paritrana-map')!;
      const root = map.shadowRoot!;
      await expect.poll(() => root.querySelectorAll('.regency').length, { timeout: 10_000 }).toBe(14);
      expect(map.year).toBe(defaultYear(data.dataset));
      expect(map.getAttribute('year')).toBe(String(defaultYear(data.dataset)));
      // The default year's figures: Ketapang's 68.02% of 2024 in the top class.
      expect(root.querySelector('.regency[data-code="61.04"]')!.getAttribute('fill')).toBe(metricScale('coverage_pct').classify(68.02).colour);
      expect(root.querySelector('[part~="loading"]')).toBeNull();
      expect(root.innerHTML).not.toMatch(/NaN|Infinity|e\+/);
      const about = warn.mock.calls.map((call) => String(call[0])).filter((message) => message.includes('year='));
      expect(about).toEqual([expect.stringContaining(`<paritrana-map>: year="${value}" is not ${says}`)]);
    } finally {
      restoreFetch();
    }
  });

  test('<paritrana-map year="2024"> in the data says nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const map = await mountTwice('paritrana-map', 'year', '2024');
    expect(map.year).toBe(2024);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('a year attribute of the other elements that is not a year is their default, with one warning', () => {
  test.each(['abc', '1e9', '2019.5'])('year, edition and value="%s"', async (value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = `
      <paritrana-year-slider data-managed years="2023 2024" value="${value}"></paritrana-year-slider>
      <paritrana-winners data-managed edition="${value}"></paritrana-winners>
      <paritrana-region-details data-managed code="61.04" year="${value}"></paritrana-region-details>`;
    const slider = document.querySelector('paritrana-year-slider')!;
    const winners = document.querySelector('paritrana-winners')!;
    const details = document.querySelector('paritrana-region-details')!;
    Object.assign(winners, { awards: data.dataset.awards, regions: data.dataset.regions });
    details.data = data.dataset;
    for (const element of [slider, winners, details]) await element.updateComplete;
    expect(slider.value).toBeNaN();
    expect(slider.shadowRoot!.querySelector('[role="slider"]')!.getAttribute('aria-valuenow')).toBe('2024');
    expect(winners.edition).toBeNaN();
    expect(details.year).toBeNull();
    for (const element of [slider, winners, details]) expect(element.shadowRoot!.innerHTML).not.toMatch(/NaN|Infinity/);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    for (const [tag, attribute] of [['paritrana-year-slider', 'value'], ['paritrana-winners', 'edition'], ['paritrana-region-details', 'year']]) {
      expect(messages.filter((m) => m.startsWith(`<${tag}>: ${attribute}="${value}" is not a year such as 2024`))).toHaveLength(1);
    }
  });
});

describe('a switch written with another value is off, with one warning', () => {
  test.each(['false', 'no', '0'])('carry-forward and playing = "%s"', async (value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = `
      <paritrana-legend carry-forward="${value}"></paritrana-legend>
      <paritrana-year-slider data-managed years="2023 2024" playing="${value}"></paritrana-year-slider>`;
    const legend = document.querySelector('paritrana-legend')!;
    const slider = document.querySelector('paritrana-year-slider')!;
    await legend.updateComplete;
    await slider.updateComplete;
    expect(legend.carryForward).toBe(false);
    expect(slider.playing).toBe(false);
    const map = await mountTwice('paritrana-map', 'carry-forward', value);
    expect(map.carryForward).toBe(false);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    for (const [tag, attribute] of [['paritrana-legend', 'carry-forward'], ['paritrana-year-slider', 'playing'], ['paritrana-map', 'carry-forward']]) {
      expect(messages.filter((m) => m.startsWith(`<${tag}>: ${attribute}="${value}" is not a switch`))).toHaveLength(1);
    }
  });

  test.each(['', 'carry-forward', 'true'])('carry-forward="%s" is on, without a word', async (value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const map = await mountTwice('paritrana-map', 'carry-forward', value);
    expect(map.carryForward).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });
});

test.each(['fr', 'de-DE', 'indonesian'])('<paritrana-legend lang="%s"> speaks Bahasa Indonesia and says so once', async (value) => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  for (let i = 0; i < 2; i++) {
    document.body.innerHTML = `<paritrana-legend lang="${value}"></paritrana-legend>`;
    await document.querySelector('paritrana-legend')!.updateComplete;
  }
  // The title in Bahasa Indonesia (its long form first; a narrow legend's short one follows it).
  expect(document.querySelector('paritrana-legend')!.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).toMatch(/^Cakupan kepesertaan \(%\)/);
  expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([`<paritrana-legend>: lang="${value}" is not one of "id", "en"; showing "id" instead.`]);
});

// A typo in a partner's markup (metric="coverage" for coverage_pct) or a value every JavaScript object
// answers to (scheme="toString") must not leave an element blank: it draws with the default and says
// once in the console what it found and what it allows. Every enumerated attribute of every element.
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { fixtureAppData } from '../../../test/fixtures/served-data.ts';
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
      const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      element.setAttribute('lang', value);
      element.setAttribute('data-managed', '');
      fill(element);
      document.body.append(element);
      await element.updateComplete;
      // Some of the element's own words (text or labels), in Indonesian.
      expect(element.shadowRoot!.innerHTML).toMatch(/Kabupaten|Cakupan|Tahun|Sumber|Putar/);
    });
  }
});

// The details panel in a real Chromium, on the frozen fixture (test/fixtures/dataset.ts): a corrected
// figure in data/ changes none of these tests.
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { FIXTURE_FIGURES_BILINGUAL, FIXTURE_SOURCE, makeDataset } from '../../../test/fixtures/dataset.ts';
import type { Lang } from '../../i18n/lang.ts';
import './region-details.ts';
import type { ParitranaRegionDetails } from './region-details.component.ts';
import { HOSTILE_ADDRESSES, withSources } from '../../../test/fixtures/hostile.ts';

// The fixture with its notes in both languages, with the province's coverage target (a target is labelled as
// one, never as an achievement).
const dataset = makeDataset({
  figures: [...FIXTURE_FIGURES_BILINGUAL, '61,2025,coverage_target_pct,40,medium,A target; not an achievement || Target, bukan capaian'],
});

// The test page says lang="en", and the elements follow the page: start from a page without a language.
document.documentElement.removeAttribute('lang');

afterEach(() => {
  document.body.replaceChildren();
});

async function details(code: string | null, year: number, lang: Lang = 'id', width = 480): Promise<ParitranaRegionDetails> {
  const el = document.createElement('paritrana-region-details');
  el.style.width = `${width}px`;
  el.lang = lang;
  el.year = year;
  el.code = code;
  el.data = dataset;
  document.body.append(el);
  await el.updateComplete;
  // The ResizeObserver reports the real width after the first layout; wait for the redraw.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

const root = (el: ParitranaRegionDetails) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: ParitranaRegionDetails, selector: string) => root(el).querySelector(selector);
const $$ = (el: ParitranaRegionDetails, selector: string) => [...root(el).querySelectorAll(selector)];

describe('<paritrana-region-details>', () => {
  test('is accessible with a region, with a region without figures, and with no region', async () => {
    for (const [code, year] of [['61.04', 2024], ['61.07', 2025], ['61.72', 2025], [null, 2024]] as const) {
      const el = await details(code, year);
      const result = await axe.run(el);
      expect(result.violations, String(code)).toEqual([]);
      el.remove();
    }
  });

  test('by default (nothing set), asks in Indonesian for a regency to be chosen', async () => {
    const el = document.createElement('paritrana-region-details');
    document.body.append(el);
    await el.updateComplete;
    expect([el.code, el.year, el.lang]).toEqual([null, null, 'id']);
    // Alone, it loads its data meanwhile (and may say so).
    expect(text(root(el))).toMatch(/^Pilih kabupaten\/kota di peta untuk melihat rinciannya\.( Memuat data…)?$/);
    el.data = dataset;
    await el.updateComplete;
    expect(text(root(el))).toBe('Pilih kabupaten/kota di peta untuk melihat rinciannya.');
    expect($(el, 'svg')).toBeNull();
    el.lang = 'en';
    await el.updateComplete;
    expect(text(root(el))).toBe('Choose a regency on the map to see its details.');
  });

  test('Ketapang: codes, two chart points with their sources, the 2024 change and two awards', async () => {
    const el = await details('61.04', 2024);
    expect(text($(el, '[part="heading"]'))).toBe('Kabupaten Ketapang');
    expect(text($(el, '.type'))).toBe('Kabupaten');
    expect(text($(el, '[data-field="kemendagri"]'))).toBe('61.04');
    expect(text($(el, '[data-field="bps"]'))).toBe('6106');

    const points = $$(el, 'svg circle.point');
    expect(points.map((p) => [p.getAttribute('data-period'), p.getAttribute('data-value')])).toEqual([['2023', '55.69'], ['2024', '68.02']]);
    expect(text(points[1]!.querySelector('title'))).toBe('68,02%, tahun 2024. Sumber: example.org');
    // The selected year's point is the one marked, and it sits higher (more coverage) than 2023's.
    expect(points.map((p) => p.classList.contains('selected'))).toEqual([false, true]);
    expect(Number(points[1]!.getAttribute('cy'))).toBeLessThan(Number(points[0]!.getAttribute('cy')));
    expect($$(el, 'svg path.trend')).toHaveLength(1);

    const rows = $$(el, '.coverage-table tbody tr');
    expect(rows.map((r) => text(r))).toEqual([
      '2023 55,69% tahun 2023 Sumber: example.org (membuka tab baru) Tingkat keyakinan: tinggi',
      '2024tahun terpilih 68,02% tahun 2024 Sumber: example.org (membuka tab baru) Tingkat keyakinan: tinggi Sumber menyebut kenaikan 12,33 persen poin',
    ]);
    expect(rows[1]!.getAttribute('aria-current')).toBe('true');
    expect(rows[1]!.querySelector('a')!.getAttribute('href')).toBe(FIXTURE_SOURCE);

    expect(text($(el, '.change-value'))).toBe('+12,33 persen poin');
    expect(text($(el, '.change .muted'))).toBe('sejak 2023: dari 55,69% ke 68,02% (2024)');

    const awards = $$(el, '.award-list li');
    expect(awards.map((a) => [a.getAttribute('data-edition'), text(a.querySelector('.rank'))])).toEqual([
      ['2025', 'Juara 1'],
      ['2021', 'Juara 1'],
    ]);
    expect(awards[0]!.querySelector('a')!.getAttribute('href')).toBe(FIXTURE_SOURCE);
  });

  test('Landak: its other published figures (active participants) in their own table', async () => {
    const el = await details('61.08', 2024);
    expect($$(el, '.other-table tbody tr').map((r) => r.getAttribute('data-metric'))).toEqual(['participants_active']);
    expect(text($(el, '.other-table tr[data-metric="participants_active"]'))).toContain('69.590');
  });

  test('Singkawang 2025: both disagreeing figures side by side, both points drawn', async () => {
    const el = await details('61.72', 2025);
    const row2025 = $(el, '.coverage-table tr[data-year="2025"]')!;
    const figures = [...row2025.querySelectorAll('.side-by-side li')].map((li) => text(li));
    expect(figures).toEqual(['22,77% per Jun 2025 Sumber: example.org (membuka tab baru) Tingkat keyakinan: sedang', '27% per Des 2025 Sumber: example.org (membuka tab baru) Tingkat keyakinan: tinggi']);
    expect(text(row2025.querySelector('.disagree'))).toBe('Sumber berbeda: ada 2 angka yang tidak sama untuk 2025.');
    const selected = $$(el, 'svg circle.point.selected').map((p) => p.getAttribute('data-value'));
    expect(selected).toEqual(['22.77', '27']);
    // Side by side: the two figures share a line on a normal-width panel.
    const [a, b] = [...row2025.querySelectorAll('.side-by-side li')].map((li) => li.getBoundingClientRect());
    expect(Math.abs(a!.top - b!.top)).toBeLessThan(2);
  });

  test('Bengkayang: no coverage figure, but its award is listed', async () => {
    const el = await details('61.07', 2025);
    expect($(el, 'svg')).toBeNull();
    expect(text($(el, '.no-coverage'))).toBe('Data tidak tersedia untuk cakupan kepesertaan Kabupaten Bengkayang.');
    expect(text($(el, '.change'))).toContain('perubahan tidak dapat dihitung: perlu angka pada kedua tahun');
    const award = $(el, '.award-list li')!;
    expect(text(award.querySelector('.rank'))).toBe('Pemenang (peringkat tidak diumumkan)');
    expect(text(award)).toContain('Inovasi Perlindungan Pekerja Rentan Desa');
  });

  test('a selected year without a figure says so in the table, with no point marked', async () => {
    const el = await details('61.04', 2025);
    const row = $(el, '.coverage-table tr[data-year="2025"]')!;
    expect(text(row)).toBe('2025tahun terpilih Data tidak tersedia');
    expect(row.getAttribute('aria-current')).toBe('true');
    expect($$(el, '.coverage-table tbody tr').map((r) => r.getAttribute('data-year'))).toEqual(['2023', '2024', '2025']);
    expect($$(el, 'svg circle.point.selected')).toHaveLength(0);
    expect($(el, 'svg .selected-band')).not.toBeNull();
  });

  test('Mempawah names its former name; the province shows its figures and labels targets as targets', async () => {
    const mempawah = await details('61.02', 2024);
    expect(text($(mempawah, '[data-field="former"]'))).toBe('Kabupaten Pontianak (sampai 2014)');
    mempawah.remove();

    const province = await details('61', 2025, 'en');
    expect(text($(province, '.type'))).toBe('Province');
    expect($$(province, 'svg circle.point').map((p) => p.getAttribute('data-period'))).toEqual(['2023', '2025-09']);
    // 2023 and 2025 with no 2024 between: no line suggests a 2024 value.
    expect($$(province, 'svg path.trend')).toHaveLength(0);
    const target = $(province, '.other-table tr[data-metric="coverage_target_pct"]')!;
    expect(text(target.querySelector('th'))).toBe('Coverage target a target, not an achievement');
    // The goal for its year, never that year's figure.
    expect(text(target.querySelector('.target-for'))).toBe('target for 2025: 40%');
    expect(target.querySelector('.period')).toBeNull();
  });

  test('in English: English labels, numbers and change', async () => {
    const el = await details('61.04', 2024, 'en');
    expect(text($(el, '.type'))).toBe('Regency');
    expect(text($(el, '.codes'))).toContain('Kemendagri code');
    expect(text($(el, '.change-value'))).toBe('+12.33 percentage points');
    expect(text($(el, '.change .muted'))).toBe('since 2023: from 55.69% to 68.02% (2024)');
    expect(text($(el, '.coverage-table tr[data-year="2023"]'))).toBe('2023 55.69% year 2023 Source: example.org (opens in a new tab) Confidence: high');
    expect($$(el, '.award-list .rank').map((r) => text(r))).toEqual(['1st place', '1st place']);
    expect($(el, 'svg')!.getAttribute('aria-label')).toMatch(/^Chart of coverage in Kabupaten Ketapang/);
  });

  test('the chart follows the element’s width and fits a 320 px phone', async () => {
    const el = await details('61.04', 2024, 'id', 320);
    const svg = $(el, 'svg')!;
    expect(Number(svg.getAttribute('width'))).toBe(320);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    el.style.width = '600px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    expect(Number($(el, 'svg')!.getAttribute('width'))).toBe(600);
  });

  test('setting the year and code from code moves the highlight, the change and the region', async () => {
    const el = await details('61.04', 2024);
    el.year = 2023;
    await el.updateComplete;
    expect($$(el, 'svg circle.point.selected').map((p) => p.getAttribute('data-period'))).toEqual(['2023']);
    // Ketapang has 2023 but no 2022: nothing earlier to compare with.
    expect(text($(el, '.change'))).toContain('Tidak ada angka tahun sebelumnya untuk dibandingkan');
    el.code = '61.72';
    await el.updateComplete;
    expect(text($(el, '[part="heading"]'))).toBe('Kota Singkawang');
  });

  test("every figure's note is in the reader's language, with its confidence", async () => {
    const id = await details('61.04', 2024, 'id');
    const ketapang2024 = $(id, 'tr[data-year="2024"]');
    expect(text(ketapang2024!.querySelector('.figure-note'))).toBe('Sumber menyebut kenaikan 12,33 persen poin');
    expect(text(ketapang2024!.querySelector('.confidence'))).toBe('Tingkat keyakinan: tinggi');
    // A figure without a note shows its confidence and no empty note.
    const ketapang2023 = $(id, 'tr[data-year="2023"]');
    expect(text(ketapang2023!.querySelector('.confidence'))).toBe('Tingkat keyakinan: tinggi');
    expect(ketapang2023!.querySelector('.figure-note')).toBeNull();
    id.remove();
    const en = await details('61.04', 2024, 'en');
    expect(text($(en, 'tr[data-year="2024"] .figure-note'))).toBe('The source states a rise of 12.33 points');
    expect(text($(en, 'tr[data-year="2024"] .confidence'))).toBe('Confidence: high');
    en.remove();
    // The other figures too: the province's target, medium confidence.
    const province = await details('61', 2025, 'id');
    const target = $(province, 'tr[data-metric="coverage_target_pct"]');
    expect(text(target!.querySelector('.figure-note'))).toBe('Target, bukan capaian');
    expect(text(target!.querySelector('.confidence'))).toBe('Tingkat keyakinan: sedang');
  });

  test('a low-confidence figure says so (Sambas 2025)', async () => {
    const el = await details('61.01', 2025, 'en');
    expect(text($(el, 'tr[data-year="2025"] .confidence'))).toBe('Confidence: low');
  });

  test('Landak 2024: a figure but none for 2023 reads "no earlier figure to compare", not "no figure"', async () => {
    const el = await details('61.08', 2024, 'id');
    expect(text($(el, '.change'))).toContain('Tidak ada angka tahun sebelumnya untuk dibandingkan');
    expect(text($(el, '.change'))).toContain('53,43%');
    expect(text($(el, '.change'))).not.toContain('perlu angka pada kedua tahun');
  });

  test('a figure\'s or an award\'s source that is no web address, handed by property, is shown as text and never as a link', async () => {
    for (const address of HOSTILE_ADDRESSES) {
      const el = document.createElement('paritrana-region-details');
      el.setAttribute('data-managed', '');
      el.year = 2024;
      el.code = '61.04';
      el.data = withSources(dataset, address);
      document.body.replaceChildren(el);
      await el.updateComplete;
      expect($$(el, 'a').map((a) => a.getAttribute('href')), JSON.stringify(address)).toEqual([]);
      const shown = $$(el, 'span[part~="source"]') as HTMLElement[];
      // Every figure row and the award (Ketapang won in 2025) still names its source.
      expect(shown.length, JSON.stringify(address)).toBeGreaterThan(1);
      expect(shown.every((s) => s.textContent === address && s.checkVisibility()), JSON.stringify(address)).toBe(true);
    }
  });
});

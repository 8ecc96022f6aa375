// <paritrana-winners> in a real Chromium, on the frozen fixture (test/fixtures/dataset.ts): a
// corrected award in data/ changes none of these tests.
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { FIXTURE_SOURCE, makeDataset } from '../../../test/fixtures/dataset.ts';
import '../map/map.ts';
import './winners.ts';
import type { ParitranaWinners } from './winners.component.ts';
import { HOSTILE_ADDRESSES, withSources } from '../../../test/fixtures/hostile.ts';

// The elements link, load and draw in a few frames; on a loaded two-core machine a frame can take a
// second, so a poll waits up to 10 s (Vitest's default is 1 s) before it fails.
vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

const dataset = makeDataset();
// The test page says lang="en", and the elements follow the page: start from a page without a language.
document.documentElement.removeAttribute('lang');

async function mount(edition: number | null, props: Partial<Pick<ParitranaWinners, 'lang' | 'selected'>> = {}): Promise<ParitranaWinners> {
  document.body.innerHTML = '';
  const el = document.createElement('paritrana-winners');
  el.awards = dataset.awards;
  el.regions = dataset.regions;
  if (edition !== null) el.edition = edition;
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function record(el: HTMLElement): (string | null)[] {
  const seen: (string | null)[] = [];
  el.addEventListener('paritrana-region-select', (e) => seen.push(e.detail.code));
  return seen;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: ParitranaWinners) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="winner"]')];
const rowOf = (el: ParitranaWinners, code: string) => rows(el).find((r) => r.dataset.region === code)!;
const categories = (el: ParitranaWinners) =>
  [...el.shadowRoot!.querySelectorAll('[part~="category"]')].map((c) => ({
    title: text(c.querySelector('h3')),
    rows: [...c.querySelectorAll('[part~="winner"]')].map((r) => `${text(r.querySelector('.rank'))} | ${text(r.querySelector('.name'))} | ${text(r.querySelector('.region')).replace(/^Wilayah: |^Region: /, '')}`),
  }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<paritrana-winners>', () => {
  test('is accessible: with results, a selection, nominees only, nothing published, and in English', async () => {
    for (const [edition, props] of [[2025, { selected: '61.02' }], [2023, {}], [2024, {}], [2021, { lang: 'en' }]] as const) {
      const el = await mount(edition, props);
      const result = await axe.run(el);
      expect(result.violations).toEqual([]);
    }
  });

  test('2025: title, ceremony and period judged; Ketapang 1st, Mempawah 2nd, Sekadau 3rd; Bengkayang rank not published', async () => {
    const el = await mount(2025);
    expect(text(el.shadowRoot!.querySelector('h2'))).toBe('Paritrana Award 2025');
    expect(text(el.shadowRoot!.querySelector('.meta'))).toBe('penilaian tahun 2024 · penyerahan 24 September 2025');
    expect(categories(el)).toEqual([
      {
        title: 'Pemerintah Kabupaten/Kota',
        rows: [
          'Juara 1 | Pemerintah Kabupaten Ketapang | Ketapang',
          'Juara 2 | Pemerintah Kabupaten Mempawah | Mempawah',
          'Juara 3 | Pemerintah Kabupaten Sekadau | Sekadau',
        ],
      },
      {
        title: 'Inovasi Perlindungan Pekerja Rentan Desa',
        rows: ['Pemenang (peringkat tidak diumumkan) | Pemerintah Kabupaten Bengkayang | Bengkayang'],
      },
    ]);
  });

  test('each row links its source by host name, in a new tab, with rel=noopener', async () => {
    const el = await mount(2025);
    const link = rowOf(el, '61.07').querySelector<HTMLAnchorElement>('[part~="source"]')!;
    expect(link.href).toBe(FIXTURE_SOURCE);
    expect(text(link)).toBe('Sumber: example.org (membuka tab baru)');
    expect(link.target).toBe('_blank');
    expect(link.relList.contains('noopener')).toBe(true);
  });

  test('2023 lists its nominees and says the winners were not published', async () => {
    const el = await mount(2023);
    expect(categories(el)[0]!.rows).toEqual(['Nominasi | Pemerintah Kabupaten Kubu Raya | Kubu Raya', 'Nominasi | Pemerintah Kabupaten Sintang | Sintang']);
    expect(categories(el)[0]!.rows.every((r) => r.startsWith('Nominasi | '))).toBe(true);
    expect(text(el.shadowRoot!.querySelector('.notice'))).toContain('Pemenang edisi ini tidak diumumkan');
  });

  test('2024 says plainly that no results were published', async () => {
    const el = await mount(2024);
    expect(text(el.shadowRoot!.querySelector('.notice'))).toBe('Belum ada hasil yang dipublikasikan untuk edisi 2024.');
    expect(rows(el)).toHaveLength(0);
  });

  test('lang=en shows English labels; 2021 has a ceremony but no period judged', async () => {
    const el = await mount(2021, { lang: 'en' });
    expect(text(el.shadowRoot!.querySelector('.meta'))).toBe('year judged not published · ceremony 28 January 2022');
    expect(categories(el)).toEqual([{ title: 'Regency and city governments', rows: ['1st place | Pemerintah Kabupaten Ketapang | Ketapang'] }]);
    el.edition = 2024;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.notice'))).toBe('No published results for the 2024 edition.');
  });

  test('year 2024 shows the 2025 edition, which judged 2024; a year no edition judged says so; edition still wins', async () => {
    const el = await mount(null);
    el.year = 2024;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h2'))).toBe('Paritrana Award 2025');
    expect(text(el.shadowRoot!.querySelector('.meta'))).toBe('penilaian tahun 2024 · penyerahan 24 September 2025');
    expect(rowOf(el, '61.04')).toBeDefined();
    el.year = 2025;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.notice'))).toBe('Tidak ada edisi Paritrana Award yang diketahui menilai tahun 2025.');
    expect(rows(el)).toHaveLength(0);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.notice'))).toBe('No known Paritrana Award edition judged 2025.');
    expect((await axe.run(el)).violations).toEqual([]);
    // A partner's explicit edition is shown whatever the year.
    el.edition = 2023;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h2'))).toBe('Paritrana Award 2023');
  });

  test('defaults to the latest edition when none is given', async () => {
    const el = await mount(null);
    expect(text(el.shadowRoot!.querySelector('h2'))).toBe('Paritrana Award 2025');
  });

  test('the selected regency’s rows are highlighted and pressed', async () => {
    const el = await mount(2023, { selected: '61.05' });
    const sintang = rowOf(el, '61.05');
    expect(sintang.part.contains('selected')).toBe(true);
    expect(sintang.querySelector('button')!.getAttribute('aria-pressed')).toBe('true');
    expect(getComputedStyle(sintang).backgroundColor).not.toBe(getComputedStyle(rowOf(el, '61.12')).backgroundColor);
    expect(rows(el).filter((r) => r.part.contains('selected'))).toHaveLength(1);
  });

  test('clicking Mempawah emits 61.02 and highlights it; Enter on Sekadau emits 61.09; choosing the selected one again clears', async () => {
    const el = await mount(2025);
    const seen = record(el);
    await userEvent.click(rowOf(el, '61.02').querySelector('button')!);
    expect(seen).toEqual(['61.02']);
    await el.updateComplete;
    expect(rowOf(el, '61.02').part.contains('selected')).toBe(true);
    rowOf(el, '61.09').querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(seen).toEqual(['61.02', '61.09']);
    await userEvent.keyboard('{Enter}');
    expect(seen).toEqual(['61.02', '61.09', null]);
  });

  test('does not emit when edition, selected or lang are set from code', async () => {
    const el = await mount(2025);
    const seen = record(el);
    el.selected = '61.12';
    el.edition = 2023;
    el.lang = 'en';
    await el.updateComplete;
    expect(seen).toEqual([]);
    expect(rowOf(el, '61.12').part.contains('selected')).toBe(true);
  });

  test('for= a map handed data without a problems list: follows the map, with no TypeError and no problems note', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      document.body.innerHTML = '<paritrana-map id="m" year="2024" data-managed></paritrana-map><paritrana-winners for="m"></paritrana-winners>';
      const map = document.querySelector('paritrana-map')!;
      // What a partner's page may hand the map: the dataset and boundaries, no problems list.
      map.data = { dataset, regencyTopology: null, contextTopology: null };
      const el = document.querySelector('paritrana-winners')!;
      // The map shows 2024: the panel shows the 2025 edition, which judged it.
      await expect.poll(() => text(el.shadowRoot!.querySelector('h2'))).toBe('Paritrana Award 2025');
      await el.updateComplete;
      expect(errors).toEqual([]);
      expect(el.shadowRoot!.querySelector('[part="problems"]')).toBeNull();
      expect(categories(el)[0]!.rows[0]).toBe('Juara 1 | Pemerintah Kabupaten Ketapang | Ketapang');
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  test('a source that is no web address, handed by property, is shown as text and never as a link', async () => {
    for (const address of HOSTILE_ADDRESSES) {
      const hostile = withSources(dataset, address);
      document.body.innerHTML = '';
      const el = document.createElement('paritrana-winners');
      el.setAttribute('data-managed', '');
      el.awards = hostile.awards;
      el.regions = hostile.regions;
      el.edition = 2025;
      document.body.append(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href')), JSON.stringify(address)).toEqual([]);
      const shown = [...root.querySelectorAll<HTMLElement>('[part~="source"]')];
      expect(shown.length, JSON.stringify(address)).toBe(rows(el).length);
      expect(shown[0]!.textContent, JSON.stringify(address)).toContain(address.trim().slice(0, 12));
      expect(shown[0]!.checkVisibility()).toBe(true);
    }
  });
});

import { describe, expect, test } from 'vitest';
import { parseDataset } from '../data/index.ts';
import { yearView } from './year-view.ts';

const REGIONS = `kemendagri_code,bps_code,name,short_name,type,former_names
61,61,Provinsi Kalimantan Barat,Kalimantan Barat,provinsi,
61.04,6106,Kabupaten Ketapang,Ketapang,kabupaten,
61.07,6102,Kabupaten Bengkayang,Bengkayang,kabupaten,
61.12,6112,Kabupaten Kubu Raya,Kubu Raya,kabupaten,
61.72,6172,Kota Singkawang,Singkawang,kota,
`;

const COVERAGE = `region_code,period,metric,value,unit,source_url,confidence
61.04,2023,coverage_pct,55.69,percent,https://www.ketapangmedia.com/a,high
61.04,2024,coverage_pct,68.02,percent,https://www.ketapangmedia.com/a,high
61.04,2024,participants_pu,80101,persons,https://menitnews.id/b,high
61.12,2023-11,coverage_pct,39.21,percent,https://kalbar.antaranews.com/c,high
61.12,2023-11,participants_active,110013,persons,https://kalbar.antaranews.com/c,high
61.72,2025-06,coverage_pct,22.77,percent,https://www.borneotrend.com/d,high
61.72,2025-12,coverage_pct,27,percent,https://www.suarakalbar.co.id/e,medium
61,2023,coverage_pct,35,percent,https://example.com/p,high
`;

const dataset = parseDataset({
  regions: { name: 'regions.csv', text: REGIONS },
  coverage: { name: 'coverage.csv', text: COVERAGE },
  awards: { name: 'awards.csv', text: 'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence\n' },
});
const coverage = 'coverage_pct';
const find = (view: ReturnType<typeof yearView>, code: string) => view.regencies.find((r) => r.code === code)!;

describe('yearView: the table\'s words', () => {
  test('gives each regency its figure of the year, worded in Indonesian, with its class and source', () => {
    const ketapang = find(yearView(dataset, { year: 2024, lang: 'id', metric: coverage }), '61.04');
    expect(ketapang.text).toEqual({ value: '68,02%', period: 'tahun 2024', sourceUrl: 'https://www.ketapangmedia.com/a', sourceHost: 'ketapangmedia.com' });
    expect(ketapang.scaleClass?.index).toBe(5);
    expect(ketapang.description).toBe('Kabupaten Ketapang: 68,02% (tahun 2024)');
  });

  test('the map\'s keyboard list says each stop\'s figure, period, source, legend class and rank; a regency without a figure says so', () => {
    const view = yearView(dataset, { year: 2024, lang: 'id', metric: coverage });
    expect(find(view, '61.04').tooltipLine).toMatch(/^Ketapang: 68,02%, tahun 2024, dipublikasikan, sumber ketapangmedia\.com, kelas ≥ 60%, peringkat 1 dari 1\. /);
    expect(find(yearView(dataset, { year: 2024, lang: 'en', metric: coverage }), '61.04').tooltipLine).toMatch(/^Ketapang: 68\.02%, year 2024, published, source ketapangmedia\.com, class ≥ 60%, rank 1 of 1\. /);
    // No class, no rank: the missing figure is never the lowest class.
    expect(find(view, '61.12').tooltipLine).toMatch(/^Kubu Raya: Data tidak tersedia untuk 2024\. Angka terdekat sebelumnya: 39,21% \(Nov 2023\)\. /);
  });

  test('words the same figure in English with English number format', () => {
    const ketapang = find(yearView(dataset, { year: 2024, lang: 'en', metric: coverage }), '61.04');
    expect(ketapang.description).toBe('Kabupaten Ketapang: 68.02% (year 2024)');
  });

  test('leaves a regency with no figure for the year without a value or a class, and says so', () => {
    const view = yearView(dataset, { year: 2024, lang: 'id', metric: coverage });
    const kubuRaya = find(view, '61.12');
    expect(kubuRaya.value).toBeNull();
    expect(kubuRaya.scaleClass).toBeNull();
    expect(kubuRaya.description).toBe('Kabupaten Kubu Raya: Data tidak tersedia untuk 2024');
    expect(view.summary.missing).toBe(3);
  });

  test('does not carry a figure over from another year unless asked, and then says so', () => {
    expect(find(yearView(dataset, { year: 2024, lang: 'id', metric: coverage }), '61.12').text).toBeNull();
    const carried = find(yearView(dataset, { year: 2024, lang: 'id', metric: coverage, carryForward: true }), '61.12');
    expect(carried.text?.value).toBe('39,21%');
    expect(carried.text?.period).toContain('per Nov 2023');
    expect(carried.text?.period).toContain('angka tahun sebelumnya');
  });

  test('shows the latest figure of the year and lists the earlier ones', () => {
    const singkawang = find(yearView(dataset, { year: 2025, lang: 'id', metric: coverage }), '61.72');
    expect(singkawang.text?.value).toBe('27%');
    expect(singkawang.text?.period).toBe('per Des 2025');
    expect(singkawang.otherFigures.map((f) => `${f.value} ${f.period}`)).toEqual(['22,77% per Jun 2025']);
  });

  test('the change metric needs both years and names both periods', () => {
    const view = yearView(dataset, { year: 2024, lang: 'id', metric: 'coverage_change_pp' });
    expect(find(view, '61.04').text?.value).toBe('+12,33 persen poin');
    expect(find(view, '61.04').text?.period).toBe('2023 → 2024');
    // Singkawang published 2025 but not 2024: said so, not "no figure".
    const singkawang = find(yearView(dataset, { year: 2025, lang: 'id', metric: 'coverage_change_pp' }), '61.72');
    expect(singkawang.description).toBe('Kota Singkawang: tidak ada angka tahun sebelumnya untuk dibandingkan');
    expect(find(view, '61.12').text).toBeNull();
  });

  test('active participants are counts, formatted as such', () => {
    const view = yearView(dataset, { year: 2023, lang: 'en', metric: 'participants_active' });
    expect(find(view, '61.12').text?.value).toBe('110,013');
    expect(find(view, '61.04').text).toBeNull();
  });

});

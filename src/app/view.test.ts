import { describe, expect, test } from 'vitest';
import { parseDataset } from '../data/index.ts';
import { coverageScale } from '../scale/coverage-scale.ts';
import { byCoverageDescending, coverageView } from './view.ts';

const REGIONS = `kemendagri_code,bps_code,name,short_name,type,former_names
61,61,Provinsi Kalimantan Barat,Kalimantan Barat,provinsi,
61.04,6106,Kabupaten Ketapang,Ketapang,kabupaten,
61.07,6102,Kabupaten Bengkayang,Bengkayang,kabupaten,
61.12,6112,Kabupaten Kubu Raya,Kubu Raya,kabupaten,
61.72,6172,Kota Singkawang,Singkawang,kota,
`;

const COVERAGE = `region_code,period,metric,value,unit,source_url,confidence
61.04,2024,coverage_pct,68.02,percent,https://www.ketapangmedia.com/a,high
61.04,2024,participants_pu,80101,persons,https://menitnews.id/b,high
61.12,2023-11,coverage_pct,39.21,percent,https://kalbar.antaranews.com/c,high
61.72,2025-06,coverage_pct,22.77,percent,https://www.borneotrend.com/d,high
61.72,2025-12,coverage_pct,27,percent,https://www.suarakalbar.co.id/e,medium
61,2023,coverage_pct,35,percent,https://example.com/p,high
`;

const dataset = parseDataset({
  regions: { name: 'regions.csv', text: REGIONS },
  coverage: { name: 'coverage.csv', text: COVERAGE },
  awards: { name: 'awards.csv', text: 'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence\n' },
});
const scale = coverageScale();

describe('coverageView', () => {
  test('gives each regency its figure of the year, worded in Indonesian, with its class and source', () => {
    const view = coverageView(dataset, 2024, scale);
    const ketapang = view.regencies.find((r) => r.code === '61.04')!;
    expect(ketapang.text).toEqual({ value: '68,02%', period: 'tahun 2024', sourceUrl: 'https://www.ketapangmedia.com/a', sourceHost: 'ketapangmedia.com' });
    expect(ketapang.coverageClass?.label).toBe('≥ 60%');
    expect(ketapang.description).toBe('Kabupaten Ketapang: 68,02% (tahun 2024)');
  });

  test('leaves a regency with no figure for the year without a value or a class, and says so', () => {
    const view = coverageView(dataset, 2024, scale);
    const kubuRaya = view.regencies.find((r) => r.code === '61.12')!;
    expect(kubuRaya.figure).toBeNull();
    expect(kubuRaya.coverageClass).toBeNull();
    expect(kubuRaya.description).toBe('Kabupaten Kubu Raya: tidak ada angka terbit untuk 2024');
    expect(view.missingCount).toBe(3);
  });

  test('does not carry a figure over from another year', () => {
    const view = coverageView(dataset, 2024, scale);
    expect(view.regencies.find((r) => r.code === '61.12')!.text).toBeNull();
    expect(coverageView(dataset, 2023, scale).regencies.find((r) => r.code === '61.12')!.text?.period).toBe('per Nov 2023');
  });

  test('shows the latest figure of the year and lists the earlier ones', () => {
    const singkawang = coverageView(dataset, 2025, scale).regencies.find((r) => r.code === '61.72')!;
    expect(singkawang.text?.value).toBe('27%');
    expect(singkawang.text?.period).toBe('per Des 2025');
    expect(singkawang.otherFigures.map((f) => `${f.value} ${f.period}`)).toEqual(['22,77% per Jun 2025']);
  });

  test('keeps the province-wide figure apart from the regencies', () => {
    const view = coverageView(dataset, 2023, scale);
    expect(view.regencies.map((r) => r.code)).toEqual(['61.04', '61.07', '61.12', '61.72']);
    expect(view.province?.text?.value).toBe('35%');
  });

  test('maps only the coverage metric, not counts of participants', () => {
    const view = coverageView(dataset, 2024, scale);
    expect(view.regencies.find((r) => r.code === '61.04')!.otherFigures).toEqual([]);
  });
});

describe('byCoverageDescending', () => {
  test('orders by coverage, highest first, then the regencies without a figure by name', () => {
    const view = coverageView(dataset, 2023, scale);
    expect([...view.regencies].sort(byCoverageDescending).map((r) => r.shortName)).toEqual(['Kubu Raya', 'Bengkayang', 'Ketapang', 'Singkawang']);
  });
});

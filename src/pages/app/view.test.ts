import { describe, expect, test } from 'vitest';
import { parseDataset } from '../../data/index.ts';
import { yearView } from '../../scale/year-view.ts';
import { byValueDescending } from './view.ts';

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

describe('the table', () => {
  test('orders the table by value, the regions with no value last', () => {
    const view = yearView(dataset, { year: 2025, lang: 'id', metric: 'coverage_pct' });
    expect([...view.regencies].sort(byValueDescending).map((r) => r.code)).toEqual(['61.72', '61.07', '61.04', '61.12']);
  });
});

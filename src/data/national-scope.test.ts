// Figures for Indonesia as a whole have metrics of their own and no region code, so a national total
// or a national target can never be read as a province's or a regency's achievement.
import { describe, expect, it } from 'vitest';
import { FIXTURE_REGIONS } from '../../test/fixtures/dataset.ts';
import { parseCoverage } from './coverage.ts';
import { METRICS } from './metrics.ts';
import { formatProblem } from './problem-text.ts';
import { parseRegions } from './regions.ts';

const regions = parseRegions(FIXTURE_REGIONS, 'regions.csv').index;
const HEADER = 'region_code,region_name,period,metric,value,unit,source_url,confidence';
const parse = (...rows: string[]) => parseCoverage(`${HEADER}\n${rows.join('\n')}\n`, 'coverage.csv', regions);

describe('figures of national scope', () => {
  it('a national metric with no region code loads, with the empty code', () => {
    const { figures, problems } = parse(',Indonesia,2025-12,national_participants_active,48640000,persons,https://example.org/a,medium');
    expect(problems).toEqual([]);
    expect(figures.map((f) => [f.regionCode, f.metric, f.value])).toEqual([['', 'national_participants_active', 48640000]]);
  });

  it("a national metric given a region's code is refused, in both languages", () => {
    const { figures, problems } = parse('61,Kalimantan Barat,2025,national_coverage_target_pct,32.15,percent,https://example.org/a,medium');
    expect(figures).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'coverage.csv:2: error: region_code: found "61"; expected an empty region_code: national_coverage_target_pct is a figure for Indonesia as a whole, never a region\'s; give a province\'s or a regency\'s figure the metric without "national_"',
    ]);
    expect(problems[0]!.expectedId).toMatch(/^region_code dikosongkan: national_coverage_target_pct merupakan angka Indonesia secara keseluruhan/);
  });

  it("a region's metric with no region code is still refused: only a national metric may leave it empty", () => {
    const { figures, problems } = parse(',Indonesia,2025,coverage_pct,40,percent,https://example.org/a,medium');
    expect(figures).toEqual([]);
    expect(problems.map((p) => [p.severity, p.field])).toEqual([['error', 'region_code']]);
  });

  it('two national figures for the same period and metric are kept side by side with a warning naming Indonesia', () => {
    const { figures, problems } = parse(
      ',Indonesia,2025-08,national_coverage_pct,40,percent,https://example.org/a,medium',
      ',Indonesia,2025-08,national_coverage_pct,41,percent,https://example.org/b,medium',
    );
    expect(figures).toHaveLength(2);
    expect(problems.map((p) => [p.severity, p.expected])).toEqual([
      ['warning', 'one value per region, period and metric; line 2 gives 40 for Indonesia 2025-08 national_coverage_pct. Both are kept and shown side by side'],
    ]);
  });

  it('every national metric is named national_ and every metric so named is national', () => {
    for (const metric of METRICS) expect(metric.id.startsWith('national_'), metric.id).toBe(metric.scope === 'national');
  });
});

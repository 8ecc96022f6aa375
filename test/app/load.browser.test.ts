// The app's loader in a real Chromium (Vitest browser mode), against the real data files:
// Vitest's server serves public/, where npm run build:data puts them, at the root.
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/data/index.ts';
import { loadAppData } from '../../src/model/load.ts';

const root = new URL('/', location.href);

describe('loadAppData in a browser', () => {
  test('fetches and parses the real data files and boundaries with no problems', async () => {
    const data = await loadAppData(root);
    expect(data.problems.map(formatProblem)).toEqual([]);
    expect(data.dataset.regions.regencies).toHaveLength(14);
    expect(data.dataset.figures.find((f) => f.regionCode === '61.04' && f.period.text === '2024' && f.metric === 'coverage_pct')?.value).toBe(68.02);
    expect(data.regencyTopology?.objects).toHaveProperty('kabupaten');
    expect(data.contextTopology?.objects).toHaveProperty('negara');
  });
});

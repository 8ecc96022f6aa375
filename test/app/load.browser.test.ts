// The app's loader and map in a real Chromium (Vitest browser mode), against the real data files:
// Vitest's server serves public/, where npm run build:data puts them, at the root.
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/data/index.ts';
import { loadAppData } from '../../src/app/load.ts';
import { coverageView } from '../../src/app/view.ts';
import { coverageScale } from '../../src/scale/coverage-scale.ts';
import { NO_DATA_FILL, renderChoropleth } from '../../src/render/choropleth.ts';
import { mapGeometry } from '../../src/render/map-geometry.ts';

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

  test('draws the real boundaries: every regency a visible shape, the missing ones hatched', async () => {
    const data = await loadAppData(root);
    const container = document.createElement('div');
    document.body.append(container);
    const geometry = mapGeometry(data.regencyTopology!, data.contextTopology, {
      width: 640,
      labelText: (code) => data.dataset.regions.byCode.get(code)?.shortName,
    });
    renderChoropleth(container, geometry, coverageView(data.dataset, 2024, coverageScale()));

    const paths = [...container.querySelectorAll<SVGPathElement>('path[data-code]')];
    expect(paths).toHaveLength(14);
    for (const path of paths) {
      // A wrongly wound ring draws as the whole globe or as nothing; each regency must be inside the frame.
      const box = path.getBBox();
      expect(box.width, path.dataset.code).toBeGreaterThan(2);
      expect(box.x + box.width, path.dataset.code).toBeLessThanOrEqual(640.5);
    }
    const sekadau = container.querySelector<SVGPathElement>('path[data-code="61.09"]')!;
    expect(sekadau.getAttribute('fill')).toBe(NO_DATA_FILL);
    // The browser resolves the hatch, so the fill is the pattern, not a fallback colour.
    expect(getComputedStyle(sekadau).fill).toMatch(/url\(.*#paritrana-no-data"?\)/);
    expect(container.querySelectorAll('.labels text')).toHaveLength(geometry.labels.length);
    container.remove();
  });
});

import { expect, test } from 'vitest';
import { escapeXml } from '../../render/poster.ts';
import { svgToPng } from './download.ts';

// A regency's name with a control character once made the poster an invalid image: no PNG at all.
test('a poster whose text held control characters still rasterises to a PNG', async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="24">${escapeXml('Kota\u0007 Pontianak\u0000\ud800')}</text></svg>`;
  const png = await svgToPng(svg, 200, 40, 1);
  expect(png.type).toBe('image/png');
  expect(png.size).toBeGreaterThan(100);
});

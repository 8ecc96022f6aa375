// The names on a small embedded map, read from the page (no screenshot compared): at 320 x 480 and
// 375 x 560, embed.html?view=map names all 14 regencies, each on its own regency or by a leader whose
// end lies inside that regency's drawn shape; no two names overlap, none covers another's point, none
// sits under the zoom buttons. At 320 px "Kubu Raya" once sat on Ketapang with its leader ending under
// "Mempawah". The SVG map is what a reader sees first (MapLibre starts when the map is touched).
import { describe, expect, inject, test } from 'vitest';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import { openPage, REGENCY_CODES, screenshotPath, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser(baseUrl);

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface ReadLabel {
  code: string;
  text: string;
  box: Rect;
  /** Where the label points, in the page: its leader's end, or its own middle. */
  point: { x: number; y: number };
  /** Whether that point lies inside the label's own regency as drawn. */
  onOwn: boolean;
  /** The regency drawn at that point, if any. */
  under: string | null;
}

describe.each([[320, 480], [375, 560]])('embed.html?view=map at %i x %i', (width, height) => {
  test('names every regency on itself or by a leader ending inside it, no name over another or over the zoom buttons', { timeout: 60_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}embed.html?view=map`, { viewport: { width, height } });
    // The names are laid out again once the zoom buttons are drawn: wait for them to be clear of them.
    await page.waitForFunction(() => {
      const root = document.querySelector<ParitranaMap>('paritrana-map')?.shadowRoot;
      return root?.querySelector('.controls') && root.querySelectorAll('.label--regency').length === 14;
    });
    await page.waitForTimeout(500);
    const read = await page.evaluate(() => {
      const root = document.querySelector<ParitranaMap>('paritrana-map')!.shadowRoot!;
      const rect = (element: Element): Rect => {
        const { left, top, right, bottom } = element.getBoundingClientRect();
        return { left, top, right, bottom };
      };
      const labels = [...root.querySelectorAll<HTMLElement>('.label--regency')].map((label) => {
        const code = label.dataset.code!;
        const box = rect(label);
        const dot = root.querySelector(`.leaders g[data-code="${code}"] circle`);
        const dotBox = dot ? rect(dot) : null;
        const point = dotBox ? { x: (dotBox.left + dotBox.right) / 2, y: (dotBox.top + dotBox.bottom) / 2 } : { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
        const inside = (path: SVGPathElement) => path.isPointInFill(new DOMPoint(point.x, point.y).matrixTransform(path.getScreenCTM()!.inverse()));
        const paths = [...root.querySelectorAll<SVGPathElement>('svg path.regency[data-code]')];
        const own = paths.find((p) => p.dataset.code === code)!;
        return { code, text: label.textContent!.trim(), box, point, onOwn: inside(own), under: paths.find(inside)?.dataset.code ?? null };
      });
      return { renderer: document.querySelector<ParitranaMap>('paritrana-map')!.renderer, labels, controls: rect(root.querySelector('.controls')!) };
    });
    await page.screenshot({ path: screenshotPath(`embed-labels-${width}.png`) });
    expect(read.renderer).toBe('svg');
    const labels: ReadLabel[] = read.labels;
    expect(labels.map((l) => l.code).sort()).toEqual(REGENCY_CODES);
    const overlap = (a: Rect, b: Rect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const covers = (box: Rect, { x, y }: { x: number; y: number }) => x > box.left && x < box.right && y > box.top && y < box.bottom;
    for (const label of labels) {
      expect(label.onOwn, `"${label.text}" points at ${label.under ?? 'no regency'}, not at its own`).toBe(true);
      expect(overlap(label.box, read.controls), `"${label.text}" is under the zoom buttons`).toBe(false);
      for (const other of labels) {
        if (other === label) continue;
        expect(overlap(label.box, other.box), `"${label.text}" overlaps "${other.text}"`).toBe(false);
        expect(covers(other.box, label.point), `"${label.text}"'s point is under "${other.text}"`).toBe(false);
      }
    }
  });
});

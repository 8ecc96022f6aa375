// The SVG choropleth: geometry from map-geometry.ts, colours and words from the view. Everything is
// computed before this point; here it only becomes elements.
import type { CoverageView } from '../app/view.ts';
import { NO_DATA } from '../scale/coverage-scale.ts';
import { svg } from './dom.ts';
import { labelFontSize, type MapGeometry } from './map-geometry.ts';

export const NO_DATA_PATTERN_ID = 'paritrana-no-data';
/** The fill of a region with no published figure: a hatch, so it never reads as a class colour. */
export const NO_DATA_FILL = `url(#${NO_DATA_PATTERN_ID})`;

export function renderChoropleth(container: Element, geometry: MapGeometry, view: CoverageView): void {
  const { width, height } = geometry;
  const byCode = new Map(view.regencies.map((r) => [r.code, r]));

  const regencies = geometry.regencies.map((shape) => {
    const region = byCode.get(shape.code);
    const fill = region?.coverageClass?.colour ?? NO_DATA_FILL;
    const description = region?.description ?? `${shape.code}: wilayah tidak ada di data/regions.csv`;
    return svg(
      'path',
      {
        d: shape.d,
        fill,
        class: region?.coverageClass ? 'regency' : 'regency regency--no-data',
        'data-code': shape.code,
        'data-class': region?.coverageClass?.index ?? 'no-data',
        role: 'img',
        'aria-label': description,
      },
      svg('title', {}, description),
    );
  });

  const labels = geometry.labels.map(({ text, x, y, leader, kind }) =>
    svg(
      'g',
      { class: `label label--${kind}` },
      leader && svg('line', { ...leader, class: 'leader' }),
      leader && svg('circle', { cx: leader.x2, cy: leader.y2, r: 1.75, class: 'leader-end' }),
      svg('text', { x, y, 'text-anchor': 'middle', dy: '0.35em' }, text),
    ),
  );

  const map = svg(
    'svg',
    {
      class: 'choropleth',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': `Peta cakupan kepesertaan BPJS Ketenagakerjaan per kabupaten/kota di Kalimantan Barat, ${view.year}`,
    },
    svg(
      'defs',
      {},
      svg(
        'pattern',
        { id: NO_DATA_PATTERN_ID, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
        svg('rect', { width: 6, height: 6, fill: NO_DATA.background }),
        svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: NO_DATA.hatch, 'stroke-width': 1.5 }),
      ),
    ),
    svg('rect', { class: 'sea', width, height }),
    svg('g', { class: 'context', 'aria-hidden': 'true' }, ...geometry.context.map((c) => svg('path', { d: c.d, class: `context-${c.layer}` }))),
    svg('g', { class: 'regencies' }, ...regencies),
    svg('path', { d: geometry.regencyBorders, class: 'regency-borders', 'aria-hidden': 'true' }),
    svg('path', { d: geometry.provinceOutline, class: 'province-outline', 'aria-hidden': 'true' }),
    svg('g', { class: 'labels', 'aria-hidden': 'true', 'font-size': labelFontSize(width) }, ...labels),
  );
  container.replaceChildren(map);
}

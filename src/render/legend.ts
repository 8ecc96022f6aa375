// The legend: one swatch per class, then the hatch for regions with no figure.
import { NO_DATA, type CoverageClass } from '../scale/coverage-scale.ts';
import { html } from './dom.ts';

export function renderLegend(list: HTMLElement, classes: readonly CoverageClass[]): void {
  list.replaceChildren(
    ...classes.map((c) =>
      html('li', {}, html('span', { class: 'swatch', style: `background-color: ${c.colour}`, 'aria-hidden': 'true' }), c.label),
    ),
    html('li', { class: 'legend-no-data' }, html('span', { class: 'swatch swatch--no-data', 'aria-hidden': 'true' }), NO_DATA.label),
  );
}

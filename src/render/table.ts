// The figures as a table beside the map: the same information for readers who cannot use the map,
// plus the source of every figure.
import { NO_FIGURE_TEXT, type RegionView } from '../app/view.ts';
import { html } from './dom.ts';

export function renderTable(body: HTMLTableSectionElement, rows: readonly RegionView[]): void {
  body.replaceChildren(...rows.map(tableRow));
}

export function tableRow(region: RegionView): HTMLTableRowElement {
  const swatch = html('span', {
    class: region.coverageClass ? 'swatch' : 'swatch swatch--no-data',
    style: region.coverageClass ? `background-color: ${region.coverageClass.colour}` : null,
    'aria-hidden': 'true',
  });
  const name = html('th', { scope: 'row' }, swatch, displayName(region));
  if (!region.text) {
    return html('tr', { 'data-code': region.code, class: 'no-figure' }, name, html('td', { colspan: 2, class: 'missing' }, NO_FIGURE_TEXT));
  }
  const others = region.otherFigures.map((other) => html('span', { class: 'other-figure' }, `juga ${other.value} ${other.period}`));
  return html(
    'tr',
    { 'data-code': region.code },
    name,
    // The period sits under its figure: a figure without its date cannot be compared.
    html('td', { class: 'value' }, html('span', { class: 'figure' }, region.text.value), html('span', { class: 'period' }, region.text.period), ...others),
    html('td', { class: 'source' }, html('a', { href: region.text.sourceUrl, rel: 'external noopener noreferrer' }, ...breakable(region.text.sourceHost))),
  );
}

/**
 * "Ketapang" for a kabupaten, "Kota Pontianak" for a city: the table is titled kabupaten/kota, so
 * only the cities need their word, and the column stays narrow.
 */
export function displayName(region: Pick<RegionView, 'name' | 'shortName'>): string {
  return region.name.startsWith('Kabupaten ') ? region.shortName : region.name;
}

/** A host name that may wrap after its dots ("pontianak.tribunnews.com"), never inside a word. */
function breakable(host: string): (string | HTMLElement)[] {
  return host.split('.').flatMap((part, i) => (i === 0 ? [part] : ['.', html('wbr'), part]));
}

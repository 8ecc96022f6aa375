// The tooltip's content as a lit template, from the year's picture (each regency's tooltip in src/model/year-figures.ts): the value
// or why there is none, its period, the nearest figures around a year without one, and a small sparkline
// of the regency's figures over the years. The sparkline is a picture of facts the text also gives
// (seriesText), so it is hidden from assistive technology.
import { css, html, nothing, svg } from 'lit';
import type { RegencyTooltip } from '../../model/year-figures.ts';
import { sparklineLayout } from '../../render/sparkline.ts';

const SPARK = { width: 120, height: 32 } as const;

/** What goes inside the tooltip box, in the order a reader needs it. */
export function tooltipContent(tooltip: RegencyTooltip) {
  return html`<strong>${tooltip.name}</strong>
    <span class="value" data-state=${tooltip.state}>${tooltip.value}</span>${tooltip.period ? html`<span class="period">${tooltip.period}</span>` : nothing}${tooltip.note
      ? html`<span class="note">${tooltip.note}</span>`
      : nothing}${tooltip.nearby.map((line) => html`<span class="nearby">${line}</span>`)}
    ${sparkline(tooltip)}
    <span class="visually-hidden series-text">${tooltip.seriesText}</span>`;
}

/** Lines only between consecutive years with a figure; a lone year is a dot; the year shown is a rule. */
function sparkline(tooltip: RegencyTooltip) {
  const layout = sparklineLayout(tooltip.series, tooltip.year, tooltip.seriesMax, SPARK);
  const first = tooltip.series[0]?.year;
  const last = tooltip.series.at(-1)?.year;
  return html`<span class="spark" aria-hidden="true">
    <svg class="sparkline" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}">
      <line class="spark-base" x1="0" x2=${layout.width} y1=${layout.height - 0.5} y2=${layout.height - 0.5}></line>
      <line class="spark-mark" x1=${layout.markX} x2=${layout.markX} y1="0" y2=${layout.height}></line>
      ${layout.segments.map((points) => svg`<polyline class="spark-line" points=${points}></polyline>`)}
      ${layout.points.map(
        (p) => svg`<circle class=${p.year === tooltip.year ? 'spark-point shown' : 'spark-point'} cx=${p.x} cy=${p.y} r=${p.isolated || p.year === tooltip.year ? 2.5 : 1.75} data-year=${p.year}></circle>`,
      )}
    </svg>
    ${first !== undefined && last !== undefined && first !== last ? html`<span class="spark-years"><span>${first}</span><span>${last}</span></span>` : nothing}
  </span>`;
}

/** The tooltip's own rules, added to the map's styles. */
export const tooltipStyles = css`
  .tooltip .nearby {
    display: block;
    color: var(--paritrana-map-ink);
    font-size: 0.8125rem;
  }

  .tooltip .value[data-state='no-figure'],
  .tooltip .value[data-state='no-earlier'] {
    font-style: italic;
  }

  .tooltip .spark {
    display: block;
    width: ${SPARK.width}px;
    margin-top: 0.3rem;
  }

  .tooltip .sparkline {
    display: block;
    overflow: visible;
  }

  .tooltip .spark-base {
    stroke: light-dark(#c4c9cf, #4b525a);
    stroke-width: 1;
  }

  .tooltip .spark-mark {
    stroke: light-dark(#8a8f96, #8e959d);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }

  .tooltip .spark-line {
    fill: none;
    stroke: var(--spark);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  .tooltip .sparkline {
    --spark: light-dark(#253494, #9db8ff);
  }

  .tooltip .spark-point {
    fill: var(--spark);
  }

  .tooltip .spark-point.shown {
    fill: var(--paritrana-map-surface);
    stroke: var(--spark);
    stroke-width: 1.5;
  }

  .tooltip .spark-years {
    display: flex;
    justify-content: space-between;
    color: var(--paritrana-map-muted);
    font-size: 0.6875rem;
    font-variant-numeric: tabular-nums;
  }
`;

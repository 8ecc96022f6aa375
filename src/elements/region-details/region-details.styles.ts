import { css } from 'lit';
import { dataProblems, visuallyHidden } from '../shared/styles.ts';

// Colours meet WCAG AA on white (muted text 7.3:1, accent 9.6:1), and their dark values on a dark page (8.4:1, 9.4:1). The selected year is marked by a
// band, a bigger point with a ring and the words "selected year": never by colour alone.
const own = css`
  :host {
    --paritrana-details-ink: light-dark(#1b1f24, #e6e9ed);
    --paritrana-details-muted: light-dark(#4f5761, #a9b1bb);
    --paritrana-details-rule: light-dark(#d5d9de, #3a4048);
    --paritrana-details-accent: light-dark(#1f3f8f, #9db8ff);
    --paritrana-details-highlight: light-dark(#fdf1d8, #3d3012);
    --paritrana-details-marker: light-dark(#b45309, #f59e0b);
    --paritrana-details-focus: light-dark(#c2410c, #fb923c);
    --paritrana-details-gap: 1.25rem;
    /* The panel measures its own width for the chart: a host page's reset must not make it inline. */
    display: block !important;
    min-width: 0;
    color: var(--paritrana-details-ink);
    font: inherit;
    line-height: 1.45;
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none !important;
  }

  * {
    box-sizing: border-box;
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.2;
  }

  h2 {
    font-size: 1.25rem;
  }

  h3 {
    font-size: 1rem;
    margin-bottom: 0.5rem;
  }

  p {
    margin: 0.25rem 0;
  }

  section {
    margin-top: var(--paritrana-details-gap);
  }

  a {
    color: var(--paritrana-details-accent);
    text-underline-offset: 0.15em;
  }

  a:focus-visible {
    outline: 3px solid var(--paritrana-details-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .prompt,
  .muted,
  .note,
  .type {
    color: var(--paritrana-details-muted);
  }

  .note {
    font-size: 0.8125rem;
  }

  .type {
    margin: 0.125rem 0 0.5rem;
  }

  .codes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    font-size: 0.875rem;
  }

  .codes div {
    display: flex;
    gap: 0.375rem;
  }

  .codes dt {
    color: var(--paritrana-details-muted);
  }

  .codes dd {
    margin: 0;
  }

  .code {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  /* The chart never squeezes below its minimum width: on a very narrow screen it scrolls. */
  .chart {
    overflow-x: auto;
  }

  svg {
    display: block;
    overflow: visible;
    font-size: 11px;
  }

  svg text {
    fill: var(--paritrana-details-muted);
  }

  svg text.selected {
    fill: var(--paritrana-details-ink);
    font-weight: 700;
  }

  .selected-band {
    fill: var(--paritrana-details-highlight);
  }

  .grid,
  .year-rule {
    stroke: var(--paritrana-details-rule);
    stroke-width: 1;
  }

  .baseline {
    stroke: var(--paritrana-details-muted);
    stroke-width: 1;
  }

  .trend {
    fill: none;
    stroke: var(--paritrana-details-accent);
    stroke-width: 2;
  }

  .point {
    fill: var(--paritrana-details-accent);
    stroke: light-dark(#ffffff, #15181c);
    stroke-width: 1.5;
  }

  .point.selected {
    stroke: var(--paritrana-details-marker);
    stroke-width: 2.5;
  }

  .change {
    margin-top: 0.5rem;
  }

  .change-label {
    display: block;
    font-size: 0.875rem;
  }

  .change-value {
    font-size: 1.125rem;
    margin-right: 0.375rem;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
    margin-bottom: 1rem;
  }

  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }

  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.375rem 0.5rem 0.375rem 0;
    border-bottom: 1px solid var(--paritrana-details-rule);
  }

  thead th {
    color: var(--paritrana-details-muted);
    font-weight: 600;
    font-size: 0.8125rem;
  }

  tbody th {
    font-weight: 600;
  }

  /* The year column takes only the room of its widest cell ("2024" and its tag). */
  .coverage-table th:first-child {
    width: 1%;
  }

  tr.selected > * {
    background: var(--paritrana-details-highlight);
  }

  tr.selected > th {
    box-shadow: inset 3px 0 0 var(--paritrana-details-marker);
    padding-left: 0.5rem;
  }

  .num {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
  }

  .other-table td .period {
    display: block;
    white-space: nowrap;
  }

  .other-table th[scope='row'] {
    font-weight: 400;
  }

  .tag {
    display: inline-block;
    margin-left: 0.25rem;
    padding: 0 0.3rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    font-size: 0.75rem;
    font-weight: 400;
    color: var(--paritrana-details-muted);
    white-space: nowrap;
  }

  .target-tag {
    white-space: normal;
  }

  /* Figures of one year side by side: disagreeing sources are read together, not one after another. */
  .side-by-side {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem 1.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .side-by-side li {
    display: flex;
    flex-direction: column;
  }

  .figure-value {
    font-size: 1rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .period,
  .source {
    color: var(--paritrana-details-muted);
  }

  .confidence,
  .figure-note {
    display: block;
    font-size: 0.8125rem;
  }

  .confidence {
    color: var(--paritrana-details-muted);
  }

  .figure-note {
    max-width: 40ch;
  }

  .disagree {
    margin-top: 0.375rem;
    font-size: 0.8125rem;
  }

  .award-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .award-list li {
    display: flex;
    flex-direction: column;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--paritrana-details-rule);
  }

  .award-category {
    font-size: 0.875rem;
  }

  .award-meta {
    font-size: 0.8125rem;
    color: var(--paritrana-details-muted);
  }
`;

export default [visuallyHidden, dataProblems, own];

import { css } from 'lit';
import { dataProblems, visuallyHidden } from '../shared/styles.ts';

const own = css`
  :host {
    --paritrana-winners-font: inherit;
    --paritrana-winners-text: light-dark(#1f2933, #e6e9ed);
    --paritrana-winners-muted: light-dark(#4b5563, #a9b1bb);
    --paritrana-winners-background: transparent;
    --paritrana-winners-row-background: light-dark(#f5f7fa, #1f2328);
    --paritrana-winners-selected-background: light-dark(#fff3c4, #4a3b12);
    --paritrana-winners-selected-border: light-dark(#8a5a00, #f2b84b);
    --paritrana-winners-link: light-dark(#1d4ed8, #93b4ff);
    --paritrana-winners-focus: light-dark(#1d4ed8, #93b4ff);

    /* The phone layout is a container query on the host: a host page's reset (* { all: revert })
       must not take the container away, or the rows overflow a phone's column. */
    display: block !important;
    container-type: inline-size !important;
    font: var(--paritrana-winners-font);
    color: var(--paritrana-winners-text);
    background: var(--paritrana-winners-background);
  }

  :host([hidden]) {
    display: none !important;
  }

  h2 {
    margin: 0;
    font-size: 1.125rem;
  }

  h3 {
    margin: 1rem 0 0.375rem;
    font-size: 0.9375rem;
  }

  .level {
    display: block;
    font-size: 0.75rem;
    font-weight: 400;
    color: var(--paritrana-winners-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .meta,
  .notice {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--paritrana-winners-muted);
  }

  .notice {
    color: var(--paritrana-winners-text);
  }

  ol {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='winner'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75rem;
    border: 2px solid transparent;
    border-radius: 0.375rem;
    background: var(--paritrana-winners-row-background);
  }

  [part~='winner'].selected {
    border-color: var(--paritrana-winners-selected-border);
    background: var(--paritrana-winners-selected-background);
  }

  .select {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.625rem;
    align-items: baseline;
    flex: 1 1 14rem;
    min-height: 44px;
    margin: 0;
    padding: 0.375rem 0.5rem;
    border: 0;
    border-radius: 0.25rem;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .select:hover .name {
    text-decoration: underline;
  }

  .select:focus-visible,
  [part~='source']:focus-visible {
    outline: 3px solid var(--paritrana-winners-focus);
    outline-offset: 1px;
  }

  .rank {
    grid-row: span 2;
    width: 6.5rem;
    font-size: 0.8125rem;
    font-weight: 700;
  }

  .rank.nominee,
  .rank.unknown {
    font-weight: 400;
    color: var(--paritrana-winners-muted);
  }

  .name {
    font-weight: 600;
  }

  .region {
    font-size: 0.8125rem;
    color: var(--paritrana-winners-muted);
  }

  [part~='source'] {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.5rem;
    font-size: 0.8125rem;
    color: var(--paritrana-winners-link);
    overflow-wrap: anywhere;
  }

  /* A phone: the rank goes above the name so the name keeps the width. */
  @container (max-width: 26rem) {
    .select {
      grid-template-columns: 1fr;
    }
    .rank {
      grid-row: auto;
      width: auto;
    }
    [part~='source'] {
      margin-top: -0.375rem;
    }
  }

`;

export default [visuallyHidden, dataProblems, own];

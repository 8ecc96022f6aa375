// Styles every element shares.
import { css } from 'lit';

/** Text for screen readers only: in the accessibility tree, off the screen. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * The problems note (problems-note.ts): quiet, but red-edged when rows were dropped; and the loading
 * notice (data-notice.ts) in the same box, grey while the data is on its way, amber once it is late.
 */
export const dataProblems = css`
  .data-problems,
  .data-loading {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid #b45309;
    background: #fff6e5;
    color: #1b1f24;
    font: 0.85rem/1.4 var(--paritrana-font, system-ui, sans-serif);
  }

  .data-problems[open] {
    border-left-color: #b91c1c;
  }

  .data-loading:not(.late) {
    border-left-color: #64748b;
    background: #f1f5f9;
  }

  .data-problems ul {
    margin: 0.5rem 0 0;
    padding-left: 1.1rem;
  }

  .data-problems li {
    overflow-wrap: anywhere;
    font-size: 0.85rem;
  }
`;

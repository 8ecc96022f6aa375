import { css } from 'lit';
import { visuallyHidden } from '../shared/styles.ts';

const own = css`
  :host {
    --paritrana-legend-font: inherit;
    --paritrana-legend-text: light-dark(#1f2933, #e6e9ed);
    --paritrana-legend-background: transparent;
    --paritrana-legend-gap: 0.25rem 0.75rem;
    --paritrana-legend-swatch-size: 1.25rem;
    --paritrana-legend-swatch-border: light-dark(#4b5563, #c3c9d0);
    --paritrana-legend-highlight: light-dark(#fff3c4, #4a3b12);
    --paritrana-legend-focus: light-dark(#1d4ed8, #93b4ff);
    --paritrana-legend-hatch: light-dark(#8a8a8a, #8e959d);
    --paritrana-legend-hatch-background: light-dark(#ffffff, #2a2f35);
    --paritrana-legend-carried-outline: light-dark(#1b1f24, #e6e9ed);
    --paritrana-legend-carried-dots: rgb(27 31 36 / 0.7);
    --paritrana-legend-carried-background: light-dark(#ffffff, #d5d9de);

    display: block;
    /* The legend's own width, not the page's, decides whether it fits as a list or as one row. */
    container-type: inline-size;
    font: var(--paritrana-legend-font);
    color: var(--paritrana-legend-text);
    background: var(--paritrana-legend-background);
  }

  [part='title'] {
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }

  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--paritrana-legend-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    display: flex;
  }

  [part~='entry'] {
    /* A button's box already is; the span of a mark that is not a button must be as tall, not taller. */
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2rem;
    margin: 0;
    padding: 0.125rem 0.375rem;
    border: 2px solid transparent;
    border-radius: 0.25rem;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 0.8125rem;
    line-height: 1.2;
    text-align: start;
  }

  button[part~='entry'] {
    cursor: pointer;
  }

  [part~='entry'].highlighted {
    background: var(--paritrana-legend-highlight);
    border-color: var(--paritrana-legend-swatch-border);
  }

  [part~='entry']:focus-visible {
    outline: 3px solid var(--paritrana-legend-focus);
    outline-offset: 1px;
  }

  [part~='swatch'] {
    flex: none;
    box-sizing: border-box;
    width: var(--paritrana-legend-swatch-size);
    height: var(--paritrana-legend-swatch-size);
    border: 1px solid var(--paritrana-legend-swatch-border);
    /* The colour is the information: keep it in Windows high-contrast mode too. */
    forced-color-adjust: none;
  }

  .highlighted [part~='swatch'] {
    outline: 2px solid var(--paritrana-legend-text);
    outline-offset: 1px;
  }

  /* The map's no-data fill (src/render/map-patterns.ts HATCH, colours of src/render/tokens.ts): white (dark grey on a dark page), grey lines rising to the right
     every 8 px along an edge (5.66 px apart), 1.5 px wide. */
  [part~='swatch'].no-data {
    background: repeating-linear-gradient(
      135deg,
      var(--paritrana-legend-hatch) 0 1.5px,
      var(--paritrana-legend-hatch-background) 1.5px 5.66px
    );
  }

  /* The map's mark for an earlier year's figure (CARRIED_DOTS and the .carried outline of the map):
     dark dots every 6 px over the fill, and a dashed outline. */
  [part~='swatch'].carried-forward {
    border: 1.5px dashed var(--paritrana-legend-carried-outline);
    background-color: var(--paritrana-legend-carried-background);
    background-image: radial-gradient(circle at center, var(--paritrana-legend-carried-dots) 0 1.1px, transparent 1.6px);
    background-size: 6px 6px;
  }

  .tick,
  .short,
  .title-short {
    display: none;
    white-space: nowrap;
  }

  .unit {
    font-weight: 400;
  }

  /* One row (a phone, or a narrow partner column): the classes side by side as a colour bar, each
     class's lower break as a tick under its left edge; the other marks by a short name, under the bar
     when they do not fit beside it. The full names stay, visually hidden, for screen readers. */
  @container (max-width: 36rem) {
    ul {
      gap: 0.25rem 0;
      align-items: flex-start;
    }

    li.class {
      flex: 1 1 0;
      min-width: 2.25rem;
    }

    li.class [part~='entry'] {
      position: relative;
      display: block;
      width: 100%;
      padding: 0 0 1.05rem;
    }

    li.class [part~='swatch'] {
      display: block;
      width: 100%;
      height: 1rem;
    }

    [part~='entry'] {
      min-height: 0;
      border: 0;
      border-radius: 0;
    }

    .shown {
      display: none;
    }

    .title-short {
      display: inline;
    }

    .full,
    .title-full:has(+ .title-short) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }

    .tick {
      display: block;
      position: absolute;
      top: 1.05rem;
      transform: translateX(-50%);
      font-size: 0.75rem;
      line-height: 1;
    }

    li:not(.class) {
      margin-left: 0.5rem;
    }

    li:not(.class) [part~='entry'] {
      gap: 0.25rem;
      padding: 0;
      font-size: 0.75rem;
    }

    li:not(.class) [part~='swatch'] {
      width: 1rem;
      height: 1rem;
    }

    .short {
      display: inline;
    }
  }
`;

export default [visuallyHidden, own];
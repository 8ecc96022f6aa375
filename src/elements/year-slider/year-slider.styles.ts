import { css } from 'lit';
import { visuallyHidden, dataProblems } from '../shared/styles.ts';

const own = css`
  /* Canvas, the system's page colour, is white on a light page and near black on a dark one. */
  :host {
    --paritrana-year-slider-font: inherit;
    --paritrana-year-slider-text: light-dark(#1f2933, #e6e9ed);
    --paritrana-year-slider-muted: light-dark(#4b5563, #a9b1bb);
    --paritrana-year-slider-accent: light-dark(#1d4ed8, #93b4ff);
    --paritrana-year-slider-track: light-dark(#6b7280, #8b939c);
    --paritrana-year-slider-focus: light-dark(#1d4ed8, #93b4ff);
    --paritrana-year-slider-edition: light-dark(#8a5a00, #f2b84b);

    display: block;
    font: var(--paritrana-year-slider-font);
    color: var(--paritrana-year-slider-text);
    min-width: 0;
  }

  .rail {
    position: relative;
    /* Room for the first and last year label to centre on the ends of the line. */
    padding: 0 1.5rem;
    touch-action: none;
    user-select: none;
    cursor: pointer;
  }

  [part~='track'] {
    position: relative;
    height: 44px;
    outline: none;
  }

  /* Drawn as borders, not backgrounds: forced colours (Windows high contrast) keep a border, in the
     system's colour, and drop a background, which would take the rail away. */
  .line,
  .fill {
    position: absolute;
    top: 50%;
    left: 0;
    margin-top: -2px;
    border-top: 4px solid var(--paritrana-year-slider-track);
    border-radius: 2px;
  }

  .line {
    right: 0;
  }

  .fill {
    border-color: var(--paritrana-year-slider-accent);
  }

  [part~='thumb'] {
    position: absolute;
    top: 50%;
    width: 22px;
    height: 22px;
    margin: -11px 0 0 -11px;
    box-sizing: border-box;
    border: 3px solid Canvas;
    border-radius: 50%;
    background: var(--paritrana-year-slider-accent);
    box-shadow: 0 0 0 1px var(--paritrana-year-slider-accent);
  }

  /* Forced colours turn Canvas into the page itself and drop the fill: the thumb's ring takes the text's colour. */
  @media (forced-colors: active) {
    [part~='thumb'] {
      border-color: CanvasText;
    }
  }

  /* The outline is transparent, but forced colours draw it: there box-shadows are dropped. */
  [part~='track']:focus-visible [part~='thumb'] {
    outline: 3px solid transparent;
    outline-offset: 3px;
    box-shadow:
      0 0 0 1px var(--paritrana-year-slider-accent),
      0 0 0 3px Canvas,
      0 0 0 6px var(--paritrana-year-slider-focus);
  }

  @media (prefers-reduced-motion: no-preference) {
    [part~='thumb'] {
      transition: left 150ms ease-out;
    }
    .fill {
      transition: width 150ms ease-out;
    }
  }

  .ticks {
    position: relative;
    height: 2.5rem;
  }

  [part~='tick'] {
    position: absolute;
    top: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    transform: translateX(-50%);
    min-width: 2.25rem;
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
    color: var(--paritrana-year-slider-muted);
  }

  [part~='tick']::before {
    content: '';
    height: 0.375rem;
    margin-bottom: 0.125rem;
    border-left: 1px solid var(--paritrana-year-slider-track);
  }

  [part~='tick'].selected {
    color: var(--paritrana-year-slider-text);
    font-weight: 700;
  }

  .trophy {
    width: 0.75rem;
    height: 0.75rem;
    fill: var(--paritrana-year-slider-edition);
    flex: none;
  }

  [part~='tick'] .trophy {
    margin-top: 0.125rem;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-top: 0.25rem;
  }

  button,
  select {
    min-height: 44px;
    font: inherit;
    color: inherit;
  }

  [part~='play-button'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-width: 6rem;
    padding: 0 0.875rem;
    border: 2px solid var(--paritrana-year-slider-accent);
    border-radius: 0.375rem;
    background: Canvas;
    color: var(--paritrana-year-slider-accent);
    font-weight: 600;
    cursor: pointer;
  }

  [part~='play-button'].playing {
    background: var(--paritrana-year-slider-accent);
    color: Canvas;
  }

  [part~='play-button'] svg {
    width: 0.875rem;
    height: 0.875rem;
    fill: currentColor;
  }

  label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-size: 0.875rem;
  }

  [part~='speed'] {
    padding: 0 0.5rem;
    border: 1px solid var(--paritrana-year-slider-muted);
    border-radius: 0.375rem;
    background: Canvas;
  }

  button:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--paritrana-year-slider-focus);
    outline-offset: 2px;
  }

  .edition-key {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-size: 0.8125rem;
    color: var(--paritrana-year-slider-muted);
  }

`;

export default [visuallyHidden, dataProblems, own];

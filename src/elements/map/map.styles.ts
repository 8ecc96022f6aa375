import { css, unsafeCSS } from 'lit';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { FONT_FAMILY, MAP_COLOURS } from '../../render/tokens.ts';
import { dataProblems, visuallyHidden } from '../shared/styles.ts';

const own = css`
  :host {
    --paritrana-map-sea: ${unsafeCSS(MAP_COLOURS.sea)};
    --paritrana-map-land: ${unsafeCSS(MAP_COLOURS.land)};
    --paritrana-map-ink: ${unsafeCSS(MAP_COLOURS.ink)};
    --paritrana-map-focus: #c2410c;
    --paritrana-font: ${unsafeCSS(FONT_FAMILY)};
    /* What the map needs to have a size at all is !important: a host page's global reset
       (* { all: revert }, which turns a custom element inline and sizeless) must not collapse it to
       0 x 0. The custom properties still choose (all: revert leaves them alone), and a page's own
       width, height and max-height still apply. */
    display: block !important;
    position: relative !important;
    box-sizing: border-box !important;
    width: 100%;
    /* Never wider than its column: without width: 100% (reset away), min-height would pass to the
       width through aspect-ratio and push the map out of a phone's column. */
    min-width: 0 !important;
    max-width: 100% !important;
    /* As tall as wide, within reason; a page sets --paritrana-map-height (or height) to choose. */
    aspect-ratio: var(--paritrana-map-aspect, 1 / 1) !important;
    height: var(--paritrana-map-height, auto);
    min-height: var(--paritrana-map-min-height, 18rem) !important;
    max-height: var(--paritrana-map-max-height, 85vh);
    font-family: var(--paritrana-font);
    color: var(--paritrana-map-ink);
    background: var(--paritrana-map-sea);
    border-radius: 4px;
    overflow: hidden !important;
    contain: layout paint !important;
  }

  :host([hidden]) {
    display: none !important;
  }

  .frame,
  .svg-map,
  .webgl,
  .leaders,
  .labels,
  .keyboard {
    position: absolute;
    inset: 0;
  }

  .svg-map {
    display: block;
    width: 100%;
    height: 100%;
  }

  .sea {
    fill: var(--paritrana-map-sea);
  }

  .context path {
    fill: var(--paritrana-map-land);
    stroke: ${unsafeCSS(MAP_COLOURS.contextBorder)};
    stroke-width: 0.75;
  }

  .regency {
    cursor: pointer;
  }

  /* A city's dot, in its regency's colour, so a place a few pixels across is still seen. */
  .city-symbol {
    stroke: ${unsafeCSS(MAP_COLOURS.provinceOutline)};
    stroke-width: 1.5;
    pointer-events: none;
  }

  .city-symbol.dimmed {
    opacity: 0.3;
  }

  /* Invisible, but answering the pointer: a city's 44 px touch target over the regency around it. */
  .city-targets circle {
    fill: transparent;
    pointer-events: all;
    cursor: pointer;
  }

  .controls {
    position: absolute;
    z-index: 4;
    top: 0.5rem;
    right: 0.5rem;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .controls button {
    display: grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    border: 1px solid #8a9096;
    border-radius: 4px;
    background: #ffffff;
    color: var(--paritrana-map-ink);
    cursor: pointer;
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.2);
  }

  /* A finger needs 44 px. */
  @media (pointer: coarse) {
    .controls button {
      width: 2.75rem;
      height: 2.75rem;
    }
  }

  .controls button:hover {
    background: #f0f3f5;
  }

  .controls button:focus-visible {
    outline: 3px solid var(--paritrana-map-focus);
    outline-offset: 1px;
  }

  .controls svg {
    width: 1rem;
    height: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
  }

  .regency.dimmed,
  .carried.dimmed {
    opacity: 0.3;
  }

  .regency-borders {
    fill: none;
    stroke: #3d4349;
    stroke-width: 0.75;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .province-outline {
    fill: none;
    stroke: #2b2f33;
    stroke-width: 1.25;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .carried {
    stroke: #1b1f24;
    stroke-width: 1.5;
    stroke-dasharray: 3 2.25;
    pointer-events: none;
  }

  .hover,
  .selected,
  .selected-inner {
    fill: none;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .hover {
    stroke: #111418;
    stroke-width: 2.5;
  }

  .selected {
    stroke: #000000;
    stroke-width: 4;
  }

  .selected-inner {
    stroke: #ffffff;
    stroke-width: 1.25;
  }

  .webgl {
    opacity: 0;
    pointer-events: none;
  }

  .webgl.ready {
    opacity: 1;
    pointer-events: auto;
  }

  .webgl > div {
    width: 100%;
    height: 100%;
  }

  .leaders,
  .labels {
    pointer-events: none;
    overflow: hidden;
  }

  .leaders line {
    stroke: var(--paritrana-map-ink);
    stroke-width: 1;
  }

  .leaders circle {
    fill: var(--paritrana-map-ink);
  }

  .label {
    position: absolute;
    transform: translate(-50%, -50%);
    white-space: nowrap;
    line-height: 1.2;
    font-weight: 600;
    color: var(--paritrana-map-ink);
    /* A white halo keeps dark text readable on the darkest class and on the hatch alike. */
    text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff, 1px 1px 0 #fff, -1px -1px 0 #fff, 1px -1px 0 #fff, -1px 1px 0 #fff;
  }

  /* A regency in focus (the ceremony's winner) is named larger; the others' names fade with their colour. */
  .label--focus {
    z-index: 1;
    font-size: 1.3em;
    font-weight: 800;
  }

  .label--dimmed {
    opacity: 0.55;
  }

  .label--land {
    font-weight: 500;
    color: #55595f;
    letter-spacing: 0.1em;
    text-transform: uppercase;
    text-shadow: none;
  }

  .label--sea {
    font-weight: 500;
    font-style: italic;
    color: #4a6a80;
    text-shadow: none;
  }

  .tooltip {
    position: absolute;
    z-index: 3;
    max-width: min(16rem, 75%);
    padding: 0.4rem 0.6rem;
    border-radius: 4px;
    background: #ffffff;
    color: var(--paritrana-map-ink);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.35);
    font-size: 0.875rem;
    line-height: 1.35;
    pointer-events: none;
  }

  .tooltip strong {
    display: block;
  }

  .tooltip .value {
    font-variant-numeric: tabular-nums;
  }

  .tooltip .period,
  .tooltip .note {
    display: block;
    color: #4f5761;
  }

  /* The keyboard's way onto the map: a listbox over the frame, showing only its focus ring. */
  .keyboard {
    z-index: 2;
    pointer-events: none;
    border-radius: 4px;
  }

  .keyboard:focus {
    outline: none;
  }

  .keyboard:focus-visible {
    outline: 3px solid var(--paritrana-map-focus);
    outline-offset: -3px;
  }


  .missing {
    margin: 0;
    padding: 2rem 1rem;
    text-align: center;
  }

  /* Above the frame's layers (a note under the canvas is no note), beside the zoom buttons so they still work. */
  .notices {
    position: absolute;
    z-index: 6;
    inset: 0 3.25rem auto 0;
    max-height: 100%;
    overflow: auto;
    padding: 0 0.5rem;
    box-sizing: border-box;
    pointer-events: none;
  }

  .notices > * {
    pointer-events: auto;
  }
`;

export default [unsafeCSS(maplibreCss), visuallyHidden, dataProblems, own];

import { css, unsafeCSS } from 'lit';
import { FONT_FAMILY, MAP_COLOUR_PROPERTIES, MAP_COLOURS, MAP_COLOURS_DARK, type MapColourName } from '../../render/tokens.ts';
import { dataProblems, visuallyHidden } from '../shared/styles.ts';

// Each of the map's colours as its custom property, light or dark as the page's color-scheme says.
const colourProperties = unsafeCSS(
  (Object.keys(MAP_COLOUR_PROPERTIES) as MapColourName[]).map((name) => `${MAP_COLOUR_PROPERTIES[name]}:light-dark(${MAP_COLOURS[name]},${MAP_COLOURS_DARK[name]});`).join(''),
);

const own = css`
  :host {
    ${colourProperties}
    --paritrana-map-surface: light-dark(#ffffff, #22272d);
    --paritrana-map-muted: light-dark(#4f5761, #a9b1bb);
    /* The colours are the data: forced colours (Windows high contrast) keep them, and the lines around. */
    forced-color-adjust: none;
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

  /* A picture the page drew in its HTML (its first screen), shown in the frame until the map draws its own. */
  ::slotted(*) {
    position: absolute !important;
    inset: 0;
    width: 100%;
    height: 100%;
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
    stroke: var(--paritrana-map-context-border);
    stroke-width: 0.75;
  }

  .regency {
    cursor: pointer;
  }

  /* A city's dot, in its regency's colour, so a place a few pixels across is still seen. */
  .city-symbol {
    stroke: var(--paritrana-map-outline);
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
    forced-color-adjust: auto;
    display: grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    border: 1px solid light-dark(#8a9096, #7d8691);
    border-radius: 4px;
    background: var(--paritrana-map-surface);
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
    background: light-dark(#f0f3f5, #2f353c);
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
    stroke: var(--paritrana-map-border);
    stroke-width: 0.75;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .province-outline {
    fill: none;
    stroke: var(--paritrana-map-outline);
    stroke-width: 1.25;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .carried {
    stroke: var(--paritrana-map-carried);
    stroke-width: 1.5;
    stroke-dasharray: 3 2.25;
    pointer-events: none;
  }

  .hover,
  .selected,
  .selected-inner,
  .focus-halo,
  .focus-ring {
    fill: none;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .hover {
    stroke: var(--paritrana-map-hover);
    stroke-width: 2.5;
  }

  .selected {
    stroke: var(--paritrana-map-selected);
    stroke-width: 4;
  }

  .selected-inner {
    stroke: var(--paritrana-map-selected-inner);
    stroke-width: 1.25;
  }

  /* The regency the keyboard is on: a ring in the focus colour, on a white halo so it shows on the darkest class and on the hatch. */
  .focus-halo {
    stroke: var(--paritrana-map-focus-halo);
    stroke-width: 6;
  }

  .focus-ring {
    stroke: var(--paritrana-map-focus);
    stroke-width: 3;
  }

  /* The SVG map's patterns, in the map's colours (light or dark). */
  .hatch-ground,
  .regency.plain,
  .city-symbol.plain {
    fill: var(--paritrana-map-no-data);
  }

  .hatch-line {
    stroke: var(--paritrana-map-hatch);
  }

  /* Tells the WebGL map when the colours change (the page turned dark, a partner's property): a colour
     that changes runs this transition, and its end is heard (map.component.ts). */
  .colour-probe {
    position: absolute;
    width: 0;
    height: 0;
    color: var(--paritrana-map-sea);
    background-color: var(--paritrana-map-border);
    transition: color 1ms, background-color 1ms;
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
    /* A halo (white on a light page, near black on a dark one) keeps the names readable on every class and on the hatch alike. */
    --h: var(--paritrana-map-halo);
    text-shadow: 0 0 2px var(--h), 0 0 2px var(--h), 0 0 3px var(--h), 1px 1px 0 var(--h), -1px -1px 0 var(--h), 1px -1px 0 var(--h), -1px 1px 0 var(--h);
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
    color: light-dark(#55595f, #aab0b7);
    letter-spacing: 0.1em;
    text-transform: uppercase;
    text-shadow: none;
  }

  .label--sea {
    font-weight: 500;
    font-style: italic;
    color: light-dark(#4a6a80, #8fb3cc);
    text-shadow: none;
  }

  .tooltip {
    forced-color-adjust: auto;
    position: absolute;
    z-index: 3;
    max-width: min(16rem, 75%);
    padding: 0.4rem 0.6rem;
    border-radius: 4px;
    background: var(--paritrana-map-surface);
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
    color: var(--paritrana-map-muted);
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

  .keyboard:focus-visible,
  .svg-map:focus-visible,
  .webgl canvas:focus-visible {
    outline: 3px solid var(--paritrana-map-focus);
    outline-offset: -3px;
  }

  .svg-map:focus:not(:focus-visible) {
    outline: none;
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

// MapLibre's own stylesheet comes with MapLibre, when the WebGL map starts (webgl-map.ts): off the critical path.
export default [visuallyHidden, dataProblems, own];

// The SVG map as a lit template, from the map's paint (src/elements/map/map-paint.ts) and geometry
// (src/render/map-geometry.ts): drawn at once, before MapLibre's code has loaded, and for good where
// WebGL is missing. Also the names and leader lines laid over either renderer (HTML, not map text).
import { html, nothing, svg } from 'lit';
import type { MapGeometry, MapLabel } from '../../render/map-geometry.ts';
import { labelFontSize } from '../../render/label-size.ts';
import { CARRIED_DOTS, HATCH, HATCH_PATH } from '../../render/map-patterns.ts';
import type { RegencyPaint } from './map-paint.ts';
import { styleProperties } from '../shared/style-properties.ts';

const NO_DATA_PATTERN = 'paritrana-map-no-data';
const CARRIED_PATTERN = 'paritrana-map-carried';

export interface SvgMapOptions {
  geometry: MapGeometry;
  /** The frame's height: the map is centred in it. */
  height: number;
  paints: readonly RegencyPaint[];
  hovered: string | null;
  selected: string | null;
  /** The regency the keyboard is on: ringed in the focus colour. */
  focused: string | null;
  /** The accessible name of the picture. */
  title: string;
  onPointerMove(event: PointerEvent): void;
  onPointerLeave(): void;
  onClick(event: MouseEvent): void;
  /** Radius of the invisible touch target around each city (hit-target.ts), in pixels. */
  cityTargetRadius: number;
  /** Radius of the dot that keeps each city visible (hit-target.ts CITY_SYMBOL_PX), in pixels. */
  citySymbolRadius: number;
}

/** The regencies in their colours, hatches and dots, their borders, the hover and the selection. */
export function svgMap({ geometry, height, paints, hovered, selected, focused, title, onPointerMove, onPointerLeave, onClick, cityTargetRadius, citySymbolRadius }: SvgMapOptions) {
  const { width } = geometry;
  const offset = (height - geometry.height) / 2;
  const shapes = new Map(geometry.regencies.map((r) => [r.code, r.d]));
  const hoveredShape = hovered ? shapes.get(hovered) : undefined;
  const selectedShape = selected ? shapes.get(selected) : undefined;
  const focusedShape = focused ? shapes.get(focused) : undefined;
  const cities = geometry.cityTargets ?? [];
  const paintOf = new Map(paints.map((p) => [p.code, p]));
  const fillOf = (paint: RegencyPaint) => paint.colour ?? (paint.plain ? nothing : `url(#${NO_DATA_PATTERN})`);
  // A city's outline is its dot's: the ring goes round the dot, which its few pixels of shape would hide.
  const ring = (code: string | null, kind: 'hover' | 'selected') => {
    const city = code ? cities.find((c) => c.code === code) : undefined;
    if (!city) return nothing;
    const r = citySymbolRadius + 2.5;
    return kind === 'hover'
      ? svg`<circle class="hover city-ring" cx=${city.x} cy=${city.y} r=${r}></circle>`
      : svg`<circle class="selected city-ring" cx=${city.x} cy=${city.y} r=${r} data-code=${city.code}></circle><circle class="selected-inner" cx=${city.x} cy=${city.y} r=${r}></circle>`;
  };
  return html`<svg
    class="svg-map"
    viewBox="0 ${-offset} ${width} ${height}"
    role="img"
    aria-label=${title}
    tabindex="-1"
    @pointermove=${onPointerMove}
    @pointerleave=${onPointerLeave}
    @click=${onClick}
  >
    <defs>
      <pattern id=${NO_DATA_PATTERN} patternUnits="userSpaceOnUse" width=${HATCH.size} height=${HATCH.size}>
        <rect class="hatch-ground" width=${HATCH.size} height=${HATCH.size}></rect>
        <path d=${HATCH_PATH} class="hatch-line" stroke-width=${HATCH.lineWidth}></path>
      </pattern>
      <pattern id=${CARRIED_PATTERN} patternUnits="userSpaceOnUse" width=${CARRIED_DOTS.size} height=${CARRIED_DOTS.size}>
        <circle cx=${CARRIED_DOTS.size / 2} cy=${CARRIED_DOTS.size / 2} r=${CARRIED_DOTS.radius} fill=${CARRIED_DOTS.colour} fill-opacity=${CARRIED_DOTS.opacity}></circle>
      </pattern>
    </defs>
    <rect class="sea" x="0" y=${-offset} width=${width} height=${height}></rect>
    <g class="context">${geometry.context.map((c) => svg`<path d=${c.d}></path>`)}</g>
    <g class="regencies">
      ${paints.map((paint) => {
        const d = shapes.get(paint.code);
        if (!d) return nothing;
        return svg`<path class="regency ${paint.dimmed ? 'dimmed' : ''} ${paint.plain && !paint.colour ? 'plain' : ''}" d=${d} data-code=${paint.code}
          data-class=${paint.classIndex ?? (paint.state === 'no-earlier' ? 'no-earlier' : 'no-data')} fill=${paint.colour ?? (paint.plain ? nothing : `url(#${NO_DATA_PATTERN})`)}></path>`;
      })}
    </g>
    <path class="regency-borders" d=${geometry.regencyBorders}></path>
    <g class="carried-forward">
      ${paints
        .filter((p) => p.carriedForward && shapes.has(p.code))
        .map((p) => svg`<path class="carried ${p.dimmed ? 'dimmed' : ''}" d=${shapes.get(p.code)!} fill="url(#${CARRIED_PATTERN})" data-code=${p.code}></path>`)}
    </g>
    <path class="province-outline" d=${geometry.provinceOutline}></path>
    <g class="city-symbols">
      ${cities.map(({ code, x, y }) => {
        const paint = paintOf.get(code);
        return paint ? svg`<circle class="city-symbol ${paint.dimmed ? 'dimmed' : ''} ${paint.plain && !paint.colour ? 'plain' : ''}" cx=${x} cy=${y} r=${citySymbolRadius} data-code=${code} fill=${fillOf(paint)}></circle>` : nothing;
      })}
    </g>
    <g class="city-targets">
      ${(geometry.cityTargets ?? []).map(({ code, x, y }) => svg`<circle cx=${x} cy=${y} r=${cityTargetRadius} data-code=${code}></circle>`)}
    </g>
    ${hoveredShape ? svg`<path class="hover" d=${hoveredShape}></path>` : nothing}${ring(hovered, 'hover')}
    ${selectedShape ? svg`<path class="selected" d=${selectedShape}></path><path class="selected-inner" d=${selectedShape}></path>` : nothing}${ring(selected, 'selected')}
    ${focusedShape ? svg`<path class="focus-halo" d=${focusedShape}></path><path class="focus-ring" data-code=${focused} d=${focusedShape}></path>` : nothing}
  </svg>`;
}

/**
 * The names over the map and their leader lines, `offset` pixels down (the SVG map's centring), at
 * `fontSize` pixels. With `focus`, the other regencies' names are drawn faint, and a single named one larger.
 */
export function mapLabels(
  labels: readonly MapLabel[],
  size: { width: number; height: number },
  offset: number,
  { fontSize = labelFontSize(size.width), focus = null }: { fontSize?: number; focus?: readonly string[] | null } = {},
) {
  const focused = focus && focus.length > 0 ? new Set(focus) : null;
  // Only a single regency in focus is named larger: several enlarged names would run into each other.
  const emphasis = (label: MapLabel) =>
    !focused || label.kind !== 'regency' ? '' : !focused.has(label.id) ? 'label--dimmed' : focused.size === 1 ? 'label--focus' : '';
  return html`<svg class="leaders" aria-hidden="true" width=${size.width} height=${size.height}>
      ${labels.map(({ leader, id, kind }) =>
        leader
          ? svg`<g data-code=${kind === 'regency' ? id : nothing}><line x1=${leader.x1} y1=${leader.y1 + offset} x2=${leader.x2} y2=${leader.y2 + offset}></line>
                <circle cx=${leader.x2} cy=${leader.y2 + offset} r="1.75"></circle></g>`
          : nothing,
      )}
    </svg>
    <div class="labels" aria-hidden="true" ${styleProperties({ 'font-size': `${fontSize}px` })}>
      ${labels.map(
        (label) =>
          html`<span class="label label--${label.kind} ${emphasis(label)}" part="label" data-code=${label.kind === 'regency' ? label.id : nothing} ${styleProperties({ left: `${label.x}px`, top: `${label.y + offset}px` })}
            >${label.text}</span
          >`,
      )}
    </div>`;
}

import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import type { Topology } from 'topojson-specification';
import type { Dataset, Problem } from '../../data/index.ts';
import { metricDefinition } from '../../model/metrics.ts';
import { defaultYear } from '../../model/years.ts';
import { toLang, type Lang } from '../../i18n/lang.ts';
import { fill } from '../../i18n/messages.ts';
import { labelFontSize, mapGeometry, type MapGeometry, type MapLabel } from '../../render/map-geometry.ts';
import { labelGeography, layOutMapLabels, type LabelGeography } from '../../render/map-labels.ts';
import { CARRIED_DOTS, HATCH } from '../../render/map-patterns.ts';
import { MAP_COLOURS } from '../../render/map-style.ts';
import type { MapMetric, SchemeName } from '../../scale/metric-scale.ts';
import { emit } from '../shared/emit.ts';
import { EmbedController } from '../shared/embed-controller.ts';
import { problemsNote } from '../shared/problems-note.ts';
import { MAP_MESSAGES } from './map.messages.ts';
import styles from './map.styles.ts';
import { describeRegency, describeRegencyLine, featureState, paintRegencies, type HighlightClass, type RegencyPaint } from './map-paint.ts';
import { createWebglMap, hasWebGL2, type WebglMap } from './webgl-map.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** What the map draws: the app passes what src/model/load.ts loaded. */
export interface MapData {
  dataset: Dataset;
  regencyTopology: Topology | null;
  contextTopology: Topology | null;
}

export type MapRenderer = 'svg' | 'webgl';

const NO_DATA_PATTERN = 'paritrana-map-no-data';
const CARRIED_PATTERN = 'paritrana-map-carried';

/**
 * Labels are laid out a little larger than drawn: the layout's average glyph width is tuned for light
 * SVG text, and the bold HTML labels with their halo run wider (a name at the frame's edge was cut off).
 */
const LABEL_FIT = 1.12;

const highlightConverter = {
  fromAttribute(value: string | null): HighlightClass {
    if (value === null || value === '') return null;
    if (value === 'no-data') return 'no-data';
    const index = Number(value);
    return Number.isInteger(index) ? index : null;
  },
  toAttribute(value: HighlightClass): string | null {
    return value === null ? null : String(value);
  },
};

/**
 * @summary Choropleth of West Kalimantan's 14 regencies for one year and metric: drawn at once in SVG,
 * then by MapLibre (WebGL) once it has loaded; the SVG map stays where WebGL is missing. Hover or focus
 * shows a regency's figure and its period; click, Enter or Space selects it; Escape clears.
 *
 * @attr data-base - Root of another deployment whose data/ folder to read (default: the site the script came from).
 * @attr coverage-src - A coverage CSV to use instead of the deployed one (a partner's own figures), relative to the page.
 * @attr regions-src - A regions CSV to use instead of the deployed one.
 * @attr awards-src - An awards CSV to use instead of the deployed one.
 * @attr data-managed - The page hands the element its data by property; nothing is fetched.
 * @attr boundaries-src - A regency topology to draw instead of the deployed one.
 * @attr context-src - A topology of the neighbouring land to draw instead of the deployed one.
 * @event paritrana-ready - The map drew its first complete picture: once for the SVG map (detail
 * `{ renderer: 'svg' }`), and again when MapLibre reached its first idle (`{ renderer: 'webgl' }`).
 * @event paritrana-region-select - The reader chose a regency by click, Enter or Space (`{ code }`), or
 * cleared the choice with Escape (`{ code: null }`), on the map or in a linked winners panel. Not fired
 * when `selected` is set from code.
 * @event paritrana-year-change - The reader changed the year with a control linked to this map
 * (`<paritrana-year-slider for="...">`): `{ year }`. Never fired when `year` is set from code.
 *
 * @csspart frame - The box holding both renderers, the labels and the tooltip.
 * @csspart label - Each name drawn on the map (regencies, neighbouring land, seas).
 * @csspart tooltip - The box naming the regency under the pointer or keyboard focus, with its figure.
 * @csspart webgl - The MapLibre container.
 *
 * @cssproperty --paritrana-map-sea - Colour of the sea and of the frame's background (both renderers).
 * @cssproperty --paritrana-map-land - Colour of the neighbouring land (both renderers).
 * @cssproperty --paritrana-map-ink - Colour of labels, leader lines and tooltip text.
 * @cssproperty --paritrana-map-focus - Colour of the keyboard focus ring.
 * @cssproperty --paritrana-map-height - The map's height; by default it follows --paritrana-map-aspect.
 * @cssproperty --paritrana-map-aspect - Width to height when no height is set (default 1 / 1).
 * @cssproperty --paritrana-map-min-height - Least height (default 18rem).
 * @cssproperty --paritrana-map-max-height - Most height (default 85vh).
 * @cssproperty --paritrana-font - Font of the labels and tooltip (system fonts by default; nothing is loaded).
 */
export class ParitranaMap extends LitElement {
  static override styles = styles;

  static override properties = {
    // Reflected: elements linked with for="..." follow the map by watching these attributes.
    year: { type: Number, reflect: true },
    metric: { reflect: true },
    selected: { reflect: true, converter: { fromAttribute: (value: string | null) => (value ? value : null) } },
    lang: { reflect: true },
    carryForward: { type: Boolean, attribute: 'carry-forward', reflect: true },
    scheme: { reflect: true },
    highlightClass: { attribute: 'highlight-class', converter: highlightConverter },
    data: { attribute: false },
    ownProblems: { state: true },
    hovered: { state: true },
    tooltipAt: { state: true },
    active: { state: true },
    currentRenderer: { state: true },
    size: { state: true },
    webglLabels: { state: true },
  };

  /** The year shown; by default the latest year with a figure of the metric. */
  year: number | undefined = undefined;
  /** The metric the regencies are coloured by. */
  metric: MapMetric = 'coverage_pct';
  /** Kemendagri code of the selected regency ("61.04"); null or empty for none. */
  selected: string | null = null;
  /** Language of labels and tooltips: 'id' (default) or 'en'. */
  override lang: Lang = 'id';
  /** Carry a regency's latest earlier figure into a year without one, and mark it as carried forward. */
  carryForward = false;
  /** Colour scheme of the sequential metrics. */
  scheme: SchemeName = 'ylgnbu';
  /** A legend class to bring forward (index, or 'no-data'); other regencies are dimmed. Null for none. */
  highlightClass: HighlightClass = null;
  /**
   * The dataset and boundaries to draw, as loadAppData returns them. Left unset, the map loads them
   * itself: from the data/ folder beside the embed script, or from the files its attributes name
   * (`coverage-src`, `regions-src`, `awards-src`, `boundaries-src`, `context-src`, `data-base`).
   */
  data: MapData | null = null;

  /** Problems with data the map loaded itself (a page that hands it data shows its own). */
  private ownProblems: Problem[] = [];
  protected readonly embed = new EmbedController(this, {
    parts: 'all',
    hasData: () => this.data !== null,
    onData: (data) => {
      this.ownProblems = data.problems;
      this.data = data;
    },
  });

  private hovered: string | null = null;
  private tooltipAt: { x: number; y: number } | null = null;
  /** The regency the keyboard is on. */
  private active: string | null = null;
  private currentRenderer: MapRenderer = 'svg';
  private size = { width: 0, height: 0 };
  private webglLabels: MapLabel[] = [];

  #paints: RegencyPaint[] = [];
  #geometry: MapGeometry | null = null;
  #labelGeography: LabelGeography | null = null;
  #webgl: WebglMap | null = null;
  #webglStarted = false;
  #svgReady = false;
  #resizeObserver: ResizeObserver | null = null;

  /** Which renderer draws the map now: 'svg' until MapLibre's first idle, and for good without WebGL. */
  get renderer(): MapRenderer {
    return this.currentRenderer;
  }

  /** The MapLibre map once it has drawn; null before that and where WebGL is not used. */
  get map(): MapLibreMap | null {
    return this.currentRenderer === 'webgl' ? (this.#webgl?.map ?? null) : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver = new ResizeObserver(() => {
      const width = Math.floor(this.clientWidth);
      const height = Math.floor(this.clientHeight);
      if (width !== this.size.width || height !== this.size.height) this.size = { width, height };
    });
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#webgl?.remove();
    this.#webgl = null;
    this.#webglStarted = false;
    this.currentRenderer = 'svg';
  }

  get #lang(): Lang {
    return toLang(this.lang);
  }

  get #year(): number | undefined {
    return this.year ?? (this.data ? defaultYear(this.data.dataset, this.metric) : undefined);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const data = this.data;
    // The default year becomes the map's year, reflected, so elements linked to the map see it.
    if (data && this.year === undefined) this.year = defaultYear(data.dataset, this.metric);
    if (changed.has('data')) this.#labelGeography = data?.regencyTopology ? labelGeography(data.regencyTopology) : null;
    const year = this.#year;
    if (data && year !== undefined && (['data', 'year', 'metric', 'scheme', 'carryForward', 'highlightClass'] as const).some((k) => changed.has(k))) {
      this.#paints = paintRegencies(data.dataset, { year, metric: this.metric, scheme: this.scheme, carryForward: this.carryForward, highlightClass: this.highlightClass });
    }
    if (!data) this.#paints = [];
    if (this.size.width === 0 && this.isConnected) {
      // Measure now rather than wait for the ResizeObserver: the SVG map is drawn in the first frame.
      this.size = { width: Math.floor(this.clientWidth), height: Math.floor(this.clientHeight) };
      changed.set('size', undefined);
    }
    const { width, height } = this.size;
    if ((changed.has('data') || changed.has('size')) && this.currentRenderer === 'svg') {
      this.#geometry =
        data?.regencyTopology && width > 0 && height > 0
          ? mapGeometry(data.regencyTopology, data.contextTopology, {
              width,
              maxHeight: height,
              fontSize: labelFontSize(width) * LABEL_FIT,
              labelText: (code) => data.dataset.regions.byCode.get(code)?.shortName,
            })
          : null;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (this.#geometry && !this.#svgReady) {
      this.#svgReady = true;
      emit(this, 'paritrana-ready', { renderer: 'svg' });
    }
    if (this.#webgl) {
      if (['data', 'year', 'metric', 'scheme', 'carryForward', 'highlightClass'].some((k) => changed.has(k))) this.#paintWebgl();
      this.#webgl.setSelected(this.selected);
      this.#webgl.setHovered(this.hovered);
      if (changed.has('lang') || changed.has('year') || changed.has('metric')) this.#webgl.setTitle(this.#title);
    }
    if (this.#geometry && !this.#webglStarted) this.#startWebgl();
  }

  #paintWebgl(): void {
    this.#webgl?.paint(new Map(this.#paints.map((p) => [p.code, featureState(p, HATCH.background)])));
  }

  #startWebgl(): void {
    this.#webglStarted = true;
    const data = this.data;
    if (!data?.regencyTopology || !hasWebGL2()) return;
    const container = this.renderRoot.querySelector<HTMLElement>('.webgl > div')!;
    const computed = getComputedStyle(this);
    createWebglMap({
      container,
      regencyTopology: data.regencyTopology,
      contextTopology: data.contextTopology,
      colours: {
        sea: computed.getPropertyValue('--paritrana-map-sea').trim() || MAP_COLOURS.sea,
        land: computed.getPropertyValue('--paritrana-map-land').trim() || MAP_COLOURS.land,
      },
      title: this.#title,
      onHover: (code, x, y) => this.#pointAt(code, x, y),
      onClick: (code) => this.#choose(code),
      onView: () => this.#layOutWebglLabels(),
      stillWanted: () => this.isConnected && this.data === data,
    })
      .then((webgl) => {
        if (!webgl) return;
        if (!this.isConnected || this.data !== data) {
          webgl.remove();
          return;
        }
        this.#webgl = webgl;
        this.#paintWebgl();
        webgl.setSelected(this.selected);
        // Colours arrive by feature-state after the first idle: show the map once they are drawn.
        webgl.map.once('idle', () => {
          if (this.#webgl !== webgl) return;
          this.currentRenderer = 'webgl';
          this.#geometry = null;
          this.#layOutWebglLabels();
          emit(this, 'paritrana-ready', { renderer: 'webgl' });
        });
        webgl.map.triggerRepaint();
      })
      .catch((error: unknown) => {
        // The SVG map stays, with everything it does; say why in the console for whoever debugs.
        console.warn('paritrana-map: WebGL map unavailable, keeping the SVG map.', error);
      });
  }

  #layOutWebglLabels(): void {
    const map = this.#webgl?.map;
    const geography = this.#labelGeography;
    const data = this.data;
    if (!map || !geography || !data) return;
    const canvas = map.getContainer();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    this.webglLabels = layOutMapLabels(geography, {
      width,
      height,
      fontSize: labelFontSize(width) * LABEL_FIT,
      project: (at) => {
        const p = map.project(at);
        return [p.x, p.y];
      },
      unproject: ([x, y]) => {
        const at = map.unproject([x, y]);
        return [at.lng, at.lat];
      },
      pixelsPerRadian: (512 * 2 ** map.getZoom()) / (2 * Math.PI),
      labelText: (code) => data.dataset.regions.byCode.get(code)?.shortName,
    });
  }

  get #title(): string {
    return fill(MAP_MESSAGES[this.#lang].mapTitle, { metric: metricDefinition(this.metric).label[this.#lang].toLowerCase(), year: this.#year ?? '' });
  }

  /** Pointer over a regency (or none) at (x, y) in the frame. */
  #pointAt(code: string | null, x: number, y: number): void {
    this.hovered = code;
    this.tooltipAt = code ? { x, y } : null;
  }

  #choose(code: string | null): void {
    if (code === this.selected) return;
    this.selected = code;
    emit(this, 'paritrana-region-select', { code });
  }

  // ---- SVG pointer

  #svgPointer(event: PointerEvent): void {
    const code = (event.target as Element).getAttribute('data-code');
    const frame = this.getBoundingClientRect();
    this.#pointAt(code, event.clientX - frame.left, event.clientY - frame.top);
  }

  #svgClick(event: MouseEvent): void {
    const code = (event.target as Element).getAttribute('data-code');
    if (code) this.#choose(code);
  }

  // ---- Keyboard

  get #keyboardOrder(): RegencyPaint[] {
    return [...this.#paints].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  }

  #focusRegency(code: string | null): void {
    this.active = code;
    this.hovered = code;
    this.tooltipAt = code ? this.#anchorOf(code) : null;
  }

  /** Where the tooltip of a regency reached by keyboard points: its label, or its centre. */
  #anchorOf(code: string): { x: number; y: number } | null {
    const map = this.#webgl?.map;
    if (this.currentRenderer === 'webgl' && map) {
      const anchor = this.#labelGeography?.anchors.find((a) => a.code === code);
      if (!anchor) return null;
      const p = map.project(anchor.at);
      return { x: p.x, y: p.y };
    }
    const path = this.renderRoot.querySelector<SVGPathElement>(`.regency[data-code="${code}"]`);
    const svgElement = path?.ownerSVGElement;
    if (!path || !svgElement) return null;
    const box = path.getBoundingClientRect();
    const frame = this.getBoundingClientRect();
    return { x: box.left + box.width / 2 - frame.left, y: box.top + box.height / 2 - frame.top };
  }

  #onKeyboardFocus(): void {
    const order = this.#keyboardOrder;
    if (order.length === 0) return;
    this.#focusRegency(this.active ?? this.selected ?? order[0]!.code);
  }

  #onKeyboardBlur(): void {
    this.active = null;
    this.hovered = null;
    this.tooltipAt = null;
  }

  #onKeyDown(event: KeyboardEvent): void {
    const order = this.#keyboardOrder.map((p) => p.code);
    if (order.length === 0) return;
    const at = Math.max(0, order.indexOf(this.active ?? ''));
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(order.length - 1, at + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(0, at - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = order.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (this.active) this.#choose(this.active);
        return;
      case 'Escape':
        if (this.selected !== null) {
          event.preventDefault();
          this.#choose(null);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#focusRegency(order[next]!);
  }

  // ---- Rendering

  protected override render() {
    const data = this.data;
    const lang = this.#lang;
    const words = MAP_MESSAGES[lang];
    if (data && !data.regencyTopology) return html`<p class="missing" role="alert">${words.noBoundaries}</p>`;
    const webglReady = this.currentRenderer === 'webgl';
    const labels = webglReady ? this.webglLabels : this.#svgLabels();
    const offset = this.#geometry ? (this.size.height - this.#geometry.height) / 2 : 0;
    return html`
      <div class="frame" part="frame">
        ${webglReady ? nothing : this.#renderSvg()}
        <div class="webgl ${webglReady ? 'ready' : ''}" part="webgl"><div></div></div>
        <svg class="leaders" aria-hidden="true" width=${this.size.width} height=${this.size.height}>
          ${labels.map(({ leader }) =>
            leader
              ? svg`<line x1=${leader.x1} y1=${leader.y1 + (webglReady ? 0 : offset)} x2=${leader.x2} y2=${leader.y2 + (webglReady ? 0 : offset)}></line>
                    <circle cx=${leader.x2} cy=${leader.y2 + (webglReady ? 0 : offset)} r="1.75"></circle>`
              : nothing,
          )}
        </svg>
        <div class="labels" aria-hidden="true" style="font-size: ${labelFontSize(this.size.width)}px">
          ${labels.map(
            ({ text, x, y, kind }) =>
              html`<span class="label label--${kind}" part="label" style="left: ${x}px; top: ${y + (webglReady ? 0 : offset)}px">${text}</span>`,
          )}
        </div>
        ${this.#renderTooltip()} ${this.#renderKeyboard()}
      </div>
      ${problemsNote(this.ownProblems, lang)}
    `;
  }

  #svgLabels(): MapLabel[] {
    return this.#geometry?.labels ?? [];
  }

  #renderSvg() {
    const geometry = this.#geometry;
    if (!geometry) return nothing;
    const { width } = geometry;
    const { height } = this.size;
    const offset = (height - geometry.height) / 2;
    const shapes = new Map(geometry.regencies.map((r) => [r.code, r.d]));
    const paints = this.#paints;
    const hovered = this.hovered ? shapes.get(this.hovered) : undefined;
    const selected = this.selected ? shapes.get(this.selected) : undefined;
    return html`<svg
      class="svg-map"
      viewBox="0 ${-offset} ${width} ${height}"
      role="img"
      aria-label=${this.#title}
      @pointermove=${this.#svgPointer}
      @pointerleave=${() => this.#pointAt(null, 0, 0)}
      @click=${this.#svgClick}
    >
      <defs>
        <pattern id=${NO_DATA_PATTERN} patternUnits="userSpaceOnUse" width=${HATCH.size} height=${HATCH.size}>
          <rect width=${HATCH.size} height=${HATCH.size} fill=${HATCH.background}></rect>
          <path d="M-1,1 l2,-2 M0,${HATCH.size} l${HATCH.size},-${HATCH.size} M${HATCH.size - 1},${HATCH.size + 1} l2,-2" stroke=${HATCH.line} stroke-width=${HATCH.lineWidth}></path>
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
          return svg`<path class="regency ${paint.dimmed ? 'dimmed' : ''}" d=${d} data-code=${paint.code}
            data-class=${paint.classIndex ?? 'no-data'} fill=${paint.fill ?? `url(#${NO_DATA_PATTERN})`}></path>`;
        })}
      </g>
      <path class="regency-borders" d=${geometry.regencyBorders}></path>
      <g class="carried-forward">
        ${paints
          .filter((p) => p.carriedForward && shapes.has(p.code))
          .map((p) => svg`<path class="carried ${p.dimmed ? 'dimmed' : ''}" d=${shapes.get(p.code)!} fill="url(#${CARRIED_PATTERN})" data-code=${p.code}></path>`)}
      </g>
      <path class="province-outline" d=${geometry.provinceOutline}></path>
      ${hovered ? svg`<path class="hover" d=${hovered}></path>` : nothing}
      ${selected ? svg`<path class="selected" d=${selected}></path><path class="selected-inner" d=${selected}></path>` : nothing}
    </svg>`;
  }

  #renderTooltip() {
    const paint = this.hovered ? this.#paints.find((p) => p.code === this.hovered) : undefined;
    const at = this.tooltipAt;
    if (!paint || !at) return nothing;
    const { name, value, period, note } = describeRegency(paint, this.metric, this.#lang);
    const { width, height } = this.size;
    // Beside the pointer, on whichever side has room.
    const dx = at.x > width / 2 ? 'calc(-100% - 12px)' : '12px';
    const dy = at.y > height * 0.6 ? 'calc(-100% - 12px)' : '12px';
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" style="left: ${at.x}px; top: ${at.y}px; transform: translate(${dx}, ${dy})">
      <strong>${name}</strong>
      <span class="value">${value}</span>${period ? html`<span class="period">${period}</span>` : nothing}${note
        ? html`<span class="note">${note}</span>`
        : nothing}
    </div>`;
  }

  #renderKeyboard() {
    if (this.#paints.length === 0) return nothing;
    const lang = this.#lang;
    const words = MAP_MESSAGES[lang];
    const optionId = (code: string) => `regency-${code.replace('.', '-')}`;
    return html`<div
        class="keyboard"
        role="listbox"
        tabindex="0"
        aria-label=${fill(words.listLabel, { year: this.#year ?? '' })}
        aria-describedby="keyboard-hint"
        aria-activedescendant=${this.active ? optionId(this.active) : nothing}
        @focus=${this.#onKeyboardFocus}
        @blur=${this.#onKeyboardBlur}
        @keydown=${this.#onKeyDown}
      >
        ${this.#keyboardOrder.map(
          (paint) =>
            html`<div class="visually-hidden" role="option" id=${optionId(paint.code)} data-code=${paint.code} aria-selected=${paint.code === this.selected ? 'true' : 'false'}>
              ${describeRegencyLine(paint, this.metric, lang)}
            </div>`,
        )}
      </div>
      <p id="keyboard-hint" class="visually-hidden">${words.listHint}</p>`;
  }
}

import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { provinceName } from '../../model/province-name.ts';
import { fill } from '../../i18n/messages.ts';
import { unitWords } from '../../i18n/unit-words.ts';
import { regionShortName } from '../../data/region-index.ts';
import { metricDefinition } from '../../model/metrics.ts';
import { defaultYear, sliderYears } from '../../model/years.ts';
import type { MapGeometry } from '../../render/map-geometry.ts';
import { LABEL_FIT, labelFontSize } from '../../render/label-size.ts';
import type { MapMetric, SchemeName } from '../../scale/metric-scale.ts';
import { choiceAttribute, DEFAULT_YEAR, metricAttribute, schemeAttribute, switchAttribute, warnUnknownValue, yearAttribute } from '../shared/choice-attribute.ts';
import { DataController } from '../shared/data-controller.ts';
import { keyboardIndex } from '../shared/keyboard-index.ts';
import { ParitranaElement } from '../shared/paritrana-element.ts';
import { styleProperties } from '../shared/style-properties.ts';
import { dataNotice } from '../shared/data-notice.ts';
import type { MapData } from './map-data.ts';
import { MAP_MESSAGES } from './map.messages.ts';
import styles from './map.styles.ts';
import { paintRegencies, type HighlightClass, type RegencyPaint } from './map-paint.ts';
import { yearView, type YearView } from '../../scale/year-view.ts';
import { tooltipContent, tooltipStyles } from './map-tooltip.ts';
import { mapLabels, svgMap } from './map-svg.ts';
import { MapWebglController, type MapRenderer } from './map-webgl-controller.ts';
import type { WebglMap } from './webgl-map.ts';
import { CITY_SYMBOL_PX, CITY_TARGET_PX } from '../../render/hit-target.ts';
import type { Box } from '../../render/label-layout.ts';

export type { MapData } from './map-data.ts';

type GeometryCode = typeof import('../../render/map-geometry.ts');

/**
 * The SVG map's geometry code (d3-geo, topojson, the label layout): the largest part of the map's
 * script, loaded when a map first has data to draw, not with the page's first screen (which the page
 * may already have drawn in its HTML). Once loaded, every map on the page uses it at once.
 */
let geometryCode: GeometryCode | null = null;
let geometryLoading: Promise<GeometryCode> | null = null;

function loadGeometryCode(): Promise<GeometryCode> {
  return (geometryLoading ??= import('../../render/map-geometry.ts').then((code) => (geometryCode = code)));
}

export type { MapRenderer } from './map-webgl-controller.ts';


/** A box as a key of the geometry's inputs: equal boxes, equal keys. */
const boxKey = (box: Box | null) => (box ? `${Math.round(box.left)} ${Math.round(box.top)} ${Math.round(box.right)} ${Math.round(box.bottom)}` : '');

/** How long a pause ends a name being typed on the map (the list's type-ahead), in milliseconds. */
const TYPE_AHEAD_MS = 700;

/** What changes the regencies' colours. */
const PAINT_INPUTS = ['data', 'year', 'metric', 'scheme', 'carryForward', 'highlightClass', 'focusRegions', 'focusPlain'] as const;

/** "61.02 61.04" or "61.02,61.04" <-> ['61.02', '61.04']; empty or absent is null. */
const codeListConverter = {
  fromAttribute(value: string | null): string[] | null {
    const codes = (value ?? '').split(/[\s,]+/).filter((code) => code !== '');
    return codes.length > 0 ? codes : null;
  },
  toAttribute(value: readonly string[] | null): string | null {
    return value && value.length > 0 ? value.join(' ') : null;
  },
};

const highlightConverter = {
  fromAttribute(value: string | null): HighlightClass {
    if (value === null || value === '') return null;
    if (value === 'no-data') return 'no-data';
    const index = Number(value);
    if (Number.isInteger(index) && index >= 0) return index;
    warnUnknownValue('paritrana-map', 'highlight-class', value, 'a class number (0, 1, …) or "no-data"', 'every class');
    return null;
  },
  toAttribute(value: HighlightClass): string | null {
    return value === null ? null : String(value);
  },
};

/**
 * @tagname paritrana-map
 * @summary Choropleth of the province's regencies for one year and metric: drawn at once in SVG,
 * then by MapLibre (WebGL), loaded when the reader reaches for the map (pointer over it, a touch,
 * focus, a zoom button) or at once with `loading="eager"`; the SVG map stays where WebGL is missing.
 * Hover or focus shows a regency's figure and its period; click, Enter or Space selects it. Tab
 * reaches the regencies first (the selected one, else the first by name), with a ring around its shape
 * in either renderer; the arrows go to the regency east, west, north or south of the current one (and
 * stay at the province's edge), Home and End to the first and last by name, and typing a name goes to
 * it; each stop says the regency's figure, its period, where it comes from, its legend class and its
 * rank among those with one, or that it has none and the nearest earlier figure. Escape leaves the
 * regencies for the map's picture, the selection kept; Delete clears the selection. The wheel and one
 * finger scroll the page; Ctrl (⌘) + wheel and two fingers move the map; buttons zoom in, out and back
 * to the province. A heading on the page that names the map's year in an
 * element marked `data-paritrana-year="<the map's id>"` (the embed dialog's script snippet does) shows
 * the year the map shows, as the reader moves it.
 *
 * @attr data-base - Root of another deployment whose data/ folder to read (default: the site the script came from).
 * @attr province - The area to show: a province's two-digit Kemendagri code ("63": its regencies and cities) or "indonesia" (the 38 provinces); by default the deployment's own province.
 * @attr coverage-src - A coverage CSV to use instead of the deployed one (a partner's own figures), relative to the page.
 * @attr regions-src - A regions CSV to use instead of the deployed one.
 * @attr awards-src - An awards CSV to use instead of the deployed one.
 * @attr data-managed - The page hands the element its data by property; nothing is fetched.
 * @attr data-late-after - Milliseconds of loading after which the element says the data is late and still coming (default 10000).
 * @attr boundaries-src - A regency topology to draw instead of the deployed one.
 * @attr context-src - A topology of the neighbouring land to draw instead of the deployed one.
 * @attr province-src - Which province the boundaries are (code, names, camera box, names around), as data/province.json; by default the deployment's own.
 * @attr focus-regions - Codes of the regencies to keep in full colour, separated by spaces or commas; every other regency is dimmed and its name drawn faint; a single named regency's name is drawn larger.
 * @attr focus-plain - Regencies in focus without a figure are drawn in the plain ground, without the "no data" hatch: for a page that speaks of something else than the figures there (the ceremony's winner) and shows no legend.
 * @attr loading - "lazy" (default): MapLibre's code loads when the reader reaches for the map; "eager": as soon as the SVG map has drawn.
 * @event paritrana-ready - The map drew its first complete picture: once for the SVG map (detail
 * `{ renderer: 'svg' }`), and again when MapLibre reached its first idle (`{ renderer: 'webgl' }`).
 * @event paritrana-region-select - The reader chose a regency by click, Enter or Space (`{ code }`; Enter
 * and Space say it again of the regency already selected, for a page that shows its details), or
 * cleared the choice with Delete (`{ code: null }`), on the map or in a linked winners panel. Not fired
 * when `selected` is set from code.
 * @event paritrana-year-change - The reader changed the year with a control linked to this map
 * (`<paritrana-year-slider for="...">`): `{ year }`. Never fired when `year` is set from code.
 *
 * @slot - A picture to show until the map has drawn its own, filling the frame (the app's first screen,
 * written into its HTML: an SVG of the same map); removed once the map has drawn.
 *
 * @csspart frame - The box holding both renderers, the labels and the tooltip.
 * @csspart label - Each name drawn on the map (regencies, neighbouring land, seas).
 * @csspart tooltip - The box naming the regency under the pointer or keyboard focus, with its figure.
 * @csspart webgl - The MapLibre container.
 * @csspart controls - The zoom in, zoom out and reset buttons.
 * @csspart loading - The notice that the data is on its way (role="status"), and later that it is late.
 *
 * @cssproperty --paritrana-map-sea - Colour of the sea and of the frame's background (both renderers). Every colour has a light and a dark value and follows the page's color-scheme.
 * @cssproperty --paritrana-map-land - Colour of the neighbouring land (both renderers).
 * @cssproperty --paritrana-map-ink - Colour of labels, leader lines and tooltip text.
 * @cssproperty --paritrana-map-halo - Colour of the halo around each name.
 * @cssproperty --paritrana-map-border - Colour of the lines between regencies.
 * @cssproperty --paritrana-map-outline - Colour of the province's outline.
 * @cssproperty --paritrana-map-no-data - Ground of a regency with no figure, under its hatch.
 * @cssproperty --paritrana-map-hatch - Lines of the hatch of a regency with no figure.
 * @cssproperty --paritrana-map-carried - Dashed outline of a figure carried forward from an earlier year.
 * @cssproperty --paritrana-map-focus - Colour of the keyboard focus ring, around the map and around the regency the keyboard is on (both renderers).
 * @cssproperty --paritrana-map-height - The map's height; by default it follows --paritrana-map-aspect.
 * @cssproperty --paritrana-map-aspect - Width to height when no height is set (default 1 / 1).
 * @cssproperty --paritrana-map-min-height - Least height (default 18rem).
 * @cssproperty --paritrana-map-max-height - Most height (default 85vh).
 * @cssproperty --paritrana-map-label-size - Size of the names on the map, any CSS length (e.g. max(18px, 2.6vh) for a projector); by default 12px, 10.5px below 480px wide. Both renderers lay the names out at it.
 * @cssproperty --paritrana-font - Font of the labels and tooltip (system fonts by default; nothing is loaded).
 */
export class ParitranaMap extends ParitranaElement {
  static override styles = [styles, tooltipStyles];

  static override properties = {
    // Reflected: elements linked with for="..." follow the map by watching these attributes (and lang).
    year: { reflect: true, converter: yearAttribute('paritrana-map', 'year', undefined) },
    metric: { reflect: true, converter: metricAttribute('paritrana-map') },
    selected: { reflect: true, converter: { fromAttribute: (value: string | null) => (value ? value : null) } },
    carryForward: { attribute: 'carry-forward', reflect: true, type: Boolean, converter: switchAttribute('paritrana-map', 'carry-forward') },
    scheme: { reflect: true, converter: schemeAttribute('paritrana-map') },
    highlightClass: { attribute: 'highlight-class', converter: highlightConverter },
    focusRegions: { attribute: 'focus-regions', converter: codeListConverter },
    focusPlain: { attribute: 'focus-plain', converter: switchAttribute('paritrana-map', 'focus-plain') },
    loading: { reflect: true, converter: choiceAttribute('paritrana-map', 'loading', () => ['lazy', 'eager'] as const, 'lazy') },
    data: { attribute: false },
    hovered: { state: true },
    tooltipAt: { state: true },
    active: { state: true },
  };

  /** The year shown; by default the year every page opens on (src/model/years.ts: the year with the most regencies covered, the latest of those). */
  year: number | undefined = undefined;
  /** The metric the regencies are coloured by. */
  metric: MapMetric = 'coverage_pct';
  /** Kemendagri code of the selected regency ("61.04"); null or empty for none. */
  selected: string | null = null;
  /** Carry a regency's latest earlier figure into a year without one, and mark it as carried forward. */
  carryForward = false;
  /** Colour scheme of the sequential metrics. */
  scheme: SchemeName = 'ylgnbu';
  /** A legend class to bring forward (index, or 'no-data'); other regencies are dimmed. Null for none. */
  highlightClass: HighlightClass = null;
  /** Codes of the regencies kept in full colour, every other one dimmed (the ceremony's winner); null for none. */
  focusRegions: readonly string[] | null = null;
  /** Regencies in focus without a figure drawn plain, without the "no data" hatch (a page showing no legend beside them). */
  focusPlain = false;
  /** When MapLibre's code loads: 'lazy' when the reader reaches for the map (the default), 'eager' at once (the ceremony). */
  loading: 'lazy' | 'eager' = 'lazy';
  /**
   * The dataset and boundaries to draw, with the province they are (its name in the map's title, the
   * camera's box, the names around), as loadAppData returns them. Left unset, the map loads them
   * itself: from the data/ folder beside the embed script, or from the files its attributes name
   * (`coverage-src`, `regions-src`, `awards-src`, `boundaries-src`, `context-src`, `province-src`, `data-base`).
   */
  data: MapData | null = null;

  private hovered: string | null = null;
  private tooltipAt: { x: number; y: number } | null = null;
  /** The regency the keyboard is on. */
  private active: string | null = null;

  protected readonly loader = new DataController(this, {
    parts: 'all',
    hasData: () => this.data !== null,
    onData: (data) => {
      this.data = data;
    },
  });

  /** The frame's size, in whole pixels, as the ResizeObserver last saw it (undefined before it looked). */
  readonly #resize = new ResizeController(this, { skipInitial: true, callback: () => this.#measure() });

  readonly #webgl = new MapWebglController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.webgl > div'),
    labelFit: LABEL_FIT,
    labelSize: (width) => this.#labelSize(width),
    labelText: (code) => {
      const region = this.data?.dataset.regions.byCode.get(code);
      return region && regionShortName(region, this.language);
    },
    onHover: (code, x, y) => this.#pointAt(code, x, y),
    onClick: (code) => this.#choose(code),
    onReady: (first) => {
      // The SVG map is laid out anew if it has to come back (a lost WebGL context): the frame may have changed meanwhile.
      this.#geometry = null;
      if (first) this.emit('paritrana-ready', { renderer: 'webgl' });
    },
    gestureHelp: () => {
      const words = MAP_MESSAGES[this.language];
      return { windows: words.gestureWindows, mac: words.gestureMac, mobile: words.gestureMobile };
    },
  });

  constructor() {
    super();
    // The reader reaches for the map: MapLibre's code is fetched now, not at the page's load.
    const reach = () => this.#webgl.want();
    this.addEventListener('pointerenter', reach);
    this.addEventListener('focusin', reach);
    this.addEventListener('touchstart', reach, { passive: true });
    // The geometry's code comes while the data does, not after it.
    void loadGeometryCode().then(() => this.requestUpdate());
  }

  #size = { width: 0, height: 0 };
  /** The year's picture the map shows (one object per choice of year, metric, carry, language and scheme). */
  #view: YearView | null = null;
  #paints: RegencyPaint[] = [];
  #geometry: MapGeometry | null = null;
  /**
   * What the geometry was drawn from: new data with the same boundaries and regions (a data desk
   * import of 50,000 figures) keeps the paths and labels, which take longer to draw than to paint.
   */
  #geometryFrom: readonly unknown[] = [];
  #svgReady = false;

  /** Which renderer draws the map now: 'svg' until MapLibre's first idle, and for good without WebGL. */
  get renderer(): MapRenderer {
    return this.#webgl.renderer;
  }

  /** The MapLibre map once it has drawn; null before that and where WebGL is not used. */
  get map(): MapLibreMap | null {
    return this.#webgl.map;
  }

  get #year(): number | undefined {
    return this.year ?? (this.data ? defaultYear(this.data.dataset, this.metric) : undefined);
  }

  #labelProbe: HTMLElement | null = null;

  /**
   * The names' size in pixels: --paritrana-map-label-size resolved (it may be any CSS length, in vh for
   * a projector), else labelFontSize(width). Laying out needs the number, so a hidden probe resolves it.
   */
  /** The map's colours changed (the page turned light or dark): the SVG map follows by CSS, MapLibre is told. */
  #coloursChanged(): void {
    this.#webgl.restyle();
  }

  #labelSize(width: number): number {
    const asked = getComputedStyle(this).getPropertyValue('--paritrana-map-label-size').trim();
    if (asked === '') return labelFontSize(width);
    if (!this.#labelProbe) {
      this.#labelProbe = document.createElement('span');
      this.#labelProbe.setAttribute('aria-hidden', 'true');
      this.#labelProbe.style.cssText = 'position: absolute; visibility: hidden; font-size: var(--paritrana-map-label-size)';
    }
    if (!this.#labelProbe.isConnected) this.renderRoot.appendChild(this.#labelProbe);
    const size = parseFloat(getComputedStyle(this.#labelProbe).fontSize);
    return Number.isFinite(size) && size > 0 ? size : labelFontSize(width);
  }

  #measure(): { width: number; height: number } {
    return { width: Math.floor(this.clientWidth), height: Math.floor(this.clientHeight) };
  }

  /**
   * `updateComplete` means drawn: while the geometry's code is still on its way for a map that has
   * boundaries to draw, it waits for the code and the update that draws with it, so that a page (or a
   * test) awaiting it finds the regencies, as it did when the code came with the element.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while ((!geometryCode || this.#firstPicture === 'deferred') && this.data?.regencyTopology && this.#webgl.renderer === 'svg') {
      await loadGeometryCode();
      await this.#afterFrame;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * The page's own first picture in the slot (its HTML's first screen): 'waiting' to be replaced,
   * 'deferred' for a frame, 'done'; 'none' without one. Removed once the map has drawn its own.
   */
  #firstPicture: 'none' | 'waiting' | 'deferred' | 'done' = 'none';
  #afterFrame: Promise<void> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#firstPicture === 'none' && this.firstElementChild) this.#firstPicture = 'waiting';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.loading === 'eager') this.#webgl.want();
    const data = this.data;
    // A year the data does not reach (1850, or NaN from code) would paint every regency as having no
    // figure: the map opens on its default year instead, and says so once.
    if (data && (changed.has('year') || changed.has('data')) && this.year !== undefined) {
      const { years } = sliderYears(data.dataset);
      const [first = this.year, last = this.year] = [years[0], years.at(-1)];
      if (!Number.isInteger(this.year) || this.year < first || this.year > last) {
        warnUnknownValue('paritrana-map', 'year', String(this.year), `a year of the data (${first}–${last})`, DEFAULT_YEAR);
        this.year = undefined;
      }
    }
    // The default year becomes the map's year, reflected, so elements linked to the map see it.
    if (data && this.year === undefined) this.year = defaultYear(data.dataset, this.metric);
    const year = this.#year;
    // Asked on every update (the language may change from the page around), answered from memory unless a choice changed.
    const view = data && year !== undefined ? yearView(data.dataset, { year, metric: this.metric, carryForward: this.carryForward, lang: this.language, scheme: this.scheme }) : null;
    if (view !== this.#view || changed.has('highlightClass') || changed.has('focusRegions') || changed.has('focusPlain')) {
      this.#view = view;
      this.#paints = view ? paintRegencies(view, { highlightClass: this.highlightClass, focusRegions: this.focusRegions, focusPlain: this.focusPlain }) : [];
    }
    let size = this.#resize.value ?? this.#size;
    // Measured now rather than when the ResizeObserver reports: the SVG map is drawn in the first frame.
    if (size.width === 0 && this.isConnected) size = this.#measure();
    const resized = size.width !== this.#size.width || size.height !== this.#size.height;
    this.#size = size;
    // Again after leaving and coming back to the page: MapLibre was removed, the SVG map returns.
    // Measured (a layout of the page) only when there are boundaries to lay the names out on.
    const controls = data?.regencyTopology ? this.#controlsBox() : null;
    const geometryFrom = [data?.regencyTopology, data?.contextTopology, data?.province, data?.dataset.regions.regions.map((r) => `${r.code} ${regionShortName(r, this.language)}`).join('\n'), size.width, size.height, boxKey(controls)];
    const sameGeometry = this.#geometry !== null && geometryFrom.every((input, i) => input === this.#geometryFrom[i]);
    const controlsMoved = boxKey(controls) !== this.#geometryFrom[6];
    const code = geometryCode;
    if (!code && data?.regencyTopology) void loadGeometryCode().then(() => this.requestUpdate());
    // A page that drew the map in its HTML (its first screen, in the slot) keeps that picture one frame
    // longer: the first drawing then measures a page already laid out, in a task of its own, rather than
    // forcing the layout of the whole page in the task that updates every element (a long task of the
    // first screen, on a slow phone).
    if (code && !this.#geometry && this.#firstPicture === 'waiting' && data?.regencyTopology) {
      this.#firstPicture = 'deferred';
      this.#afterFrame = new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            this.#firstPicture = 'done';
            this.requestUpdate();
            resolve();
          }),
        ),
      );
    }
    if (code && this.#firstPicture !== 'deferred' && (changed.has('data') || resized || controlsMoved || !this.#geometry) && !sameGeometry && this.#webgl.renderer === 'svg') {
      const { mapGeometry } = code;
      this.#geometryFrom = geometryFrom;
      const { width, height } = size;
      this.#geometry =
        data?.regencyTopology && width > 0 && height > 0
          ? mapGeometry(data.regencyTopology, data.contextTopology, {
              width,
              maxHeight: height,
              fontSize: this.#labelSize(width) * LABEL_FIT,
              labelText: (code) => {
                const region = data.dataset.regions.byCode.get(code);
                return region && regionShortName(region, this.language);
              },
              contextLabels: data.province?.contextLabels,
              // The map is centred in the frame: the buttons' box moved into the map's own pixels.
              keepClear: (mapHeight) => {
                const shift = (height - mapHeight) / 2;
                return controls ? [{ ...controls, top: controls.top - shift, bottom: controls.bottom - shift }] : [];
              },
            })
          : null;
    }
  }

  /** The zoom buttons' box in the frame, once drawn: no name is laid out under them. */
  #controlsBox(): Box | null {
    const frame = this.renderRoot.querySelector('.frame')?.getBoundingClientRect();
    const controls = this.renderRoot.querySelector('.controls')?.getBoundingClientRect();
    if (!frame || !controls || controls.width === 0) return null;
    return { left: controls.left - frame.left, right: controls.right - frame.left, top: controls.top - frame.top, bottom: controls.bottom - frame.top };
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('year') && this.id && this.year !== undefined) {
      const root = this.getRootNode() as Document | ShadowRoot;
      for (const mark of root.querySelectorAll(`[data-paritrana-year="${CSS.escape(this.id)}"]`)) mark.textContent = String(this.year);
    }
    // The buttons are drawn with the first SVG map: its names are laid out again, clear of them.
    if (this.#webgl.renderer === 'svg' && this.#geometry && boxKey(this.#controlsBox()) !== this.#geometryFrom[6]) this.requestUpdate();
    if (this.#geometry && !this.#svgReady) {
      this.#svgReady = true;
      // The page's first picture has been drawn over: it goes, so the page holds one map, not two.
      if (this.#firstPicture !== 'none') for (const node of [...this.children]) node.remove();
      this.emit('paritrana-ready', { renderer: 'svg' });
    }
    // MapLibre starts once the SVG map has drawn, then follows every update.
    if (this.#geometry || this.#webgl.renderer === 'webgl') this.#webgl.sync({
      paints: this.#paints,
      repaint: PAINT_INPUTS.some((k) => changed.has(k)),
      selected: this.selected,
      hovered: this.hovered,
      focused: this.active,
      title: this.#title,
    });
  }

  get #title(): string {
    const lang = this.language;
    const province = this.data ? provinceName(this.data.province, this.data.dataset.regions, lang) : '';
    return fill(MAP_MESSAGES[lang].mapTitle, { ...unitWords(this.data?.dataset.regions, lang), metric: metricDefinition(this.metric).label[lang].toLowerCase(), year: this.#year ?? '', province });
  }

  /** Pointer over a regency (or none) at (x, y) in the frame. */
  #pointAt(code: string | null, x: number, y: number): void {
    this.hovered = code;
    this.tooltipAt = code ? { x, y } : null;
  }

  /** The reader chose a regency (or none); `again`: said even of the one already selected (Enter: show its details). */
  #choose(code: string | null, again = false): void {
    if (code === this.selected && !again) return;
    this.selected = code;
    this.emit('paritrana-region-select', { code });
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

  // ---- Keyboard: a listbox of the regencies, in alphabetical order, walked by direction on the map

  /** Where the arrows and a typed name go (map-keys.ts), loaded the first time the keyboard reaches the map. */
  #keys: Promise<typeof import('./map-keys.ts')> | null = null;

  #loadKeys(): Promise<typeof import('./map-keys.ts')> {
    return (this.#keys ??= import('./map-keys.ts'));
  }

  /** The name typed so far, and when the reader last typed. */
  #typed = { text: '', at: 0 };

  get #keyboardOrder(): RegencyPaint[] {
    return [...this.#paints].sort((a, b) => a.shortName.localeCompare(b.shortName, 'id'));
  }

  #focusRegency(code: string | null): void {
    this.active = code;
    this.hovered = code;
    this.tooltipAt = code ? this.#anchorOf(code) : null;
  }

  /** Where the tooltip of a regency reached by keyboard points: its label, or its centre. */
  #anchorOf(code: string): { x: number; y: number } | null {
    if (this.#webgl.renderer === 'webgl') return this.#webgl.anchorOf(code);
    const path = this.renderRoot.querySelector<SVGPathElement>(`.regency[data-code="${code}"]`);
    if (!path?.ownerSVGElement) return null;
    const box = path.getBoundingClientRect();
    const frame = this.getBoundingClientRect();
    return { x: box.left + box.width / 2 - frame.left, y: box.top + box.height / 2 - frame.top };
  }

  #onKeyboardFocus(): void {
    const order = this.#keyboardOrder;
    if (order.length === 0) return;
    void this.#loadKeys().catch(() => undefined);
    this.#focusRegency(this.active ?? this.selected ?? order[0]!.code);
  }

  /** Focus to the map's picture (the SVG map, or MapLibre's canvas), out of the regencies' list. */
  #leaveKeyboard(): void {
    const picture = this.#webgl.renderer === 'webgl' ? this.#webgl.map?.getCanvas() : this.renderRoot.querySelector<SVGSVGElement>('.svg-map');
    if (picture) picture.focus();
    else this.renderRoot.querySelector<HTMLElement>('.keyboard')?.blur();
  }

  #onKeyboardBlur(): void {
    this.active = null;
    this.hovered = null;
    this.tooltipAt = null;
  }

  /**
   * An arrow, or a letter of a name (within TYPE_AHEAD_MS of the last): the regency that way on the
   * map, or the name typed; read once map-keys.ts has come, from wherever the keys before it arrived.
   */
  async #go(key: string, typed: string): Promise<void> {
    const { keyTarget } = await this.#loadKeys();
    const to = this.active && keyTarget(this.#keyboardOrder, this.active, key, typed, this.data?.regencyTopology);
    if (to) this.#focusRegency(to);
  }

  /**
   * The keys pressed, done in the order pressed: the first arrow waits for map-keys.ts, and an Enter
   * pressed meanwhile selects the regency the arrow went to, not the one it left.
   */
  #keysDone: Promise<unknown> = Promise.resolve();

  #inTurn(action: () => unknown): void {
    this.#keysDone = this.#keysDone.then(action).catch(() => undefined);
  }

  #onKeyDown(event: KeyboardEvent): void {
    const order = this.#keyboardOrder.map((p) => p.code);
    if (order.length === 0) return;
    const key = event.key;
    const typing = event.timeStamp - this.#typed.at < TYPE_AHEAD_MS ? this.#typed.text : '';
    // A letter of a name; a space only within one ("Kubu Raya"): alone it selects, as Enter does.
    const letter = key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && (key !== ' ' || typing !== '');
    let action: (() => unknown) | null = null;
    if (letter || key.startsWith('Arrow')) {
      if (letter) this.#typed = { text: typing + key, at: event.timeStamp };
      const typed = letter ? typing + key : '';
      action = () => this.#go(key, typed);
    } else if (key === 'Enter' || key === ' ') {
      action = () => this.active && this.#choose(this.active, true);
    } else if (key === 'Escape') {
      // Out of the regencies, to the map's picture (the next Tab goes on to the zoom buttons and the
      // page): the selection stays, as it does when Tab leaves.
      action = () => this.#leaveKeyboard();
    } else if ((key === 'Delete' || key === 'Backspace') && this.selected !== null) {
      action = () => this.#choose(null);
    } else if (key === 'Home' || key === 'End') {
      // The first and last by name, as the list is read.
      action = () => {
        const next = keyboardIndex(key, order.indexOf(this.active ?? ''), order.length, { next: [], previous: [] });
        if (next !== null && this.active) this.#focusRegency(order[next]!);
      };
    }
    if (!action) return;
    event.preventDefault();
    this.#inTurn(action);
  }

  // ---- Rendering

  protected override render() {
    const data = this.data;
    const lang = this.language;
    if (data && !data.regencyTopology) return this.#renderNotice(html`<p class="missing" role="alert">${MAP_MESSAGES[lang].noBoundaries}</p>`);
    const webglReady = this.#webgl.renderer === 'webgl';
    const geometry = this.#geometry;
    const size = this.#size;
    const labels = webglReady ? this.#webgl.labels : (geometry?.labels ?? []);
    const offset = !webglReady && geometry ? (size.height - geometry.height) / 2 : 0;
    // Until the SVG map is drawn, the slot shows what the page put inside the element: its first
    // picture, pre-rendered in its HTML, if any.
    return html`
      <div class="frame" part="frame">
        ${this.#renderKeyboard()}
        ${webglReady
          ? nothing
          : !geometry
            ? html`<slot></slot>`
            : svgMap({
              geometry,
              height: size.height,
              paints: this.#paints,
              hovered: this.hovered,
              selected: this.selected,
              focused: this.active,
              title: this.#title,
              onPointerMove: (event) => this.#svgPointer(event),
              onPointerLeave: () => this.#pointAt(null, 0, 0),
              onClick: (event) => this.#svgClick(event),
              cityTargetRadius: CITY_TARGET_PX / 2,
              citySymbolRadius: CITY_SYMBOL_PX / 2,
            })}
        <div class="webgl ${webglReady ? 'ready' : ''}" part="webgl"><div></div></div>
        <span class="colour-probe" aria-hidden="true" @transitionend=${this.#coloursChanged}></span>
        ${mapLabels(labels, size, offset, { fontSize: size.width > 0 ? this.#labelSize(size.width) : labelFontSize(size.width), focus: this.focusRegions })} ${this.#renderTooltip()} ${this.#renderControls()}
      </div>
      ${this.#renderNotice()}
    `;
  }

  /** Loading, late, or what went wrong with the data: over the frame, never under it where the map would hide it. */
  #renderNotice(first: TemplateResult | typeof nothing = nothing) {
    const notice = dataNotice(this.loader.status, this.language);
    return notice === nothing && first === nothing ? nothing : html`<div class="notices">${first}${notice}</div>`;
  }

  #renderTooltip() {
    const paint = this.hovered ? this.#paints.find((p) => p.code === this.hovered) : undefined;
    const at = this.tooltipAt;
    if (!paint || !at) return nothing;
    const tooltip = paint.tooltip;
    const { width, height } = this.#size;
    // Beside the pointer, on whichever side has room.
    const dx = at.x > width / 2 ? 'calc(-100% - 12px)' : '12px';
    const dy = at.y > height * 0.6 ? 'calc(-100% - 12px)' : '12px';
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${styleProperties({ left: `${at.x}px`, top: `${at.y}px`, transform: `translate(${dx}, ${dy})` })}>
      ${tooltipContent(tooltip)}
    </div>`;
  }

  /**
   * Zoom in, zoom out, back to the province. Over the SVG map a press loads MapLibre and is done once
   * it draws; hidden where MapLibre cannot start. A press is the map's own: it does not reach a page's
   * click handler (the ceremony advances on a click).
   */
  #renderControls() {
    if (this.#webgl.unavailable || !this.data?.regencyTopology) return nothing;
    const words = MAP_MESSAGES[this.language];
    const press = (event: Event, action: (webgl: WebglMap) => void) => {
      event.stopPropagation();
      this.#webgl.want(action);
    };
    return html`<div class="controls" part="controls" role="group" aria-label=${words.viewControls}>
      <button type="button" data-action="zoom-in" aria-label=${words.zoomIn} title=${words.zoomIn} @click=${(e: Event) => press(e, (w) => w.zoomIn())}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10M8 3v10"></path></svg>
      </button>
      <button type="button" data-action="zoom-out" aria-label=${words.zoomOut} title=${words.zoomOut} @click=${(e: Event) => press(e, (w) => w.zoomOut())}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10"></path></svg>
      </button>
      <button type="button" data-action="reset" aria-label=${words.resetView} title=${words.resetView} @click=${(e: Event) => press(e, (w) => w.resetView())}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10"></path></svg>
      </button>
    </div>`;
  }

  #renderKeyboard() {
    if (this.#paints.length === 0) return nothing;
    const lang = this.language;
    const words = MAP_MESSAGES[lang];
    const optionId = (code: string) => `regency-${code.replace('.', '-')}`;
    return html`<div
        class="keyboard"
        role="listbox"
        tabindex="0"
        aria-label=${fill(words.listLabel, { ...unitWords(this.data?.dataset.regions, lang), year: this.#year ?? '' })}
        aria-describedby="keyboard-hint"
        aria-activedescendant=${this.active ? optionId(this.active) : nothing}
        @focus=${this.#onKeyboardFocus}
        @blur=${this.#onKeyboardBlur}
        @keydown=${this.#onKeyDown}
      >
        ${this.#keyboardOrder.map(
          (paint) =>
            html`<div class="visually-hidden" role="option" id=${optionId(paint.code)} data-code=${paint.code} aria-selected=${paint.code === this.selected ? 'true' : 'false'}>
              ${paint.tooltipLine}
            </div>`,
        )}
      </div>
      <p id="keyboard-hint" class="visually-hidden">${fill(words.listHint, unitWords(this.data?.dataset.regions, lang))}</p>`;
  }
}

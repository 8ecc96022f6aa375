// The map's WebGL life, as a controller: MapLibre is started when asked (`want()`: the reader reaches
// for the map, or the page needs it at once), never before the SVG map has drawn, so its code is off
// the critical path and off the first seconds of a reader who only reads; it takes over at its first idle, is kept in step with the
// element's paint, hover, selection and title, lays out the HTML labels when the view moves, and is
// removed when the element leaves the page. Where WebGL is missing or MapLibre fails, nothing happens
// and the SVG map stays. While the browser has taken MapLibre's WebGL context away (too many contexts
// on the page, a GPU reset), the SVG map is back, with all it does, until MapLibre draws again.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapLabel } from '../../render/map-geometry.ts';
import type { LabelGeography } from '../../render/map-labels.ts';
import { MAP_COLOUR_PROPERTIES, MAP_COLOURS, type MapColourName, type MapColours } from '../../render/tokens.ts';
import type { MapData } from './map-data.ts';
import { featureState, type RegencyPaint } from './map-paint.ts';
import type { WebglMap, WebglMapOptions } from './webgl-map.ts';
import { hasWebGL2 } from './webgl-support.ts';

export type MapRenderer = 'svg' | 'webgl';

type Host = ReactiveControllerHost & HTMLElement & { readonly data: MapData | null };

export interface MapWebglOptions {
  /** The element MapLibre draws into (rendered by the host). */
  container(): HTMLElement | null;
  /** Labels are laid out this much larger than drawn (LABEL_FIT in src/render/label-size.ts). */
  labelFit: number;
  /** The names' size in pixels for a frame this wide (the element's --paritrana-map-label-size). */
  labelSize(width: number): number;
  /** The short name drawn for a regency. */
  labelText(code: string): string | undefined;
  /** The pointer is over a regency (null: over none), at (x, y) in the frame. */
  onHover(code: string | null, x: number, y: number): void;
  onClick(code: string): void;
  /**
   * MapLibre has drawn a complete picture and is now the renderer: `first` at its first idle, not
   * after drawing again once its lost WebGL context came back.
   */
  onReady(first: boolean): void;
  /** MapLibre's gesture hint, in the page's language. */
  gestureHelp(): { windows: string; mac: string; mobile: string };
}

/** What the map shows, handed over after every update of the element. */
export interface MapWebglState {
  paints: readonly RegencyPaint[];
  /** True when the paints are new (another year, metric, scheme...): the regencies are recoloured. */
  repaint: boolean;
  selected: string | null;
  hovered: string | null;
  /** The regency the keyboard is on. */
  focused: string | null;
  title: string;
}

export class MapWebglController implements ReactiveController {
  /** 'svg' until MapLibre's first idle, and for good without WebGL. */
  renderer: MapRenderer = 'svg';
  /** The HTML labels for MapLibre's current view. */
  labels: MapLabel[] = [];
  /** True once MapLibre could not start (no WebGL, or it failed): the SVG map stays for good. */
  unavailable = false;
  #webgl: WebglMap | null = null;
  /** Aborted when the element leaves the page: a MapLibre map still starting is removed at once. */
  #starting: AbortController | null = null;
  #started = false;
  #wanted = false;
  /** What the reader asked of MapLibre before it was ready (a zoom button), done at its first idle. */
  #pending: ((webgl: WebglMap) => void)[] = [];
  #labelGeography: LabelGeography | null = null;
  #labelLayout: typeof import('../../render/map-labels.ts').layOutMapLabels | null = null;
  #state: MapWebglState | null = null;
  #colours: MapColours = MAP_COLOURS;

  constructor(
    private readonly host: Host,
    private readonly options: MapWebglOptions,
  ) {
    host.addController(this);
  }

  /** The MapLibre map once it has drawn; null before that and where WebGL is not used. */
  get map(): MapLibreMap | null {
    return this.renderer === 'webgl' ? (this.#webgl?.map ?? null) : null;
  }

  /**
   * Back on the page after leaving it: MapLibre was removed then, and starts again if it was wanted
   * (the update that follows calls sync, which starts it).
   */
  hostConnected(): void {
    if (this.#wanted && !this.#started && this.#state) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#starting?.abort();
    this.#starting = null;
    this.#webgl?.remove();
    this.#webgl = null;
    this.#started = false;
    if (this.renderer !== 'svg') {
      this.renderer = 'svg';
      this.host.requestUpdate();
    }
  }

  /** Keeps MapLibre in step with the element; starts it the first time (after the SVG map has drawn). */
  sync(state: MapWebglState): void {
    this.#state = state;
    const webgl = this.#webgl;
    if (webgl) {
      if (state.repaint) this.#paint(webgl, state.paints);
      webgl.setSelected(state.selected);
      webgl.setHovered(state.hovered);
      webgl.setFocused(state.focused);
      webgl.setTitle(state.title);
    }
    if (this.#wanted && !this.#started) this.#start();
  }

  /**
   * Asks for MapLibre: started now if the SVG map has drawn, else right after it. `then` runs on the
   * MapLibre map once it is the renderer (at once if it already is); never where WebGL is missing.
   */
  want(then?: (webgl: WebglMap) => void): void {
    this.#wanted = true;
    if (then) {
      if (this.renderer === 'webgl' && this.#webgl) then(this.#webgl);
      else this.#pending.push(then);
    }
    if (this.#state && !this.#started) this.#start();
  }

  /** Where a regency's label anchor is in the frame, or null when MapLibre is not drawing. */
  anchorOf(code: string): { x: number; y: number } | null {
    const map = this.map;
    const anchor = this.#labelGeography?.anchors.find((a) => a.code === code);
    if (!map || !anchor) return null;
    const p = map.project(anchor.at);
    return { x: p.x, y: p.y };
  }

  /**
   * The element's colours changed (the page turned light or dark, or a partner set a custom property):
   * MapLibre takes them, as the SVG map did through CSS.
   */
  restyle(): void {
    const webgl = this.#webgl;
    const container = this.options.container();
    if (!webgl || !container) return;
    this.#colours = resolvedColours(container);
    webgl.setColours(this.#colours);
    if (this.#state) this.#paint(webgl, this.#state.paints);
  }

  #paint(webgl: WebglMap, paints: readonly RegencyPaint[]): void {
    webgl.paint(new Map(paints.map((p) => [p.code, featureState(p, this.#colours.noData)])));
  }

  #start(): void {
    // Lit still updates an element that has left the page (hostDisconnected itself asks for an update,
    // to bring the SVG map back): a MapLibre map started then would hold a new WebGL context until its
    // first idle, which a slow machine reaches seconds later and a detached frame perhaps never, and
    // count against the browser's limit meanwhile. It starts when the element is back (hostConnected).
    if (!this.host.isConnected) return;
    this.#started = true;
    const data = this.host.data;
    const container = this.options.container();
    const regencyTopology = data?.regencyTopology;
    if (!data || !regencyTopology || !container) return;
    if (!hasWebGL2()) {
      this.#giveUp();
      return;
    }
    const host = this.host;
    this.#colours = resolvedColours(container);
    const starting = new AbortController();
    this.#starting = starting;
    const options: WebglMapOptions = {
      container,
      regencyTopology,
      contextTopology: data.contextTopology,
      contextBox: data.province?.contextBox ?? null,
      colours: this.#colours,
      title: this.#state?.title ?? '',
      gestureHelp: this.options.gestureHelp(),
      onHover: (code, x, y) => this.options.onHover(code, x, y),
      onClick: (code) => this.options.onClick(code),
      onView: () => this.#layOutLabels(),
    };
    // The renderer's module and its labels' layout come with MapLibre, when first wanted: off the page's first screen.
    Promise.all([import('./webgl-map.ts'), import('../../render/map-labels.ts')])
      .then(([{ createWebglMap }, labels]) => {
        this.#labelLayout = labels.layOutMapLabels;
        this.#labelGeography = labels.labelGeography(regencyTopology, data.province?.contextLabels);
        return createWebglMap(options, starting.signal);
      })
      .then((webgl) => {
        if (this.#starting === starting) this.#starting = null;
        if (!webgl) return;
        if (!host.isConnected || host.data !== data) {
          webgl.remove();
          return;
        }
        this.#webgl = webgl;
        webgl.onContext({ lost: () => this.#contextLost(webgl), restored: () => this.#drawWhenIdle(webgl, false) });
        this.#drawWhenIdle(webgl, true);
      })
      .catch((error: unknown) => {
        if (starting.signal.aborted) return;
        // The SVG map stays, with everything it does; say why in the console for whoever debugs.
        console.warn(`${host.localName}: WebGL map unavailable, keeping the SVG map.`, error);
        this.#giveUp();
      });
  }

  /** Colours and selection by feature-state, then MapLibre becomes the renderer once it has drawn them. */
  #drawWhenIdle(webgl: WebglMap, first: boolean): void {
    const state = this.#state;
    if (state) {
      this.#paint(webgl, state.paints);
      webgl.setSelected(state.selected);
      webgl.setHovered(state.hovered);
      webgl.setFocused(state.focused);
    }
    webgl.map.once('idle', () => {
      if (this.#webgl !== webgl || webgl.lost) return;
      this.renderer = 'webgl';
      this.#layOutLabels();
      this.options.onReady(first);
      for (const then of this.#pending.splice(0)) then(webgl);
      this.host.requestUpdate();
    });
    webgl.map.triggerRepaint();
  }

  /** The canvas is blank until the context comes back: the SVG map takes over meanwhile. */
  #contextLost(webgl: WebglMap): void {
    if (this.#webgl !== webgl || this.renderer === 'svg') return;
    this.renderer = 'svg';
    this.host.requestUpdate();
  }

  #giveUp(): void {
    this.unavailable = true;
    this.#pending = [];
    this.host.requestUpdate();
  }

  #layOutLabels(): void {
    const map = this.#webgl?.map;
    const geography = this.#labelGeography;
    const layOutMapLabels = this.#labelLayout;
    if (!map || !geography || !layOutMapLabels) return;
    const canvas = map.getContainer();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    // No name under the zoom buttons: measured, as their size follows the pointer (larger for touch).
    const frame = canvas.getBoundingClientRect();
    const keepClear = [...(this.host.shadowRoot ?? this.host).querySelectorAll('.controls')].map((controls) => {
      const box = controls.getBoundingClientRect();
      return { left: box.left - frame.left, right: box.right - frame.left, top: box.top - frame.top, bottom: box.bottom - frame.top };
    });
    this.labels = layOutMapLabels(geography, {
      width,
      height,
      fontSize: this.options.labelSize(width) * this.options.labelFit,
      project: (at) => {
        const p = map.project(at);
        return [p.x, p.y];
      },
      unproject: ([x, y]) => {
        const at = map.unproject([x, y]);
        return [at.lng, at.lat];
      },
      pixelsPerRadian: (512 * 2 ** map.getZoom()) / (2 * Math.PI),
      labelText: (code) => this.options.labelText(code),
      keepClear,
    });
    this.host.requestUpdate();
  }
}

/**
 * The map's colours as its custom properties give them here and now, each resolved to rgb() by the
 * browser (light-dark() and a partner's own values included): MapLibre reads no CSS.
 */
function resolvedColours(probe: HTMLElement): MapColours {
  const colours = { ...MAP_COLOURS } as Record<MapColourName, string>;
  const style = getComputedStyle(probe);
  for (const name of Object.keys(MAP_COLOUR_PROPERTIES) as MapColourName[]) {
    probe.style.color = `var(${MAP_COLOUR_PROPERTIES[name]}, ${MAP_COLOURS[name]})`;
    colours[name] = style.color;
  }
  probe.style.removeProperty('color');
  return colours;
}

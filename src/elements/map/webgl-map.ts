// The WebGL renderer: MapLibre, loaded only when asked (neither its code nor this module, with the
// style and sources of src/render/map-style.ts it draws, is on the page's critical path). Recolouring is feature-state only; the
// GeoJSON is uploaded once, when the map is created.
import type { Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { ProvinceInfo } from '../../data/index.ts';
import { cameraBounds, grow, type LngLatBox } from '../../render/bounds.ts';
import { CITY_TARGET_PX, isCity, pickRegency } from '../../render/hit-target.ts';
import { patternImage } from '../../render/map-patterns.ts';
import { boundsOf, IMAGE, LAYER_COLOURS, mapSources, mapStyle, REGENCY_FILL_LAYER, SOURCE } from '../../render/map-style.ts';
import type { MapColours } from '../../render/tokens.ts';
import type { Topology } from 'topojson-specification';
import type { RegencyFeatureState } from './map-paint.ts';

export interface WebglMapOptions {
  container: HTMLElement;
  regencyTopology: Topology;
  contextTopology: Topology | null;
  /** The box the neighbouring land was cut to (data/province.json); null: the regencies' own box, grown. */
  contextBox: ProvinceInfo['contextBox'] | null;
  /** The map's colours as the element's custom properties give them (light or dark). */
  colours: MapColours;
  /** The canvas's accessible name. */
  title: string;
  /** MapLibre's hint when a wheel without Ctrl (⌘) or one finger tries to move the map, in the page's language. */
  gestureHelp: { windows: string; mac: string; mobile: string };
  /** The pointer is over a regency (null: over none), at pixel (x, y) of the container. */
  onHover: (code: string | null, x: number, y: number) => void;
  onClick: (code: string) => void;
  /** The view moved or resized: labels are laid out again. */
  onView: () => void;
}

/**
 * Loads MapLibre and creates the map; resolves once it reached its first idle, with every image and
 * source in place; null when `signal` aborted meanwhile (the element left the page), the map then
 * already removed, whatever it was doing. Rejects when MapLibre cannot be loaded or cannot start,
 * having removed what it made.
 */
export async function createWebglMap(options: WebglMapOptions, signal: AbortSignal): Promise<WebglMap | null> {
  const [maplibregl, maplibreCss] = await Promise.all([import('maplibre-gl'), import('maplibre-gl/dist/maplibre-gl.css?inline')]);
  if (signal.aborted) return null;
  adoptMaplibreCss(options.container, maplibreCss.default);
  maplibregl.setWorkerUrl(workerUrl);
  const sources = mapSources(options.regencyTopology, options.contextTopology);
  const provinceBounds = boundsOf(sources.province);
  const map = new maplibregl.Map({
    container: options.container,
    style: mapStyle(sources, options.colours),
    bounds: provinceBounds,
    fitBoundsOptions: { padding: PROVINCE_PADDING },
    // The frame never leaves the context box, where the neighbouring land was cut (bounds.ts).
    maxBounds: options.contextBox ? cameraBounds(options.contextBox) : grow(provinceBounds, UNFRAMED_MARGIN),
    maxZoom: 11,
    // The page scrolls under the wheel and one finger; Ctrl (⌘) + wheel and two fingers move the map.
    cooperativeGestures: true,
    renderWorldCopies: false,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    rollEnabled: false,
    locale: {
      'Map.Title': options.title,
      'CooperativeGesturesHandler.WindowsHelpText': options.gestureHelp.windows,
      'CooperativeGesturesHandler.MacHelpText': options.gestureHelp.mac,
      'CooperativeGesturesHandler.MobileHelpText': options.gestureHelp.mobile,
    },
    // Nothing may come from outside the page's origin: refuse any request the style might make.
    transformRequest: (url) => (new URL(url, location.href).origin === location.origin ? { url } : { url: 'about:blank' }),
  } as ConstructorParameters<typeof maplibregl.Map>[0]);
  // Until its first idle the map is ours to free: its WebGL context and its share of the worker are
  // given back the moment the element leaves, not at an idle that may come much later or never.
  const removeNow = () => map.remove();
  signal.addEventListener('abort', removeNow, { once: true });
  try {
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    setPatterns(map, options.colours);
    await new Promise<void>((resolve, reject) => {
      let started = false;
      map.once('error', (event) => {
        if (!started) reject(event.error ?? new Error('MapLibre failed to start'));
      });
      map.once('idle', () => {
        started = true;
        resolve();
      });
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  } catch (error) {
    signal.removeEventListener('abort', removeNow);
    map.remove();
    throw error;
  }
  signal.removeEventListener('abort', removeNow);
  if (signal.aborted) return null;
  return new WebglMap(map, provinceBounds, options);
}

let maplibreSheet: CSSStyleSheet | null = null;

/** MapLibre's stylesheet in the shadow root (or document) the map is drawn in, first, so the element's own rules win. */
function adoptMaplibreCss(container: HTMLElement, text: string): void {
  const root = container.getRootNode() as Document | ShadowRoot;
  if (!maplibreSheet) {
    maplibreSheet = new CSSStyleSheet();
    maplibreSheet.replaceSync(text);
  }
  if (!root.adoptedStyleSheets.includes(maplibreSheet)) root.adoptedStyleSheets = [maplibreSheet, ...root.adoptedStyleSheets];
}

/** The hatch of "no figure" and the dots of a carried figure as images, in the map's colours (added, or replaced). */
function setPatterns(map: MapLibreMap, colours: MapColours): void {
  const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
  for (const [name, kind] of [[IMAGE.noData, 'no-data'], [IMAGE.carried, 'carried-forward']] as const) {
    const image = patternImage(kind, ratio, colours);
    const pixels = { width: image.width, height: image.height, data: image.data };
    if (map.hasImage(name)) map.updateImage(name, pixels);
    else map.addImage(name, pixels, { pixelRatio: image.pixelRatio });
  }
}

/** Space between the province and the frame at the opening view, in pixels (as the SVG map's). */
const PROVINCE_PADDING = 12;
/** How far, in degrees, a reader may pan past the regencies when the data names no context box. */
const UNFRAMED_MARGIN = 1;

export class WebglMap {
  readonly map: MapLibreMap;
  #hovered: string | null = null;
  #selected: string | null = null;
  #focused: string | null = null;
  #lost = false;

  constructor(map: MapLibreMap, provinceBounds: LngLatBox, options: WebglMapOptions) {
    this.map = map;
    this.#provinceBounds = provinceBounds;
    // MapLibre drops its style with the context and, when the context comes back, rebuilds it from a
    // snapshot, without feature-state, loading in a later frame: until it has loaded nothing may touch
    // the style, and then everything is set anew (onContext's `restored`).
    map.on('webglcontextlost', () => {
      this.#lost = true;
      this.#hovered = null;
      this.#selected = null;
      this.#focused = null;
      this.#context?.lost();
    });
    map.on('webglcontextrestored', () => {
      map.once('style.load', () => {
        this.#lost = false;
        this.#context?.restored();
      });
    });
    // Not bound to the fill layer: a city answers within its touch target around the pointer too.
    map.on('mousemove', (event: MapMouseEvent) => {
      const code = this.#regencyAt(event.point);
      map.getCanvas().style.cursor = code ? 'pointer' : '';
      options.onHover(code, event.point.x, event.point.y);
    });
    map.on('mouseout', () => {
      map.getCanvas().style.cursor = '';
      options.onHover(null, 0, 0);
    });
    map.on('click', (event: MapMouseEvent) => {
      const code = this.#regencyAt(event.point);
      if (code) options.onClick(code);
    });
    map.on('move', options.onView);
    map.on('resize', options.onView);
  }

  readonly #provinceBounds: LngLatBox;

  #context: { lost(): void; restored(): void } | null = null;

  /** True while the browser has taken the WebGL context away (and until the style is rebuilt): the map draws nothing. */
  get lost(): boolean {
    return this.#lost;
  }

  /** Told when the context is lost, and when it is back with the style rebuilt (every feature-state gone). */
  onContext(handlers: { lost(): void; restored(): void }): void {
    this.#context = handlers;
  }

  /** The regency a pointer at this point means: a city within its target, else the one under it. */
  #regencyAt(point: { x: number; y: number }): string | null {
    if (this.#lost) return null;
    const codeOf = (features: { properties: Record<string, unknown> }[]) => features.map((f) => f.properties.code as string);
    const layers = { layers: [REGENCY_FILL_LAYER] };
    const under = codeOf(this.map.queryRenderedFeatures([point.x, point.y] as PointLike, layers))[0] ?? null;
    const half = CITY_TARGET_PX / 2;
    const box: [PointLike, PointLike] = [[point.x - half, point.y - half], [point.x + half, point.y + half]];
    return pickRegency(under, codeOf(this.map.queryRenderedFeatures(box, layers)));
  }

  zoomIn(): void {
    this.map.zoomIn();
  }

  zoomOut(): void {
    this.map.zoomOut();
  }

  /** Back to the province, as the map opened. */
  resetView(): void {
    this.map.fitBounds(this.#provinceBounds, { padding: PROVINCE_PADDING });
  }

  /** The page turned light or dark, or a partner changed a colour: lines, sea, land and hatch take the new ones. */
  setColours(colours: MapColours): void {
    if (this.#lost) return;
    for (const [layer, property, colour] of LAYER_COLOURS) this.map.setPaintProperty(layer, property, colours[colour]);
    setPatterns(this.map, colours);
  }

  /** Recolours every regency: feature-state only, never new geometry. */
  paint(states: ReadonlyMap<string, RegencyFeatureState>): void {
    if (this.#lost) return;
    for (const [code, state] of states) this.#setState(code, state);
  }

  /** A regency's feature-state, and its dot's too when it is a city. */
  #setState(code: string, state: Record<string, unknown>): void {
    this.map.setFeatureState({ source: SOURCE.regencies, id: code }, state);
    if (isCity(code)) this.map.setFeatureState({ source: SOURCE.cities, id: code }, state);
  }

  setHovered(code: string | null): void {
    if (code === this.#hovered || this.#lost) return;
    if (this.#hovered) this.#setState(this.#hovered, { hover: false });
    if (code) this.#setState(code, { hover: true });
    this.#hovered = code;
  }

  setSelected(code: string | null): void {
    if (code === this.#selected || this.#lost) return;
    if (this.#selected) this.#setState(this.#selected, { selected: false });
    if (code) this.#setState(code, { selected: true });
    this.#selected = code;
  }

  /** The regency the keyboard is on: ringed in the focus colour. */
  setFocused(code: string | null): void {
    if (code === this.#focused || this.#lost) return;
    if (this.#focused) this.map.setFeatureState({ source: SOURCE.regencies, id: this.#focused }, { focus: false });
    if (code) this.map.setFeatureState({ source: SOURCE.regencies, id: code }, { focus: true });
    this.#focused = code;
  }

  setTitle(title: string): void {
    this.map.getCanvas().setAttribute('aria-label', title);
  }

  remove(): void {
    this.map.remove();
  }
}

// The WebGL renderer: MapLibre, loaded only when asked (its code is not on the page's critical path),
// drawing the sources and style of src/render/map-style.ts. Recolouring is feature-state only; the
// GeoJSON is uploaded once, when the map is created.
import type { Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { PROVINCE } from '../../data/current-province.ts';
import { cameraBounds, type LngLatBox } from '../../render/bounds.ts';
import { CITY_TARGET_PX, pickRegency } from '../../render/hit-target.ts';
import { patternImage } from '../../render/map-patterns.ts';
import { boundsOf, IMAGE, mapSources, mapStyle, REGENCY_FILL_LAYER, SOURCE, type StyleColours } from '../../render/map-style.ts';
import type { Topology } from 'topojson-specification';
import type { RegencyFeatureState } from './map-paint.ts';

/** True when the browser can give MapLibre a WebGL2 context. */
export function hasWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

export interface WebglMapOptions {
  container: HTMLElement;
  regencyTopology: Topology;
  contextTopology: Topology | null;
  colours: StyleColours;
  /** The canvas's accessible name. */
  title: string;
  /** MapLibre's hint when a wheel without Ctrl (⌘) or one finger tries to move the map, in the page's language. */
  gestureHelp: { windows: string; mac: string; mobile: string };
  /** The pointer is over a regency (null: over none), at pixel (x, y) of the container. */
  onHover: (code: string | null, x: number, y: number) => void;
  onClick: (code: string) => void;
  /** The view moved or resized: labels are laid out again. */
  onView: () => void;
  /** Asked once MapLibre's code has loaded: false when the element has gone meanwhile. */
  stillWanted: () => boolean;
}

/**
 * Loads MapLibre and creates the map; resolves once it reached its first idle, with every image and
 * source in place; null when the element no longer wants it. Rejects when MapLibre cannot be loaded or
 * cannot start.
 */
export async function createWebglMap(options: WebglMapOptions): Promise<WebglMap | null> {
  const maplibregl = await import('maplibre-gl');
  if (!options.stillWanted()) return null;
  maplibregl.setWorkerUrl(workerUrl);
  const sources = mapSources(options.regencyTopology, options.contextTopology);
  const provinceBounds = boundsOf(sources.province);
  const map = new maplibregl.Map({
    container: options.container,
    style: mapStyle(sources, options.colours),
    bounds: provinceBounds,
    fitBoundsOptions: { padding: PROVINCE_PADDING },
    // The frame never leaves the context box, where the neighbouring land was cut (bounds.ts).
    maxBounds: cameraBounds(PROVINCE.contextBox),
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
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
  for (const [name, kind] of [[IMAGE.noData, 'no-data'], [IMAGE.carried, 'carried-forward']] as const) {
    const image = patternImage(kind, ratio);
    map.addImage(name, { width: image.width, height: image.height, data: image.data }, { pixelRatio: image.pixelRatio });
  }
  await new Promise<void>((resolve, reject) => {
    let started = false;
    map.once('error', (event) => {
      if (!started) reject(event.error ?? new Error('MapLibre failed to start'));
    });
    map.once('idle', () => {
      started = true;
      resolve();
    });
  });
  return new WebglMap(map, provinceBounds, options);
}

/** Space between the province and the frame at the opening view, in pixels (as the SVG map's). */
const PROVINCE_PADDING = 12;

export class WebglMap {
  readonly map: MapLibreMap;
  #hovered: string | null = null;
  #selected: string | null = null;

  constructor(map: MapLibreMap, provinceBounds: LngLatBox, options: WebglMapOptions) {
    this.map = map;
    this.#provinceBounds = provinceBounds;
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

  /** The regency a pointer at this point means: a city within its target, else the one under it. */
  #regencyAt(point: { x: number; y: number }): string | null {
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

  /** Recolours every regency: feature-state only, never new geometry. */
  paint(states: ReadonlyMap<string, RegencyFeatureState>): void {
    for (const [code, state] of states) this.map.setFeatureState({ source: SOURCE.regencies, id: code }, state);
  }

  setHovered(code: string | null): void {
    if (code === this.#hovered) return;
    if (this.#hovered) this.map.setFeatureState({ source: SOURCE.regencies, id: this.#hovered }, { hover: false });
    if (code) this.map.setFeatureState({ source: SOURCE.regencies, id: code }, { hover: true });
    this.#hovered = code;
  }

  setSelected(code: string | null): void {
    if (code === this.#selected) return;
    if (this.#selected) this.map.setFeatureState({ source: SOURCE.regencies, id: this.#selected }, { selected: false });
    if (code) this.map.setFeatureState({ source: SOURCE.regencies, id: code }, { selected: true });
    this.#selected = code;
  }

  setTitle(title: string): void {
    this.map.getCanvas().setAttribute('aria-label', title);
  }

  remove(): void {
    this.map.remove();
  }
}

// How the map looks wherever it is drawn: the SVG map's CSS defaults (src/elements/map/map.styles.ts),
// MapLibre's style (map-style.ts) and the PNG poster (poster.ts) all read these, so the poster's sea
// and land are the screen's. On screen each colour is a custom property of the map element, light or
// dark as the page's color-scheme says (light-dark()), which partners may override; the poster is light.
import { NO_DATA_STYLE } from '../scale/metric-scale.ts';

/** Colours of both renderers and the poster, on a light page. */
export const MAP_COLOURS = {
  sea: '#e8eff4',
  /** The neighbouring land, provinces and countries alike. */
  land: '#dcdcd5',
  /** Names, leader lines and the tooltip's text. */
  ink: '#1b1f24',
  /** Around each name, so it reads on the darkest class and on the hatch alike. */
  halo: '#ffffff',
  contextBorder: '#ffffff',
  /** Dark enough to show between two hatched regencies, thin enough not to compete with the fills. */
  regencyBorder: '#383e44',
  provinceOutline: '#2b2f33',
  hover: '#111418',
  selected: '#000000',
  selectedInner: '#ffffff',
  carriedOutline: '#1b1f24',
  /** The keyboard's ring, around the map and the regency it is on (the element's --paritrana-map-focus), on a white halo. */
  focus: '#c2410c',
  focusHalo: '#ffffff',
  /** The ground of a regency with no published figure, and its hatch. */
  noData: NO_DATA_STYLE.background,
  hatch: NO_DATA_STYLE.hatch,
} as const;

export type MapColourName = keyof typeof MAP_COLOURS;
export type MapColours = Readonly<Record<MapColourName, string>>;

/**
 * The same on a dark page. The class colours stay (they are the data, and the legend shows them): the
 * lines around them turn light, so even the darkest class stands apart from the dark sea by its border
 * (3:1 and more, tokens.test.ts), and the hatch of "no figure" goes dark with grey lines.
 */
export const MAP_COLOURS_DARK: MapColours = {
  sea: '#17202a',
  land: '#2c3136',
  ink: '#e6e9ed',
  halo: '#0d1014',
  contextBorder: '#15181c',
  regencyBorder: '#b4bbc3',
  provinceOutline: '#dde1e5',
  hover: '#f3f4f6',
  selected: '#ffffff',
  selectedInner: '#000000',
  carriedOutline: '#e6e9ed',
  focus: '#fb923c',
  focusHalo: '#000000',
  noData: '#2a2f35',
  hatch: '#8e959d',
};

/** Each colour's custom property on the map element (src/elements/map/map.styles.ts). */
export const MAP_COLOUR_PROPERTIES: Readonly<Record<MapColourName, string>> = {
  sea: '--paritrana-map-sea',
  land: '--paritrana-map-land',
  ink: '--paritrana-map-ink',
  halo: '--paritrana-map-halo',
  contextBorder: '--paritrana-map-context-border',
  regencyBorder: '--paritrana-map-border',
  provinceOutline: '--paritrana-map-outline',
  hover: '--paritrana-map-hover',
  selected: '--paritrana-map-selected',
  selectedInner: '--paritrana-map-selected-inner',
  carriedOutline: '--paritrana-map-carried',
  focus: '--paritrana-map-focus',
  focusHalo: '--paritrana-map-focus-halo',
  noData: '--paritrana-map-no-data',
  hatch: '--paritrana-map-hatch',
};

/**
 * The system fonts every page, element and the poster use: nothing is loaded. The pages' stylesheet
 * (src/pages/shared/base.css, --font) cannot import it and repeats it; a test holds the two equal.
 */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

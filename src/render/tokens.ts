// How the map looks wherever it is drawn: the SVG map's CSS defaults (src/elements/map/map.styles.ts),
// MapLibre's style (map-style.ts) and the PNG poster (poster.ts) all read these, so the poster's sea
// and land are the screen's. Partners restyle the screen through the map's custom properties.

/** Colours of both renderers and the poster; sea, land and ink can be overridden from CSS on screen. */
export const MAP_COLOURS = {
  sea: '#e8eff4',
  /** The neighbouring land, provinces and countries alike. */
  land: '#dcdcd5',
  /** Names, leader lines and the tooltip's text. */
  ink: '#1b1f24',
  contextBorder: '#ffffff',
  /** Dark enough to show between two hatched regencies, thin enough not to compete with the fills. */
  regencyBorder: '#3d4349',
  provinceOutline: '#2b2f33',
  hover: '#111418',
  selected: '#000000',
  selectedInner: '#ffffff',
  carriedOutline: '#1b1f24',
  /** The keyboard's ring, around the map and the regency it is on (the element's --paritrana-map-focus), on a white halo. */
  focus: '#c2410c',
  focusHalo: '#ffffff',
} as const;

/**
 * The system fonts every page, element and the poster use: nothing is loaded. The pages' stylesheet
 * (src/pages/shared/base.css, --font) cannot import it and repeats it; a test holds the two equal.
 */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

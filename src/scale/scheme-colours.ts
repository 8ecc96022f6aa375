// The class colours as literals, for the class counts the metrics use (the registry's breaks, src/model/metrics.ts: 5 and 6). They
// are ColorBrewer's and the viridis family's, exactly as d3-scale-chromatic gives them, as #rrggbb
// (scheme-colours.test.ts recomputes every one): written out because d3-scale-chromatic and
// d3-interpolate would otherwise be most of what a partner page with a legend or a slider loads
// (npm run check:sizes). A new class count needs its row here; the test says which is missing.
import type { SchemeName } from '../model/metrics.ts';

/** Sequential ramps, light to dark, by class count. Viridis and cividis leave out the darkest tenth. */
export const SEQUENTIAL_COLOURS: Readonly<Record<SchemeName, Readonly<Record<number, readonly string[]>>>> = {
  ylgnbu: {
    5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
    6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  },
  blues: {
    5: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
    6: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
  },
  viridis: {
    5: ['#dfe318', '#56c667', '#1f968b', '#33638d', '#482475'],
    6: ['#dfe318', '#6ece58', '#25ab82', '#26828e', '#38588c', '#482475'],
  },
  cividis: {
    5: ['#f6dd4c', '#b7ac72', '#848076', '#51586e', '#0a326a'],
    6: ['#f6dd4c', '#c4b56d', '#979178', '#727072', '#43516d', '#0a326a'],
  },
};

/** ColorBrewer's PuOr, by class count, as d3-scale-chromatic's schemePuOr (purple first). */
export const PUOR_COLOURS: Readonly<Record<number, readonly string[]>> = {
  5: ['#5e3c99', '#b2abd2', '#f7f7f7', '#fdb863', '#e66101'],
};

import { ParitranaLegend } from './legend.component.ts';

export { ParitranaLegend };

// Guarded (ParitranaElement.define): a page may load the elements twice (two embeds, or the script and
// the npm package); the first definition stays, and a different version is warned about.
ParitranaLegend.define('paritrana-legend');

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-legend': ParitranaLegend;
  }
}

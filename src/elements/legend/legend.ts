import { ParitranaLegend } from './legend.component.ts';

export { ParitranaLegend };

// Guarded: a page may load the script twice (two embeds), and a second define would throw.
if (!customElements.get('paritrana-legend')) customElements.define('paritrana-legend', ParitranaLegend);

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-legend': ParitranaLegend;
  }
}

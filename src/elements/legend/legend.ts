import { ParitranaLegend } from './legend.component.ts';

export { ParitranaLegend };

customElements.define('paritrana-legend', ParitranaLegend);

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-legend': ParitranaLegend;
  }
}

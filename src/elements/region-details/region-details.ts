import { ParitranaRegionDetails } from './region-details.component.ts';

export { ParitranaRegionDetails };

if (!customElements.get('paritrana-region-details')) {
  customElements.define('paritrana-region-details', ParitranaRegionDetails);
}

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-region-details': ParitranaRegionDetails;
  }
}

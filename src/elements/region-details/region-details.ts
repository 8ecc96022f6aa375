import { ParitranaRegionDetails } from './region-details.component.ts';

export { ParitranaRegionDetails };

// The cast: the class's `dataset` property (the data) replaces HTMLElement's data-* map, which the
// DOM typings do not allow; the element never uses data-* through `dataset`.
if (!customElements.get('paritrana-region-details')) {
  customElements.define('paritrana-region-details', ParitranaRegionDetails as unknown as CustomElementConstructor);
}

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-region-details': ParitranaRegionDetails;
  }
}

import { ParitranaRegionDetails } from './region-details.component.ts';

export { ParitranaRegionDetails };

// Guarded (ParitranaElement.define): a page may load the elements twice (two embeds, or the script and
// the npm package); the first definition stays, and a different version is warned about.
ParitranaRegionDetails.define('paritrana-region-details');

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-region-details': ParitranaRegionDetails;
  }
}

// Defines <paritrana-map>. The class is in map.component.ts, so a page or a test may define it under
// another name, or not at all.
import { ParitranaMap } from './map.component.ts';

export { ParitranaMap };
export type { MapData, MapRenderer } from './map.component.ts';

if (!customElements.get('paritrana-map')) customElements.define('paritrana-map', ParitranaMap);

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-map': ParitranaMap;
  }
}

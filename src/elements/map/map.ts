// Defines <paritrana-map>. The class is in map.component.ts, so a page or a test may define it under
// another name, or not at all.
import { ParitranaMap } from './map.component.ts';

export { ParitranaMap };
export type { MapData, MapRenderer } from './map.component.ts';

// Guarded (ParitranaElement.define): a page may load the elements twice (two embeds, or the script and
// the npm package); the first definition stays, and a different version is warned about.
ParitranaMap.define('paritrana-map');

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-map': ParitranaMap;
  }
}

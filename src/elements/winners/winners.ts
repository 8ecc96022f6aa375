import { ParitranaWinners } from './winners.component.ts';

export { ParitranaWinners };

// Guarded (ParitranaElement.define): a page may load the elements twice (two embeds, or the script and
// the npm package); the first definition stays, and a different version is warned about.
ParitranaWinners.define('paritrana-winners');

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-winners': ParitranaWinners;
  }
}

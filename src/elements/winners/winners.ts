import { ParitranaWinners } from './winners.component.ts';

export { ParitranaWinners };

// Guarded: a page may load the script twice (two embeds), and a second define would throw.
if (!customElements.get('paritrana-winners')) customElements.define('paritrana-winners', ParitranaWinners);

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-winners': ParitranaWinners;
  }
}

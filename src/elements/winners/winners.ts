import { ParitranaWinners } from './winners.component.ts';

export { ParitranaWinners };

customElements.define('paritrana-winners', ParitranaWinners);

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-winners': ParitranaWinners;
  }
}

import { ParitranaYearSlider } from './year-slider.component.ts';

export { ParitranaYearSlider };

// Guarded: a page may load the script twice (two embeds), and a second define would throw.
if (!customElements.get('paritrana-year-slider')) customElements.define('paritrana-year-slider', ParitranaYearSlider);

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-year-slider': ParitranaYearSlider;
  }
}

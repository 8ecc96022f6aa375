import { ParitranaYearSlider } from './year-slider.component.ts';

export { ParitranaYearSlider };

customElements.define('paritrana-year-slider', ParitranaYearSlider);

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-year-slider': ParitranaYearSlider;
  }
}

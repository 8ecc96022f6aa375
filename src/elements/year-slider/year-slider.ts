import { ParitranaYearSlider } from './year-slider.component.ts';

export { ParitranaYearSlider };

// Guarded (ParitranaElement.define): a page may load the elements twice (two embeds, or the script and
// the npm package); the first definition stays, and a different version is warned about.
ParitranaYearSlider.define('paritrana-year-slider');

declare global {
  interface HTMLElementTagNameMap {
    'paritrana-year-slider': ParitranaYearSlider;
  }
}

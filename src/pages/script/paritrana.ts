// The script partners load with one tag:
//   <script type="module" src="https://HOST/embed/paritrana.js"></script>
// It defines the elements (again-safe: a second copy of the script defines nothing twice) and tells
// them where the data files are by default: the data/ folder beside embed/ (the site's root is one
// level up from this file), resolved from this
// module's own URL, so a partner on another origin gets the files deployed with the script.
import { setDefaultDataBase } from '../../model/data-source.ts';
import '../../elements/legend/legend.ts';
import '../../elements/year-slider/year-slider.ts';
import '../../elements/winners/winners.ts';
import '../../elements/region-details/region-details.ts';
import '../../elements/map/map.ts';

setDefaultDataBase(new URL(/* @vite-ignore */ '../', import.meta.url));

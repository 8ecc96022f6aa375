// dist/embed/paritrana-map.js: only <paritrana-map>, for a page that wants no other element (see
// src/pages/script/paritrana.ts for all of them). The data's default folder is set here, in the entry, because only
// the entry file sits in embed/: import.meta.url in a shared chunk would name embed/chunks/.
import { setDefaultDataBase } from '../../model/data-source.ts';
import '../../elements/map/map.ts';

// Resolved in the browser, from wherever this file was loaded: not a file for the build to find.
setDefaultDataBase(new URL(/* @vite-ignore */ '../', import.meta.url));

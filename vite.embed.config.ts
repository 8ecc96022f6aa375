// The script partners load with one tag: dist/embed/paritrana.js (src/pages/script/paritrana.ts, every element), and one
// entry per element of src/elements/elements.json (dist/embed/paritrana-legend.js, ...) for pages that want fewer. Self-contained: lit,
// d3 and MapLibre are bundled. Code shared between entries goes to dist/embed/chunks/; MapLibre and its
// worker are a chunk and a file there too, fetched only when a map upgrades from SVG to WebGL. Every
// chunk URL is relative to the importing module (import.meta.url), so the folder works from any origin
// and any path. `npm run build` runs this after the app build (which empties dist/).
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { minifiedTemplates } from './scripts/lib/embed/minify-templates.ts';
import { ELEMENTS } from './scripts/lib/elements/list.ts';
import { paritranaElements, scriptEntry } from './scripts/lib/elements/vite-plugin.ts';
import { sharedConfig } from './vite.base.ts';

/** Output name (dist/embed/NAME.js) -> source entry: the autoloader, then one per element of the list. */
export const EMBED_ENTRIES: Readonly<Record<string, string>> = {
  paritrana: 'src/pages/script/paritrana.ts',
  ...Object.fromEntries(ELEMENTS.map(({ tag, name }) => [tag, scriptEntry(name)])),
};

const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps every import() in a helper that adds <link rel="modulepreload"> for the chunk's own
 * imports (about 0.8 KB gzipped, and tags in a partner's <head>). With modulePreload off it gets no
 * list to preload, yet still ships; this one only calls the import.
 */
function plainDynamicImports(): Plugin {
  return {
    name: 'paritrana-plain-dynamic-imports',
    enforce: 'pre',
    load(id) {
      return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}

export default mergeConfig(sharedConfig, defineConfig({
  plugins: [paritranaElements(), plainDynamicImports(), minifiedTemplates()],
  // The site's public/ (favicon, data) is the app build's business, not the script's.
  publicDir: false,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    modulePreload: false,
    // .vite/manifest.json: every chunk's static and dynamic imports, read by scripts/check-sizes.ts.
    manifest: true,
    // MapLibre is one chunk of about 1.1 MB, loaded only for WebGL: known, and measured by check:sizes.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: EMBED_ENTRIES,
      // Entries are loaded for their side effect (defining tags), but keep their exports for importers.
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'chunks/[name]-[hash][extname]',
        codeSplitting: {
          groups: [
            // Every chunk that imports dynamically calls it: alone, so the autoloader needs nothing else.
            { name: 'import', priority: 3, test: /^\0vite\/preload-helper/ },
            {
              name: 'core',
              priority: 2,
              // lit's core only: its directives (async-directive, for the map's ResizeController) stay with their users.
              // The problems note is loaded when there are problems (DataController), not with every element.
              // The year's picture is the map's and the details', not the legend's or the slider's: it stays with them.
              // So are the words for the map's areas (regencies or provinces): the map's own.
              test: /node_modules[\\/](lit[\\/]index|lit-html[\\/](lit-html|is-server)|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](reactive-element|css-tag))\.js|src[\\/](i18n[\\/](?!unit-words)|elements[\\/]shared[\\/](?!problems-note)|scale[\\/](?!year-view)|model[\\/](data-source|metrics|years|award-order)\.ts|data[\\/](problems|periods|join)\.ts)/,
            },
          ],
        },
      },
    },
  },
}));

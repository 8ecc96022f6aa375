// The script partners load with one tag: dist/embed/paritrana.js (src/pages/script/paritrana.ts, every element), and one
// entry per element (dist/embed/paritrana-legend.js, ...) for pages that want fewer. Self-contained: lit,
// d3 and MapLibre are bundled. Code shared between entries goes to dist/embed/chunks/; MapLibre and its
// worker are a chunk and a file there too, fetched only when a map upgrades from SVG to WebGL. Every
// chunk URL is relative to the importing module (import.meta.url), so the folder works from any origin
// and any path. `npm run build` runs this after the app build (which empties dist/).
import { defineConfig } from 'vite';

/** Output name (dist/embed/NAME.js) -> source entry. */
export const EMBED_ENTRIES = {
  paritrana: 'src/pages/script/paritrana.ts',
  'paritrana-map': 'src/pages/script/map.ts',
  'paritrana-legend': 'src/pages/script/legend.ts',
  'paritrana-year-slider': 'src/pages/script/year-slider.ts',
  'paritrana-winners': 'src/pages/script/winners.ts',
  'paritrana-region-details': 'src/pages/script/region-details.ts',
} as const;

export default defineConfig({
  base: './',
  // The site's public/ (favicon, data) is the app build's business, not the script's.
  publicDir: false,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
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
      },
    },
  },
});

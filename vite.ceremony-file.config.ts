// The ceremony as one HTML file (npm run package:offline writes it: scripts/lib/offline/ceremony-file.ts),
// for a laptop in a hall with no network and no server: opened with a double-click, from file://.
// present.html built as ONE module: a file:// page can fetch nothing, so no chunk may be left for a
// dynamic import to load, and every asset (MapLibre's worker among them) becomes a data: URL in it.
// The script, the stylesheet and the data files are then written into the HTML itself.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import { sharedConfig } from './vite.base.ts';

export default mergeConfig(sharedConfig, defineConfig({
  // The data come from the built site's data/ (the files it serves), the icon from public/: both
  // are written into the HTML by the step that follows.
  publicDir: false,
  // The app build's setting: the file has no service worker either way (src/pages/shared/offline.ts).
  define: { 'import.meta.env.PARITRANA_OFFLINE': JSON.stringify('on') },
  logLevel: 'warn',
  build: {
    outDir: '.cache/ceremony-file',
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: false,
    cssCodeSplit: false,
    // One module of about 2 MB, MapLibre and its worker most of it, by design: no warning for that.
    chunkSizeWarningLimit: 4_000,
    // Everything an import names inline, whatever its size: nothing beside the file can be read.
    assetsInlineLimit: () => true,
    rolldownOptions: {
      input: { present: fileURLToPath(new URL('present.html', import.meta.url)) },
      output: { codeSplitting: false },
    },
  },
}));

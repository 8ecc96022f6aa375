// The npm build (dist/lib/): ES modules, one entry per element plus index.js that defines all. Every
// dependency (lit, d3, MapLibre, topojson-client) stays an import for the consumer's bundler to resolve
// and share, as component libraries do (Shoelace bundles nothing and lists lit as a dependency); the
// self-contained script for <script> tags is vite.embed.config.ts. Types: tsconfig.lib.json.
import { readFileSync } from 'node:fs';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { defineModule, ELEMENTS } from './scripts/lib/elements/list.ts';
import { sharedConfig } from './vite.base.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const dependencies = Object.keys(pkg.dependencies);

/** Output name (dist/lib/NAME.js) -> source: index.js, then each element's define module (src/elements/elements.json). */
export const LIB_ENTRIES: Readonly<Record<string, string>> = {
  index: 'src/pages/lib/index.ts',
  ...Object.fromEntries(ELEMENTS.map(({ name }) => [name, defineModule(name)])),
};

const WORKER = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Library mode inlines every `?url` asset as a data URL: MapLibre's worker (520 KB) would be base64 in
 * the map's chunk. Emitted as a file instead, and addressed as new URL('...', import.meta.url), which
 * bundlers (Vite, webpack 5, Parcel) and browsers all follow.
 */
function maplibreWorkerFile(): Plugin {
  return {
    name: 'paritrana-maplibre-worker-file',
    enforce: 'pre',
    resolveId(id) {
      return id === WORKER ? `\0${WORKER}` : null;
    },
    load(id) {
      if (id !== `\0${WORKER}`) return null;
      const ref = this.emitFile({
        type: 'asset',
        fileName: 'assets/maplibre-gl-worker.mjs',
        source: readFileSync(new URL('./node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url)),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

export default mergeConfig(sharedConfig, defineConfig({
  publicDir: false,
  plugins: [maplibreWorkerFile()],
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    // Consumers minify; readable modules are easier to debug in node_modules.
    minify: false,
    lib: { entry: LIB_ENTRIES, formats: ['es'] },
    rolldownOptions: {
      // Bare imports of the dependencies stay; `?inline` CSS (MapLibre's, for the map's shadow root) is bundled.
      external: (id) => !id.includes('?') && dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
}));

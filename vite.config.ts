/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { VitePWA } from 'vite-plugin-pwa';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { sharedConfig } from './vite.base.ts';
import { minifiedTemplates } from './scripts/lib/embed/minify-templates.ts';
import { paritranaFirstScreen } from './scripts/lib/first-screen/vite-plugin.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/offline/content-security-policy.mjs';

const port = Number(process.env.PORT ?? 4173);
/** PARITRANA_OFFLINE=off builds the site with no service worker (docs/deploying.md, "Offline after one visit"). */
const offline = process.env.PARITRANA_OFFLINE === 'off' ? 'off' : 'on';

/**
 * The site's service worker (src/pages/offline/service-worker.ts), written to dist/service-worker.js
 * with the list of what it keeps: the pages the site's own readers open, their code (MapLibre and its
 * worker included, and colour-scheme.js, which sets the reader's light or dark choice), the favicon and data/. Not the partners' gallery or script, not source maps.
 * The pages register it themselves (src/pages/shared/offline.ts): nothing is injected into the HTML,
 * and there is no web app manifest.
 */
const offlineWorker = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/pages/offline',
  filename: 'service-worker.ts',
  injectRegister: false,
  manifest: false,
  injectManifest: {
    globPatterns: ['{index,present,desk,embed}.html', 'favicon.svg', 'colour-scheme.js', 'assets/*.{js,mjs,css}', 'data/**/*'],
    // The other areas (data/areas/: the country and 37 provinces, about 0.7 MB gzipped) are kept once
    // opened, through the data route, not fetched for every visitor at install.
    globIgnores: ['assets/gallery-*', 'data/areas/**'],
    // MapLibre is one chunk of about 1.1 MB, the data desk's workbook reader and SheetJS 0.4 MB each.
    maximumFileSizeToCacheInBytes: 4_000_000,
    // The worker's own little build: quiet like the others (only warnings and errors), and told in
    // rolldown's words to make one file, so it warns of nothing a reader could act on.
    buildPlugins: {
      vite: [
        {
          name: 'paritrana-quiet-worker-build',
          config(config) {
            const output = config.build?.rollupOptions?.output;
            if (output && !Array.isArray(output)) {
              delete output.inlineDynamicImports;
              Object.assign(output, { codeSplitting: false });
            }
            return { logLevel: 'warn' };
          },
        },
      ],
    },
  },
});

export default mergeConfig(sharedConfig, defineConfig({
  plugins: [minifiedTemplates(), paritranaFirstScreen(), ...(offline === 'on' ? [offlineWorker] : [])],
  define: { 'import.meta.env.PARITRANA_OFFLINE': JSON.stringify(offline) },
  // The data desk's reader (src/pages/desk/read-file.worker.ts) is a module worker: it loads the
  // workbook reader and SheetJS as chunks of its own, when a workbook comes.
  worker: { format: 'es' },
  // No single-page fallback: a missing data file answers 404, not index.html with status 200.
  appType: 'mpa',
  build: {
    // MapLibre (about 1.1 MB) and the data desk's workbook reader are chunks loaded when wanted, never
    // at a page's load (check:sizes measures what is): Vite's 500 kB warning would only be noise.
    chunkSizeWarningLimit: 1200,
    // The page (index.html) first; the iframe route (embed.html) and the partners' gallery beside it.
    // The partner script itself (dist/embed/) is built by vite.embed.config.ts.
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        embed: fileURLToPath(new URL('embed.html', import.meta.url)),
        gallery: fileURLToPath(new URL('gallery.html', import.meta.url)),
        present: fileURLToPath(new URL('present.html', import.meta.url)),
        desk: fileURLToPath(new URL('desk.html', import.meta.url)),
      },
    },
  },
  // cors: Access-Control-Allow-Origin: * on every response, so a partner's page on another origin can
  // load /embed/paritrana.js (module scripts are fetched with CORS) and the elements can fetch /data/.
  // The site's Content-Security-Policy on every response, as the offline package and the e2e tests send it.
  preview: { port, strictPort: true, host: 'localhost', cors: true, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } },
  server: { port: 5173, host: 'localhost' },
  test: {
    // Deterministic: one time zone and locale for every run (dates and number formats are shown).
    env: { TZ: 'Asia/Pontianak', LANG: 'en_US.UTF-8' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/*.e2e.test.ts', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 800 } }],
          },
        },
      },
      {
        extends: true,
        test: {
          // The built site (dist/, from npm run build) in a real Chromium driven by playwright.
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/serve-dist.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Software WebGL (SwiftShader) on a small machine can hold a page's main thread for seconds
          // while MapLibre draws: a poll waits for that instead of failing after Vitest's default 1 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
}));

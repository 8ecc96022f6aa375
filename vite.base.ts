// What the three builds share: the app and its pages (vite.config.ts), the partners' script
// (vite.embed.config.ts) and the npm package (vite.lib.config.ts). Each merges its own part over this.
import type { UserConfig } from 'vite';
import { paritranaProvince } from './scripts/lib/province/vite-plugin.ts';

export const sharedConfig: UserConfig = {
  // Relative asset URLs: the output works from any folder of any static server.
  base: './',
  // The province (PARITRANA_PROVINCE, provinces/): its words in the pages, its own output folders.
  plugins: [paritranaProvince()],
  build: {
    // Every browser the site supports runs ES2022 modules; nothing is transpiled further.
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // No "plugins took N s" notes: on a busy machine every build would print them, and a reader
      // can do nothing with them.
      checks: { pluginTimings: false },
    },
  },
};

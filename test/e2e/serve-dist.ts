// Global setup of the e2e project: serves the BUILT site (dist/) with Vite's preview server on a free
// port of 127.0.0.1, under a sub-folder, so the tests also prove the site works away from the server's
// root (vite base is './'). The tests get the page's URL with inject('baseUrl'). Every response carries
// the site's Content-Security-Policy, as `npm start` and the offline package send it, so every e2e test
// also proves its page works under it (a blocked style or script logs an error, which fails the test).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CONTENT_SECURITY_POLICY } from '../../scripts/offline/content-security-policy.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Any folder will do; this one is not where the site would be at the server's root. */
const SUB_FOLDER = '/peta-paritrana/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built page's URL, ending in "/". */
    baseUrl: string;
  }
}

export default async function serveDist(project: TestProject): Promise<() => Promise<void>> {
  for (const file of ['dist/index.html', 'dist/data/coverage.csv', 'dist/data/regencies.topo.json']) {
    if (!existsSync(`${root}/${file}`)) throw new Error(`e2e: ${file} is missing; build the site first (npm run build)`);
  }
  const server = await preview({
    root,
    // The project's config would load the test setup again; the preview needs none of it.
    configFile: false,
    base: SUB_FOLDER,
    logLevel: 'warn',
    // A missing file answers 404, not the page (the default single-page fallback hides it).
    appType: 'mpa',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('e2e: the preview server did not report its address');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}

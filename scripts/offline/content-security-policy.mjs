// The one Content-Security-Policy the site works under: every page of it, the partners' script page,
// the iframe route and the ceremony. `npm start`'s preview (vite.config.ts), the e2e tests' server
// (test/e2e/serve-dist.ts) and the presenter's laptop (serve.mjs, which ships this file beside it)
// all send it, so what the tests prove is what readers get.
//
// Nothing inline: no <script> or <style> in the HTML and no style attributes; the elements set their
// styles through the CSSOM and Lit's adopted stylesheets. img data:/blob: is the PNG poster (an SVG
// drawn through an image); worker 'self' is the site's service worker (src/pages/offline/) and the
// data desk's reader, worker blob: MapLibre's worker. The service worker's own fetches are connect-src.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
].join('; ');

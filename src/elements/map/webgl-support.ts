// Whether MapLibre can draw here: asked before its code (./webgl-map.ts, loaded on demand) is fetched.

/** Set once a probe got a WebGL2 context: every later map on the page takes the answer from here. */
let webgl2Seen = false;

/**
 * True when the browser can give MapLibre a WebGL2 context. Asked once per page: each context made
 * counts against the browser's limit (16 in Chromium) until collected, and past it the browser drops
 * the oldest, perhaps the partner page's own. The probe's context is given back at once. A refusal is
 * not remembered: it made no context, and asking again costs nothing.
 */
export function hasWebGL2(): boolean {
  if (webgl2Seen) return true;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    webgl2Seen = true;
    return true;
  } catch {
    return false;
  }
}

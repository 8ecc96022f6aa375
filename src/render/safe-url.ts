// Every address an element or a page turns into a link passes here, where it is rendered: data handed
// by property (`data-managed`), a partner's own file and the built dataset all come this way, so a
// source of "javascript:alert(5)" can never become a link that runs on a click, whatever path it took.

/** The schemes a link may carry: web pages, nothing that runs or embeds. */
const WEB_PROTOCOLS = new Set(['https:', 'http:']);

/**
 * The address as a link may carry it (parsed as the browser parses an href, so " JaVaScRiPt:" with
 * leading blanks is caught), or null when it is not an http or https address. `base` resolves a
 * relative address (the page's own links); without it only absolute addresses pass.
 */
export function safeHref(address: string, base?: string | URL): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(address) : new URL(address, base);
  } catch {
    return null;
  }
  return WEB_PROTOCOLS.has(url.protocol) ? url.href : null;
}

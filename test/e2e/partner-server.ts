// A partner's site for the embedding tests: a tiny static server on another origin than the built
// site (another port of 127.0.0.1), serving only what a test put there (its pages, its own CSV), as a
// real server may: late, with an error status, and never with Access-Control-Allow-Origin (so another
// origin's page is refused, as a partner's server that was not configured refuses it).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright';

export interface PartnerSite {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** Serves `body` at `path` ("/berita.html") from now on; returns its full URL. */
  put(path: string, body: string, type?: string, answer?: Answer): string;
  close(): Promise<void>;
}

/** How a file is answered: with another status than 200, or only after a delay. */
interface Answer {
  status?: number;
  delayMs?: number;
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', csv: 'text/csv; charset=utf-8', js: 'text/javascript' };

export async function startPartnerSite(): Promise<PartnerSite> {
  const files = new Map<string, { body: string; type: string } & Answer>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://partner').pathname;
    const file = files.get(path);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const send = () => response.writeHead(file.status ?? 200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
    if (file.delayMs) setTimeout(send, file.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    put(path, body, type = TYPES[path.split('.').pop() ?? ''] ?? 'text/plain', answer = {}) {
      files.set(path, { body, type, ...answer });
      return `${origin}${path}`;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * With E2E_SCREENSHOTS=DIR, the page whole at 1280 and 375 px wide, as DIR/NAME-1280.png and
 * DIR/NAME-375.png, for a person to look at (nothing compares them).
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    // Let the elements measure themselves and MapLibre resize.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
}

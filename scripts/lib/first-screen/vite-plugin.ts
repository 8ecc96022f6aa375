// The app's first screen written into index.html at build time (src/pages/app/first-screen.ts): the
// default view's map, legend, year, summary and table as static markup, from the data folder the site
// serves (public/data of the province built), read with the page's own loader. index.html marks each
// place as <!--first-screen:key-->default<!--/first-screen-->; without data there (a build before
// build:data) the defaults stay and the page draws everything itself, as before.
//
// The map's stylesheet is the virtual module "virtual:paritrana/first-screen.css", which the page
// imports, so it arrives in the page's one stylesheet (the site allows no inline style).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { loadAppData } from '../../../src/model/load.ts';
import { firstScreen, firstScreenCss, type FirstScreen } from '../../../src/pages/app/first-screen.ts';

const CSS_ID = 'virtual:paritrana/first-screen.css';
// Ends in .css, so Vite's CSS pipeline takes it into the page's stylesheet.
const RESOLVED_CSS_ID = '/__paritrana-first-screen.css';
const PLACE = /<!--first-screen:(\w+)-->([\s\S]*?)<!--\/first-screen-->/g;

/** The first screen of the data in `publicDir`/data, or null when the data cannot draw one (or are not built yet). */
async function readFirstScreen(publicDir: string): Promise<FirstScreen | null> {
  const base = pathToFileURL(join(publicDir, '/'));
  const fetcher = async (url: string) => {
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response('', { status: 404 });
    }
  };
  // Rows with problems are left out here as on the page: the first screen is what the page will draw.
  return firstScreen(await loadAppData(base, fetcher));
}

/** Fills the places of `html` from `screen`; a place it has nothing for keeps its default. */
export function fillFirstScreen(html: string, screen: FirstScreen | null): string {
  const filled = html.replace(PLACE, (_, key: string, fallback: string) => (screen && key in screen.parts ? screen.parts[key as keyof FirstScreen['parts']] : fallback));
  return screen ? filled.replace('<html lang="id">', `<html lang="id" data-first-screen="${screen.viewParams.replace(/&/g, '&amp;')}">`) : filled;
}

export function paritranaFirstScreen(): Plugin {
  let publicDir = '';
  return {
    name: 'paritrana-first-screen',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    resolveId: (id) => (id === CSS_ID ? RESOLVED_CSS_ID : null),
    load: (id) => (id === RESOLVED_CSS_ID ? firstScreenCss() : null),
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!context.filename.endsWith('index.html') || !html.includes('<!--first-screen:')) return html;
        return fillFirstScreen(html, publicDir ? await readFirstScreen(publicDir) : null);
      },
    },
  };
}

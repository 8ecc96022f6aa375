// The ceremony as one HTML file, for the presenter's USB stick: dist-offline/upacara-paritrana.html.
// Opened with a double-click (file://) in Chrome, Edge or Firefox, with no network, no server and no
// Node. present.html is built as one module (vite.ceremony-file.config.ts); here its script and
// stylesheet are written into the page, the icon becomes a data: URL, and the data files the loader
// reads (data/dataset.json, the CSV files, the boundaries, province.json), taken from the built site,
// go into a JSON block the page answers the loader from (src/pages/shared/carried-files.ts).
// Every edition of the data is in it: ?edition= chooses, as on present.html; the latest plays by default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { CARRIED_FILES_ID } from '../../../src/data/files.ts';
import { DATA_PATHS, DATASET_PATH } from '../../../src/model/load.ts';
import ceremonyFileConfig from '../../../vite.ceremony-file.config.ts';

/** The file's name: the presenter's, in Bahasa Indonesia. */
export const CEREMONY_FILE = 'upacara-paritrana.html';

/** Every file the page's loader asks for, by the path it asks with. */
export const CARRIED_PATHS: readonly string[] = [DATASET_PATH, ...Object.values(DATA_PATHS)];

/**
 * Text put inside a <script> element that can never end it early: "</script" and "<!--" are what the
 * HTML parser looks for there. "\x3C" is "<" in a JavaScript string, template or regular expression
 * alike, and in JSON the same holds for "\u003c".
 */
function scriptText(text: string, escape: '\\x3C' | '\\u003c'): string {
  return text.replace(/<(?=\/script|!--)/gi, escape);
}

/** The page, its module and its stylesheet, from a Vite build that writes nothing to disk. */
async function buildPage(root: string): Promise<{ html: string; script: Rolldown.OutputChunk; style: string }> {
  const result = await build({ ...ceremonyFileConfig, root, configFile: false, build: { ...ceremonyFileConfig.build, write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = outputs.flatMap((output) => output.output);
  const chunks = files.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
  // A second chunk would be fetched by a dynamic import: from file:// that fails.
  if (chunks.length !== 1) throw new Error(`ceremony file: expected one script, the build wrote ${chunks.map((c) => c.fileName).join(', ')}`);
  const assets = files.filter((file): file is Rolldown.OutputAsset => file.type === 'asset');
  const html = assets.find((file) => file.fileName === 'present.html');
  const styles = assets.filter((file) => file.fileName.endsWith('.css'));
  const others = assets.filter((file) => file !== html && !styles.includes(file));
  if (!html) throw new Error('ceremony file: the build wrote no present.html');
  if (others.length > 0) throw new Error(`ceremony file: files the page would fetch: ${others.map((file) => file.fileName).join(', ')}`);
  return { html: String(html.source), script: chunks[0]!, style: styles.map((file) => String(file.source)).join('\n') };
}

export interface CeremonyFileOptions {
  /** The repository (vite.ceremony-file.config.ts, present.html, public/). */
  root: string;
  /** The built site whose data/ the file carries. */
  dist: string;
}

/** The one file's HTML. */
export async function ceremonyFileHtml({ root, dist }: CeremonyFileOptions): Promise<string> {
  const carried = Object.fromEntries(CARRIED_PATHS.map((path) => [path, readFileSync(join(dist, path), 'utf8')]));
  const { html, script, style } = await buildPage(root);
  const icon = `data:image/svg+xml;base64,${readFileSync(join(root, 'public', 'favicon.svg')).toString('base64')}`;
  const scriptTag = /<script type="module"[^>]*\ssrc="[^"]+"[^>]*><\/script>/;
  const styleTag = /<link rel="stylesheet"[^>]*>/;
  const skeleton = html.replace(scriptTag, '').replace(styleTag, '').replace(/(<link rel="icon" href=")[^"]+"/, `$1${icon}"`);
  // Nothing left to fetch: every src and href of the page is a data: URL, or a link it never follows
  // in the file (the way back to the data desk, shown only with the desk's data, which the file has not).
  const outside = [...skeleton.matchAll(/\s(?:src|href)="(?!data:|#)([^"]*)"/g)].map((match) => match[1]).filter((url) => url !== './desk.html');
  if (outside.length > 0) throw new Error(`ceremony file: the page still names files beside it: ${outside.join(', ')}`);
  if (/<\/style/i.test(style)) throw new Error('ceremony file: the stylesheet would end its <style> element');
  // Replaced by functions: a "$" in the code or the data is written as it is.
  const page = skeleton
    .replace('</head>', () => `<style>${style}</style>\n    <script type="module">${scriptText(script.code, '\\x3C')}</script>\n  </head>`)
    .replace('</body>', () => `<script type="application/json" id="${CARRIED_FILES_ID}">${scriptText(JSON.stringify(carried), '\\u003c')}</script>\n  </body>`);
  return page;
}

// The ceremony as one HTML file (npm run package:offline) carries its data files in itself: opened
// from file://, a page can fetch nothing. The loader is handed a fetcher that answers from that block,
// by the same paths the site serves (data/coverage.csv, ...), so the files are read and checked as
// they are on the site. A page without the block loads as it always has. Kept apart from the loader:
// the partners' script never carries this.
import { CARRIED_FILES_ID } from '../../data/files.ts';
import { defaultDataBase, loadSharedData } from '../../model/data-source.ts';
import type { AppData, Fetcher } from '../../model/load.ts';

/** The files the page carries (path under the page's folder -> text), or null when it carries none. */
function carriedFiles(): ReadonlyMap<string, string> | null {
  const block = document.getElementById(CARRIED_FILES_ID);
  if (!block?.textContent) return null;
  return new Map(Object.entries(JSON.parse(block.textContent) as Record<string, string>));
}

/** True when this page is the one file, with no site beside it (no app to leave to, no desk). */
export const carriesItsFiles = (): boolean => document.getElementById(CARRIED_FILES_ID) !== null;

/** Answers a URL under `base` from the carried files; anything else is missing, as a server would say. */
export function carriedFetcher(files: ReadonlyMap<string, string>, base: URL): Fetcher {
  return async (url) => {
    const text = url.startsWith(base.href) ? files.get(url.slice(base.href.length)) : undefined;
    return text === undefined ? new Response('', { status: 404 }) : new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
  };
}

/**
 * The page's data: from the files it carries when it carries them (the deployment's own province: the
 * one file carries no other area), else fetched beside it, from the folder of the area shown (areaFolder).
 */
export async function loadPageData(folder = 'data/'): Promise<AppData> {
  const files = carriedFiles();
  if (!files) return loadSharedData({ base: defaultDataBase(document.baseURI), overrides: {}, folder });
  const base = new URL('./', document.baseURI);
  const { loadAppData } = await import('../../model/load.ts');
  return loadAppData(base, carriedFetcher(files, base));
}

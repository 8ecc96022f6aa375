// The data desk's imported tables, kept in this browser (IndexedDB): the desk writes them, the desk and
// the ceremony read them. What is kept is what the person brought in (each file's name, its tables'
// CSV texts and where their lines sit in the sheets), never a parsed result: every page that reads it
// checks it again against the published data it runs on, so a new version of the site never shows
// rows its own validator would refuse. Nothing leaves the browser.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { ImportedFile } from '../../data/import-file.ts';
import { PROVINCE } from '../../data/current-province.ts';
import type { AppData } from '../../model/load.ts';
import type { ImportEdits, ImportResult, TableKind } from '../../model/imported-data.ts';

/** One record per province: two provinces' sites on one origin keep apart. */
const KEY = `imported-files-${PROVINCE.code}`;

let store: UseStore | null = null;
const openStore = () => (store ??= createStore('peta-paritrana', 'data-desk'));

export interface KeptImport {
  files: ImportedFile[];
  /** The published rows the person removed and the tables replaced whole; none in a record of an older version. */
  edits: ImportEdits;
  /** When the files were kept (ISO time), for the page to say. */
  keptAt: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** What this version of the site reads; a record kept by another version, or damaged, is left alone. */
const isKept = (value: unknown): value is Omit<KeptImport, 'edits'> =>
  isObject(value) && typeof value.keptAt === 'string' && Array.isArray(value.files) &&
  value.files.every((file: unknown) => isObject(file) && typeof file.file === 'string' && Array.isArray(file.problems) && Array.isArray(file.tables) &&
    file.tables.every((table: unknown) => isObject(table) && typeof table.text === 'string' && typeof table.file === 'string' && Array.isArray(table.problems) &&
      (table.rowOfLine === null || Array.isArray(table.rowOfLine))));

const KINDS: readonly TableKind[] = ['coverage', 'awards', 'regions'];
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** The edits of a kept record, read defensively: a record without them (an older version) removes nothing. */
function readEdits(value: unknown): ImportEdits {
  const edits = isObject(value) ? value : {};
  const removed = isObject(edits.removed) ? edits.removed : {};
  return {
    removed: { coverage: strings(removed.coverage), awards: strings(removed.awards), regions: strings(removed.regions) },
    replaced: strings(edits.replaced).filter((kind): kind is TableKind => (KINDS as readonly string[]).includes(kind)),
  };
}

/** The kept import, or null: none kept, or a browser without IndexedDB (a private window may refuse it). */
export async function readKeptImport(): Promise<KeptImport | null> {
  try {
    const value: unknown = await get(KEY, openStore());
    return isKept(value) && value.files.length > 0 ? { ...value, edits: readEdits((value as { edits?: unknown }).edits) } : null;
  } catch {
    return null;
  }
}

/** Keeps the files and the person's edits in this browser; false when the browser refuses (no IndexedDB, storage full). */
export async function keepImport(files: readonly ImportedFile[], edits: ImportEdits, now = new Date()): Promise<boolean> {
  try {
    await set(KEY, { files: [...files], edits, keptAt: now.toISOString() } satisfies KeptImport, openStore());
    return true;
  } catch {
    return false;
  }
}

export async function clearKeptImport(): Promise<void> {
  try {
    await del(KEY, openStore());
  } catch {
    // Nothing kept where there is no IndexedDB.
  }
}

/**
 * The page's data with the kept import in place of the published tables of its kinds; the import's
 * result (for its report and what it changed) or null when nothing is kept. The readers of the
 * files load only when something is kept.
 */
export async function withKeptImport(data: AppData): Promise<{ data: AppData; kept: KeptImport | null; result: ImportResult | null }> {
  const kept = await readKeptImport();
  if (!kept) return { data, kept: null, result: null };
  const { applyImport } = await import('../../model/imported-data.ts');
  try {
    const result = applyImport(data.dataset, kept.files, kept.edits);
    return { data: { ...data, dataset: result.dataset }, kept, result };
  } catch (error) {
    // The published data rather than no page at all (the ceremony must play).
    console.warn('the imported data could not be read; the published data is shown', error);
    return { data, kept: null, result: null };
  }
}

// The data desk's imported tables, kept in this browser (IndexedDB): the desk writes them, the desk and
// the ceremony read them. What is kept is what the person brought in (each file's name, its tables'
// CSV texts and where their lines sit in the sheets), never a parsed result: every page that reads it
// checks it again against the published data it runs on, so a new version of the site never shows
// rows its own validator would refuse. Nothing leaves the browser.
//
// Storage can fail in every way a page must survive: a record this version cannot read (damaged, an
// older shape, or one that now throws when checked) is set aside under a key of its own, so the next
// load starts clean; a database that never answers is given up on after STORAGE_TIMEOUT_MS; a write
// refused (storage full) is followed by a read, to say what is kept after all. Tabs of one browser
// tell each other when they keep or clear an import (BroadcastChannel), so none shows an import that
// another has replaced.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { ImportedFile } from '../../data/import-file.ts';
import { siteProvince } from './page-shell.ts';
import type { AppData } from '../../model/load.ts';
import type { ImportEdits, ImportResult, TableKind } from '../../model/imported-data.ts';

/**
 * Which tables an import is laid over: the deployment's own (data/, its desk at desk.html) or the
 * national ones (data/national/, the desk of any other area: desk.html?province=63, ?province=indonesia).
 * Each keeps its import apart, so an import of another province's figures never replaces the home one.
 */
export type TableSet = 'home' | 'national';

/**
 * One record per table set: the home province's by its code (the deployment's, as its pages name it:
 * two provinces' sites on one origin keep apart), the national tables' under their own name.
 */
const keyOf = (set: TableSet) => (set === 'home' ? `imported-files-${siteProvince().code}` : 'imported-files-national');
/** Where a record that could not be read is moved: kept for whoever wants to look, never read again. */
const setAsideKey = (set: TableSet): string => `${keyOf(set)}-set-aside`;
export const SET_ASIDE_KEY = setAsideKey('home');
const channelOf = (set: TableSet) => `peta-paritrana-imported-${set === 'home' ? siteProvince().code : 'national'}`;

/** How long a storage call may take before the page goes on without it (3 s). */
export const STORAGE_TIMEOUT_MS = 3_000;

let store: UseStore | null = null;
const openStore = () => (store ??= createStore('peta-paritrana', 'data-desk'));

export interface KeptImport {
  files: ImportedFile[];
  /** The published rows the person removed and the tables replaced whole; none in a record of an older version. */
  edits: ImportEdits;
  /** When the files were kept (ISO time), for the page to say. */
  keptAt: string;
}

/** What the browser holds. `set-aside`: a record that could not be read was moved aside (when it was kept, if it said). */
export type KeptState =
  | { state: 'none' }
  | { state: 'kept'; kept: KeptImport }
  | { state: 'set-aside'; keptAt: string | null }
  | { state: 'unavailable'; reason: 'timeout' | 'error' };

class StorageTimeout extends Error {}

/** A storage call, or a StorageTimeout after `ms`: an IndexedDB that never answers must not hold the page. */
function withTimeout<T>(call: () => Promise<T>, ms = STORAGE_TIMEOUT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageTimeout(`storage did not answer within ${ms} ms`)), ms);
    let pending: Promise<T>;
    try {
      pending = call();
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const unavailable = (error: unknown): KeptState => ({ state: 'unavailable', reason: error instanceof StorageTimeout ? 'timeout' : 'error' });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** What this version of the site reads (its edits are read apart, defensively: readEdits). */
const isKept = (value: unknown): value is Omit<KeptImport, 'edits'> =>
  isObject(value) && typeof value.keptAt === 'string' && Array.isArray(value.files) &&
  value.files.every((file: unknown) => isObject(file) && typeof file.file === 'string' && Array.isArray(file.problems) && Array.isArray(file.tables) &&
    file.tables.every((table: unknown) => isObject(table) && typeof table.text === 'string' && typeof table.file === 'string' && Array.isArray(table.problems) &&
      (table.rowOfLine === null || Array.isArray(table.rowOfLine))));

/**
 * Moves the kept record aside (to SET_ASIDE_KEY), so the pages load without it; true when done. For a
 * record this version cannot read, or one that throws when checked.
 */
export async function setAsideKeptImport(tables: TableSet = 'home'): Promise<boolean> {
  const key = keyOf(tables);
  try {
    const value: unknown = await withTimeout(() => get(key, openStore()));
    if (value === undefined) return true;
    await withTimeout(() => set(setAsideKey(tables), { setAsideAt: new Date().toISOString(), record: value }, openStore()));
    await withTimeout(() => del(key, openStore()));
    return true;
  } catch {
    return false;
  }
}

const KINDS: readonly TableKind[] = ['coverage', 'awards', 'regions'];
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** The edits of a kept record: a record without them (an older version) removes nothing. */
function readEdits(value: unknown): ImportEdits {
  const edits = isObject(value) ? value : {};
  const removed = isObject(edits.removed) ? edits.removed : {};
  return {
    removed: { coverage: strings(removed.coverage), awards: strings(removed.awards), regions: strings(removed.regions) },
    replaced: strings(edits.replaced).filter((kind): kind is TableKind => (KINDS as readonly string[]).includes(kind)),
  };
}

/** What the browser holds: the kept import, none, a record set aside just now, or a storage that failed. Never rejects. */
export async function readKept(tables: TableSet = 'home'): Promise<KeptState> {
  let value: unknown;
  try {
    value = await withTimeout(() => get(keyOf(tables), openStore()));
  } catch (error) {
    return unavailable(error);
  }
  if (value === undefined) return { state: 'none' };
  if (isKept(value) && value.files.length > 0) return { state: 'kept', kept: { ...value, edits: readEdits((value as { edits?: unknown }).edits) } };
  await setAsideKeptImport(tables);
  return { state: 'set-aside', keptAt: isObject(value) && typeof value.keptAt === 'string' ? value.keptAt : null };
}

/** The kept import, or null: none kept, one set aside, or no answer from the storage. */
export async function readKeptImport(tables: TableSet = 'home'): Promise<KeptImport | null> {
  const read = await readKept(tables);
  return read.state === 'kept' ? read.kept : null;
}

/**
 * After a keep: either the files are kept, or they are not, and `stillKept` says what the browser
 * holds instead (an earlier import, which comes back on a reload; nothing; or, when the storage does
 * not answer even a read, null with `known` false).
 */
export type KeepOutcome =
  | { kept: true; keptAt: string }
  | { kept: false; known: boolean; stillKept: KeptImport | null };

/** Keeps the files and the person's edits in this browser, and tells the other tabs. */
export async function keepImport(files: readonly ImportedFile[], edits: ImportEdits, now = new Date(), tables: TableSet = 'home'): Promise<KeepOutcome> {
  const record: KeptImport = { files: [...files], edits, keptAt: now.toISOString() };
  try {
    await withTimeout(() => set(keyOf(tables), record, openStore()));
    announce({ kind: 'kept', keptAt: record.keptAt }, tables);
    return { kept: true, keptAt: record.keptAt };
  } catch {
    // Storage full, or no answer: read again to know what is there, rather than guess.
    const after = await readKept(tables);
    if (after.state === 'kept' && after.kept.keptAt === record.keptAt) return { kept: true, keptAt: record.keptAt };
    if (after.state === 'unavailable') return { kept: false, known: false, stillKept: null };
    return { kept: false, known: true, stillKept: after.state === 'kept' ? after.kept : null };
  }
}

/** Clears the kept import; false when the storage refused or did not answer (the import may still be there). */
export async function clearKeptImport(tables: TableSet = 'home'): Promise<boolean> {
  try {
    await withTimeout(() => del(keyOf(tables), openStore()));
    announce({ kind: 'cleared' }, tables);
    return true;
  } catch {
    return false;
  }
}

/** What one tab tells the others. */
export type KeptChange = { kind: 'kept'; keptAt: string } | { kind: 'cleared' };

// One channel a table set for the page, sending and receiving: a BroadcastChannel never hears its own
// messages, so the tab that keeps an import is not told about it as if another had.
const tabChannels = new Map<TableSet, BroadcastChannel | null>();
function channel(tables: TableSet): BroadcastChannel | null {
  if (!tabChannels.has(tables)) tabChannels.set(tables, typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelOf(tables)));
  return tabChannels.get(tables)!;
}

function announce(change: KeptChange, tables: TableSet): void {
  channel(tables)?.postMessage(change);
}

/** Calls `onChange` when another tab of this browser keeps or clears an import of these tables; returns the way to stop. */
export function watchKeptImport(onChange: (change: KeptChange) => void, tables: TableSet = 'home'): () => void {
  const receiver = channel(tables);
  if (!receiver) return () => {};
  const listener = (event: MessageEvent<KeptChange>) => onChange(event.data);
  receiver.addEventListener('message', listener);
  return () => receiver.removeEventListener('message', listener);
}

/**
 * The page's data with the kept import laid over the published data (imported-data.ts); the import's
 * result (for its report and what it changed) or null when nothing is kept. The readers of the
 * files load only when something is kept. An import that throws when checked is set aside.
 */
export async function withKeptImport(data: AppData): Promise<{ data: AppData; kept: KeptImport | null; result: ImportResult | null }> {
  const kept = await readKeptImport();
  if (!kept) return { data, kept: null, result: null };
  const { applyImport } = await import('../../model/imported-data.ts');
  try {
    const result = applyImport(data.dataset, kept.files, kept.edits);
    return { data: { ...data, dataset: result.dataset }, kept, result };
  } catch (error) {
    // The published data rather than no page at all (the ceremony must play), and the record out of the way.
    console.warn('the imported data could not be read; the published data is shown', error);
    await setAsideKeptImport();
    return { data, kept: null, result: null };
  }
}

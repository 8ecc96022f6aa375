// The kept import when the browser's storage fails: a record this version cannot read is set aside
// (not read again, not lost), a storage that never answers is given up on within seconds, a write
// refused for lack of space says what is kept instead, and the tabs of one browser hear each other.
// IndexedDB's failures are made by stubbing its object store, as a full disk or a stuck database behaves.
import { SITE_PROVINCE } from '../../../test/fixtures/site-province.ts';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createStore, get, set } from 'idb-keyval';
import { importFile } from '../../data/import-file.ts';
import { NO_EDITS } from '../../model/imported-data.ts';
import { clearKeptImport, keepImport, readKept, SET_ASIDE_KEY, STORAGE_TIMEOUT_MS, watchKeptImport, type KeptChange } from './imported-data.ts';

const KEY = `imported-files-${SITE_PROVINCE.code}`;
const idb = () => createStore('peta-paritrana', 'data-desk');
const COVERAGE = 'region_code,period,metric,value,unit,source_url,confidence\n61.05,2024,coverage_pct,41.2,percent,https://example.org/a,high\n';
const file = (name: string) => importFile(new TextEncoder().encode(COVERAGE), name);

/** A request that never fires its events: a database that never answers. */
const silentRequest = () => ({}) as IDBRequest;

describe('the kept import when storage fails', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await clearKeptImport();
  });

  test('a record this version cannot read is set aside under a key of its own, and the next read finds nothing', async () => {
    const damaged = { files: [{ file: 'lama.csv', tables: [{ csv: 'x' }] }], keptAt: '2025-01-01T00:00:00.000Z' };
    await set(KEY, damaged, idb());
    expect(await readKept()).toEqual({ state: 'set-aside', keptAt: '2025-01-01T00:00:00.000Z' });
    expect(await get(KEY, idb())).toBeUndefined();
    expect(await get(SET_ASIDE_KEY, idb())).toMatchObject({ record: damaged });
    expect(await readKept()).toEqual({ state: 'none' });
  });

  test('a storage that never answers is given up on within seconds, for reading and for keeping', { timeout: 30_000 }, async () => {
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(silentRequest);
    let started = performance.now();
    expect(await readKept()).toEqual({ state: 'unavailable', reason: 'timeout' });
    expect(performance.now() - started).toBeLessThan(STORAGE_TIMEOUT_MS + 2_000);

    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('stuck', 'UnknownError');
    });
    started = performance.now();
    // The write refused and the read after it unanswered: whether anything is kept is not known.
    expect(await keepImport([await file('cakupan.csv')], NO_EDITS)).toEqual({ kept: false, known: false, stillKept: null });
    expect(performance.now() - started).toBeLessThan(2 * STORAGE_TIMEOUT_MS + 2_000);
  });

  test('a write refused for lack of space says that the earlier import is still kept', async () => {
    const earlier = await file('cakupan-lama.csv');
    expect(await keepImport([earlier], NO_EDITS, new Date('2026-08-01T08:00:00Z'))).toMatchObject({ kept: true });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const outcome = await keepImport([await file('cakupan-baru.csv')], NO_EDITS);
    expect(outcome).toEqual({ kept: false, known: true, stillKept: { files: [earlier], edits: NO_EDITS, keptAt: '2026-08-01T08:00:00.000Z' } });
    vi.restoreAllMocks();
    expect(await readKept()).toMatchObject({ state: 'kept', kept: { files: [{ file: 'cakupan-lama.csv' }] } });
  });

  test('another tab hears when this one keeps or clears an import, and this one hears the other', async () => {
    // Another tab is another BroadcastChannel of the same name.
    const other = new BroadcastChannel(`peta-paritrana-imported-${SITE_PROVINCE.code}`);
    const heardThere: KeptChange[] = [];
    other.onmessage = (event: MessageEvent<KeptChange>) => heardThere.push(event.data);
    const heardHere: KeptChange[] = [];
    const stop = watchKeptImport((change) => heardHere.push(change));
    try {
      const kept = await keepImport([await file('cakupan.csv')], NO_EDITS, new Date('2026-09-01T08:00:00Z'));
      expect(kept).toMatchObject({ kept: true });
      await clearKeptImport();
      await expect.poll(() => heardThere).toEqual([{ kind: 'kept', keptAt: '2026-09-01T08:00:00.000Z' }, { kind: 'cleared' }]);
      // This tab does not hear itself, only the other.
      other.postMessage({ kind: 'cleared' } satisfies KeptChange);
      await expect.poll(() => heardHere).toEqual([{ kind: 'cleared' }]);
    } finally {
      stop();
      other.close();
    }
  });
});

import { SITE_PROVINCE } from '../../../test/fixtures/site-province.ts';
import { afterEach, describe, expect, test } from 'vitest';
import { createStore, set } from 'idb-keyval';
import { importFile } from '../../data/import-file.ts';
import { makeDataset } from '../../../test/fixtures/dataset.ts';
import { NO_EDITS } from '../../model/imported-data.ts';
import { figureKey } from '../../model/dataset-diff.ts';
import { clearKeptImport, keepImport, readKeptImport, watchKeptImport, withKeptImport, type KeptChange } from './imported-data.ts';

const COVERAGE = 'region_code,period,metric,value,unit,source_url,confidence\n61.05,2024,coverage_pct,41.2,percent,https://example.org/a,high\n';
const published = () => ({ dataset: makeDataset(), regencyTopology: null, contextTopology: null, province: null, problems: [] });

describe('the imported data kept in this browser', () => {
  afterEach(() => Promise.all([clearKeptImport(), clearKeptImport('national')]));

  test('kept files and edits come back as they were, and the pages read them on top of the published data', async () => {
    const file = await importFile(new TextEncoder().encode(COVERAGE), 'cakupan.csv');
    const removed = figureKey(published().dataset.figures[0]!);
    const edits = { ...NO_EDITS, removed: { ...NO_EDITS.removed, coverage: [removed] } };
    expect(await keepImport([file], edits, new Date('2026-09-01T08:00:00Z'))).toEqual({ kept: true, keptAt: '2026-09-01T08:00:00.000Z' });
    const kept = await readKeptImport();
    expect(kept).toEqual({ files: [file], edits, keptAt: '2026-09-01T08:00:00.000Z' });
    const { data, result } = await withKeptImport(published());
    // One published figure removed by the person, one added by the file: the rest as published.
    expect(data.dataset.figures).toHaveLength(published().dataset.figures.length);
    expect(data.dataset.figures.at(-1)!.regionCode).toBe('61.05');
    expect(data.dataset.figures.map(figureKey)).not.toContain(removed);
    expect(data.dataset.awards).toHaveLength(published().dataset.awards.length);
    expect(result!.files[0]!.tables[0]!.loaded).toBe(1);
  });

  test('after clearing, or with a record this version cannot read, the published data is shown', async () => {
    await keepImport([await importFile(new TextEncoder().encode(COVERAGE), 'cakupan.csv')], NO_EDITS);
    await clearKeptImport();
    expect(await readKeptImport()).toBeNull();
    await set(`imported-files-${SITE_PROVINCE.code}`, { files: [{ file: 'lama.csv', tables: [{ csv: 'x' }] }], keptAt: 'kemarin' }, createStore('peta-paritrana', 'data-desk'));
    expect(await readKeptImport()).toBeNull();
    const { data, kept } = await withKeptImport(published());
    expect(kept).toBeNull();
    expect(data.dataset.figures).toHaveLength(published().dataset.figures.length);
  });

  test('the national tables\' import is kept apart from the home province\'s: neither replaces nor clears the other, and each has its own channel between tabs', async () => {
    const homeFile = await importFile(new TextEncoder().encode(COVERAGE), 'cakupan.csv');
    const nationalFile = await importFile(new TextEncoder().encode(COVERAGE.replace('61.05', '63.01')), 'cakupan-kalsel.csv');
    // Another tab of the same browser, listening to each set.
    const heard: [string, KeptChange['kind']][] = [];
    const otherTab = (set: 'home' | 'national') => {
      const channel = new BroadcastChannel(`peta-paritrana-imported-${set === 'home' ? SITE_PROVINCE.code : 'national'}`);
      channel.onmessage = (event: MessageEvent<KeptChange>) => heard.push([set, event.data.kind]);
      return channel;
    };
    const channels = [otherTab('home'), otherTab('national')];
    try {
      await keepImport([homeFile], NO_EDITS);
      await keepImport([nationalFile], NO_EDITS, new Date(), 'national');
      expect((await readKeptImport())!.files[0]!.file).toBe('cakupan.csv');
      expect((await readKeptImport('national'))!.files[0]!.file).toBe('cakupan-kalsel.csv');
      await clearKeptImport('national');
      expect(await readKeptImport('national')).toBeNull();
      expect((await readKeptImport())!.files[0]!.file).toBe('cakupan.csv');
      await expect.poll(() => heard).toEqual([['home', 'kept'], ['national', 'kept'], ['national', 'cleared']]);
    } finally {
      for (const channel of channels) channel.close();
    }
    // This tab hears the other tab of its own set only.
    const mine: KeptChange[] = [];
    const stop = watchKeptImport((change) => mine.push(change), 'national');
    const sender = new BroadcastChannel('peta-paritrana-imported-national');
    sender.postMessage({ kind: 'cleared' });
    new BroadcastChannel(`peta-paritrana-imported-${SITE_PROVINCE.code}`).postMessage({ kind: 'kept', keptAt: 'x' });
    await expect.poll(() => mine).toEqual([{ kind: 'cleared' }]);
    stop();
    sender.close();
  });
});

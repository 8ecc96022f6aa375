import { SITE_PROVINCE } from '../../../test/fixtures/site-province.ts';
import { afterEach, describe, expect, test } from 'vitest';
import { createStore, set } from 'idb-keyval';
import { importFile } from '../../data/import-file.ts';
import { makeDataset } from '../../../test/fixtures/dataset.ts';
import { NO_EDITS } from '../../model/imported-data.ts';
import { figureKey } from '../../model/dataset-diff.ts';
import { clearKeptImport, keepImport, readKeptImport, withKeptImport } from './imported-data.ts';

const COVERAGE = 'region_code,period,metric,value,unit,source_url,confidence\n61.05,2024,coverage_pct,41.2,percent,https://example.org/a,high\n';
const published = () => ({ dataset: makeDataset(), regencyTopology: null, contextTopology: null, province: null, problems: [] });

describe('the imported data kept in this browser', () => {
  afterEach(() => clearKeptImport());

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
});

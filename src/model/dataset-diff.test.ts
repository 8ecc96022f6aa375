import { describe, expect, test } from 'vitest';
import { FIXTURE_FIGURES, makeDataset } from '../../test/fixtures/dataset.ts';
import { parseDataset } from '../data/dataset.ts';
import { changedProvinces, datasetChanges } from './dataset-diff.ts';

describe('datasetChanges: what an import changes, by regency and year', () => {
  const published = makeDataset();

  test('the same data changes nothing', () => {
    const changes = datasetChanges(published, makeDataset());
    expect(changes.coverage).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(changes.awards).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(changes.regions).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(changes.byRegencyYear).toEqual([]);
  });

  test('a new figure, a corrected one and a dropped one are told apart, each at its regency and year', () => {
    const figures = FIXTURE_FIGURES.filter((row) => !row.startsWith('61.06,')).map((row) => (row.startsWith('61.08,2024,coverage_pct') ? '61.08,2024,coverage_pct,54.1' : row));
    const changes = datasetChanges(published, makeDataset({ figures: [...figures, '61.05,2024,coverage_pct,41.2', '61.05,2025,coverage_pct,44'] }));
    expect(changes.coverage).toEqual({ added: 2, changed: 1, removed: 1 });
    expect(changes.byRegencyYear).toEqual([
      { regionCode: '61.05', year: 2024, added: 1, changed: 0, removed: 0 },
      { regionCode: '61.05', year: 2025, added: 1, changed: 0, removed: 0 },
      { regionCode: '61.06', year: 2023, added: 0, changed: 0, removed: 1 },
      { regionCode: '61.08', year: 2024, added: 0, changed: 1, removed: 0 },
    ]);
  });

  test('a new edition\'s winners are counted under their edition', () => {
    const changes = datasetChanges(published, makeDataset({ awards: ['2026,2025,2026-09-20,pemerintah-kabupaten-kota,1,61.05', '2026,2025,2026-09-20,pemerintah-kabupaten-kota,2,61.71'] }));
    expect(changes.byEdition).toEqual([
      { edition: 2021, added: 0, changed: 0, removed: 1 },
      { edition: 2023, added: 0, changed: 0, removed: 2 },
      { edition: 2025, added: 0, changed: 0, removed: 4 },
      { edition: 2026, added: 2, changed: 0, removed: 0 },
    ]);
    expect(changes.awards).toEqual({ added: 2, changed: 0, removed: 7 });
  });

  test('the whole resulting table is listed, each row marked, with the published value beside the new one', () => {
    const figures = FIXTURE_FIGURES.filter((row) => !row.startsWith('61.06,')).map((row) => (row.startsWith('61.08,2024,coverage_pct') ? '61.08,2024,coverage_pct,54.1' : row));
    const changes = datasetChanges(published, makeDataset({ figures: [...figures, '61.05,2024,coverage_pct,41.2'] }));
    const statuses = changes.rows.coverage.map((row) => row.status);
    expect(statuses.filter((s) => s === 'unchanged')).toHaveLength(published.figures.length - 2);
    expect(changes.rows.coverage).toHaveLength(published.figures.length + 1);
    expect(changes.rows.coverage.at(-1)).toMatchObject({ status: 'added', after: { regionCode: '61.05', value: 41.2 } });
    const changed = changes.rows.coverage.find((row) => row.status === 'changed')!;
    expect(changed.after!.value).toBe(54.1);
    expect(changed.before!.value).not.toBe(54.1);
    // A removed row stays where it stood in the published table.
    const removedAt = changes.rows.coverage.findIndex((row) => row.status === 'removed');
    expect(changes.rows.coverage[removedAt]!.before!.regionCode).toBe('61.06');
    expect(published.figures[removedAt]!.regionCode).toBe('61.06');
  });
});

describe('changedProvinces: which provinces an import on the national tables is for', () => {
  test('rows added, changed and removed, counted by province, Indonesia (no code) first; unchanged rows not counted', () => {
    const regions = `kemendagri_code,bps_code,name,short_name,type,former_names
63,,Provinsi Kalimantan Selatan,Kalimantan Selatan,provinsi,
63.01,,Kabupaten Tanah Laut,Tanah Laut,kabupaten,
64,,Provinsi Kalimantan Timur,Kalimantan Timur,provinsi,
`;
    const coverage = (rows: string[]) => ['region_code,period,metric,value,unit,source_url,confidence', ...rows.map((row) => `${row},percent,https://example.org/a,high`)].join('\n');
    const dataset = (rows: string[]) => parseDataset({ regions: { name: 'regions.csv', text: regions }, coverage: { name: 'coverage.csv', text: coverage(rows) }, awards: { name: 'awards.csv', text: '' } });
    const published = dataset(['63,2025,coverage_pct,42', '64,2025,coverage_pct,30', ',2025,national_coverage_pct,35']);
    const imported = dataset(['63,2025,coverage_pct,42', '64,2025,coverage_pct,31', ',2025,national_coverage_pct,35', '63.01,2026,coverage_pct,40', '63,2026,coverage_pct,44', ',2026,national_coverage_pct,36']);
    expect(changedProvinces(datasetChanges(published, imported))).toEqual([
      { province: '', rows: 1 },
      { province: '63', rows: 2 },
      { province: '64', rows: 1 },
    ]);
    expect(changedProvinces(datasetChanges(published, published))).toEqual([]);
  });
});

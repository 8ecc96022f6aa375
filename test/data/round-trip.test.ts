// What the data desk writes is the published file itself where nothing changed: every row the officer
// did not touch goes back exactly as it was, byte for byte. Read from the shipped files, because that
// is the promise: the live files survive a round trip through the desk, the deployment's own tables
// (data/) and the national ones (data/national/, which the desk opened at ?province=63 or
// ?province=indonesia writes).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDataset } from '../../src/data/dataset.ts';
import { importFile } from '../../src/data/import-file.ts';
import { dataFiles } from '../../src/model/data-files.ts';
import { applyImport } from '../../src/model/imported-data.ts';

const SETS = [
  { folder: 'data', codes: ['61.01', '61.02', '61.03', '61.04', '61.05', '61.06', '61.07'] },
  // Provinces, regencies of one, and Indonesia as a whole (no code: a national_ metric).
  { folder: 'data/national', codes: ['63', '63.01', '63.71', '64', '11.01', '94', ''] },
] as const;

for (const { folder, codes } of SETS) {
  const read = (name: string) => ({ name: `${folder}/${name}`, text: readFileSync(new URL(`../../${folder}/${name}`, import.meta.url), 'utf8') });
  const shipped = { regions: read('regions.csv'), coverage: read('coverage.csv'), awards: read('awards.csv') };
  const published = parseDataset(shipped);

  describe(`the shipped data files of ${folder}/ through the desk`, () => {
    test('read with no error', () => {
      expect(published.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });

    test('written back with no import, each file is the shipped file byte for byte', () => {
      const files = dataFiles(published);
      for (const kind of ['coverage', 'awards', 'regions'] as const) expect(files[kind].text).toBe(shipped[kind].text);
    });

    test('seven new 2026 rows added: the coverage file is every shipped line unchanged, then the seven', async () => {
      const metric = (code: string) => (code === '' ? 'national_coverage_pct' : 'coverage_pct');
      const text = ['region_code,period,metric,value,unit,source_url,confidence', ...codes.map((code, i) => `${code},2026,${metric(code)},${40 + i},percent,https://example.org/2026,high`)].join('\n');
      const result = applyImport(published, [await importFile(new TextEncoder().encode(text), 'cakupan-2026.csv')]);
      expect(result.files[0]!.tables[0]!.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const lines = dataFiles(result.dataset).coverage.text.trimEnd().split('\n');
      const shippedLines = shipped.coverage.text.trimEnd().split('\n');
      expect(lines.slice(0, shippedLines.length)).toEqual(shippedLines);
      expect(lines.slice(shippedLines.length).map((line) => line.split(',').slice(0, 5).join(','))).toEqual(
        codes.map((code, i) => `${code},${code === '' ? 'Indonesia' : published.regions.byCode.get(code)!.name},2026,${metric(code)},${40 + i}`),
      );
    });
  });
}

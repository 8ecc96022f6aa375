// Workbooks built to hurt (test/fixtures/hostile-workbooks.ts): archives two readers would read two
// ways, and archives that unpack to far more than they weigh. Each is refused within seconds, with one
// problem that says why in both languages, and nothing of it is read: no row of a harmless decoy, no
// gigabyte of a bomb.
import { describe, expect, it } from 'vitest';
import { importFile, type Problem } from '../../src/data/index.ts';
import { readArchive } from '../../src/data/zip-archive.ts';
import { denseSheets, deflateBomb, duplicateSheetName, endRecordTrapInComment, secondDirectoryInComment } from '../fixtures/hostile-workbooks.ts';
import { workbook } from '../fixtures/workbook.ts';

/** A refusal takes well under a second here; a loaded 2-core machine gets ten times that. */
const WITHIN_MS = 10_000;

async function refusal(bytes: Uint8Array): Promise<Problem> {
  const started = performance.now();
  const imported = await importFile(bytes, 'rekap.xlsx');
  expect(performance.now() - started).toBeLessThan(WITHIN_MS);
  expect(imported.tables).toEqual([]);
  expect(imported.problems).toHaveLength(1);
  const [problem] = imported.problems;
  expect(problem!.severity).toBe('error');
  // Both languages, each its own sentence.
  expect(problem!.expectedId).toBeTruthy();
  expect(problem!.expectedId).not.toBe(problem!.expected);
  return problem!;
}

describe('workbooks built to hurt: refused within seconds, in one problem, in both languages', () => {
  it('a second central directory hidden in the archive comment', { timeout: 60_000 }, async () => {
    const problem = await refusal(secondDirectoryInComment());
    expect(problem.expected).toMatch(/ZIP structure can be read in more than one way/);
    expect(problem.expectedId).toMatch(/dapat dibaca lebih dari satu cara/);
  });

  it('the start of an end record in the last bytes of the comment, where readers that scan differently part ways', { timeout: 60_000 }, async () => {
    expect((await refusal(endRecordTrapInComment())).expected).toMatch(/can be read in more than one way/);
  });

  it('two parts with the same name, a bomb first and a harmless sheet second', { timeout: 60_000 }, async () => {
    const problem = await refusal(duplicateSheetName());
    expect(problem.expected).toBe('an .xlsx workbook whose parts each have their own name; this one holds two parts named xl/worksheets/sheet1.xml (a damaged file, or one built to be read two ways)');
    expect(problem.expectedId).toMatch(/dua bagian bernama xl\/worksheets\/sheet1\.xml/);
  });

  it('24 sheets holding 199 MB of XML in a file of a few hundred KB', { timeout: 60_000 }, async () => {
    const bytes = denseSheets();
    expect(bytes.length).toBeLessThan(1_000_000);
    const problem = await refusal(bytes);
    expect(problem.expected).toMatch(/^an \.xlsx workbook that unpacks to at most 100 times its size, as sheets of figures do; this \d+ KB file unpacks to more than 19\d MB/);
    expect(problem.expectedId).toMatch(/paling besar 100 kali ukuran berkasnya/);
  });

  it('a 4 MB deflate bomb (4 GB) whose headers declare 150 MB: stopped as it outgrows what it declared', { timeout: 60_000 }, async () => {
    const bytes = deflateBomb();
    expect(bytes.length).toBeGreaterThan(3_000_000);
    const problem = await refusal(bytes);
    expect(problem.expected).toBe('an .xlsx workbook whose parts are the size they declare; xl/worksheets/sheet1.xml unpacks to more than its declared 150000000 bytes (a damaged file, or one built to fill the memory)');
  });
});

describe('the one reader of the archive', () => {
  it('holds every part to its budget: what they declare before inflating, what comes out while inflating', () => {
    expect(() => readArchive(deflateBomb(), { maxInflatedBytes: 100_000_000 })).toThrow(/unpacks to at most 100 MB; this one declares 150 MB/);
    expect(() => readArchive(deflateBomb(), { maxInflatedBytes: 160_000_000 })).toThrow(/unpacks to more than its declared 150000000 bytes/);
    const parts = readArchive(workbook({ sheets: { Cakupan: [['region_code', 'value'], ['61.04', 55.69]] } }));
    expect(parts.map((part) => part.name)).toContain('xl/worksheets/sheet1.xml');
  });

  it('stops at the deadline', () => {
    expect(() => readArchive(workbook({ sheets: { Cakupan: [['region_code']] } }), { deadline: performance.now() - 1 })).toThrow(/took too long/);
  });

  it('refuses a local header that disagrees with the central directory, and an encrypted part', () => {
    const bytes = workbook({ sheets: { Cakupan: [['region_code']] } });
    const view = new DataView(bytes.buffer);
    const forged = bytes.slice();
    new DataView(forged.buffer).setUint32(22, view.getUint32(22, true) + 1, true);
    expect(() => readArchive(forged)).toThrow(/can be read in more than one way/);
    const encrypted = bytes.slice();
    const encryptedView = new DataView(encrypted.buffer);
    for (let i = 0; i + 4 <= encrypted.length; i++) {
      const signature = encryptedView.getUint32(i, true);
      if (signature === 0x02014b50) encryptedView.setUint16(i + 8, encryptedView.getUint16(i + 8, true) | 1, true);
      if (signature === 0x04034b50) encryptedView.setUint16(i + 6, encryptedView.getUint16(i + 6, true) | 1, true);
    }
    expect(() => readArchive(encrypted)).toThrow(/is encrypted: save it in Excel without a password/);
  });
});

import { describe, expect, it } from 'vitest';
import { applyColumnMatch, guessColumns, layoutKey, tableHeadings } from './column-match.ts';
import type { ImportedTable } from './import-file.ts';

const csvTable = (text: string): ImportedTable => ({ file: 'rekap.csv', sheet: null, text, rowOfLine: null, problems: [] });

describe('guessColumns', () => {
  it('takes an office\'s headings for our fields, whatever their case and punctuation, and names what is still unplaced', () => {
    const match = guessColumns(['No', 'KAB/KOTA', 'Cakupan (%)', 'Posisi']);
    expect(match.kind).toBe('coverage');
    expect(match.columns).toEqual([null, { field: 'region_code' }, { field: 'value', implies: { metric: 'coverage_pct', unit: 'percent' } }, null]);
    expect(match.unplaced).toEqual(['period', 'source_url', 'confidence']);
  });

  it('tells a regions table and an awards table by their headings', () => {
    expect(guessColumns(['Kode Kemendagri', 'Kode BPS', 'Nama', 'Nama Singkat', 'Jenis']).kind).toBe('regions');
    expect(guessColumns(['Edisi', 'Kategori', 'Peringkat', 'Pemenang', 'Jenis Pemenang']).kind).toBe('awards');
  });
});

describe('layoutKey', () => {
  it('is one key for one layout however it is typed, another for a column moved', () => {
    expect(layoutKey(['No', 'Kabupaten/Kota', 'Cakupan (%)', ''])).toBe(layoutKey(['NO', 'KABUPATEN / KOTA', 'cakupan %']));
    expect(layoutKey(['No', 'Cakupan (%)', 'Kabupaten/Kota'])).not.toBe(layoutKey(['No', 'Kabupaten/Kota', 'Cakupan (%)']));
  });
});

describe('applyColumnMatch', () => {
  const text = 'No;Kabupaten/Kota;Cakupan (%);Posisi\n1;Kabupaten Ketapang;68,02;Des\n2;Kota Pontianak;44,5;Des\n';

  it('makes a table of ours in the file\'s own delimiter, with the constants, each line at its own line of the file', () => {
    const table = csvTable(text);
    const { table: made, problems } = applyColumnMatch(table, guessColumns(tableHeadings(table)), { period: '2025-12', source_url: 'https://example.org/a', confidence: 'tinggi' });
    expect(problems).toEqual([]);
    expect(made!.text).toBe(
      'region_code;value;period;source_url;confidence;metric;unit\nKabupaten Ketapang;68,02;2025-12;https://example.org/a;tinggi;coverage_pct;percent\nKota Pontianak;44,5;2025-12;https://example.org/a;tinggi;coverage_pct;percent\n',
    );
    expect(made!.rowOfLine).toEqual([1, 2, 3]);
    expect(made!.columnNames).toMatchObject({ region_code: 'Kabupaten/Kota', value: 'Cakupan (%)' });
    // No and Posisi: one note, not one each.
    expect(made!.problems.map((p) => [p.severity, p.line, p.found])).toEqual([['warning', 1, 'No, Posisi']]);
  });

  it('refuses a table whose required fields are not all given, in one sentence naming them', () => {
    const table = csvTable(text);
    const { table: made, problems } = applyColumnMatch(table, guessColumns(tableHeadings(table)), { period: '2025-12' });
    expect(made).toBeNull();
    expect(problems.map((p) => p.expectedId)).toEqual([
      'kolom atau isian tetap untuk alamat sumber dan tingkat keyakinan; tabel ini tidak memuatnya, jadi tidak satu baris pun dibaca (tabel lain tetap dibaca)',
    ]);
  });
});

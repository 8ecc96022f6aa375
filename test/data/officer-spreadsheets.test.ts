// Spreadsheets in the layouts the offices really send, built in code: title rows above the header,
// merged title cells, totals rows, a hidden sheet, figures typed as text, percentages as 0.68 (Excel's
// percent format) and as 68, Indonesian headers and words, names instead of codes, a semicolon CSV with
// decimal commas, a CSV with quoted decimal commas, an office's own layout matched on the desk. Each
// gives the rows it must load, the values read, and the problems by kind and line.
import { describe, expect, it } from 'vitest';
import {
  applyColumnMatch,
  guessColumns,
  importFile,
  problemSentence,
  tableHeadings,
  validateTable,
  type MatchConstants,
  type Problem,
} from '../../src/data/index.ts';
import { workbook, type TestCell } from '../fixtures/workbook.ts';
import { shippedRegions } from './helpers.ts';

const regions = shippedRegions();
const SOURCE = 'https://www.bpjsketenagakerjaan.go.id/berita/rekap-2025';
const utf8 = (text: string) => new TextEncoder().encode(text);

interface Loaded {
  /** Per table: [regionCode, metric, value] of each figure. */
  figures: [string, string, number][];
  /** Every problem, as "severity line field" for a short, exact check. */
  kinds: string[];
  problems: Problem[];
}

/**
 * What the desk does with a file: each table read as it is when its columns are all placed, or through
 * the column match with the constants the person gave.
 */
async function load(bytes: Uint8Array, name: string, constants?: MatchConstants): Promise<Loaded> {
  const { parseCoverage } = await import('../../src/data/index.ts');
  const imported = await importFile(bytes, name);
  const figures: Loaded['figures'] = [];
  const problems: Problem[] = [...imported.problems];
  for (const raw of imported.tables) {
    let table = raw;
    if (constants) {
      const applied = applyColumnMatch(raw, guessColumns(tableHeadings(raw)), constants);
      problems.push(...applied.problems);
      if (!applied.table) continue;
      table = applied.table;
    }
    const report = validateTable(table, regions);
    problems.push(...report.problems);
    if (report.kind === 'coverage') {
      for (const f of parseCoverage(table.text, name, regions).figures) figures.push([f.regionCode, f.metric, f.value]);
    }
  }
  return { figures, problems, kinds: problems.map((p) => `${p.severity} ${p.sheet ? `[${p.sheet}] ` : ''}${p.line ?? '-'} ${p.field ?? '-'}`) };
}

const xlsx = (sheets: Record<string, TestCell[][]>, extra: { merged?: Record<string, string[]>; hidden?: string[] } = {}) => workbook({ sheets, ...extra });

describe('spreadsheets as the offices send them', () => {
  it('1. a title and a merged title row above Indonesian headers, a totals row at the end', async () => {
    const bytes = xlsx(
      {
        Rekap: [
          ['REKAPITULASI CAKUPAN KEPESERTAAN BPJS KETENAGAKERJAAN', null, null, null, null, null],
          ['Provinsi Kalimantan Barat, posisi Desember 2025'],
          ['Kode Wilayah', 'Kabupaten/Kota', 'Periode', 'Cakupan (%)', 'Sumber', 'Keyakinan'],
          ['61.04', 'Kabupaten Ketapang', '2025-12', 68.02, SOURCE, 'Tinggi'],
          ['61.71', 'Kota Pontianak', '2025-12', 44.5, SOURCE, 'sedang'],
          [null, 'Jumlah', null, 56.26, null, null],
        ],
      },
      { merged: { Rekap: ['A1:F1'] } },
    );
    const { figures, kinds } = await load(bytes, 'rekap.xlsx');
    expect(figures).toEqual([
      ['61.04', 'coverage_pct', 68.02],
      ['61.71', 'coverage_pct', 44.5],
    ]);
    // The header below the title, and the totals row left out, each a warning at its own row.
    expect(kinds).toEqual(['warning [Rekap] 3 -', 'warning [Rekap] 6 -']);
  });

  it('2. figures typed as text: "68,02", "41.250" persons and "1.234.567" persons', async () => {
    const bytes = xlsx({
      Data: [
        ['Kode Wilayah', 'Tahun', 'Metrik', 'Nilai', 'Satuan', 'Sumber', 'Keyakinan'],
        ['61.04', 2025, 'coverage_pct', '68,02', 'persen', SOURCE, 'tinggi'],
        ['61.05', 2025, 'participants_active', '41.250', 'orang', SOURCE, 'tinggi'],
        ['61', 2025, 'worker_base_bpjs', '1.234.567', 'jiwa', SOURCE, 'rendah'],
      ],
    });
    const { figures, problems } = await load(bytes, 'teks.xlsx');
    expect(figures).toEqual([
      ['61.04', 'coverage_pct', 68.02],
      ['61.05', 'participants_active', 41250],
      ['61', 'worker_base_bpjs', 1234567],
    ]);
    // "68,02" and "1.234.567" read as id-ID text cells (a warning naming the cell); "41.250" persons
    // read as thousands, said in Indonesian.
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(problemSentence(problems[1]!, 'id')).toBe(
      'Peringatan di teks.xlsx, lembar “Data”, baris 3, kolom “Nilai”: tertulis "41.250"; seharusnya angka bulat; "41.250" dibaca 41250, dengan titik sebagai pemisah ribuan, karena jumlah orang tidak berpecahan.',
    );
  });

  it('3. percentages as 0.68 in Excel\'s percent format and as 68: both read as the figure shown', async () => {
    const bytes = xlsx({
      Cakupan: [
        ['Kode Wilayah', 'Periode', 'Cakupan UCJ (%)', 'Sumber', 'Keyakinan'],
        ['61.04', '2025-12', { number: 0.6802, format: '0.00%' }, SOURCE, 'high'],
        ['61.05', '2025-12', 41.25, SOURCE, 'high'],
      ],
    });
    const { figures, kinds } = await load(bytes, 'persen.xlsx');
    expect(figures).toEqual([
      ['61.04', 'coverage_pct', 68.02],
      ['61.05', 'coverage_pct', 41.25],
    ]);
    expect(kinds).toEqual(['warning [Cakupan] 2 value']);
  });

  it('4. names instead of codes in every usual form; a bare "Pontianak" names both regions it may be', async () => {
    const bytes = xlsx({
      Cakupan: [
        ['Nama Wilayah', 'Periode', 'Cakupan (%)', 'Sumber', 'Keyakinan'],
        ['KAB KETAPANG', '2025', 68.02, SOURCE, 'tinggi'],
        ['Kab. Sambas', '2025', 24, SOURCE, 'tinggi'],
        ['KOTA PONTIANAK', '2025', 44.5, SOURCE, 'tinggi'],
        ['Kabupaten Pontianak', '2025', 38.12, SOURCE, 'tinggi'],
        ['Kubu Raya', '2025', 39.21, SOURCE, 'tinggi'],
        ['Pontianak', '2025', 40, SOURCE, 'tinggi'],
      ],
    });
    const { figures, problems } = await load(bytes, 'nama.xlsx');
    expect(figures.map(([code]) => code)).toEqual(['61.04', '61.01', '61.71', '61.02', '61.12']);
    expect(problems).toHaveLength(1);
    expect(problemSentence(problems[0]!, 'id')).toBe(
      'Kesalahan di nama.xlsx, lembar “Cakupan”, baris 7, kolom “Nama Wilayah”: tertulis "Pontianak"; seharusnya kode Kemendagri: "Pontianak" dapat berarti Kabupaten Mempawah (61.02, bernama Kabupaten Pontianak sampai 2014) atau Kota Pontianak (61.71).',
    );
  });

  it('5. a semicolon CSV with decimal commas, Indonesian headers and words', async () => {
    const csv = [
      'Kode Wilayah;Periode;Metrik;Nilai;Satuan;Sumber;Keyakinan',
      `61.04;2025-12;coverage_pct;68,02;persen;${SOURCE};Tinggi`,
      `61.05;2025-12;participants_active;41.250;orang;${SOURCE};sedang`,
      `61,04;2025-12;coverage_pct;55,69;%;${SOURCE};rendah`,
    ].join('\r\n');
    const { figures, problems } = await load(utf8(csv), 'cakupan-titikkoma.csv');
    expect(figures).toEqual([
      ['61.04', 'coverage_pct', 68.02],
      ['61.05', 'participants_active', 41250],
    ]);
    // A code written with the decimal comma of a semicolon export: the code meant, not "a list".
    expect(problems.map((p) => problemSentence(p, 'id'))).toEqual([
      'Kesalahan di cakupan-titikkoma.csv, baris 4, kolom “Kode Wilayah”: tertulis "61,04"; seharusnya kode Kemendagri dengan titik: mungkin maksudnya 61.04.',
    ]);
  });

  it('6. a comma CSV with quoted decimal commas; "80,101" stays refused, naming both readings', async () => {
    const csv = [
      'region_code,period,metric,value,unit,source_url,confidence',
      `61.04,2025,coverage_pct,"68,02",percent,${SOURCE},high`,
      `61.05,2025,coverage_pct,"41,25",percent,${SOURCE},high`,
      `61.06,2025,participants_pu,"80,101",persons,${SOURCE},high`,
    ].join('\n');
    const { figures, problems } = await load(utf8(csv), 'kutip.csv');
    expect(figures).toEqual([
      ['61.04', 'coverage_pct', 68.02],
      ['61.05', 'coverage_pct', 41.25],
    ]);
    expect(problems.map((p) => [p.line, p.field, p.expected])).toEqual([
      [4, 'value', 'a number without thousands separators (80101 if the comma separates thousands, or 80.101 if it is a decimal comma)'],
    ]);
  });

  it('7. an office\'s own layout (No, Kabupaten/Kota, Cakupan (%), Posisi), matched with a period, source and confidence for all rows', async () => {
    const rows: TestCell[][] = [
      ['No', 'Kabupaten/Kota', 'Cakupan (%)', 'Posisi'],
      [1, 'Kabupaten Sambas', 24.5, 'Des 2025'],
      [2, 'Kabupaten Mempawah', 38.1, 'Des 2025'],
      [3, 'Kota Singkawang', 27, 'Des 2025'],
      [4, 'KALIMANTAN BARAT', 36.9, 'Des 2025'],
      [5],
    ];
    const bytes = xlsx({ 'Rekap Des': rows });
    const imported = await importFile(bytes, 'rekap-kantor.xlsx');
    const match = guessColumns(tableHeadings(imported.tables[0]!));
    expect(match.kind).toBe('coverage');
    expect(match.columns.map((c) => c?.field ?? null)).toEqual([null, 'region_code', 'value', null]);
    expect(match.unplaced).toEqual(['period', 'source_url', 'confidence']);
    const { figures, kinds } = await load(bytes, 'rekap-kantor.xlsx', { period: 'Desember 2025', source_url: SOURCE, confidence: 'tinggi' });
    expect(figures).toEqual([
      ['61.01', 'coverage_pct', 24.5],
      ['61.02', 'coverage_pct', 38.1],
      ['61.72', 'coverage_pct', 27],
    ]);
    // "No" and "Posisi" left out with one note; the province's totals row and the row holding only its number, each named.
    expect(kinds).toEqual(['warning [Rekap Des] 1 -', 'warning [Rekap Des] 5 region_code', 'warning [Rekap Des] 6 -']);
  });

  it('8. a sheet with coverage and active participants side by side gives a figure each', async () => {
    const bytes = xlsx({
      Rekap: [
        ['Kode Wilayah', 'Cakupan (%)', 'Jumlah Peserta Aktif'],
        ['61.04', 68.02, '69.590'],
        ['61.12', 39.21, 110013],
      ],
    });
    const { figures, problems } = await load(bytes, 'lebar.xlsx', { period: '2025-12', source_url: SOURCE, confidence: 'high' });
    expect(figures).toEqual([
      ['61.04', 'coverage_pct', 68.02],
      ['61.04', 'participants_active', 69590],
      ['61.12', 'coverage_pct', 39.21],
      ['61.12', 'participants_active', 110013],
    ]);
    expect(problems.map((p) => [p.severity, p.line, p.column])).toEqual([['warning', 2, 'Jumlah Peserta Aktif']]);
  });

  it('9. a hidden lookup sheet is left out with a note; the visible table loads', async () => {
    const bytes = xlsx(
      {
        Cakupan: [
          ['Kode Wilayah', 'Periode', 'Cakupan (%)', 'Sumber', 'Keyakinan'],
          ['61.04', '2025', 68.02, SOURCE, 'tinggi'],
        ],
        Daftar: [['tinggi'], ['sedang'], ['rendah']],
      },
      { hidden: ['Daftar'] },
    );
    const { figures, kinds } = await load(bytes, 'tersembunyi.xlsx');
    expect(figures).toEqual([['61.04', 'coverage_pct', 68.02]]);
    expect(kinds).toEqual(['warning [Daftar] - -']);
  });

  it('10. a sheet lacking required columns says in one sentence what is missing, and the other sheet still loads', async () => {
    const bytes = xlsx({
      Baik: [
        ['Kode Wilayah', 'Periode', 'Cakupan (%)', 'Sumber', 'Keyakinan'],
        ['61.04', '2025', 68.02, SOURCE, 'tinggi'],
      ],
      Ringkas: [
        ['Wilayah', 'Cakupan'],
        ['Ketapang', 55.69],
      ],
    });
    const { figures, problems } = await load(bytes, 'dua-lembar.xlsx', {});
    expect(figures).toEqual([['61.04', 'coverage_pct', 68.02]]);
    expect(problems.map((p) => problemSentence(p, 'id'))).toEqual([
      'Kesalahan di dua-lembar.xlsx, lembar “Ringkas”: seharusnya kolom atau isian tetap untuk periode, alamat sumber dan tingkat keyakinan; tabel ini tidak memuatnya, jadi tidak satu baris pun dibaca (tabel lain tetap dibaca).',
    ]);
  });

  it('11. an Indonesian awards sheet: Edisi, Kategori, Peringkat, Pemenang, Jenis Pemenang and the rest', async () => {
    const bytes = xlsx({
      Penghargaan: [
        ['Edisi', 'Periode Penilaian', 'Tanggal Upacara', 'Tingkat', 'Kategori', 'Nama Kategori', 'Nama Kategori Inggris', 'Peringkat', 'Pemenang', 'Jenis Pemenang', 'Kode Wilayah', 'Sumber', 'Keyakinan'],
        [2025, '2024', '2025-09-24', 'provinsi', 'pemerintah-kabupaten-kota', 'Pemerintah Kabupaten/Kota', 'Regency and city governments', 'Juara 1', 'Pemerintah Kabupaten Ketapang', 'Pemerintah Kabupaten', '61.04', SOURCE, 'Tinggi'],
      ],
    });
    const imported = await importFile(bytes, 'penghargaan.xlsx');
    const report = validateTable(imported.tables[0]!, regions);
    expect(report.kind).toBe('awards');
    expect(report.problems).toEqual([]);
    expect(report.loaded).toBe(1);
  });
});

describe('the new 2026 coverage rows an officer types', () => {
  const HEADER = 'region_code,region_name,period,metric,value,unit,source_url,confidence';
  const rows = [
    ['61.01', 'Kabupaten Sambas', '41,25'],
    ['61.02', 'Kabupaten Mempawah', '38,5'],
    ['61.03', 'Kabupaten Sanggau', '29'],
    ['61.04', 'Kabupaten Ketapang', '70,1'],
    ['61.05', 'Kabupaten Sintang', '33,75'],
    ['61.71', 'Kota Pontianak', '45,2'],
    ['61.72', 'Kota Singkawang', '31,8'],
  ];
  const csv = (value = (v: string) => v) => [HEADER, ...rows.map(([code, name, v]) => `${code},${name},2026-06,coverage_pct,"${value(v!)}",persen,${SOURCE},tinggi`)].join('\n');

  it('written with "tinggi", "persen" and "41,25", all seven read with no problem', async () => {
    const { figures, problems } = await load(utf8(csv()), 'cakupan-2026.csv');
    expect(problems).toEqual([]);
    expect(figures.map(([, , value]) => value)).toEqual([41.25, 38.5, 29, 70.1, 33.75, 45.2, 31.8]);
  });

  it('a bad value is one Indonesian sentence naming its line and what to write', async () => {
    const { figures, problems } = await load(utf8(csv((v) => (v === '31,8' ? '31,8x' : v))), 'cakupan-2026.csv');
    expect(figures).toHaveLength(6);
    expect(problems.map((p) => problemSentence(p, 'id'))).toEqual([
      'Kesalahan di cakupan-2026.csv, baris 8, kolom “value”: tertulis "31,8x"; seharusnya angka seperti 68.02 atau 110013.',
    ]);
    expect(problems.map((p) => problemSentence(p, 'en'))).toEqual([
      'Error in cakupan-2026.csv, line 8, column “value”: found "31,8x"; expected a number such as 68.02 or 110013.',
    ]);
  });
});

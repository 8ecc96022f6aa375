// Excel workbooks as offices send them, built from a few lines each (test/fixtures/workbook.ts): each
// case lists every problem it must produce, as formatProblem writes it, and the rows that must still
// load. Then the files that are not workbooks at all, or are built to hurt: each refused in one line,
// soon.
import { describe, expect, it } from 'vitest';
import { formatProblem, importFile, MAX_INPUT_BYTES, parseCoverage, sheetRow, validateTable, type ImportedFile } from '../../src/data/index.ts';
import { workbook, workbookParts, zipParts, type TestCell, type TestWorkbook } from '../fixtures/workbook.ts';
import { shippedRegions } from './helpers.ts';

const regions = shippedRegions();
const FILE = 'cakupan.xlsx';
const SOURCE = 'https://example.org/rekap';
const HEADER = ['region_code', 'period', 'metric', 'value', 'unit', 'source_url', 'confidence'];
/** A coverage row, with the cells a case is about. */
const row = (code: TestCell, period: TestCell, value: TestCell, confidence: TestCell = 'high'): TestCell[] => [code, period, 'coverage_pct', value, 'percent', SOURCE, confidence];

interface Case {
  behaviour: string;
  workbook: TestWorkbook;
  /** Rows loaded, sheet by sheet (one entry per table). */
  loaded: number[];
  problems: string[];
}

async function report(bytes: Uint8Array, file = FILE): Promise<{ imported: ImportedFile; loaded: number[]; problems: string[] }> {
  const imported = await importFile(bytes, file);
  const reports = imported.tables.map((table) => validateTable(table, regions));
  return {
    imported,
    loaded: reports.map((r) => r.loaded),
    problems: [...reports.flatMap((r) => r.problems), ...imported.problems].map(formatProblem),
  };
}

const CASES: Case[] = [
  {
    behaviour: 'an error value (#N/A, #REF!) is an error naming the cell; its row is left out and the others load',
    workbook: { sheets: { Cakupan: [HEADER, row('61.04', 2023, 55.69), row('61.02', 2023, { formula: 'VLOOKUP(A3,Data!A:B,2,0)', error: '#N/A' }), row('61.03', { error: '#REF!' }, 40.1)] } },
    loaded: [1],
    problems: [
      'cakupan.xlsx [Cakupan]:3: error: value: found "#N/A"; expected a value; cell D3 holds Excel\'s error #N/A (a formula that failed): correct it, or type the value',
      'cakupan.xlsx [Cakupan]:4: error: period: found "#REF!"; expected a value; cell B4 holds Excel\'s error #REF! (a formula that failed): correct it, or type the value',
    ],
  },
  {
    behaviour: 'a formula whose result was never saved is an error saying to open and save the file in Excel; a saved result is read',
    workbook: { sheets: { Cakupan: [HEADER, row('61.04', 2023, { formula: 'B9/B10*100' }), row('61.02', 2023, { formula: 'B11/B12*100', result: 38.12 })] } },
    loaded: [1],
    problems: [
      'cakupan.xlsx [Cakupan]:2: error: value: found "=B9/B10*100"; expected a value; cell D2 holds a formula whose result is not saved in the file: open the file in Excel and save it, so the result is saved',
    ],
  },
  {
    behaviour: 'a region merged over several rows is read on each of them, with a warning naming the range',
    workbook: {
      sheets: { Cakupan: [HEADER, row('61.04', 2023, 55.69), row(null, 2024, 68.02), row(null, '2025-06', 70.5), row('61.02', 2024, 38.54)] },
      merged: { Cakupan: ['A2:A4'] },
    },
    loaded: [4],
    problems: ['cakupan.xlsx [Cakupan]:2: warning: region_code: found "61.04"; expected one value a cell; cells A2:A4 are merged, so "61.04" is read on each of rows 2 to 4 (unmerge them and fill each cell to be sure)'],
  },
  {
    behaviour: 'a header below title rows is found, and said to be there; rows keep their sheet numbers',
    workbook: { sheets: { Cakupan: [['Cakupan Kepesertaan BPJS Ketenagakerjaan'], ['Posisi Desember 2024'], [], HEADER, row('61.04', 2024, 'tinggi')] } },
    loaded: [0],
    problems: [
      'cakupan.xlsx [Cakupan]:4: warning: expected the header on row 1; it is on row 4, and the 3 rows above it (a title?) are left out',
      'cakupan.xlsx [Cakupan]:5: error: value: found "tinggi"; expected a number such as 68.02 or 110013',
    ],
  },
  {
    behaviour: 'empty rows are skipped and every row keeps the number Excel gives it',
    workbook: { sheets: { Cakupan: [HEADER, row('61.04', 2023, 55.69), [], [], row('61.99', 2023, 40), [null, null, null, ' '], row('61.02', 2023, 38.12)] } },
    loaded: [2],
    problems: ['cakupan.xlsx [Cakupan]:5: error: region_code: found "61.99"; expected a known Kemendagri code: 61 for the province, or a regency (61.01 to 61.72); 61.99 is not one'],
  },
  {
    behaviour: 'numbers kept as text with id-ID separators are read as numbers, with a warning saying how',
    workbook: { sheets: { Cakupan: [HEADER, row('61.04', 2023, '55,69'), ['61.04', 2023, 'participants_active', '1.786.809', 'persons', SOURCE, 'high'], row('61.02', 2023, '80,101')] } },
    loaded: [2],
    problems: [
      'cakupan.xlsx [Cakupan]:2: warning: value: expected a number cell; cell D2 holds the text "55,69", read with id-ID separators as 55.69',
      'cakupan.xlsx [Cakupan]:3: warning: value: expected a number cell; cell D3 holds the text "1.786.809", read with id-ID separators as 1786809',
      'cakupan.xlsx [Cakupan]:4: error: value: found "80,101"; expected a number without thousands separators (80101 if the comma separates thousands, or 80.101 if it is a decimal comma)',
    ],
  },
  {
    behaviour: 'a percentage typed with a % format (stored as 0.5569) is read as the figure shown, with a warning',
    workbook: { sheets: { Cakupan: [HEADER, row('61.04', 2023, { number: 0.5569, format: '0.00%' }), row('61.02', 2023, { number: 0.3812, format: '0%' })] } },
    loaded: [2],
    problems: [
      'cakupan.xlsx [Cakupan]:2: warning: value: expected a figure typed without a % format; cell D2 shows 55.69% (Excel stores 0.5569), and is read as 55.69, the figure shown',
      'cakupan.xlsx [Cakupan]:3: warning: value: expected a figure typed without a % format; cell D3 shows 38.12% (Excel stores 0.3812), and is read as 38.12, the figure shown',
    ],
  },
  {
    behaviour: 'a period that is a bare date serial is read as the date, with a warning; one that is not a date is refused',
    workbook: { sheets: { Cakupan: [HEADER, row('61.04', 45291, 55.69), row('61.02', 2023.5, 38.12)] } },
    loaded: [1],
    problems: [
      'cakupan.xlsx [Cakupan]:2: warning: period: expected a period written YYYY, YYYY-MM or YYYY-MM-DD; cell B2 holds the number 45291, read as Excel\'s date 2023-12-31 (a date cell that lost its format: format it as a date, or type the period as text)',
      'cakupan.xlsx [Cakupan]:3: error: period: found "2023.5"; expected a period written YYYY, YYYY-MM or YYYY-MM-DD',
    ],
  },
  {
    behaviour: 'a code typed as a number that lost its final zero (61.1) is read as 61.10, with a warning',
    workbook: { sheets: { 'Cakupan & Target': [HEADER, row(61.1, 2023, 47.2), row(61.04, 2023, 55.69)] } },
    loaded: [2],
    problems: ['cakupan.xlsx [Cakupan & Target]:2: warning: region_code: expected a code entered as text; cell A2 holds the number 61.1, read as the code 61.10 (a number drops the final zero: format the column as Text)'],
  },
  {
    behaviour: 'a boolean is read as Excel shows it (TRUE), and refused where it is not a value of the column',
    workbook: { sheets: { Cakupan: [HEADER, row('61.04', 2023, 55.69, true)] } },
    loaded: [0],
    problems: ['cakupan.xlsx [Cakupan]:2: error: confidence: found "TRUE"; expected one of high, medium, low (or tinggi, sedang, rendah)'],
  },
  {
    behaviour: 'a value in a column with no name above it is left out with a warning naming the cell',
    workbook: { sheets: { Cakupan: [HEADER, [...row('61.04', 2023, 55.69), null, 'cek lagi']] } },
    loaded: [1],
    problems: ['cakupan.xlsx [Cakupan]:2: warning: found "cek lagi"; expected values only under a named column; cell I2 has no column name above it in row 1, and is left out'],
  },
  {
    behaviour: 'sheets that hold no table (an explanation, a chart) are left out with a warning naming them',
    workbook: { sheets: { Keterangan: [['Isikan satu angka per baris'], ['Kolom value: angka tanpa %']], Cakupan: [HEADER, row('61.04', 2023, 55.69)], Kosong: [] }, chartSheets: ['Grafik'] },
    loaded: [1],
    problems: [
      'cakupan.xlsx [Keterangan]: warning: expected a table whose header (within the first 20 rows) names the columns of a coverage, awards or regions file; this sheet has none, and is left out',
      'cakupan.xlsx [Grafik]: warning: expected a worksheet; this is a chart sheet, and is left out',
    ],
  },
  {
    behaviour: 'a workbook with no table in any sheet is an error naming its sheets',
    workbook: { sheets: { Sheet1: [['Kecamatan', 'Jumlah Desa'], ['Delta Pawan', 9]] } },
    loaded: [],
    problems: [
      'cakupan.xlsx [Sheet1]: warning: expected a table whose header (within the first 20 rows) names the columns of a coverage, awards or regions file; this sheet has none, and is left out',
      'cakupan.xlsx: error: expected a sheet whose header names the columns of a coverage, awards or regions file (as the templates do); none of its sheets ("Sheet1") has one',
    ],
  },
  {
    behaviour: 'a note with a line break (Alt+Enter) keeps the rows after it at their sheet numbers',
    workbook: { sheets: { Cakupan: [[...HEADER, 'note'], [...row('61.04', 2023, 55.69), 'Baris satu\nbaris dua'], row('61.02', 2023, 'n/a')] } },
    loaded: [1],
    problems: ['cakupan.xlsx [Cakupan]:3: error: value: found "n/a"; expected a number such as 68.02 or 110013'],
  },
];

describe('Excel workbooks with problems', () => {
  for (const testCase of CASES) {
    it(testCase.behaviour, async () => {
      const { loaded, problems } = await report(workbook(testCase.workbook));
      expect(problems).toEqual(testCase.problems);
      expect(loaded).toEqual(testCase.loaded);
    });
  }
});

describe("Excel's own shapes read as the person sees them", () => {
  const textOf = async (spec: TestWorkbook) => {
    const imported = await importFile(workbook(spec), FILE);
    expect(imported.problems).toEqual([]);
    return imported.tables.map((table) => table.text);
  };

  it('a date cell in a period is read to the precision its format shows: a day, a month, a year', async () => {
    const [text] = await textOf({
      sheets: {
        Cakupan: [
          HEADER,
          row('61.04', { number: 45291, format: 'dd/mm/yyyy' }, 1),
          row('61.04', { number: 45627, format: 'mmm\\-yy' }, 2),
          row('61.04', { number: 45292, format: '[$-421]mmmm yyyy;@' }, 3),
          row('61.04', { number: 45658, format: 'yyyy' }, 4),
          row('61.04', 2024, 5),
        ],
      },
    });
    expect(text!.split('\n').slice(1, 6).map((line) => line.split(',')[1])).toEqual(['2023-12-31', '2024-12', '2024-01', '2025', '2024']);
  });

  it('dates of a workbook counted from 1904 are the same days', async () => {
    const [text] = await textOf({ sheets: { Cakupan: [HEADER, row('61.04', { number: 43829, format: 'yyyy-mm-dd' }, 1)] }, date1904: true });
    expect(text!.split('\n')[1]!.split(',')[1]).toBe('2023-12-31');
  });

  it('a number saved with more digits than Excel shows is read as shown; spaces around values and inline text are read as in a CSV', async () => {
    const [text] = await textOf({ sheets: { Cakupan: [HEADER, ['  61.04 ', ' 2023', { inline: 'coverage_pct' }, 55.690000000000005, 'percent', SOURCE, 'high ']] } });
    expect(text).toBe(`${HEADER.join(',')}\n  61.04 , 2023,coverage_pct,55.69,percent,${SOURCE},high \n`);
    const imported = await importFile(workbook({ sheets: { Cakupan: [HEADER, ['  61.04 ', ' 2023', { inline: 'coverage_pct' }, 55.690000000000005, 'percent', SOURCE, 'high ']] } }), FILE);
    expect(validateTable(imported.tables[0]!, regions)).toMatchObject({ loaded: 1, problems: [] });
  });

  it('a figure read from a sheet says its sheet row, past title rows, empty rows and a note on two lines', async () => {
    const imported = await importFile(workbook({ sheets: { Cakupan: [['Rekap'], [], [...HEADER, 'note'], [...row('61.04', 2023, 55.69), 'Baris satu\nbaris dua'], [], row('61.02', 2023, 38.12)] } }), FILE);
    const table = imported.tables[0]!;
    const { figures } = parseCoverage(table.text, table.file, regions);
    expect(figures.map((figure) => [figure.regionCode, sheetRow(table, figure.line)])).toEqual([['61.04', 4], ['61.02', 6]]);
  });

  it('a sheet a table, whatever their order: each read as its own kind', async () => {
    const imported = await importFile(workbook({
      sheets: {
        Penghargaan: [
          ['edition', 'assessment_period', 'ceremony_date', 'level', 'category', 'category_label_id', 'category_label_en', 'rank', 'winner_name', 'winner_type', 'region_code', 'source_url', 'confidence'],
          [2025, 2024, { number: 45924, format: 'd mmmm yyyy' }, 'provinsi', 'pemerintah-kabupaten-kota', 'Pemerintah Kabupaten/Kota', 'Regency and city governments', 1, 'Pemerintah Kabupaten Ketapang', 'pemerintah-kabupaten', '61.04', SOURCE, 'high'],
        ],
        Cakupan: [HEADER, row('61.04', 2023, 55.69)],
      },
    }), FILE);
    const reports = imported.tables.map((table) => validateTable(table, regions));
    expect(reports.map((r) => [r.sheet, r.kind, r.loaded, r.problems.map(formatProblem)])).toEqual([
      ['Penghargaan', 'awards', 1, []],
      ['Cakupan', 'coverage', 1, []],
    ]);
  });
});

/** Generous: a refusal takes milliseconds; a hang or a filled memory would take far longer. */
const GUARD_TIMEOUT = 20_000;

describe('files that are not workbooks, or are built to hurt: refused in one line, soon', () => {
  const refusal = async (bytes: Uint8Array, file = FILE) => {
    const { imported, problems } = await report(bytes, file);
    expect(imported.tables).toEqual([]);
    return problems;
  };

  it('a file over the size limit is refused with the limit, before it is read', { timeout: GUARD_TIMEOUT }, async () => {
    expect(await refusal(new Uint8Array(MAX_INPUT_BYTES + 1))).toEqual(['cakupan.xlsx: error: expected a file within the 20 MB limit; this one is larger (found 20 MB)']);
  });

  it('a password-protected workbook (or an old .xls) is refused, saying to save it as .xlsx without a password', { timeout: GUARD_TIMEOUT }, async () => {
    const compoundFile = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    expect(await refusal(compoundFile)).toEqual(['cakupan.xlsx: error: expected an .xlsx workbook without a password; this is a password-protected or old-format (.xls) workbook: save it in Excel as "Excel Workbook (.xlsx)" without a password']);
  });

  it('a PDF named .xlsx is refused saying what it is', { timeout: GUARD_TIMEOUT }, async () => {
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n'))).toEqual(['cakupan.xlsx: error: expected an Excel workbook (.xlsx), as the file\'s name says; this is a PDF']);
  });

  it('a ZIP that holds no workbook is refused', { timeout: GUARD_TIMEOUT }, async () => {
    expect(await refusal(zipParts({ 'laporan.txt': 'bukan buku kerja' }))).toEqual(['cakupan.xlsx: error: expected an Excel workbook (.xlsx); this is a ZIP archive that holds no workbook']);
  });

  it('a damaged ZIP (cut short) is refused as damaged', { timeout: GUARD_TIMEOUT }, async () => {
    const bytes = workbook({ sheets: { Cakupan: [HEADER, row('61.04', 2023, 55.69)] } });
    expect(await refusal(bytes.subarray(0, Math.floor(bytes.length / 2)))).toEqual(['cakupan.xlsx: error: expected an .xlsx workbook; the file is damaged (its ZIP structure cannot be read): save it again from Excel']);
  });

  it('a sheet that is not well-formed XML (a cell left open) is read as far as it goes, and refused for the table it lacks', { timeout: GUARD_TIMEOUT }, async () => {
    const parts = workbookParts({ sheets: { Cakupan: [HEADER] } });
    parts['xl/worksheets/sheet1.xml'] = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>';
    expect(await refusal(zipParts(parts))).toEqual([
      'cakupan.xlsx [Cakupan]: warning: expected a table whose header (within the first 20 rows) names the columns of a coverage, awards or regions file; this sheet has none, and is left out',
      'cakupan.xlsx: error: expected a sheet whose header names the columns of a coverage, awards or regions file (as the templates do); none of its sheets ("Cakupan") has one',
    ]);
  });

  it('a zip bomb declaring more than 200 MB of XML is refused before anything is inflated', { timeout: GUARD_TIMEOUT }, async () => {
    const bytes = workbook({ sheets: { Cakupan: [HEADER] } });
    setDeclaredSize(bytes, 'xl/worksheets/sheet1.xml', 250_000_000);
    expect(await refusal(bytes)).toEqual(['cakupan.xlsx: error: expected an .xlsx workbook that unpacks to at most 200 MB; this one declares 250 MB (split it into several files, or a file built to fill the memory?)']);
  });

  it('a part that unpacks more than a hundred times its stored size is refused', { timeout: GUARD_TIMEOUT }, async () => {
    const parts: Record<string, string | Uint8Array> = workbookParts({ sheets: { Cakupan: [HEADER] } });
    parts['xl/worksheets/sheet1.xml'] = `<worksheet>${' '.repeat(30_000_000)}</worksheet>`;
    const [problem] = await refusal(zipParts(parts));
    expect(problem).toMatch(/^cakupan\.xlsx: error: expected an \.xlsx workbook; its part xl\/worksheets\/sheet1\.xml would unpack \d+ times larger than it is stored, more than the 100 times a sheet of figures reaches \(a file built to fill the memory\?\)$/);
  });

  it('a part that declares a small size and unpacks to more is stopped at its declared size', { timeout: GUARD_TIMEOUT }, async () => {
    const parts: Record<string, string | Uint8Array> = workbookParts({ sheets: { Cakupan: [HEADER] } });
    parts['xl/worksheets/sheet1.xml'] = `<worksheet>${' '.repeat(5_000_000)}</worksheet>`;
    const bytes = zipParts(parts);
    setDeclaredSize(bytes, 'xl/worksheets/sheet1.xml', 100_000);
    expect(await refusal(bytes)).toEqual(['cakupan.xlsx: error: expected an .xlsx workbook whose parts are the size they declare; xl/worksheets/sheet1.xml unpacks to more than its declared 100000 bytes (a damaged file, or one built to fill the memory)']);
  });
});

/**
 * Overwrites a part's uncompressed size in the ZIP's central directory and, unless `directoryOnly`,
 * in its local header too, as a careful forger would.
 */
function setDeclaredSize(bytes: Uint8Array, name: string, size: number, { directoryOnly = false } = {}): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoded = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50 || view.getUint16(i + 28, true) !== encoded.length) continue;
    if (encoded.every((b, k) => bytes[i + 46 + k] === b)) {
      view.setUint32(i + 24, size, true);
      if (!directoryOnly) view.setUint32(view.getUint32(i + 42, true) + 22, size, true);
      return;
    }
  }
  throw new Error(`no part ${name}`);
}

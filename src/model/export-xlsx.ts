// The year's figures as an Excel workbook: the CSV's rows (export-csv.ts) as one sheet for people,
// its numbers as number cells so Excel set to Bahasa Indonesia shows 38,54 and sums it, where the
// CSV's "38.54" would be read as text or as 3854. SheetJS is loaded only when the workbook is asked for.
import type { Dataset } from '../data/dataset.ts';
import type { Lang } from '../i18n/lang.ts';
import { CSV_COLUMNS, csvFileName, downloadRows, type CsvColumn, type CsvOptions } from './export-csv.ts';
import { metricDefinition, type MapMetric } from './metrics.ts';

/** A spreadsheet cell: text, a number (Excel shows it in its own locale: 38,54 or 38.54), or empty. */
export type SheetCell = string | number | null;

/** The spreadsheet's column heads, in the reader's language, in the CSV's order. */
const SHEET_HEADERS: Readonly<Record<Lang, Readonly<Record<CsvColumn, string>>>> = {
  id: {
    kemendagri_code: 'Kode Kemendagri', bps_code: 'Kode BPS', name: 'Wilayah', year: 'Tahun', metric: 'Indikator', value: 'Nilai', unit: 'Satuan',
    period: 'Periode', source_url: 'Sumber', confidence: 'Tingkat keyakinan', note: 'Catatan (bahasa Inggris)', note_id: 'Catatan', status: 'Keterangan',
  },
  en: {
    kemendagri_code: 'Kemendagri code', bps_code: 'BPS code', name: 'Region', year: 'Year', metric: 'Measure', value: 'Value', unit: 'Unit',
    period: 'Period', source_url: 'Source', confidence: 'Confidence', note: 'Note', note_id: 'Note (Indonesian)', status: 'Status',
  },
};

const SHEET_WORDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  id: { percent: 'persen', persons: 'orang', percentage_points: 'persen poin', high: 'tinggi', medium: 'sedang', low: 'rendah' },
  en: { percent: 'percent', persons: 'persons', percentage_points: 'percentage points', high: 'high', medium: 'medium', low: 'low' },
};

/**
 * The download as a spreadsheet for people: the CSV's rows and statuses, headed in the reader's
 * language, the measure, unit, period and confidence worded as the page words them, and the year and
 * value as numbers, so Excel in Bahasa Indonesia reads 38,54 where the CSV's 38.54 would be misread.
 */
export function figuresSheet(dataset: Dataset, options: CsvOptions): SheetCell[][] {
  const { lang, metric } = options;
  const words = SHEET_WORDS[lang];
  const head = CSV_COLUMNS.map((c) => SHEET_HEADERS[lang][c]);
  const rows = downloadRows(dataset, options).map(({ region, row: r }) => {
    const cells: Record<CsvColumn, SheetCell> = {
      ...r,
      year: options.year,
      metric: metricDefinition(metric).label[lang],
      value: r.value === '' ? null : Number(r.value),
      unit: words[r.unit] ?? r.unit,
      // The period as the table under the map writes it ("per Sep 2024", "Des 2023 → Sep 2024").
      period: region.text?.period ?? '',
      confidence: words[r.confidence] ?? r.confidence,
    };
    return CSV_COLUMNS.map((c) => (cells[c] === '' ? null : cells[c]));
  });
  return [head, ...rows];
}

/** The sheet's name: "Angka 2024" / "Figures 2024". */
function sheetName(year: number, lang: Lang): string {
  return `${lang === 'id' ? 'Angka' : 'Figures'} ${year}`;
}

export async function figuresXlsx(dataset: Dataset, options: CsvOptions): Promise<Uint8Array<ArrayBuffer>> {
  const { utils, write } = await import('@e965/xlsx');
  const cells = figuresSheet(dataset, options);
  const sheet = utils.aoa_to_sheet(cells);
  // Wide enough to read each head and a short value; the notes and sources stay as long as they are.
  sheet['!cols'] = cells[0]!.map((head) => ({ wch: Math.max(String(head).length, 10) + 2 }));
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, sheetName(options.year, options.lang));
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** "paritrana-cakupan-2024.xlsx" (id), "paritrana-coverage-2024.xlsx" (en): the CSV's name. */
export function xlsxFileName(year: number, metric: MapMetric, lang: Lang): string {
  return csvFileName(year, metric, lang).replace(/\.csv$/, '.xlsx');
}

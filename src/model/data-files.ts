// The data files the site reads (coverage.csv, awards.csv, regions.csv), written from a dataset: what
// the data desk hands over for publishing. Only rows that loaded are written, in their file order,
// with the columns of the templates (one list, the field guide's). Text that a spreadsheet would run
// as a formula is neutralised as the figures' download does it; numbers, negative ones included, stay numbers.
// The same tables are also written for Excel as the person's own copy (excelCsv, and the workbook in
// data-workbook.ts): a CSV file that Excel set to Indonesian opens in columns with its numbers right
// needs a byte-order mark, semicolons and decimal commas, which the site's files do not have.
import { csvFormatRows, dsvFormat } from 'd3-dsv';
import type { Award } from '../data/awards.ts';
import type { CoverageFigure } from '../data/coverage.ts';
import type { Dataset } from '../data/dataset.ts';
import { INDONESIA } from '../data/area.ts';
import { FIELD_GUIDE, templateColumns } from '../data/field-guide.ts';
import { DATA_FILE_NAMES } from '../data/files.ts';
import { TEMPLATE_SHEETS } from '../data/templates.ts';
import type { Region, RegionIndex } from '../data/regions.ts';
import { BOM, neutraliseFormula } from './export-csv.ts';
import type { TableKind } from './imported-data.ts';

export type DataFiles = Record<TableKind, { name: string; text: string }>;

/** A table as its cells: the template's columns, then one row of text cells a record. */
export interface DataTable {
  kind: TableKind;
  columns: string[];
  rows: string[][];
}

function table(kind: TableKind, records: readonly Record<string, string>[]): DataTable {
  const columns = templateColumns(kind);
  return { kind, columns, rows: records.map((row) => columns.map((column) => neutraliseFormula(row[column] ?? ''))) };
}

/** Whether the column holds a number (a figure), which Excel must read as a number. */
export const isNumberColumn = (kind: TableKind, column: string): boolean => FIELD_GUIDE[kind][column]?.reading === 'number';

const siteCsv = ({ columns, rows }: DataTable) => `${csvFormatRows([columns, ...rows])}\n`;

const coverageRow = (f: CoverageFigure, regions: RegionIndex): Record<string, string> => ({
  region_code: f.regionCode,
  // Indonesia as a whole has no code and no row in a regions table: its figures are written under its name (data/README.md).
  region_name: f.regionCode === '' ? INDONESIA.name : (regions.byCode.get(f.regionCode)?.name ?? ''),
  period: f.period.text,
  metric: f.metric,
  value: String(f.value),
  unit: f.unit,
  source_url: f.sourceUrl,
  confidence: f.confidence,
  note: f.note,
  note_id: f.noteId,
});

const awardRow = (a: Award): Record<string, string> => ({
  edition: String(a.edition),
  assessment_period: a.assessmentPeriod?.text ?? '',
  ceremony_date: a.ceremonyDate?.text ?? '',
  level: a.level,
  category: a.category,
  category_label_id: a.categoryLabel.id,
  category_label_en: a.categoryLabel.en,
  rank: String(a.rank),
  winner_name: a.winnerName,
  winner_type: a.winnerType,
  // A village winner is written with its desa's code, as it was read.
  region_code: a.desaCode ?? a.regionCode,
  source_url: a.sourceUrl,
  confidence: a.confidence,
  note: a.note,
  presenter_note: a.presenterNote,
  category_order: a.categoryOrder === null ? '' : String(a.categoryOrder),
});

const regionRow = (r: Region): Record<string, string> => ({
  kemendagri_code: r.code,
  bps_code: r.bpsCode,
  name: r.name,
  short_name: r.shortName,
  type: r.type,
  former_names: r.formerNames.map((former) => `${former.name} until ${former.until}`).join('; '),
});

/** The three tables of a dataset, as the site's files hold them. */
export function dataTables(dataset: Dataset): Record<TableKind, DataTable> {
  return {
    coverage: table('coverage', dataset.figures.map((f) => coverageRow(f, dataset.regions))),
    awards: table('awards', dataset.awards.map(awardRow)),
    regions: table('regions', dataset.regions.regions.map(regionRow)),
  };
}

export function dataFiles(dataset: Dataset): DataFiles {
  const tables = dataTables(dataset);
  return {
    coverage: { name: DATA_FILE_NAMES.coverage, text: siteCsv(tables.coverage) },
    awards: { name: DATA_FILE_NAMES.awards, text: siteCsv(tables.awards) },
    regions: { name: DATA_FILE_NAMES.regions, text: siteCsv(tables.regions) },
  };
}

/** Each table's CSV file in the person's copy for Excel, named as its sheet is in the workbook. */
export const excelCsvName = (kind: TableKind): string => `${TEMPLATE_SHEETS[kind].toLowerCase()}-untuk-excel.csv`;

const semicolons = dsvFormat(';');

/**
 * A table as a CSV file for Excel in the reader's language, byte-order mark first (Excel reads the file
 * as Windows-1252 without it): in Indonesian, semicolons and decimal commas (68,02), as Excel set to
 * Indonesian reads CSV; in English, commas and decimal points. The desk reads both back.
 */
export function excelCsv(data: DataTable, lang: 'id' | 'en'): string {
  if (lang === 'en') return `${BOM}${siteCsv(data)}`;
  const numbers = data.columns.map((column) => isNumberColumn(data.kind, column));
  const rows = data.rows.map((row) => row.map((cell, i) => (numbers[i] ? cell.replace('.', ',') : cell)));
  return `${BOM}${semicolons.formatRows([data.columns, ...rows])}\n`;
}

// The empty templates offered to the offices that hold the figures: a CSV file a table and one workbook
// with a sheet a table and a "Petunjuk" sheet explaining every column. All of it is made from the field
// guide, so a column added to a schema reaches the templates, their explanation and their example.
import { csvFormatRows } from 'd3-dsv';
import { FIELD_GUIDE, templateColumns, TABLE_SCHEMAS, type TableKind } from './field-guide.ts';
import type { Region } from './regions.ts';

export const TABLE_KINDS: readonly TableKind[] = ['coverage', 'awards', 'regions'];

/** Each table's sheet in the template workbook. */
export const TEMPLATE_SHEETS: Readonly<Record<TableKind, string>> = { coverage: 'Cakupan', awards: 'Penghargaan', regions: 'Wilayah' };

/** The template workbook's explanation sheet: read by people, left out by importFile without a word. */
export const GUIDE_SHEET = 'Petunjuk';

/** The folder under the site's data/ that holds the templates (data/templates/templat-cakupan.csv). */
export const TEMPLATES_DIR = 'templates';

/** The files written to the site's data/templates/. */
export const TEMPLATE_FILES = {
  coverage: 'templat-cakupan.csv',
  awards: 'templat-penghargaan.csv',
  regions: 'templat-wilayah.csv',
  workbook: 'templat-paritrana.xlsx',
} as const;

/**
 * A table's header and example row. The example names a regency of the province being built, so the
 * example row is valid there (the guide's own examples are the default province's).
 */
export function templateRows(kind: TableKind, region?: Region): { header: string[]; example: string[] } {
  const header = templateColumns(kind);
  const guide = FIELD_GUIDE[kind];
  const fromRegion: Record<string, string> = region
    ? {
      region_code: region.code,
      region_name: region.name,
      kemendagri_code: region.code,
      bps_code: region.bpsCode,
      name: region.name,
      short_name: region.shortName,
      type: region.type,
      winner_name: `Pemerintah ${region.name}`,
      winner_type: `pemerintah-${region.type}`,
    }
    : {};
  return { header, example: header.map((column) => fromRegion[column] ?? guide[column]!.example) };
}

/** A table's CSV template: its header and one example row. */
export function templateCsv(kind: TableKind, region?: Region): string {
  const { header, example } = templateRows(kind, region);
  return `${csvFormatRows([header, example])}\n`;
}

/** The "Petunjuk" sheet: one row a column of each table, Bahasa Indonesia first, English after. */
export function guideRows(): string[][] {
  const rows = [[
    'Lembar', 'Kolom', 'Kolom wajib ada', 'Isi', 'Format', 'Contoh', 'Nilai yang diizinkan', 'Meaning (English)', 'Format (English)',
  ]];
  for (const kind of TABLE_KINDS) {
    const required = new Set(TABLE_SCHEMAS[kind].required);
    for (const column of templateColumns(kind)) {
      const guide = FIELD_GUIDE[kind][column]!;
      rows.push([
        TEMPLATE_SHEETS[kind], column, required.has(column) ? 'Ya' : 'Tidak', guide.id.meaning, guide.id.format, guide.example,
        guide.allowed?.join(', ') ?? '', guide.en.meaning, guide.en.format,
      ]);
    }
  }
  return rows;
}

// The data files the site reads (coverage.csv, awards.csv, regions.csv), written from a dataset: what
// the data desk hands over for publishing. Only rows that loaded are written, in their file order,
// with the columns of the templates (one list, the field guide's). Text that a spreadsheet would run
// as a formula is neutralised as the figures' download does it; numbers, negative ones included, stay numbers.
import { csvFormatRows } from 'd3-dsv';
import type { Award } from '../data/awards.ts';
import type { CoverageFigure } from '../data/coverage.ts';
import type { Dataset } from '../data/dataset.ts';
import { templateColumns } from '../data/field-guide.ts';
import { DATA_FILE_NAMES } from '../data/files.ts';
import type { Region, RegionIndex } from '../data/regions.ts';
import { neutraliseFormula } from './export-csv.ts';
import type { TableKind } from './imported-data.ts';

export type DataFiles = Record<TableKind, { name: string; text: string }>;

function table(kind: TableKind, rows: readonly Record<string, string>[]): string {
  const columns = templateColumns(kind);
  return `${csvFormatRows([columns, ...rows.map((row) => columns.map((column) => neutraliseFormula(row[column] ?? '')))])}\n`;
}

const coverageRow = (f: CoverageFigure, regions: RegionIndex): Record<string, string> => ({
  region_code: f.regionCode,
  region_name: regions.byCode.get(f.regionCode)?.name ?? '',
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
  region_code: a.regionCode,
  source_url: a.sourceUrl,
  confidence: a.confidence,
  note: a.note,
  presenter_note: a.presenterNote,
});

const regionRow = (r: Region): Record<string, string> => ({
  kemendagri_code: r.code,
  bps_code: r.bpsCode,
  name: r.name,
  short_name: r.shortName,
  type: r.type,
  former_names: r.formerNames.map((former) => `${former.name} until ${former.until}`).join('; '),
});

export function dataFiles(dataset: Dataset): DataFiles {
  return {
    coverage: { name: DATA_FILE_NAMES.coverage, text: table('coverage', dataset.figures.map((f) => coverageRow(f, dataset.regions))) },
    awards: { name: DATA_FILE_NAMES.awards, text: table('awards', dataset.awards.map(awardRow)) },
    regions: { name: DATA_FILE_NAMES.regions, text: table('regions', dataset.regions.regions.map(regionRow)) },
  };
}

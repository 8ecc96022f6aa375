// The figures a reader sees for one year, as the CSV file they download: one row per regency in code
// order, then the province. A region with no figure keeps its row with a blank value and says why:
// a blank is not a zero, and a spreadsheet sum must never read it as one.
import { csvFormat } from 'd3-dsv';
import type { CoverageFigure, Dataset } from '../data/index.ts';
import { NOT_AVAILABLE, showable } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { COMMON } from '../i18n/messages.ts';
import { CSV_UNITS, metricDefinition, type MapMetric } from './metrics.ts';
import { yearFigures, type RegionFigure } from './year-figures.ts';

export interface CsvOptions {
  year: number;
  metric: MapMetric;
  lang: Lang;
  /** As on the map: carry the latest earlier figure into a year without one (the status says so). */
  carryForward?: boolean;
}

/** Column names: stable field names like the data files', the same in both languages. */
export const CSV_COLUMNS = [
  'kemendagri_code',
  'bps_code',
  'name',
  'year',
  'metric',
  'value',
  'unit',
  'period',
  'source_url',
  'confidence',
  'note',
  'note_id',
  'status',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

/**
 * A UTF-8 byte-order mark. Excel opens a CSV without one in the computer's legacy code page
 * (Windows-1252 on most Indonesian and English Windows set-ups), which garbles every non-ASCII
 * character of the notes ("–", "’"); with it, Excel, LibreOffice and Google Sheets all read UTF-8.
 * Programs that parse the file should strip it (d3-dsv and the project's own reader do).
 */
export const BOM = '\ufeff';

const STATUS: Readonly<Record<Lang, { published: string; noEarlier: string; carried: string; change: string; disagrees: string }>> = {
  en: {
    published: 'published',
    noEarlier: 'no earlier figure to compare: {b} but nothing for {year}',
    carried: 'carried forward from {year}',
    change: 'change of {text}; computed from {a} and {b}',
    disagrees: 'another figure published for the year: {others}',
  },
  id: {
    published: 'dipublikasikan',
    noEarlier: 'tidak ada angka tahun sebelumnya untuk dibandingkan: {b}, tetapi tidak ada untuk {year}',
    carried: 'memakai angka tahun {year}',
    change: 'perubahan {text}; dihitung dari {a} dan {b}',
    disagrees: 'angka lain yang dipublikasikan untuk tahun ini: {others}',
  },
};

/** Each region of the download in its order (the regencies in code order, then the province), with its row. */
export function downloadRows(dataset: Dataset, { year, metric, lang, carryForward = false }: CsvOptions): { region: RegionFigure; row: CsvRow }[] {
  // The year's figures as the map and the table show them (src/model/year-figures.ts): one computation for all three.
  const figures = yearFigures(dataset, { year, metric, lang, carryForward });
  return [...figures.regencies, ...(figures.province ? [figures.province] : [])].map((region) => ({ region, row: row(region, year, metric, lang) }));
}

/** The rows of the download, before they are written as text: what the tests and the page check. */
export function figuresRows(dataset: Dataset, options: CsvOptions): CsvRow[] {
  return downloadRows(dataset, options).map((r) => r.row);
}

/** The CSV text of the download, starting with a byte-order mark (see BOM). */
export function figuresCsv(dataset: Dataset, options: CsvOptions): string {
  const rows = figuresRows(dataset, options).map((r) => Object.fromEntries(CSV_COLUMNS.map((c) => [c, neutraliseFormula(r[c])])));
  return BOM + csvFormat(rows, [...CSV_COLUMNS]);
}

/** "paritrana-cakupan-2024.csv" (id), "paritrana-coverage-2024.csv" (en). */
export function csvFileName(year: number, metric: MapMetric, lang: Lang): string {
  return `paritrana-${metricDefinition(metric).fileWord[lang]}-${year}.csv`;
}

function row(value: RegionFigure, year: number, metric: MapMetric, lang: Lang): CsvRow {
  const words = STATUS[lang];
  const definition = metricDefinition(metric);
  const { figure, region } = value;
  const base: CsvRow = {
    kemendagri_code: region.code,
    bps_code: region.bpsCode,
    name: region.name,
    year: String(year),
    metric,
    value: value.value === null ? '' : csvNumber(value.value),
    unit: CSV_UNITS[definition.unit],
    period: '',
    source_url: '',
    confidence: '',
    note: '',
    note_id: '',
    status: COMMON[lang].noFigure,
  };
  if (definition.derive === 'change') {
    if (value.state === 'no-earlier' && figure) {
      return { ...base, status: words.noEarlier.replace('{b}', describe(figure)).replace('{year}', String(year - 1)) };
    }
    if (value.origin !== 'computed' || !figure || !value.previous || !value.text) return base;
    const previous = value.previous;
    return {
      ...base,
      period: `${previous.period.text} / ${figure.period.text}`,
      // Both sources, in the order of the periods: the change is only as good as the two figures.
      source_url: unique([previous.sourceUrl, figure.sourceUrl]).join(' '),
      confidence: weakest(previous, figure),
      note: unique([previous.note, figure.note].filter((n) => n !== '')).join(' | '),
      note_id: unique([previous.noteId, figure.noteId].filter((n) => n !== '')).join(' | '),
      // "perubahan +0,42 persen poin, Des 2023 → Sep 2024; dihitung dari ...": words first, so no spreadsheet reads a formula.
      status: words.change.replace('{text}', `${value.text.value}, ${value.text.period}`).replace('{a}', describe(previous)).replace('{b}', describe(figure)),
    };
  }
  if (!figure || value.origin === 'none') return base;
  const others = value.figuresInYear.filter((f) => f !== figure && f.value !== figure.value);
  let status = value.origin === 'carried' ? words.carried.replace('{year}', String(figure.period.year)) : words.published;
  if (others.length > 0) status += `; ${words.disagrees.replace('{others}', others.map(describe).join(', '))}`;
  return {
    ...base,
    period: figure.period.text,
    source_url: figure.sourceUrl,
    confidence: figure.confidence,
    note: figure.note,
    note_id: figure.noteId,
    status,
  };
}

/** "55.69 (2023)": the raw number and its period as the data file writes them. */
function describe(figure: CoverageFigure): string {
  return `${csvNumber(figure.value) || NOT_AVAILABLE} (${figure.period.text})`;
}

/** A number as the file writes it; blank for one that cannot be shown (never "Infinity", "NaN"), "0" for minus zero. */
function csvNumber(value: number): string {
  const shown = showable(value);
  return shown === null ? '' : String(shown);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function weakest(a: CoverageFigure, b: CoverageFigure): string {
  const order = ['low', 'medium', 'high'];
  return order.indexOf(a.confidence) <= order.indexOf(b.confidence) ? a.confidence : b.confidence;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * CSV formula injection: a spreadsheet runs a cell that starts with =, +, - or @ as a formula
 * ("=HYPERLINK(...)" in a note from a source). Such a cell gets a leading apostrophe, which the
 * spreadsheet shows as text; plain numbers such as -1.5 are left alone. Tab and carriage return
 * start formulas in some programs too (OWASP's list), so they are treated the same.
 */
export function neutraliseFormula(cell: string): string {
  if (cell === '' || PLAIN_NUMBER.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

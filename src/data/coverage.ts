// Published coverage figures, one a row, each with its source, period and confidence.
import { readDelimited, type TableSchema } from './dsv.ts';
import { RowReader } from './fields.ts';
import { isTargetMetric, METRIC_BY_ID, METRICS, UNITS, type Unit } from './metrics.ts';
import type { Period } from './periods.ts';
import { headerKey } from './column-names.ts';
import { ProblemLog, w, type Problem } from './problems.ts';
import { resolveRegion, type RegionIndex } from './regions.ts';

export type Confidence = 'high' | 'medium' | 'low';
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

export interface CoverageFigure {
  /** Kemendagri code ("61.04"); '' for a figure of Indonesia as a whole (a metric of national scope). */
  regionCode: string;
  period: Period;
  metric: string;
  value: number;
  unit: Unit;
  sourceUrl: string;
  confidence: Confidence;
  /** Anything the number needs to be read right, in English; '' for none. */
  note: string;
  /** The same note in Bahasa Indonesia (the note_id column); '' where the note is empty or the file has no such column. */
  noteId: string;
  /** Where the figure was read from, for messages and the details view. */
  file: string;
  line: number;
}

export const COVERAGE_SCHEMA: TableSchema = {
  kind: w('berkas cakupan', 'a coverage file'),
  headerKind: 'coverage',
  required: ['region_code', 'period', 'metric', 'value', 'unit', 'source_url', 'confidence'],
  optional: ['region_name', 'note', 'note_id'],
  mayBeEmpty: true,
};

/**
 * Above 100% is possible (workers registered where they work, not where they live) and only warned
 * about; ten times the whole is not a share of anything, and is refused.
 */
const MAX_PERCENT = 1000;

/** How offices write a confidence: each word names one level. */
export const CONFIDENCE_WORDS: Readonly<Record<string, Confidence>> = {
  tinggi: 'high', sedang: 'medium', rendah: 'low', high: 'high', medium: 'medium', low: 'low',
};

/**
 * How offices write a unit. "orang" and "jiwa" (persons: the count of people a figure of participants
 * is) and "peserta"/"pekerja"/"tenaga kerja" (the persons counted) all mean persons; "persen", "%"
 * and "persentase" percent. Points ("poin") are no unit of a published figure, only of the change
 * between two, so a figure in points is refused (see UNIT_NOT_A_FIGURE).
 */
const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  persen: 'percent', '%': 'percent', persentase: 'percent', prosentase: 'percent',
  orang: 'persons', jiwa: 'persons', peserta: 'persons', pekerja: 'persons', 'tenaga kerja': 'persons', tk: 'persons',
};

/**
 * A metric named in words: its label in either language, or the word an office heads the column
 * with ("Cakupan", "Peserta Aktif"); matched for letters and digits alone.
 */
const METRIC_WORDS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ...METRICS.flatMap((m) => [[headerKey(m.label.id), m.id], [headerKey(m.label.en), m.id]] as [string, string][]),
  ['cakupan', 'coverage_pct'],
  ['cakupanucj', 'coverage_pct'],
  ['pesertaaktif', 'participants_active'],
  ['jumlahpesertaaktif', 'participants_active'],
]);

function readMetric(r: RowReader) {
  const text = r.raw('metric');
  const definition = METRIC_BY_ID.get(text) ?? METRIC_BY_ID.get(METRIC_WORDS.get(headerKey(text)) ?? '');
  if (!definition) {
    const ids = METRICS.map((m) => m.id).join(', ');
    r.error('metric', text || null, w(`salah satu dari ${ids}`, `one of ${ids}`));
  }
  return definition;
}

export function parseCoverage(text: string, file: string, regions: RegionIndex): { figures: CoverageFigure[]; problems: Problem[] } {
  const log = new ProblemLog(file);
  const figures: CoverageFigure[] = [];
  const firstOfKey = new Map<string, CoverageFigure>();
  readDelimited(text, COVERAGE_SCHEMA, log, (row, table) => {
    const hasNote = table.columns.includes('note');
    const hasNoteId = table.columns.includes('note_id');
    const r = new RowReader(row, log, table.decimalComma);
    // The metric says where the figure belongs, so it is looked at before the region is read; its own
    // problems are still reported after the region's, in the order of the columns.
    const national = METRIC_BY_ID.get(row.cells.get('metric') ?? '')?.scope === 'national';
    if (!national && isProvinceByName(r, regions)) return;
    const regionCode = national ? readNoRegion(r, row.cells.get('metric')!) : readRegion(r, regions);
    const period = r.period('period');
    const definition = readMetric(r);
    const unitText = r.raw('unit');
    const unit = /^poin(t|ts)?(\s+persen(tase)?)?$|^points?$/i.test(unitText)
      ? r.error('unit', unitText, w(
        'percent atau persons: poin adalah satuan selisih dua angka, bukan angka yang dipublikasikan; tulis angka cakupannya dalam persen',
        'percent or persons: points measure the change between two figures, not a published figure; give the coverage in percent',
      ))
      : r.oneOf('unit', UNITS, { words: UNIT_WORDS, also: 'persen, orang' });
    if (definition && unit && unit !== definition.unit) {
      r.error('unit', r.raw('unit'), w(`"${definition.unit}" untuk metrik ${definition.id}`, `"${definition.unit}" for the metric ${definition.id}`));
    }
    // Judge the value by the metric's unit: a wrong unit column is one error, not two.
    const valueUnit = definition?.unit ?? (unit || undefined);
    const value = r.number('value', { whole: valueUnit === 'persons' });
    if (value !== undefined) {
      const found = r.raw('value');
      if (value < 0) r.error('value', found, w('angka 0 atau lebih; cakupan dan jumlah tidak dapat negatif', 'a value of 0 or more; coverage and counts cannot be negative'));
      else if (valueUnit === 'persons' && !Number.isInteger(value)) r.error('value', found, w('angka bulat jumlah orang', 'a whole number of persons'));
      else if (valueUnit === 'percent' && value > MAX_PERCENT) {
        r.error('value', found, w(
          `persentase paling besar ${MAX_PERCENT}; lebih dari sepuluh kali keseluruhan bukan cakupan (jumlah orang pada metrik persen?)`,
          `a percentage up to ${MAX_PERCENT}; more than ten times the whole is not a coverage (a number of persons under a percent metric?)`,
        ));
      } else if (valueUnit === 'percent' && value > 100) {
        r.warning('value', found, w(
          'persentase paling besar 100; di atas 100 dapat terjadi (pekerja terdaftar di tempat kerja, bukan tempat tinggal), tetapi periksa sumbernya',
          'a percentage up to 100; above 100 can happen (workers registered where they work, not where they live) but check the source',
        ));
      }
    }
    const sourceUrl = r.url('source_url');
    const confidence = r.oneOf('confidence', CONFIDENCES, { words: CONFIDENCE_WORDS, also: 'tinggi, sedang, rendah' });
    const note = r.text('note', { required: false });
    const noteId = r.text('note_id', { required: false });
    // Each note is read in both languages: a file with both columns must give the Indonesian wording of
    // every note, and none without a note. A file with one of them (an older export in English, an
    // office's sheet with its "Catatan") is read with the notes it has.
    if (hasNote && hasNoteId && note && noteId === '') {
      r.warning('note_id', null, w(`catatan dalam bahasa Indonesia; catatan bahasa Inggrisnya berbunyi "${note}"`, `the note in Bahasa Indonesia; the English note reads "${note}"`));
    } else if (hasNote && note === '' && noteId) {
      r.warning('note_id', noteId, w('note_id kosong, karena note kosong: note_id adalah catatan dalam bahasa Indonesia', 'an empty note_id, as the note is empty: note_id is the note in Bahasa Indonesia'));
    }
    if (definition && !isTargetMetric(definition.id) && value !== undefined && [note, noteId].some((text) => text && callsValueTarget(text, value))) {
      r.warning('metric', definition.id, w(
        `metrik target (${TARGET_METRICS.join(', ')}), dengan periode tahun targetnya: catatan baris ini menyebut ${value} sebagai target, dan target bukan capaian`,
        `a target metric (${TARGET_METRICS.join(', ')}), with the year the target is for as its period: this row's note calls ${value} a target, and a target is not an achievement`,
      ));
    }
    if (!r.valid || regionCode === undefined || !period || !definition || value === undefined || !unit || !sourceUrl || !confidence || note === undefined || noteId === undefined) return;
    const figure: CoverageFigure = { regionCode, period, metric: definition.id, value, unit, sourceUrl, confidence, note, noteId, file, line: row.line };
    if (keepRepeat(figure, firstOfKey, log)) figures.push(figure);
  });
  return { figures, problems: log.problems };
}

const TARGET_METRICS = METRICS.filter((m) => m.kind === 'target' && m.scope === 'region').map((m) => m.id);

/**
 * Whether a note calls the row's own value a target ("gives 34,400 as the 2025 target", "menyebut 34.400
 * sebagai target"): such a row is a target filed as an achievement. The value is looked for as written in
 * either language, with the word "target" after it in the same clause.
 */
function callsValueTarget(note: string, value: number): boolean {
  const [whole, fraction] = String(value).split('.');
  const grouped = (sep: string) => whole!.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const forms = new Set([String(value), `${grouped(',')}${fraction ? `.${fraction}` : ''}`, `${grouped('.')}${fraction ? `,${fraction}` : ''}`]);
  return [...forms].some((form) => new RegExp(`(^|[^\\d.,])${form.replace(/[.,]/g, '\\$&')}(?![\\d])[^.;]{0,40}\\btarget`, 'i').test(note));
}

/**
 * A figure for Indonesia as a whole names no region: the country has no Kemendagri code, and an empty
 * code joins no province, so a national total can never be painted on one as its own. ''.
 */
function readNoRegion(r: RowReader, metricId: string): string | undefined {
  const code = r.raw('region_code');
  // A name is still text that reaches the page: read it for invisible characters and markup.
  r.text('region_name', { required: false });
  if (code === '') return '';
  return r.error('region_code', code, {
    en: `an empty region_code: ${metricId} is a figure for Indonesia as a whole, never a region's; give a province's or a regency's figure the metric without "national_"`,
    id: `region_code dikosongkan: ${metricId} merupakan angka Indonesia secara keseluruhan, bukan angka suatu wilayah; angka provinsi atau kabupaten/kota menggunakan metrik tanpa awalan "national_"`,
  });
}

/**
 * A row naming the province by its name (in capitals, or with "Provinsi" before it) among
 * regencies is the office's total of the rows above: left out with a warning. The province's own
 * figures are written with its code (61), which is read as always.
 */
function isProvinceByName(r: RowReader, regions: RegionIndex): boolean {
  const province = regions.province;
  const text = r.row.cells.get('region_code') ?? '';
  if (!province || text === '' || /^\d/.test(text.trim())) return false;
  const resolved = resolveRegion(regions, text);
  if (!resolved.ok || resolved.region.code !== province.code) return false;
  r.warning('region_code', text, w(
    `kode ${province.code} untuk angka provinsi sendiri; "${text}" di antara kabupaten/kota dibaca sebagai baris jumlah provinsi, yang tidak dimuat`,
    `the code ${province.code} for a figure of the province itself; "${text}" among regencies is read as the province's totals row, and is left out`,
  ));
  return true;
}

/** The region column, cross-checked against region_name when the file has one. */
export function readRegion(r: RowReader, regions: RegionIndex, field = 'region_code'): string | undefined {
  const resolved = resolveRegion(regions, r.raw(field));
  if (!resolved.ok) return r.error(field, r.raw(field) || null, resolved.expected);
  // A name is text (invisible characters left out with a warning), read only to check the code.
  const name = r.text('region_name', { required: false }) ?? '';
  if (name !== '') {
    const byName = resolveRegion(regions, name);
    if (byName.ok && byName.region.code !== resolved.region.code) {
      // The classic silent error: a BPS number written like a Kemendagri code paints another regency.
      const { code, name: official } = resolved.region;
      return r.error('region_name', name, w(
        `nama ${code} (${official}); "${name}" adalah ${byName.region.code}: periksa sistem kode yang dipakai berkas ini`,
        `the name of ${code} (${official}); "${name}" is ${byName.region.code}: check which code system the file uses`,
      ));
    }
  }
  return resolved.region.code;
}

/**
 * Same region, period and metric twice: an exact repeat is dropped, two different values are both
 * kept (sources disagree and the details view shows both), each with a warning; two targets for one
 * year are both kept with none. Checked as each row is
 * read, so a file of repeated rows never holds its repeats.
 */
function keepRepeat(figure: CoverageFigure, firstOfKey: Map<string, CoverageFigure>, log: ProblemLog): boolean {
  const key = `${figure.regionCode}|${figure.period.text}|${figure.metric}`;
  const first = firstOfKey.get(key);
  if (!first) {
    firstOfKey.set(key, figure);
    return true;
  }
  if (first.value === figure.value && first.sourceUrl === figure.sourceUrl) {
    log.warning(figure.line, null, null, w(`setiap angka sekali; baris ini mengulang baris ${first.line} dan dilewati`, `each figure once; this row repeats line ${first.line} and is skipped`));
    return false;
  }
  // A target is what a government said at one time: a later target for the same year is a revision,
  // both facts, kept with the day each was said in its note, and no mistake to warn about.
  if (isTargetMetric(figure.metric)) return true;
  log.warning(
    figure.line,
    'value',
    String(figure.value),
    w(
      `satu angka untuk setiap wilayah, periode dan metrik; baris ${first.line} memberi ${first.value} untuk ${figure.regionCode || 'Indonesia'} ${figure.period.text} ${figure.metric}. Keduanya disimpan dan ditampilkan berdampingan`,
      `one value per region, period and metric; line ${first.line} gives ${first.value} for ${figure.regionCode || 'Indonesia'} ${figure.period.text} ${figure.metric}. Both are kept and shown side by side`,
    ),
  );
  return true;
}

// The names offices give our columns in their own sheets, in Bahasa Indonesia first: "Kode Wilayah"
// is region_code, "Cakupan (%)" is the value of coverage_pct in percent. A heading is matched for its
// letters and digits alone, whatever its case, spaces and punctuation ("KAB/KOTA", "Kab. / Kota",
// "kabupaten_kota" are one name), so a sheet need not be retyped to be read.

export type HeaderKind = 'coverage' | 'awards' | 'regions';

/** What a column of a person's sheet fills: one of our fields, and what its heading says besides. */
export interface ColumnMeaning {
  field: string;
  /**
   * Fields the heading itself answers for every row: "Cakupan (%)" says the metric is coverage_pct
   * and the unit percent, so a sheet with that column needs neither.
   */
  implies?: Readonly<Record<string, string>>;
}

/** A heading reduced to what identifies it: "Kabupaten/Kota" -> "kabupatenkota", "Cakupan (%)" -> "cakupan". */
export function headerKey(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const COVERAGE_PCT = { metric: 'coverage_pct', unit: 'percent' } as const;
const ACTIVE = { metric: 'participants_active', unit: 'persons' } as const;

const REGION_CODE = ['kode', 'kodewilayah', 'kodekemendagri', 'kodewilayahkemendagri', 'kodekabkota', 'kodekabupatenkota', 'kodedaerah'];
const REGION_NAME = ['kabupatenkota', 'kabkota', 'kabupaten', 'namawilayah', 'wilayah', 'namakabupatenkota', 'namakabkota', 'namadaerah', 'daerah', 'kotakabupaten'];
const SOURCE = ['sumber', 'alamatsumber', 'tautan', 'tautansumber', 'sumberdata', 'url', 'link'];
const CONFIDENCE = ['keyakinan', 'tingkatkeyakinan'];

/** Each table's columns by the other names they go by (their own names are matched too). */
const ALIASES: Readonly<Record<HeaderKind, Readonly<Record<string, readonly string[]>>>> = {
  coverage: {
    region_code: REGION_CODE,
    region_name: REGION_NAME,
    period: ['periode', 'bulan', 'tahun', 'periodedata'],
    metric: ['metrik', 'indikator', 'jenisangka'],
    value: ['nilai', 'angka'],
    unit: ['satuan'],
    source_url: SOURCE,
    confidence: CONFIDENCE,
    // An office's note is written in Bahasa Indonesia: it is the Indonesian note.
    note_id: ['catatan', 'keterangan', 'catatanindonesia'],
    note: ['catataninggris', 'catatanbahasainggris', 'noteen'],
  },
  awards: {
    edition: ['edisi', 'tahunpenghargaan'],
    assessment_period: ['periodepenilaian', 'tahunpenilaian'],
    ceremony_date: ['tanggalupacara', 'tanggalpenyerahan', 'tanggalacara'],
    level: ['tingkat', 'tingkatpenghargaan', 'level'],
    category: ['kategori', 'kodekategori'],
    category_label_id: ['namakategori', 'labelkategori'],
    category_label_en: ['namakategoriinggris', 'labelkategoriinggris'],
    rank: ['peringkat', 'juara'],
    winner_name: ['pemenang', 'namapemenang', 'penerima', 'namapenerima'],
    winner_type: ['jenispemenang', 'jenispenerima'],
    region_code: REGION_CODE,
    source_url: SOURCE,
    confidence: CONFIDENCE,
    note: ['catatan', 'keterangan'],
    presenter_note: ['catatanpembawaacara', 'catatanpresenter'],
    category_order: ['urutankategori', 'urutanpemanggilan', 'urutanpanggilan'],
  },
  regions: {
    kemendagri_code: ['kodekemendagri', 'kodewilayah', 'kode'],
    bps_code: ['kodebps'],
    name: ['nama', 'namawilayah', 'namaresmi'],
    short_name: ['namasingkat', 'namapendek'],
    type: ['jenis', 'jeniswilayah', 'tipe'],
    former_names: ['namalama', 'namasebelumnya'],
  },
};

/**
 * Headings that name the figure and so the metric and unit too. Only metrics whose usual heading is
 * unmistakable: "Jumlah Peserta" alone could be active participants or all ever registered, so it
 * is not read as either.
 */
const FIGURE_HEADINGS: Readonly<Record<string, ColumnMeaning>> = {
  cakupan: { field: 'value', implies: COVERAGE_PCT },
  cakupanucj: { field: 'value', implies: COVERAGE_PCT },
  cakupankepesertaan: { field: 'value', implies: COVERAGE_PCT },
  cakupankepesertaanucj: { field: 'value', implies: COVERAGE_PCT },
  persentasecakupan: { field: 'value', implies: COVERAGE_PCT },
  cakupanpersen: { field: 'value', implies: COVERAGE_PCT },
  jumlahpesertaaktif: { field: 'value', implies: ACTIVE },
  pesertaaktif: { field: 'value', implies: ACTIVE },
  jumlahpesertapu: { field: 'value', implies: { metric: 'participants_pu', unit: 'persons' } },
  pesertapenerimaupah: { field: 'value', implies: { metric: 'participants_pu', unit: 'persons' } },
  jumlahpesertabpu: { field: 'value', implies: { metric: 'participants_bpu', unit: 'persons' } },
  pesertabukanpenerimaupah: { field: 'value', implies: { metric: 'participants_bpu', unit: 'persons' } },
};

const BY_KIND = new Map<HeaderKind, Map<string, ColumnMeaning>>();

function meanings(kind: HeaderKind): Map<string, ColumnMeaning> {
  let map = BY_KIND.get(kind);
  if (map) return map;
  map = new Map();
  for (const [field, names] of Object.entries(ALIASES[kind])) {
    map.set(headerKey(field), { field });
    for (const name of names) if (!map.has(name)) map.set(name, { field });
  }
  if (kind === 'coverage') for (const [key, meaning] of Object.entries(FIGURE_HEADINGS)) map.set(key, meaning);
  BY_KIND.set(kind, map);
  return map;
}

/** What a heading of a table of this kind fills; null for a column none of ours (No, Posisi). */
export function columnMeaning(kind: HeaderKind, heading: string): ColumnMeaning | null {
  const key = headerKey(heading);
  return key === '' ? null : (meanings(kind).get(key) ?? null);
}

/** The fields (our names) a table of this kind has. */
export function fieldsOf(kind: HeaderKind): string[] {
  return Object.keys(ALIASES[kind]);
}

/**
 * Our fields in words, for a sentence naming what a sheet lacks ("periode dan alamat sumber"), in
 * both languages. A field not listed is named by its column name.
 */
export const FIELD_LABELS: Readonly<Record<string, { id: string; en: string }>> = {
  region_code: { id: 'wilayah (kode atau nama)', en: 'region (code or name)' },
  region_name: { id: 'nama wilayah', en: 'region name' },
  period: { id: 'periode', en: 'period' },
  metric: { id: 'apa yang diukur angka (metrik)', en: 'what the figure measures (metric)' },
  value: { id: 'angka', en: 'figure' },
  unit: { id: 'satuan', en: 'unit' },
  source_url: { id: 'alamat sumber', en: 'source address' },
  confidence: { id: 'tingkat keyakinan', en: 'confidence' },
  note: { id: 'catatan (bahasa Inggris)', en: 'note (English)' },
  note_id: { id: 'catatan', en: 'note (Bahasa Indonesia)' },
  edition: { id: 'edisi', en: 'edition' },
  assessment_period: { id: 'periode penilaian', en: 'assessment period' },
  ceremony_date: { id: 'tanggal penyerahan', en: 'ceremony date' },
  level: { id: 'tingkat penghargaan', en: 'award level' },
  category: { id: 'kategori', en: 'category' },
  category_label_id: { id: 'nama kategori', en: 'category name (Bahasa Indonesia)' },
  category_label_en: { id: 'nama kategori dalam bahasa Inggris', en: 'category name (English)' },
  rank: { id: 'peringkat', en: 'rank' },
  winner_name: { id: 'pemenang', en: 'winner' },
  winner_type: { id: 'jenis pemenang', en: 'winner type' },
  kemendagri_code: { id: 'kode Kemendagri', en: 'Kemendagri code' },
  bps_code: { id: 'kode BPS', en: 'BPS code' },
  name: { id: 'nama', en: 'name' },
  short_name: { id: 'nama singkat', en: 'short name' },
  type: { id: 'jenis wilayah', en: 'region type' },
  former_names: { id: 'nama lama', en: 'former names' },
};

/** "periode, satuan dan alamat sumber" / "period, unit and source address". */
export function fieldList(fields: readonly string[], lang: 'id' | 'en'): string {
  const labels = fields.map((field) => FIELD_LABELS[field]?.[lang] ?? field);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} ${lang === 'id' ? 'dan' : 'and'} ${labels[labels.length - 1]}`;
}

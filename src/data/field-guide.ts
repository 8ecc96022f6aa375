// What every column of the three tables holds, in both languages: the one explanation the templates'
// "Petunjuk" sheet, their example rows and the reading of a workbook's cells are all made from. Whether
// a column is required is the schema's to say (dsv.ts TableSchema), and the allowed values are the
// parsers' own lists, so neither is written twice here.
import { AWARD_LEVELS, AWARD_RANKS, AWARDS_SCHEMA, WINNER_TYPES } from './awards.ts';
import { CONFIDENCES, COVERAGE_SCHEMA } from './coverage.ts';
import type { TableSchema } from './dsv.ts';
import { METRICS, UNITS } from './metrics.ts';
import { REGION_TYPES, REGIONS_SCHEMA } from './regions.ts';

/** The tables a person fills in; a topology is built, never typed. */
export type TableKind = 'coverage' | 'awards' | 'regions';

/**
 * How a spreadsheet cell of the column is turned into the text the validator reads. A cell holds a
 * number, a date or text, and what that means depends on the column: 2024 in `period` is a year, 45291
 * there is a date that lost its format, 61.1 in `region_code` is the code 61.10 Excel shortened.
 */
export type CellReading =
  /** A figure: a number cell as Excel shows it; text with id-ID separators ("55,69", "1.786.809") read as a number. */
  | 'number'
  /** A period: a date cell as YYYY-MM-DD, YYYY-MM or YYYY after its format; a whole number 1977-2100 as a year. */
  | 'period'
  /** A Kemendagri code ("61.04"): a number cell with one decimal digit (61.1) has lost its final zero. */
  | 'code'
  /** Anything else: a number as Excel shows it, TRUE or FALSE as Excel writes them. */
  | 'text';

export interface FieldGuide {
  reading: CellReading;
  /** What the column holds and how it is written, in Bahasa Indonesia and in English. */
  id: { meaning: string; format: string };
  en: { meaning: string; format: string };
  /** The value of the templates' example row; it must pass the validator. */
  example: string;
  /** The only values allowed, when the column takes one of a list. */
  allowed?: readonly string[];
}

const REGION_CODE: FieldGuide = {
  reading: 'code',
  id: {
    meaning: 'Kode wilayah Kemendagri kabupaten/kota (atau provinsi) yang dimaksud',
    format: 'Dua angka, titik, dua angka; isikan sebagai teks agar nol di belakang tidak hilang (61.10, bukan 61.1). Nama wilayah juga dapat dibaca (Kabupaten Ketapang, Kab. Ketapang, KAB KETAPANG, Ketapang); nama yang dapat berarti dua wilayah (Pontianak) ditolak dengan keduanya disebut.',
  },
  en: {
    meaning: 'The Kemendagri code of the regency or city (or the province)',
    format: 'Two digits, a dot, two digits; enter it as text so a final zero is kept (61.10, not 61.1). A region name is also read (Kabupaten Ketapang, Kab. Ketapang, KAB KETAPANG, Ketapang); a name that fits two regions (Pontianak) is refused, naming both.',
  },
  example: '61.04',
};

/** An award's region: a regency's code as elsewhere, or for a village winner the desa's own code. */
const AWARD_REGION_CODE: FieldGuide = {
  ...REGION_CODE,
  id: {
    meaning: 'Kode wilayah Kemendagri kabupaten/kota (atau provinsi) tempat pemenang berada; untuk pemenang desa (pemerintah-desa, atau kategori pemerintah-desa-kelurahan dan inovasi-pekerja-rentan-desa), kode desanya',
    format: `${REGION_CODE.id.format} Kode desa ditulis empat bagian: provinsi.kabupaten.kecamatan.desa (61.04.17.2002); dua bagian pertamanya harus kabupaten/kota di regions.csv, dan desanya harus ada pada batas desa.`,
  },
  en: {
    meaning: 'The Kemendagri code of the regency or city (or the province) the winner is in; for a village winner (pemerintah-desa, or the categories pemerintah-desa-kelurahan and inovasi-pekerja-rentan-desa), its desa\'s code',
    format: `${REGION_CODE.en.format} A desa code has four parts: province.regency.kecamatan.desa (61.04.17.2002); its first two must be a regency of regions.csv, and the desa must be in the desa boundaries.`,
  },
};

const SOURCE_URL: FieldGuide = {
  reading: 'text',
  id: { meaning: 'Alamat web sumber yang memuat angka atau informasi ini', format: 'Alamat lengkap diawali https:// atau http://' },
  en: { meaning: 'The web address of the source that published this', format: 'A full address starting with https:// or http://' },
  example: 'https://www.bpjsketenagakerjaan.go.id/berita/contoh',
};

const CONFIDENCE: FieldGuide = {
  reading: 'text',
  id: {
    meaning: 'Tingkat keyakinan atas angka ini: tinggi (high) = dari sumber resmi, sedang (medium) = dikutip media, rendah (low) = perlu diperiksa',
    format: 'Salah satu nilai yang diizinkan, atau tinggi, sedang, rendah; huruf besar atau kecil',
  },
  en: {
    meaning: 'How sure the figure is: high (tinggi) = an official source, medium (sedang) = quoted by the press, low (rendah) = to be checked',
    format: 'One of the allowed values, or tinggi, sedang, rendah; in any case',
  },
  example: 'high',
  allowed: CONFIDENCES,
};

const PERIOD_FORMAT = {
  id: 'Tahun (2024), tahun-bulan (2024-12) atau tanggal (2024-12-31); nama bulan (Desember 2024, Des 2024) dan sel bertipe tanggal juga dibaca',
  en: 'A year (2024), a year and month (2024-12) or a day (2024-12-31); a month by name (Desember 2024, Dec 2024) and a date cell are read too',
};

export const FIELD_GUIDE: Readonly<Record<TableKind, Readonly<Record<string, FieldGuide>>>> = {
  coverage: {
    region_code: REGION_CODE,
    region_name: {
      reading: 'text',
      id: { meaning: 'Nama wilayah, untuk memeriksa kode wilayah', format: 'Nama resmi, misalnya Kabupaten Ketapang; boleh dikosongkan' },
      en: { meaning: 'The region\'s name, to check the code against', format: 'The official name, such as Kabupaten Ketapang; may be left empty' },
      example: 'Kabupaten Ketapang',
    },
    period: {
      reading: 'period',
      id: { meaning: 'Periode yang diukur oleh angka ini (posisi data)', format: PERIOD_FORMAT.id },
      en: { meaning: 'The period the figure measures (its reference date)', format: PERIOD_FORMAT.en },
      example: '2024-12',
    },
    metric: {
      reading: 'text',
      id: {
        meaning: 'Jenis angka: cakupan, jumlah peserta, target, penyebut, atau bagian (segmen, program, desa); indikator berawalan national_ untuk Indonesia secara keseluruhan',
        format: 'Salah satu kode indikator yang diizinkan; untuk indikator national_, kode wilayah dikosongkan',
      },
      en: {
        meaning: 'What the figure is: coverage, participants, a target, a denominator or a part (a segment, a programme, desa); metrics starting national_ are for Indonesia as a whole',
        format: 'One of the allowed metric ids; with a national_ metric, the region code is left empty',
      },
      example: 'coverage_pct',
      allowed: METRICS.map((m) => m.id),
    },
    value: {
      reading: 'number',
      id: {
        meaning: 'Angka yang dipublikasikan',
        format: 'Bilangan tanpa satuan dan tanpa tanda %; koma desimal (55,69) dan titik ribuan (1.786.809) dibaca, juga dari sel teks; 41.250 untuk jumlah orang dibaca 41250. Baris tanpa angka tidak diisi; baris Jumlah/Total dilewati.',
      },
      en: {
        meaning: 'The published figure',
        format: 'A number without unit or % sign; decimal commas (55,69) and thousands dots (1.786.809) are read, from text cells too; 41.250 for a count of persons is read as 41250. Leave out a row with no figure; Jumlah/Total rows are skipped.',
      },
      example: '68.02',
    },
    unit: {
      reading: 'text',
      id: { meaning: 'Satuan angka: percent (persen, %) untuk persentase, persons (orang, jiwa, peserta) untuk jumlah orang', format: 'Salah satu nilai yang diizinkan atau padanan Indonesianya, sesuai indikatornya' },
      en: { meaning: 'The figure\'s unit: percent (persen, %) for a share, persons (orang, jiwa, peserta) for a count', format: 'One of the allowed values or its Indonesian word, the metric\'s own' },
      example: 'percent',
      allowed: UNITS,
    },
    source_url: SOURCE_URL,
    confidence: CONFIDENCE,
    note: {
      reading: 'text',
      id: { meaning: 'Catatan dalam bahasa Inggris yang diperlukan untuk membaca angka dengan benar', format: 'Teks biasa tanpa HTML; boleh dikosongkan' },
      en: { meaning: 'A note in English the figure needs to be read right', format: 'Plain text without HTML; may be left empty' },
      example: 'Position at the end of December',
    },
    note_id: {
      reading: 'text',
      id: { meaning: 'Catatan yang sama dalam bahasa Indonesia', format: 'Teks biasa tanpa HTML; diisi bila note diisi' },
      en: { meaning: 'The same note in Bahasa Indonesia', format: 'Plain text without HTML; given whenever note is' },
      example: 'Posisi akhir Desember',
    },
  },
  awards: {
    edition: {
      reading: 'text',
      id: { meaning: 'Tahun pada nama penghargaan: "Paritrana Award 2025" adalah edisi 2025', format: 'Empat angka' },
      en: { meaning: 'The year in the award\'s name: "Paritrana Award 2025" is edition 2025', format: 'Four digits' },
      example: '2025',
    },
    assessment_period: {
      reading: 'period',
      id: { meaning: 'Periode yang dinilai juri', format: `${PERIOD_FORMAT.id}; boleh dikosongkan bila sumber tidak menyebutnya` },
      en: { meaning: 'The period the jury judged', format: `${PERIOD_FORMAT.en}; may be left empty where no source states it` },
      example: '2024',
    },
    ceremony_date: {
      reading: 'period',
      id: { meaning: 'Tanggal penyerahan penghargaan', format: `${PERIOD_FORMAT.id}; boleh dikosongkan bila belum diumumkan` },
      en: { meaning: 'The day of the ceremony', format: `${PERIOD_FORMAT.en}; may be left empty where not published` },
      example: '2025-09-24',
    },
    level: {
      reading: 'text',
      id: { meaning: 'Tingkat penghargaan', format: 'Salah satu nilai yang diizinkan' },
      en: { meaning: 'The level of the award', format: 'One of the allowed values' },
      example: 'provinsi',
      allowed: AWARD_LEVELS,
    },
    category: {
      reading: 'text',
      id: { meaning: 'Kode kategori yang tetap dari tahun ke tahun', format: 'Huruf kecil dan angka, dipisahkan tanda hubung' },
      en: { meaning: 'A category id that stays the same from year to year', format: 'Lower-case letters and digits joined by hyphens' },
      example: 'pemerintah-kabupaten-kota',
    },
    category_label_id: {
      reading: 'text',
      id: { meaning: 'Nama kategori dalam bahasa Indonesia', format: 'Teks biasa; sama untuk setiap baris kategori yang sama' },
      en: { meaning: 'The category\'s name in Bahasa Indonesia', format: 'Plain text; the same on every row of the category' },
      example: 'Pemerintah Kabupaten/Kota',
    },
    category_label_en: {
      reading: 'text',
      id: { meaning: 'Nama kategori dalam bahasa Inggris', format: 'Teks biasa; sama untuk setiap baris kategori yang sama' },
      en: { meaning: 'The category\'s name in English', format: 'Plain text; the same on every row of the category' },
      example: 'Regency and city governments',
    },
    rank: {
      reading: 'text',
      id: { meaning: 'Peringkat: 1, 2 atau 3; unknown bila pemenang tanpa peringkat; nominee untuk nominasi', format: 'Salah satu nilai yang diizinkan' },
      en: { meaning: 'The rank: 1, 2 or 3; unknown for a winner without a rank; nominee for a nominee', format: 'One of the allowed values' },
      example: '1',
      allowed: AWARD_RANKS,
    },
    winner_name: {
      reading: 'text',
      id: { meaning: 'Nama penerima penghargaan', format: 'Teks biasa' },
      en: { meaning: 'The name of the winner', format: 'Plain text' },
      example: 'Pemerintah Kabupaten Ketapang',
    },
    winner_type: {
      reading: 'text',
      id: { meaning: 'Jenis penerima penghargaan', format: 'Salah satu nilai yang diizinkan' },
      en: { meaning: 'What kind of winner it is', format: 'One of the allowed values' },
      example: 'pemerintah-kabupaten',
      allowed: WINNER_TYPES,
    },
    region_code: AWARD_REGION_CODE,
    source_url: SOURCE_URL,
    confidence: CONFIDENCE,
    note: {
      reading: 'text',
      id: { meaning: 'Catatan tentang baris ini', format: 'Teks biasa tanpa HTML; boleh dikosongkan' },
      en: { meaning: 'A note on this row', format: 'Plain text without HTML; may be left empty' },
      example: '',
    },
    presenter_note: {
      reading: 'text',
      id: { meaning: 'Yang dapat disampaikan pembawa acara tentang pemenang ini, hanya untuk tampilan presentasi', format: 'Teks biasa; boleh dikosongkan' },
      en: { meaning: 'What the presenter may say about this winner, for the presenter view only', format: 'Plain text; may be left empty' },
      example: '',
    },
    category_order: {
      reading: 'text',
      id: {
        meaning: 'Urutan panitia memanggil kategori ini pada edisinya (1 dipanggil pertama); tanpa isian, urutan rilis 2025: pemerintah kabupaten/kota, badan usaha besar menengah, badan usaha kecil mikro, pemerintah desa/kelurahan, inovasi pekerja rentan desa, tertib administrasi kepesertaan, lalu kategori lain menurut urutan berkas',
        format: 'Bilangan bulat 1 atau lebih, sama untuk setiap baris kategori yang sama pada edisi itu; boleh dikosongkan',
      },
      en: {
        meaning: 'Where the committee calls this category in its edition (1 is called first); where empty, the 2025 release\'s order: regency and city governments, large and medium businesses, small and micro businesses, village governments, vulnerable village workers innovation, orderly membership administration, then any other category in file order',
        format: 'A whole number from 1, the same on every row of the category in that edition; may be left empty',
      },
      example: '1',
    },
  },
  regions: {
    kemendagri_code: {
      reading: 'code',
      id: { meaning: 'Kode wilayah Kemendagri', format: 'Dua angka untuk provinsi (61); dua angka, titik, dua angka untuk kabupaten/kota (61.04); isikan sebagai teks' },
      en: { meaning: 'The Kemendagri region code', format: 'Two digits for the province (61); two digits, a dot, two digits for a regency or city (61.04); enter it as text' },
      example: '61.04',
    },
    bps_code: {
      reading: 'text',
      id: { meaning: 'Kode wilayah BPS, yang dapat berbeda dengan kode Kemendagri', format: 'Dua atau empat angka; boleh dikosongkan' },
      en: { meaning: 'The BPS region code, which may differ from the Kemendagri code', format: 'Two or four digits; may be left empty' },
      example: '6104',
    },
    name: {
      reading: 'text',
      id: { meaning: 'Nama resmi wilayah', format: 'Teks biasa, dengan Kabupaten atau Kota di depannya' },
      en: { meaning: 'The region\'s official name', format: 'Plain text, with Kabupaten or Kota in front' },
      example: 'Kabupaten Ketapang',
    },
    short_name: {
      reading: 'text',
      id: { meaning: 'Nama singkat untuk label peta', format: 'Teks biasa' },
      en: { meaning: 'The short name for map labels', format: 'Plain text' },
      example: 'Ketapang',
    },
    type: {
      reading: 'text',
      id: { meaning: 'Jenis wilayah', format: 'Salah satu nilai yang diizinkan' },
      en: { meaning: 'The kind of region', format: 'One of the allowed values' },
      example: 'kabupaten',
      allowed: REGION_TYPES,
    },
    former_names: {
      reading: 'text',
      id: { meaning: 'Nama lama wilayah dan tahun terakhir dipakai', format: '"Nama until TTTT", dipisahkan titik koma; boleh dikosongkan' },
      en: { meaning: 'The region\'s former names and the last year each was used', format: '"Name until YYYY", separated by semicolons; may be left empty' },
      example: '',
    },
  },
};

/** Each table's schema: which columns exist and which are required. */
export const TABLE_SCHEMAS: Readonly<Record<TableKind, TableSchema>> = {
  coverage: COVERAGE_SCHEMA,
  awards: AWARDS_SCHEMA,
  regions: REGIONS_SCHEMA,
};

/**
 * A table's columns in the order a template lists them: required first, as the schema lists them,
 * except that a region's name stands beside its code, where a person checks one against the other.
 */
export function templateColumns(kind: TableKind): string[] {
  const schema = TABLE_SCHEMAS[kind];
  const columns = [...schema.required, ...schema.optional];
  if (!columns.includes('region_name')) return columns;
  const withoutName = columns.filter((column) => column !== 'region_name');
  withoutName.splice(withoutName.indexOf('region_code') + 1, 0, 'region_name');
  return withoutName;
}

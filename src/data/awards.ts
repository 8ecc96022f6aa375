// Paritrana Award results. An edition's label, the period it judged and the day of its ceremony are
// three different things (a province's "Paritrana Award 2025" judged 2024 and was held in Sept
// 2025), so they stay three fields.
import { readDelimited, type TableSchema } from './dsv.ts';
import { RowReader } from './fields.ts';
import type { Period } from './periods.ts';
import { ProblemLog, w, type Problem } from './problems.ts';
import { abbreviatedName, type RegionIndex } from './regions.ts';
import { CONFIDENCE_WORDS, CONFIDENCES, readRegion, type Confidence } from './coverage.ts';

export type AwardRank = 1 | 2 | 3 | 'unknown' | 'nominee';
export const AWARD_RANKS = ['1', '2', '3', 'unknown', 'nominee'] as const;

export type AwardLevel = 'nasional' | 'provinsi';
export const AWARD_LEVELS: readonly AwardLevel[] = ['nasional', 'provinsi'];

export const WINNER_TYPES = [
  'pemerintah-provinsi',
  'pemerintah-kabupaten',
  'pemerintah-kota',
  'pemerintah-desa',
  'badan-usaha-besar-menengah',
  'badan-usaha-kecil-mikro',
  'lainnya',
] as const;
type WinnerType = (typeof WINNER_TYPES)[number];

/**
 * Categories a desa or kelurahan wins, whatever kind of winner the row names (a village government, or
 * another kind of winner in a village): their winners may be given by desa code.
 */
export const DESA_CATEGORIES: readonly string[] = ['pemerintah-desa-kelurahan', 'inovasi-pekerja-rentan-desa'];
/** Governments above the desa: a province's, a regency's or a city's winner is its region, never a desa. */
const REGIONAL_GOVERNMENTS: readonly WinnerType[] = ['pemerintah-provinsi', 'pemerintah-kabupaten', 'pemerintah-kota'];

/** A Kemendagri desa (or kelurahan) code: province.regency.kecamatan.desa, "61.04.02.2020". */
const DESA_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const KECAMATAN_CODE = /^\d{2}\.\d{2}\.\d{2}$/;

export interface Award {
  /** The year in the award's name: "Paritrana Award 2025" is edition 2025. */
  edition: number;
  /** The period the jury judged; null where no source states it. */
  assessmentPeriod: Period | null;
  /** The day of the ceremony; null where not published. */
  ceremonyDate: Period | null;
  level: AwardLevel;
  /** A stable id ("pemerintah-kabupaten-kota"); labels may change, the id does not. */
  category: string;
  categoryLabel: { id: string; en: string };
  rank: AwardRank;
  winnerName: string;
  winnerType: WinnerType;
  /** The regency (or the province) the winner is in, "61.04": what the map, the panels and the ceremony show. */
  regionCode: string;
  /**
   * The winning desa's Kemendagri code ("61.04.17.2002"), where region_code gave one: a village
   * winner, drawn from its regency's desa file (desaTopologyFile). null for every other winner.
   */
  desaCode: string | null;
  /** Where the committee calls this category in the edition (1 first); null where not set. */
  categoryOrder: number | null;
  sourceUrl: string;
  confidence: Confidence;
  note: string;
  /** What the presenter may say at this winner, for the presenter view only; "" where none. */
  presenterNote: string;
  file: string;
  line: number;
}

export const AWARDS_SCHEMA: TableSchema = {
  kind: w('berkas penghargaan', 'an awards file'),
  headerKind: 'awards',
  required: [
    'edition',
    'assessment_period',
    'ceremony_date',
    'level',
    'category',
    'category_label_id',
    'category_label_en',
    'rank',
    'winner_name',
    'winner_type',
    'region_code',
    'source_url',
    'confidence',
  ],
  optional: ['note', 'presenter_note', 'category_order'],
  mayBeEmpty: true,
};

const sameLabel = (category: string, line: number, label: string) =>
  w(`label yang sama untuk kategori "${category}" seperti pada baris ${line}: "${label}"`, `the same label for category "${category}" as on line ${line}: "${label}"`);

/** Ranks as a jury's list writes them: "Juara 1", "Juara I", "Nominasi". */
const RANK_WORDS: Readonly<Record<string, (typeof AWARD_RANKS)[number]>> = {
  'juara 1': '1', 'juara 2': '2', 'juara 3': '3', 'juara i': '1', 'juara ii': '2', 'juara iii': '3',
  'peringkat 1': '1', 'peringkat 2': '2', 'peringkat 3': '3', nominasi: 'nominee', nomine: 'nominee', 'tidak diketahui': 'unknown',
};

/** Winner types in words ("Pemerintah Kabupaten", "Badan Usaha Kecil dan Mikro"). */
const WINNER_TYPE_WORDS: Readonly<Record<string, WinnerType>> = {
  'pemerintah provinsi': 'pemerintah-provinsi',
  'pemerintah kabupaten': 'pemerintah-kabupaten',
  'pemerintah kota': 'pemerintah-kota',
  'pemerintah desa': 'pemerintah-desa',
  'badan usaha besar dan menengah': 'badan-usaha-besar-menengah',
  'badan usaha besar menengah': 'badan-usaha-besar-menengah',
  'badan usaha kecil dan mikro': 'badan-usaha-kecil-mikro',
  'badan usaha kecil mikro': 'badan-usaha-kecil-mikro',
};

export function parseAwards(text: string, file: string, regions: RegionIndex): { awards: Award[]; problems: Problem[] } {
  const log = new ProblemLog(file);
  const awards: Award[] = [];
  const labels = new Map<string, { id: string; en: string; line: number }>();
  readDelimited(text, AWARDS_SCHEMA, log, (row, table) => {
    const r = new RowReader(row, log, table.decimalComma);
    const editionText = r.raw('edition');
    const edition = /^\d{4}$/.test(editionText) ? Number(editionText) : r.error('edition', editionText || null, w('tahun pada nama penghargaan, empat angka ("2025"); tulis kata seperti "penilaian" di catatan', 'the year in the edition\'s name, four digits ("2025"); put words such as "penilaian" in the note'));
    const assessmentPeriod = r.period('assessment_period', { required: false });
    const ceremonyDate = r.period('ceremony_date', { required: false });
    const level = r.oneOf('level', AWARD_LEVELS, { words: { national: 'nasional', province: 'provinsi', provincial: 'provinsi' } });
    const category = r.raw('category');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(category)) {
      r.error('category', category || null, w('kode kategori yang tetap, huruf kecil dengan tanda hubung ("pemerintah-kabupaten-kota")', 'a stable category id in lower case with hyphens ("pemerintah-kabupaten-kota")'));
    }
    const labelId = r.text('category_label_id');
    const labelEn = r.text('category_label_en');
    const rankText = r.oneOf('rank', AWARD_RANKS, { words: RANK_WORDS });
    const winnerName = r.text('winner_name');
    const winnerType = r.oneOf('winner_type', WINNER_TYPES, { words: WINNER_TYPE_WORDS });
    const place = readPlace(r, regions, winnerType, category);
    const categoryOrder = readCategoryOrder(r);
    const sourceUrl = r.url('source_url');
    const confidence = r.oneOf('confidence', CONFIDENCES, { words: CONFIDENCE_WORDS, also: 'tinggi, sedang, rendah' });
    const note = r.text('note', { required: false });
    const presenterNote = r.text('presenter_note', { required: false });

    if (labelId && labelEn && r.valid) {
      const first = labels.get(category);
      if (!first) labels.set(category, { id: labelId, en: labelEn, line: row.line });
      else {
        if (first.id !== labelId) r.error('category_label_id', labelId, sameLabel(category, first.line, first.id));
        if (first.en !== labelEn) r.error('category_label_en', labelEn, sameLabel(category, first.line, first.en));
      }
    }
    if (place && winnerType && winnerName) checkWinnerRegion(r, regions, place.regionCode, winnerType, winnerName);
    if (ceremonyDate && edition !== undefined && ceremonyDate.year < edition) {
      r.error('ceremony_date', ceremonyDate.text, w(`tanggal pada atau sesudah tahun edisi ${edition}`, `a date in or after the edition year ${edition}`));
    }

    if (!r.valid || edition === undefined || !level || !labelId || !labelEn || !rankText || !winnerName || !winnerType || !place || categoryOrder === undefined || !sourceUrl || !confidence || note === undefined || presenterNote === undefined || assessmentPeriod === undefined || ceremonyDate === undefined) return;
    const rank: AwardRank = rankText === 'unknown' || rankText === 'nominee' ? rankText : (Number(rankText) as 1 | 2 | 3);
    awards.push({
      edition, assessmentPeriod, ceremonyDate, level, category, categoryLabel: { id: labelId, en: labelEn }, rank,
      winnerName, winnerType, regionCode: place.regionCode, desaCode: place.desaCode, categoryOrder, sourceUrl, confidence, note, presenterNote,
      file, line: row.line,
    });
  });
  flagSharedRanks(awards, log);
  flagCategoryOrders(awards, log);
  return { awards, problems: log.problems };
}

/**
 * region_code: a region as everywhere else, or for a village winner the desa's code, whose first two
 * parts must be a regency of regions.csv. Whether the desa exists is checked against the desa
 * boundaries by the build and the validate command (desa.ts), which the page importing a file has not.
 */
function readPlace(r: RowReader, regions: RegionIndex, winnerType: WinnerType | undefined | '', category: string): { regionCode: string; desaCode: string | null } | undefined {
  const text = r.raw('region_code').trim();
  const villageWinner = winnerType === 'pemerintah-desa' || (DESA_CATEGORIES.includes(category) && !!winnerType && !REGIONAL_GOVERNMENTS.includes(winnerType));
  if (villageWinner && KECAMATAN_CODE.test(text)) {
    return r.error('region_code', text, w(
      `kode desa Kemendagri empat bagian (seperti "${text}.2001"); ${text} adalah kode kecamatan, bukan kode desa pemenang`,
      `a Kemendagri desa code of four parts (such as "${text}.2001"); ${text} is a kecamatan code, not the winning desa's`,
    ));
  }
  if (!DESA_CODE.test(text)) {
    const regionCode = readRegion(r, regions);
    return regionCode === undefined ? undefined : { regionCode, desaCode: null };
  }
  if (!villageWinner) {
    return r.error('region_code', text, w(
      `kode kabupaten/kota ("${text.slice(0, 5)}"); kode desa hanya untuk pemenang pemerintah-desa atau pemenang kategori ${DESA_CATEGORIES.join(' atau ')}`,
      `a regency code ("${text.slice(0, 5)}"); a desa code is for a pemerintah-desa winner, or a winner of ${DESA_CATEGORIES.join(' or ')}, only`,
    ));
  }
  const regency = regions.byCode.get(text.slice(0, 5));
  if (!regency || regency.type === 'provinsi') {
    const known = regions.regencies.map((region) => region.code);
    const range = known.length > 0 ? `${known[0]} – ${known[known.length - 1]}` : '';
    return r.error('region_code', text, w(
      `kode desa yang diawali kode kabupaten/kota di regions.csv (${range.replace(' – ', ' sampai ')}); ${text.slice(0, 5)} bukan salah satunya`,
      `a desa code starting with the code of a regency in regions.csv (${range.replace(' – ', ' to ')}); ${text.slice(0, 5)} is not one`,
    ));
  }
  return { regionCode: regency.code, desaCode: text };
}

/** category_order: a whole number from 1, or empty where the committee's order is not set. */
function readCategoryOrder(r: RowReader): number | null | undefined {
  const text = r.raw('category_order').trim();
  if (text === '') return null;
  if (/^\d+$/.test(text) && Number(text) >= 1) return Number(text);
  return r.error('category_order', text, w(
    'bilangan bulat 1 atau lebih: urutan panitia memanggil kategori ini pada edisinya ("1" untuk yang dipanggil pertama); kosongkan bila belum ditetapkan',
    'a whole number from 1: the order in which the committee calls this category in its edition ("1" for the first called); leave it empty where not set',
  ));
}

/** A government winner must sit in the region it names; a city government in a kota, and so on. */
function checkWinnerRegion(r: RowReader, regions: RegionIndex, regionCode: string, winnerType: WinnerType, winnerName: string): void {
  const region = regions.byCode.get(regionCode)!;
  const expectedType = winnerType === 'pemerintah-kabupaten' ? 'kabupaten' : winnerType === 'pemerintah-kota' ? 'kota' : winnerType === 'pemerintah-provinsi' ? 'provinsi' : null;
  if (expectedType && region.type !== expectedType) {
    r.error('winner_type', winnerType, w(
      `"pemerintah-${region.type}" untuk ${region.name} (${region.code}), yang merupakan ${region.type}; atau kode ${expectedType} pemenangnya di region_code`,
      `"pemerintah-${region.type}" for ${region.name} (${region.code}), which is a ${region.type}; or the code of the ${expectedType} that won in region_code`,
    ));
  } else if (expectedType && ![region.shortName, abbreviatedName(region.shortName)].some((name) => winnerName.toLowerCase().includes(name.toLowerCase()))) {
    r.warning('winner_name', winnerName, w(`nama pemerintah ${region.name} (${region.code}), wilayah yang disebut di region_code`, `the name of the government of ${region.name} (${region.code}), the region given in region_code`));
  }
}

function flagSharedRanks(awards: readonly Award[], log: ProblemLog): void {
  const seen = new Map<string, Award>();
  for (const award of awards) {
    if (typeof award.rank !== 'number') continue;
    const key = `${award.edition}|${award.level}|${award.category}|${award.rank}`;
    const first = seen.get(key);
    if (first) {
      log.warning(award.line, 'rank', String(award.rank), w(
        `satu pemenang untuk setiap peringkat; baris ${first.line} juga berperingkat ${award.rank} pada ${award.edition} ${award.category} (seri?). Keduanya disimpan`,
        `one winner per rank; line ${first.line} also has rank ${award.rank} in ${award.edition} ${award.category} (a tie?). Both are kept`,
      ));
    } else seen.set(key, award);
  }
}

/**
 * One running order an edition: every row of a category that sets category_order gives it the same
 * place, and no two categories of the edition share one, or the ceremony could not tell which comes first.
 */
function flagCategoryOrders(awards: readonly Award[], log: ProblemLog): void {
  const ofCategory = new Map<string, Award>();
  const ofPlace = new Map<string, Award>();
  for (const award of awards) {
    if (award.categoryOrder === null) continue;
    const edition = `${award.edition}|${award.level}`;
    const first = ofCategory.get(`${edition}|${award.category}`);
    if (first && first.categoryOrder !== award.categoryOrder) {
      log.error(award.line, 'category_order', String(award.categoryOrder), w(
        `urutan yang sama untuk kategori "${award.category}" pada edisi ${award.edition} seperti pada baris ${first.line}: ${first.categoryOrder}`,
        `the same order for category "${award.category}" in edition ${award.edition} as on line ${first.line}: ${first.categoryOrder}`,
      ));
      continue;
    }
    if (!first) ofCategory.set(`${edition}|${award.category}`, award);
    const other = ofPlace.get(`${edition}|${award.categoryOrder}`);
    if (other && other.category !== award.category) {
      log.error(award.line, 'category_order', String(award.categoryOrder), w(
        `satu kategori untuk setiap urutan; kategori "${other.category}" pada baris ${other.line} juga berurutan ${award.categoryOrder} pada edisi ${award.edition}`,
        `one category for each place in the order; category "${other.category}" on line ${other.line} also has order ${award.categoryOrder} in edition ${award.edition}`,
      ));
    } else if (!other) ofPlace.set(`${edition}|${award.categoryOrder}`, award);
  }
}

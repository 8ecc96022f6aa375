// Paritrana Award results. An edition's label, the period it judged and the day of its ceremony are
// three different things (a province's "Paritrana Award 2025" judged 2024 and was held in Sept
// 2025), so they stay three fields.
import { readDelimited, type TableSchema } from './dsv.ts';
import { RowReader } from './fields.ts';
import type { Period } from './periods.ts';
import { ProblemLog, w, type Problem } from './problems.ts';
import type { RegionIndex } from './regions.ts';
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
  regionCode: string;
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
  optional: ['note', 'presenter_note'],
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
    const regionCode = readRegion(r, regions);
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
    if (regionCode && winnerType && winnerName) checkWinnerRegion(r, regions, regionCode, winnerType, winnerName);
    if (ceremonyDate && edition !== undefined && ceremonyDate.year < edition) {
      r.error('ceremony_date', ceremonyDate.text, w(`tanggal pada atau sesudah tahun edisi ${edition}`, `a date in or after the edition year ${edition}`));
    }

    if (!r.valid || edition === undefined || !level || !labelId || !labelEn || !rankText || !winnerName || !winnerType || !regionCode || !sourceUrl || !confidence || note === undefined || presenterNote === undefined || assessmentPeriod === undefined || ceremonyDate === undefined) return;
    const rank: AwardRank = rankText === 'unknown' || rankText === 'nominee' ? rankText : (Number(rankText) as 1 | 2 | 3);
    awards.push({
      edition, assessmentPeriod, ceremonyDate, level, category, categoryLabel: { id: labelId, en: labelEn }, rank,
      winnerName, winnerType, regionCode, sourceUrl, confidence, note, presenterNote, file, line: row.line,
    });
  });
  flagSharedRanks(awards, log);
  return { awards, problems: log.problems };
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
  } else if (expectedType && !winnerName.toLowerCase().includes(region.shortName.toLowerCase())) {
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

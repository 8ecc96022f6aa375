// Paritrana Award results. An edition's label, the period it judged and the day of its ceremony are
// three different things (a province's "Paritrana Award 2025" judged 2024 and was held in Sept
// 2025), so they stay three fields.
import { readDelimited, type TableSchema } from './dsv.ts';
import { RowReader } from './fields.ts';
import type { Period } from './periods.ts';
import { ProblemLog, type Problem } from './problems.ts';
import type { RegionIndex } from './regions.ts';
import { CONFIDENCES, readRegion, type Confidence } from './coverage.ts';

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
export type WinnerType = (typeof WINNER_TYPES)[number];

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
  kind: 'an awards file',
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

export function parseAwards(text: string, file: string, regions: RegionIndex): { awards: Award[]; problems: Problem[] } {
  const log = new ProblemLog(file);
  const awards: Award[] = [];
  const labels = new Map<string, { id: string; en: string; line: number }>();
  readDelimited(text, AWARDS_SCHEMA, log, (row, table) => {
    const r = new RowReader(row, log, table.decimalComma);
    const editionText = r.raw('edition');
    const edition = /^\d{4}$/.test(editionText) ? Number(editionText) : r.error('edition', editionText || null, 'the year in the edition\'s name, four digits ("2025"); put words such as "penilaian" in the note');
    const assessmentPeriod = r.period('assessment_period', { required: false });
    const ceremonyDate = r.period('ceremony_date', { required: false });
    const level = r.oneOf('level', AWARD_LEVELS);
    const category = r.raw('category');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(category)) {
      r.error('category', category || null, 'a stable category id in lower case with hyphens ("pemerintah-kabupaten-kota")');
    }
    const labelId = r.text('category_label_id');
    const labelEn = r.text('category_label_en');
    const rankText = r.oneOf('rank', AWARD_RANKS);
    const winnerName = r.text('winner_name');
    const winnerType = r.oneOf('winner_type', WINNER_TYPES);
    const regionCode = readRegion(r, regions);
    const sourceUrl = r.url('source_url');
    const confidence = r.oneOf('confidence', CONFIDENCES);
    const note = r.text('note', { required: false });
    const presenterNote = r.text('presenter_note', { required: false });

    if (labelId && labelEn && r.valid) {
      const first = labels.get(category);
      if (!first) labels.set(category, { id: labelId, en: labelEn, line: row.line });
      else {
        if (first.id !== labelId) r.error('category_label_id', labelId, `the same label for category "${category}" as on line ${first.line}: "${first.id}"`);
        if (first.en !== labelEn) r.error('category_label_en', labelEn, `the same label for category "${category}" as on line ${first.line}: "${first.en}"`);
      }
    }
    if (regionCode && winnerType && winnerName) checkWinnerRegion(r, regions, regionCode, winnerType, winnerName);
    if (ceremonyDate && edition !== undefined && ceremonyDate.year < edition) {
      r.error('ceremony_date', ceremonyDate.text, `a date in or after the edition year ${edition}`);
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
    r.error('winner_type', winnerType, `"pemerintah-${region.type}" for ${region.name} (${region.code}), which is a ${region.type}; or the code of the ${expectedType} that won in region_code`);
  } else if (expectedType && !winnerName.toLowerCase().includes(region.shortName.toLowerCase())) {
    r.warning('winner_name', winnerName, `the name of the government of ${region.name} (${region.code}), the region given in region_code`);
  }
}

function flagSharedRanks(awards: readonly Award[], log: ProblemLog): void {
  const seen = new Map<string, Award>();
  for (const award of awards) {
    if (typeof award.rank !== 'number') continue;
    const key = `${award.edition}|${award.level}|${award.category}|${award.rank}`;
    const first = seen.get(key);
    if (first) {
      log.warning(award.line, 'rank', String(award.rank), `one winner per rank; line ${first.line} also has rank ${award.rank} in ${award.edition} ${award.category} (a tie?). Both are kept`);
    } else seen.set(key, award);
  }
}

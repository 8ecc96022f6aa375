// The official list of Indonesia's 38 provinces (data/national/provinces.csv): each province's
// Kemendagri code, its name as Kepmendagri No 300.2.2-2430 Tahun 2025 writes it, and its English name as
// BPS writes it in its English publications. The national map names its provinces from it, and every
// province's area file (province.json) takes its names from it.
import { ProblemLog, w, type Problem } from './problems.ts';
import { invisibleIn } from './problem-text.ts';

export interface ProvinceNameEntry {
  /** Two digits: "63". */
  code: string;
  /** Bahasa Indonesia, as Kemendagri writes it: "Kalimantan Selatan". */
  name: string;
  /** English, as the English page shows it: "South Kalimantan" (data/README.md says where the names come from). */
  nameEn: string;
}

const COLUMNS = ['kemendagri_code', 'name', 'name_en'] as const;
/** The provinces of Indonesia since 2022 (Papua Selatan, Papua Tengah, Papua Pegunungan, Papua Barat Daya). */
const PROVINCE_COUNT = 38;

/**
 * Reads the list; every problem names the file, the line, the field, the value found and what to write.
 * Rows with an error are left out; a list without 38 provinces is a problem of the whole file.
 */
export function parseProvinceNames(text: string, file: string): { entries: ProvinceNameEntry[]; problems: Problem[] } {
  const log = new ProblemLog(file);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const header = (lines[0] ?? '').split(',').map((cell) => cell.trim());
  if (header.join(',') !== COLUMNS.join(',')) {
    log.error(1, null, lines[0] ?? null, w(`baris judul "${COLUMNS.join(',')}"`, `the header line "${COLUMNS.join(',')}"`));
    return { entries: [], problems: log.problems };
  }
  const entries: ProvinceNameEntry[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((line, index) => {
    const lineNumber = index + 2;
    // No quoting: no province's name holds a comma, so a comma too many is a mistake worth naming.
    const cells = line.split(',');
    if (cells.length !== COLUMNS.length) {
      log.error(lineNumber, null, line, w(`tiga kolom dipisahkan koma: ${COLUMNS.join(',')}`, `three fields separated by commas: ${COLUMNS.join(',')}`));
      return;
    }
    const [code, name, nameEn] = cells.map((cell) => cell.trim()) as [string, string, string];
    let valid = true;
    if (!/^\d{2}$/.test(code)) {
      log.error(lineNumber, 'kemendagri_code', code, w('kode Kemendagri provinsi: dua angka ("63")', 'a Kemendagri province code: two digits ("63")'));
      valid = false;
    } else if (seen.has(code)) {
      log.error(lineNumber, 'kemendagri_code', code, w(`setiap provinsi sekali; baris ${seen.get(code)} sudah memuatnya`, `each province once; line ${seen.get(code)} has it already`));
      valid = false;
    }
    for (const [field, value, example] of [['name', name, 'Kalimantan Selatan'], ['name_en', nameEn, 'South Kalimantan']] as const) {
      const invisible = invisibleIn(value);
      if (value === '' || invisible) {
        const why = invisible ? w(` tanpa karakter tak terlihat (ditemukan ${invisible.id})`, ` without invisible characters (found ${invisible.en})`) : w('', '');
        log.error(lineNumber, field, value, w(`nama provinsi${why.id}, misalnya "${example}"`, `the province's name${why.en}, like "${example}"`));
        valid = false;
      }
    }
    if (!valid) return;
    seen.set(code, lineNumber);
    entries.push({ code, name, nameEn });
  });
  if (log.problems.length === 0 && entries.length !== PROVINCE_COUNT) {
    log.error(null, null, String(entries.length), w(`${PROVINCE_COUNT} provinsi, satu per baris`, `the ${PROVINCE_COUNT} provinces, one a line`));
  }
  return { entries, problems: log.problems };
}

// Reading one row's cells into typed values. Each reader records its own problem and returns
// undefined on failure, so a row reader can check every field (reporting all of a row's problems at
// once) and then drop the row if any error was recorded.
import type { DelimitedRow } from './dsv.ts';
import { invisibleIn, removeInvisible } from './problem-text.ts';
import { w, type Expected, type ProblemLog, type Wording } from './problems.ts';
import { parsePeriod } from './parse-period.ts';
import type { Period } from './periods.ts';

export class RowReader {
  private errors = 0;
  /** Fields with an error already: the first error about a field is the one to act on, the rest echo it. */
  private readonly refused = new Set<string>();

  constructor(
    readonly row: DelimitedRow,
    private readonly log: ProblemLog,
    private readonly decimalComma: boolean,
  ) {}

  get line(): number {
    return this.row.line;
  }

  /** True when no error was recorded for this row. */
  get valid(): boolean {
    return this.errors === 0;
  }

  error(field: string, found: string | null, expected: Expected): undefined {
    this.errors++;
    if (this.refused.has(field)) return undefined;
    this.refused.add(field);
    this.log.error(this.row.line, field, found, expected);
    return undefined;
  }

  warning(field: string, found: string | null, expected: Expected): void {
    this.log.warning(this.row.line, field, found, expected);
  }

  /**
   * A cell read as a code, a number, a period or an address: one invisible character makes it another
   * value than the one it looks like ("61.04" and "61.04" with a zero-width space), so it is an error.
   */
  raw(field: string): string {
    const value = this.row.cells.get(field) ?? '';
    if (!this.refused.has(field)) {
      const invisible = invisibleIn(value);
      if (invisible) this.error(field, value, w(`nilai tanpa karakter tak terlihat; ditemukan ${invisible.id}`, `the value without invisible characters; found ${invisible.en}`));
    }
    return value;
  }

  /**
   * Plain text: names, labels and notes. Markup is refused: these strings end up in pages, and no source
   * writes HTML. Invisible characters are left out with a warning: the words are still good, but a
   * control character or a bidirectional override would reach the page (or a terminal) and change
   * what it shows.
   */
  text(field: string, { required = true } = {}): string | undefined {
    const cell = this.row.cells.get(field) ?? '';
    const invisible = invisibleIn(cell);
    if (invisible) {
      this.warning(field, cell, w(`teks tanpa karakter tak terlihat; ditemukan ${invisible.id}, yang dibuang`, `text without invisible characters; found ${invisible.en}, which is left out`));
    }
    const value = invisible ? removeInvisible(cell).trim() : cell;
    if (value === '') {
      return required ? this.error(field, null, w('sebuah isian; kolom ini tidak boleh kosong', 'a value; this field may not be empty')) : '';
    }
    if (/<\s*[a-z!/?]/i.test(value) || /javascript:/i.test(value)) {
      return this.error(field, value, w('teks biasa tanpa markah HTML atau skrip', 'plain text without HTML markup or script'));
    }
    return value;
  }

  /**
   * One of a list of codes. `words` are what people write for them in Bahasa Indonesia ("tinggi" for
   * high, "persen" for percent), read in any case: each names one code and nothing else, so reading it
   * is no guess. The codes themselves are read as written (see the hint for another case). `also`
   * names the words in the message, where a list of them helps.
   */
  oneOf<T extends string>(
    field: string,
    allowed: readonly T[],
    { required = true, words = {}, also = null }: { required?: boolean; words?: Readonly<Record<string, T>>; also?: string | null } = {},
  ): T | undefined | '' {
    const value = this.raw(field);
    if (value === '' && !required) return '';
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const lower = value.toLowerCase().replace(/\s+/g, ' ').trim();
    const word = Object.hasOwn(words, lower) ? words[lower] : undefined;
    if (word !== undefined) return word;
    const list = allowed.join(', ');
    if ((allowed as readonly string[]).includes(lower)) {
      return this.error(field, value, w(`salah satu dari ${list} (tulis dengan huruf kecil: "${lower}")`, `one of ${list} (write it in lower case: "${lower}")`));
    }
    return this.error(field, value === '' ? null : value, w(`salah satu dari ${list}${also ? ` (atau ${also})` : ''}`, `one of ${list}${also ? ` (or ${also})` : ''}`));
  }

  /**
   * A number written as the file's locale writes it: 68.02, or 68,02 in a semicolon file. A count of
   * persons (`whole`) is never a fraction, which settles "41.250" as 41250 (see parseLocaleNumber).
   */
  number(field: string, { whole = false } = {}): number | undefined {
    const value = this.raw(field);
    if (value === '') return this.error(field, null, w('sebuah angka; baris tanpa angka yang dipublikasikan tidak perlu diisi', 'a number; leave the row out where no figure was published'));
    const parsed = parseLocaleNumber(value, this.decimalComma, { whole });
    if (!parsed.ok) return this.error(field, value, parsed.expected);
    if (parsed.warning) this.warning(field, value, parsed.warning);
    return parsed.value;
  }

  /** A source address: absolute http or https only (no javascript:, file: or relative links). */
  url(field: string): string | undefined {
    const value = this.raw(field);
    if (value === '') return this.error(field, null, w('alamat web (http atau https) sumber yang memublikasikan ini', 'the address (http or https) of the source that published this'));
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return this.error(field, value, w('alamat web lengkap yang diawali https:// atau http://', 'an absolute web address starting with https:// or http://'));
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return this.error(field, value, w(`alamat web yang diawali https:// atau http://, bukan ${url.protocol}`, `a web address starting with https:// or http://, not ${url.protocol}`));
    }
    if (!url.hostname.includes('.') || /\s/.test(value)) {
      return this.error(field, value, w('alamat web dengan nama host lengkap (example.com) dan tanpa spasi', 'a web address with a full host name (example.com) and no spaces'));
    }
    return value;
  }

  period(field: string, { required = true } = {}): Period | null | undefined {
    const value = this.raw(field);
    if (value === '') {
      return required ? this.error(field, null, w('periode yang ditulis TTTT, TTTT-BB atau TTTT-BB-HH', 'a period written YYYY, YYYY-MM or YYYY-MM-DD')) : null;
    }
    const parsed = parsePeriod(value);
    if (!parsed.ok) return this.error(field, value, parsed.expected);
    return parsed.value;
  }
}

/** A number read, with what is said of it when the reading was a choice between two. */
export type ParsedNumber = { ok: true; value: number; warning?: Wording } | { ok: false; expected: Expected };

/**
 * A cell's number. In a comma (or tab) file the decimal mark is a point; in a semicolon file (id-ID)
 * a comma, with dots between thousands. Beyond that, only what has one reading is read:
 *
 * - "68,02", "41,25", "1234,567" in a comma file (quoted): a thousands separator groups three digits
 *   after one to three, so these commas can only be decimal commas (an id-ID sheet saved as CSV).
 * - "1.234,5" and "1.800.000" anywhere: dots between groups of three, with a decimal comma or more than
 *   one group, are id-ID thousands dots and nothing else.
 * - "41.250" for a count of persons (`whole`): 41.25 persons is not a count, so the dot separates
 *   thousands. Read with a warning: it could also be a typing slip.
 * - "80,101" in a comma file stays refused with both readings named: 80101 or 80.101.
 */
export function parseLocaleNumber(text: string, decimalComma: boolean, { whole = false } = {}): ParsedNumber {
  if (/%$/.test(text)) {
    return { ok: false, expected: w('angka saja: tulis satuannya (persen) di kolom satuan, bukan tanda %', 'a bare number: put the unit (percent) in the unit column, not a % sign') };
  }
  const thousandsDots = /^-?\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(text) || /^-?\d{1,3}(\.\d{3})+,\d+$/.test(text);
  if (decimalComma) {
    // id-ID: 68,02 and 1.800.000 (dots only as thousands separators, in groups of three).
    if (/^-?\d+(,\d+)?$/.test(text) || /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) {
      return exactNumber(text.replace(/\./g, '').replace(',', '.'));
    }
    return {
      ok: false,
      expected: w(
        'angka seperti ditulis pada berkas berpemisah titik koma (id-ID): koma desimal (68,02), titik hanya di antara ribuan (1.800.000)',
        'a number as written in a semicolon-separated (id-ID) file: a decimal comma (68,02), dots only between thousands (1.800.000)',
      ),
    };
  }
  if (whole && /^-?\d{1,3}\.\d{3}$/.test(text)) {
    const read = text.replace('.', '');
    const parsed = exactNumber(read);
    return parsed.ok
      ? { ...parsed, warning: w(`angka bulat; "${text}" dibaca ${read}, dengan titik sebagai pemisah ribuan, karena jumlah orang tidak berpecahan`, `a whole number; "${text}" is read as ${read}, the dot separating thousands, as a count of persons has no fraction`) }
      : parsed;
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) return exactNumber(text);
  if (thousandsDots) return exactNumber(text.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+,\d+$/.test(text) && !/^-?\d{1,3},\d{3}$/.test(text)) return exactNumber(text.replace(',', '.'));
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    const plain = text.replace(/,/g, '');
    // "80,101" reads as 80101 or as 80.101: name both rather than guess which was meant.
    if (/^-?\d{1,3},\d{3}$/.test(text)) {
      const decimal = text.replace(',', '.');
      return {
        ok: false,
        expected: w(
          `angka tanpa pemisah ribuan (${plain} bila koma memisahkan ribuan, atau ${decimal} bila koma itu koma desimal)`,
          `a number without thousands separators (${plain} if the comma separates thousands, or ${decimal} if it is a decimal comma)`,
        ),
      };
    }
    return { ok: false, expected: w(`angka tanpa pemisah ribuan (${plain})`, `a number without thousands separators (${plain})`) };
  }
  if (/^-?\d+([.,]\d+)?e[+-]?\d+$/i.test(text)) {
    return { ok: false, expected: w('angka yang ditulis lengkap dengan digit (110013), bukan notasi eksponen', 'a number written out in digits (110013), not in exponent notation') };
  }
  return { ok: false, expected: w('angka seperti 68.02 atau 110013', 'a number such as 68.02 or 110013') };
}

/** Significant digits a double keeps for any decimal: 15 (a 16th may already be rounded away). */
const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * A plain decimal ("-12.50", "110013") as a number that is exactly what the file says: a whole number
 * must be a safe integer (9007199254740993 would silently be stored as ...992), a fraction at most 15
 * significant digits (more are rounded away without a word), and minus zero is zero.
 */
function exactNumber(plain: string): ParsedNumber {
  const [wholePart = '', fraction = ''] = plain.replace(/^-/, '').split('.');
  const digits = `${wholePart}${fraction.replace(/0+$/, '')}`.replace(/^0+/, '');
  const value = Number(plain);
  if (fraction.replace(/0+$/, '') === '') {
    if (!Number.isSafeInteger(value)) {
      return {
        ok: false,
        expected: w(
          `angka bulat paling besar ${Number.MAX_SAFE_INTEGER}; angka ini ${digits.length} digit, terlalu banyak untuk disimpan dengan tepat`,
          `a whole number up to ${Number.MAX_SAFE_INTEGER}; this one has ${digits.length} digits, too many to store exactly`,
        ),
      };
    }
  } else if (digits.length > MAX_SIGNIFICANT_DIGITS) {
    return {
      ok: false,
      expected: w(
        `angka dengan paling banyak ${MAX_SIGNIFICANT_DIGITS} digit bermakna; angka ini ${digits.length}, terlalu banyak untuk disimpan dengan tepat`,
        `a number of at most ${MAX_SIGNIFICANT_DIGITS} significant digits; this one has ${digits.length}, too many to store exactly`,
      ),
    };
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

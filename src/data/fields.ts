// Reading one row's cells into typed values. Each reader records its own problem and returns
// undefined on failure, so a row reader can check every field (reporting all of a row's problems at
// once) and then drop the row if any error was recorded.
import type { DelimitedRow } from './dsv.ts';
import { findInvisible, removeInvisible } from './problem-text.ts';
import type { Expected, ProblemLog } from './problems.ts';
import { parsePeriod, type Parsed } from './parse-period.ts';
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
      const invisible = findInvisible(value);
      if (invisible) this.error(field, value, `the value without invisible characters; found ${invisible}`);
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
    const invisible = findInvisible(cell);
    if (invisible) this.warning(field, cell, `text without invisible characters; found ${invisible}, which is left out`);
    const value = invisible ? removeInvisible(cell).trim() : cell;
    if (value === '') {
      return required ? this.error(field, null, 'a value; this field may not be empty') : '';
    }
    if (/<\s*[a-z!/?]/i.test(value) || /javascript:/i.test(value)) {
      return this.error(field, value, 'plain text without HTML markup or script');
    }
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], { required = true } = {}): T | undefined | '' {
    const value = this.raw(field);
    if (value === '' && !required) return '';
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const lower = value.toLowerCase();
    const hint = (allowed as readonly string[]).includes(lower) ? ` (write it in lower case: "${lower}")` : '';
    return this.error(field, value === '' ? null : value, `one of ${allowed.join(', ')}${hint}`);
  }

  /** A number written as the file's locale writes it: 68.02, or 68,02 in a semicolon file. */
  number(field: string): number | undefined {
    const value = this.raw(field);
    if (value === '') return this.error(field, null, 'a number; leave the row out where no figure was published');
    const parsed = parseLocaleNumber(value, this.decimalComma);
    if (!parsed.ok) return this.error(field, value, parsed.expected);
    return parsed.value;
  }

  /** A source address: absolute http or https only (no javascript:, file: or relative links). */
  url(field: string): string | undefined {
    const value = this.raw(field);
    if (value === '') return this.error(field, null, 'the address (http or https) of the source that published this');
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return this.error(field, value, 'an absolute web address starting with https:// or http://');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return this.error(field, value, `a web address starting with https:// or http://, not ${url.protocol}`);
    }
    if (!url.hostname.includes('.') || /\s/.test(value)) {
      return this.error(field, value, 'a web address with a full host name (example.com) and no spaces');
    }
    return value;
  }

  period(field: string, { required = true } = {}): Period | null | undefined {
    const value = this.raw(field);
    if (value === '') return required ? this.error(field, null, 'a period written YYYY, YYYY-MM or YYYY-MM-DD') : null;
    const parsed = parsePeriod(value);
    if (!parsed.ok) return this.error(field, value, parsed.expected);
    return parsed.value;
  }
}

export function parseLocaleNumber(text: string, decimalComma: boolean): Parsed<number> {
  if (/%$/.test(text)) {
    return { ok: false, expected: 'a bare number: put the unit (percent) in the unit column, not a % sign' };
  }
  if (decimalComma) {
    // id-ID: 68,02 and 1.800.000 (dots only as thousands separators, in groups of three).
    if (/^-?\d+(,\d+)?$/.test(text) || /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) {
      return exactNumber(text.replace(/\./g, '').replace(',', '.'));
    }
    return {
      ok: false,
      expected: 'a number as written in a semicolon-separated (id-ID) file: a decimal comma (68,02), dots only between thousands (1.800.000)',
    };
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) return exactNumber(text);
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    // "80,101" reads as 80101 or as 80.101: name both rather than guess which was meant.
    const either = /^-?\d{1,3},\d{3}$/.test(text) ? ` if the comma separates thousands, or ${text.replace(',', '.')} if it is a decimal comma` : '';
    return { ok: false, expected: `a number without thousands separators (${text.replace(/,/g, '')}${either})` };
  }
  if (/^-?\d+,\d+$/.test(text)) {
    return { ok: false, expected: `a number with a decimal point (${text.replace(',', '.')}); decimal commas only in a semicolon-separated file` };
  }
  if (/^-?\d+([.,]\d+)?e[+-]?\d+$/i.test(text)) {
    return { ok: false, expected: 'a number written out in digits (110013), not in exponent notation' };
  }
  return { ok: false, expected: 'a number such as 68.02 or 110013' };
}

/** Significant digits a double keeps for any decimal: 15 (a 16th may already be rounded away). */
const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * A plain decimal ("-12.50", "110013") as a number that is exactly what the file says: a whole number
 * must be a safe integer (9007199254740993 would silently be stored as ...992), a fraction at most 15
 * significant digits (more are rounded away without a word), and minus zero is zero.
 */
function exactNumber(plain: string): Parsed<number> {
  const [whole = '', fraction = ''] = plain.replace(/^-/, '').split('.');
  const digits = `${whole}${fraction.replace(/0+$/, '')}`.replace(/^0+/, '');
  const value = Number(plain);
  if (fraction.replace(/0+$/, '') === '') {
    if (!Number.isSafeInteger(value)) {
      return { ok: false, expected: `a whole number up to ${Number.MAX_SAFE_INTEGER}; this one has ${digits.length} digits, too many to store exactly` };
    }
  } else if (digits.length > MAX_SIGNIFICANT_DIGITS) {
    return { ok: false, expected: `a number of at most ${MAX_SIGNIFICANT_DIGITS} significant digits; this one has ${digits.length}, too many to store exactly` };
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

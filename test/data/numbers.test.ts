// Numbers as files write them: a decimal point in comma and tab files; a decimal comma and dots
// between thousands in semicolon (id-ID) files. Anything else is refused, never guessed.
import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, expectedFields } from '../../src/data/index.ts';

const read = (text: string, decimalComma: boolean) => {
  const parsed = parseLocaleNumber(text, decimalComma);
  return parsed.ok ? parsed.value : `refused: ${expectedFields(parsed.expected).expected}`;
};

describe('parseLocaleNumber in a comma (or tab) file', () => {
  it.each([
    ['68.02', 68.02],
    ['27', 27],
    ['0', 0],
    ['110013', 110013],
    ['-3.5', -3.5],
  ])('reads %s as %d', (text, value) => {
    expect(read(text, false)).toBe(value);
  });

  it('reads a decimal comma that cannot be a thousands separator (a quoted "68,02" of an id-ID sheet saved as CSV)', () => {
    expect(read('68,02', false)).toBe(68.02);
    expect(read('41,25', false)).toBe(41.25);
    expect(read('1234,567', false)).toBe(1234.567);
    expect(read('1.234,5', false)).toBe(1234.5);
    expect(read('1.800.000', false)).toBe(1800000);
  });

  it('reads one group of thousands dots in a count of persons, with a warning, and as a decimal otherwise', () => {
    const persons = parseLocaleNumber('41.250', false, { whole: true });
    expect(persons.ok && persons.value).toBe(41250);
    expect(persons.ok && persons.warning?.id).toBe('angka bulat; "41.250" dibaca 41250, dengan titik sebagai pemisah ribuan, karena jumlah orang tidak berpecahan');
    expect(read('41.250', false)).toBe(41.25);
  });

  it('refuses thousands separators, naming both readings when one group could be decimals', () => {
    expect(read('1,800,000', false)).toBe('refused: a number without thousands separators (1800000)');
    expect(read('110,013', false)).toBe(
      'refused: a number without thousands separators (110013 if the comma separates thousands, or 110.013 if it is a decimal comma)',
    );
  });

  it.each(['68.02%', '68,02 %'])('refuses a percent sign in %s', (text) => {
    expect(read(text, false)).toContain('put the unit (percent) in the unit column');
  });

  it.each(['n/a', 'tiga puluh', '', '-', '1e3', '+5', '1 800 000', '.5', '5.', '0x10'])('refuses %j', (text) => {
    expect(read(text, false)).toMatch(/^refused: /);
  });
});

describe('parseLocaleNumber in a semicolon (id-ID) file', () => {
  it.each([
    ['68,02', 68.02],
    ['27,5', 27.5],
    ['1.800.000', 1800000],
    ['1.800.000,5', 1800000.5],
    ['282918', 282918],
    ['-4,25', -4.25],
  ])('reads %s as %d', (text, value) => {
    expect(read(text, true)).toBe(value);
  });

  it.each(['38.12', '1.8', '1.80.000', '68,02,1', 'n/a', '1,800,000'])('refuses %s, naming the id-ID form', (text) => {
    expect(read(text, true)).toBe(
      'refused: a number as written in a semicolon-separated (id-ID) file: a decimal comma (68,02), dots only between thousands (1.800.000)',
    );
  });
});

describe('parseLocaleNumber keeps only numbers it can store exactly', () => {
  it('reads minus zero as zero, so nothing shows "-0%"', () => {
    for (const [text, decimalComma] of [['-0', false], ['-0.00', false], ['-0,0', true]] as const) {
      const parsed = parseLocaleNumber(text, decimalComma);
      expect(parsed.ok && Object.is(parsed.value, 0), text).toBe(true);
    }
  });

  it('refuses a whole number beyond 2^53 - 1, which would be stored as a neighbour (9007199254740993 as ...992)', () => {
    expect(read('9007199254740991', false)).toBe(9007199254740991);
    expect(read('9007199254740993', false)).toBe('refused: a whole number up to 9007199254740991; this one has 16 digits, too many to store exactly');
    expect(read('1000000000000000000000', false)).toBe('refused: a whole number up to 9007199254740991; this one has 22 digits, too many to store exactly');
    expect(read('1.000.000.000.000.000.000', true)).toMatch(/^refused: a whole number up to 9007199254740991; this one has 19 digits/);
  });

  it('refuses 401 digits (which would be Infinity) and a fraction of more than 15 significant digits', () => {
    expect(read(`1${'0'.repeat(400)}`, false)).toBe('refused: a whole number up to 9007199254740991; this one has 401 digits, too many to store exactly');
    expect(read(`1${'0'.repeat(400)}.5`, false)).toBe('refused: a number of at most 15 significant digits; this one has 402, too many to store exactly');
    expect(read('68.0200000000000000001', false)).toBe('refused: a number of at most 15 significant digits; this one has 21, too many to store exactly');
    // Zeros that only pad are not digits of the value.
    expect(read('68.020000000000000000', false)).toBe(68.02);
    expect(read('0.000000000000001234', false)).toBe(0.000000000000001234);
  });

  it.each(['1e21', '1E21', '6.8e1', '1e-3'])('refuses exponent notation in %s, asking for the digits', (text) => {
    expect(read(text, false)).toBe('refused: a number written out in digits (110013), not in exponent notation');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProvinceNames } from './province-names.ts';

const HEADER = 'kemendagri_code,name,name_en';
const shipped = readFileSync('data/national/provinces.csv', 'utf8');
/** The shipped list with one line (1-based, the header is line 1) replaced. */
const withLine = (line: number, text: string) => shipped.split('\n').map((l, i) => (i === line - 1 ? text : l)).join('\n');

describe('parseProvinceNames', () => {
  it('reads the shipped list: 38 provinces, Kemendagri names and BPS English names', () => {
    const { entries, problems } = parseProvinceNames(shipped, 'data/national/provinces.csv');
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(38);
    expect(entries.find((e) => e.code === '63')).toEqual({ code: '63', name: 'Kalimantan Selatan', nameEn: 'South Kalimantan' });
    expect(entries.find((e) => e.code === '31')).toEqual({ code: '31', name: 'Daerah Khusus Ibukota Jakarta', nameEn: 'DKI Jakarta' });
    expect(entries.find((e) => e.code === '95')?.nameEn).toBe('Highland Papua');
  });

  it('names the file, line, field, the value found and what to write, in both languages', () => {
    const { entries, problems } = parseProvinceNames(withLine(22, '6x,Kalimantan Selatan,South Kalimantan'), 'p.csv');
    expect(entries).toHaveLength(37);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error', file: 'p.csv', line: 22, field: 'kemendagri_code', found: '6x',
        expected: 'a Kemendagri province code: two digits ("63")', expectedId: 'kode Kemendagri provinsi: dua angka ("63")',
      }),
    ]);
  });

  it('refuses a province listed twice, naming the line that has it', () => {
    const { problems } = parseProvinceNames(`${shipped}63,Kalimantan Selatan,South Kalimantan\n`, 'p.csv');
    expect(problems).toEqual([expect.objectContaining({ line: 40, field: 'kemendagri_code', found: '63', expected: 'each province once; line 23 has it already' })]);
  });

  it('refuses an empty name and a name with an invisible character', () => {
    const { problems } = parseProvinceNames(`${HEADER}\n63,,South Kalimantan\n64,Kalimantan\u200bTimur,East Kalimantan\n`, 'p.csv');
    expect(problems.map((p) => [p.line, p.field, p.expected])).toEqual([
      [2, 'name', 'the province\'s name, like "Kalimantan Selatan"'],
      [3, 'name', expect.stringContaining('without invisible characters (found U+200B')],
    ]);
  });

  it('refuses a wrong header, a line with a comma too many, and a list short of 38', () => {
    expect(parseProvinceNames('code,name\n63,Kalimantan Selatan\n', 'p.csv').problems[0]).toMatchObject({ line: 1, found: 'code,name', expected: `the header line "${HEADER}"` });
    expect(parseProvinceNames(withLine(2, '11,Aceh,Aceh,x'), 'p.csv').problems[0]).toMatchObject({ line: 2, found: '11,Aceh,Aceh,x' });
    expect(parseProvinceNames(`${HEADER}\n63,Kalimantan Selatan,South Kalimantan\n`, 'p.csv').problems[0]).toMatchObject({ line: null, found: '1', expected: 'the 38 provinces, one a line' });
  });
});

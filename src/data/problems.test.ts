import { describe, expect, it } from 'vitest';
import { findInvisible, formatOmitted, formatProblem, problemSentence, quote, removeInvisible } from './problem-text.ts';
import { listProblems, type Problem } from './problems.ts';

const problem = (line: number, field = 'region_code', severity: Problem['severity'] = 'error'): Problem => ({
  severity, file: 'coverage.csv', line, field, found: 'x', expected: 'a Kemendagri code',
});

describe('listProblems', () => {
  it('lists the first problems of each kind and counts the rest in one summary', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => problem(i + 2));
    const other = [problem(3, 'value'), problem(4, 'note', 'warning')];
    const listing = listProblems([...many, ...other], 10);
    expect(listing.listed).toHaveLength(12);
    expect(listing.listed.slice(0, 10).map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(listing.omitted).toHaveLength(1);
    expect(listing.omitted[0]!.count).toBe(199_990);
    expect(listing.total).toEqual({ error: 200_001, warning: 1 });
    expect(formatOmitted(listing.omitted[0]!)).toBe('coverage.csv: error: region_code: 199990 more like line 12 (expected a Kemendagri code)');
  });

  it('lists everything when no kind passes the limit', () => {
    const listing = listProblems([problem(2), problem(3, 'value')], 1);
    expect(listing.listed).toHaveLength(2);
    expect(listing.omitted).toEqual([]);
  });

  it('counts as one kind the same mistake whose expectation names the value found', () => {
    const outside = (line: number, code: string): Problem => ({ ...problem(line), found: code, expected: `a code in the province; ${code} is outside it` });
    const listing = listProblems(Array.from({ length: 300 }, (_, i) => outside(i + 2, `99.${i % 100}`)), 10);
    expect(listing.listed).toHaveLength(10);
    expect(listing.omitted).toHaveLength(1);
    expect(formatOmitted(listing.omitted[0]!)).toBe('coverage.csv: error: region_code: 290 more like line 12 (expected a code in the province; 99.10 is outside it)');
  });
});

describe('invisible characters in messages', () => {
  it('quote writes controls, bidirectional overrides and zero-width characters as escapes', () => {
    expect(quote('a\u0000b\u0007c\u001b[31md')).toBe('"a\\u0000b\\u0007c\\u001b[31md"');
    expect(quote('\u202e55.69\u202c \u2066x\u2069')).toBe('"\\u202e55.69\\u202c \\u2066x\\u2069"');
    expect(quote('61.04\u200b\u200c\u200d\u2060\ufeff')).toBe('"61.04\\u200b\\u200c\\u200d\\u2060\\ufeff"');
    expect(quote('tab\there\nline')).toBe('"tab\\there\\nline"');
  });

  it('a long value is cut between characters, never inside an escape', () => {
    const quoted = quote(`${'x'.repeat(55)}\u202e${'y'.repeat(10)}`);
    expect(quoted).toBe(`"${'x'.repeat(55)}…"`);
  });

  it('formatProblem writes no raw control character even where the expectation repeats the file\'s text', () => {
    const line = formatProblem({
      severity: 'warning', file: 'coverage.csv', line: 3, field: 'note_id', found: null,
      expected: 'the note in Bahasa Indonesia; the English note reads "red \u001b[31mtext\u001b[0m\nsecond line \u202eevil"',
    });
    expect(line).toBe('coverage.csv:3: warning: note_id: expected the note in Bahasa Indonesia; the English note reads "red \\u001b[31mtext\\u001b[0m\\nsecond line \\u202eevil"');
    // eslint-disable-next-line no-control-regex -- a control character is what must not be there
    expect(line).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200b-\u200f]/);
  });

  it('findInvisible names the character as Unicode does, with its position counted in characters', () => {
    expect(findInvisible('61.04')).toBeNull();
    expect(findInvisible('ab\u200bc')).toBe('U+200B (zero-width space) at position 3');
    // An emoji is one character, though two UTF-16 units.
    expect(findInvisible('😀\u202eab')).toBe('U+202E (right-to-left override) at position 2');
    expect(findInvisible('x\u0085')).toBe('U+0085 (control character) at position 2');
    expect(removeInvisible('Ke\u200dta\u2066pang\u0007')).toBe('Ketapang');
    // Tabs and line breaks are ordinary in a note.
    expect(findInvisible('one\ttwo\nthree')).toBeNull();
  });
});

describe('listProblems groups a repeated mistake whose expectation names its own row', () => {
  it('"this row repeats line N" on 200,000 rows is one kind, listed ten times and counted', () => {
    const repeats = Array.from({ length: 200_000 }, (_, i): Problem => ({
      severity: 'warning', file: 'coverage.csv', line: i + 3, field: null, found: null, expected: `each figure once; this row repeats line ${i + 2} and is skipped`,
    }));
    const listing = listProblems(repeats);
    expect(listing.listed).toHaveLength(10);
    expect(listing.omitted).toEqual([{ example: repeats[10], count: 199_990 }]);
  });

  it('different mistakes in one field stay different kinds', () => {
    const a: Problem = { severity: 'error', file: 'c.csv', line: 2, field: 'value', found: 'x', expected: 'a number such as 68.02 or 110013' };
    const b: Problem = { ...a, line: 3, expected: 'a value of 0 or more; coverage and counts cannot be negative' };
    expect(listProblems([a, b], 1).listed).toEqual([a, b]);
  });
});

describe('problems in a sheet of a workbook', () => {
  const inSheet = (sheet: string, line: number | null): Problem => ({ ...problem(line ?? 0), file: 'cakupan.xlsx', sheet, line });

  it('name the sheet beside the file, and the row where a text file has its line', () => {
    expect(formatProblem(inSheet('Cakupan', 4))).toBe('cakupan.xlsx [Cakupan]:4: error: region_code: found "x"; expected a Kemendagri code');
    expect(formatProblem(inSheet('Catatan', null))).toBe('cakupan.xlsx [Catatan]: error: region_code: found "x"; expected a Kemendagri code');
  });

  it('the same mistake in two sheets is two kinds, each summarised by its sheet and row', () => {
    const listing = listProblems([...Array.from({ length: 12 }, (_, i) => inSheet('2023', i + 2)), ...Array.from({ length: 11 }, (_, i) => inSheet('2024', i + 2))], 10);
    expect(listing.omitted.map(formatOmitted)).toEqual([
      'cakupan.xlsx [2023]: error: region_code: 2 more like row 12 (expected a Kemendagri code)',
      'cakupan.xlsx [2024]: error: region_code: 1 more like row 12 (expected a Kemendagri code)',
    ]);
  });
});

describe('a problem as one sentence in the reader\'s language', () => {
  const value: Problem = {
    severity: 'error', file: 'cakupan-2026.csv', line: 6, field: 'value', column: 'Cakupan (%)', found: '31,x',
    expected: 'a number such as 68.02 or 110013', expectedId: 'angka seperti 68.02 atau 110013',
  };

  it('says where (file, line, the column as the file names it), what was found and what to write, in Bahasa Indonesia', () => {
    expect(problemSentence(value, 'id')).toBe('Kesalahan di cakupan-2026.csv, baris 6, kolom “Cakupan (%)”: tertulis "31,x"; seharusnya angka seperti 68.02 atau 110013.');
  });

  it('and in English, for the English pages', () => {
    expect(problemSentence(value, 'en')).toBe('Error in cakupan-2026.csv, line 6, column “Cakupan (%)”: found "31,x"; expected a number such as 68.02 or 110013.');
  });

  it('names a sheet and its row, and a warning as a warning', () => {
    const warning: Problem = { ...value, severity: 'warning', file: 'cakupan.xlsx', sheet: 'Rekap', line: 9, column: undefined };
    expect(problemSentence(warning, 'id')).toBe('Peringatan di cakupan.xlsx, lembar “Rekap”, baris 9, kolom “value”: tertulis "31,x"; seharusnya angka seperti 68.02 atau 110013.');
    expect(problemSentence(warning, 'en')).toMatch(/^Warning in cakupan\.xlsx, sheet “Rekap”, row 9, column “value”: /);
  });

  it('keeps no code form: no "error:" and no "expected" in the Indonesian sentence', () => {
    const sentence = problemSentence(value, 'id');
    expect(sentence).not.toMatch(/error:|expected|found|galat/);
  });
});

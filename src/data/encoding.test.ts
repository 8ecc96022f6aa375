import { describe, expect, test } from 'vitest';
import { decodeText, fileSizeProblem, formatSize, MAX_INPUT_BYTES } from './encoding.ts';
import { formatProblem } from './problem-text.ts';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const bytes = (...parts: (number | number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));
const utf8 = (text: string) => new TextEncoder().encode(text);
/** UTF-16 code units written low byte first (LE) or high byte first (BE). */
function utf16(text: string, order: 'le' | 'be'): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return out;
}

const FILE = 'export.csv';
const messages = (problems: Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);

describe('text that is read as it is', () => {
  test('UTF-8 with and without a byte-order mark; the mark is not part of the text', () => {
    expect(decodeText(utf8('name\nDésa Sungai Ambawang\n'), FILE)).toEqual({ text: 'name\nDésa Sungai Ambawang\n', problems: [] });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], [...utf8('name,é')]), FILE)).toEqual({ text: 'name,é', problems: [] });
  });

  test('UTF-16 LE and BE with a byte-order mark', () => {
    const text = 'region_code,note\n61.04,Désa — 68,02%\n';
    expect(decodeText(bytes([0xff, 0xfe], utf16(text, 'le')), FILE)).toEqual({ text, problems: [] });
    expect(decodeText(bytes([0xfe, 0xff], utf16(text, 'be')), FILE)).toEqual({ text, problems: [] });
  });

  test('an empty file is empty text (what it lacks is for the parser to say)', () => {
    expect(decodeText(new Uint8Array(0), FILE)).toEqual({ text: '', problems: [] });
  });
});

describe('Windows-1252 (Latin-1) from a spreadsheet', () => {
  test('read as Windows-1252 with a warning naming the encoding, the byte and the first line with it', () => {
    const result = decodeText(bytes('region_code,note\n61.04,ok\n61.05,D', [0xe9], 'sa\n61.06,caf', [0xe9], '\n'), FILE);
    expect(result.text).toBe('region_code,note\n61.04,ok\n61.05,Désa\n61.06,café\n');
    expect(result.text).not.toContain('\uFFFD');
    expect(messages(result.problems)).toEqual([
      'export.csv:3: warning: found "61.05,Désa"; expected UTF-8 text; byte 0xE9 is not UTF-8, so the file was read as Windows-1252 (Latin-1), the encoding of a spreadsheet\'s plain CSV export (save it as "CSV UTF-8" to be sure of every character)',
    ]);
  });

  test("Windows-1252's own characters (curly quotes, the euro sign) come out right", () => {
    expect(decodeText(bytes('a,', [0x93], 'b', [0x94], ',', [0x80]), FILE).text).toBe('a,“b”,€');
  });

  test('bytes neither UTF-8 nor Windows-1252 are refused', () => {
    const result = decodeText(bytes('a\nb', [0xe9], '\nc', [0x81]), FILE);
    expect(result.text).toBeNull();
    expect(messages(result.problems)).toEqual([
      'export.csv:2: error: expected a text file (CSV or JSON) saved as UTF-8; byte 0xE9 is not UTF-8, and byte 0x81 is not Windows-1252 either: the encoding is unknown',
    ]);
  });

  test('UTF-8 damaged further on is refused, not read as Windows-1252 (that would turn every "é" before it into "Ã©")', () => {
    const result = decodeText(bytes([...utf8('name\nDésa\n')], 'x', [0xe9], '\n'), FILE);
    expect(result.text).toBeNull();
    expect(messages(result.problems)).toEqual([
      'export.csv:3: error: expected UTF-8 throughout; byte 0xE9 is not UTF-8 though earlier lines are (the file is damaged, or mixes two encodings)',
    ]);
  });

  test('a sequence cut short at the end of the file, an overlong form or a surrogate is not UTF-8', () => {
    for (const bad of [[0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      const result = decodeText(bytes([...utf8('é\n')], bad), FILE);
      expect(result.problems[0]?.line, bad.map((b) => b.toString(16)).join(' ')).toBe(2);
      expect(result.text).toBeNull();
    }
  });

  test('a UTF-8 byte-order mark before bytes that are not UTF-8 is refused at their line', () => {
    const result = decodeText(bytes([0xef, 0xbb, 0xbf], 'a\nb\n', [0xe9]), FILE);
    expect(result.text).toBeNull();
    expect(result.problems[0]).toMatchObject({ severity: 'error', line: 3 });
    expect(result.problems[0]!.expected).toMatch(/^UTF-8, as the file's byte-order mark says; byte 0xE9/);
  });
});

describe('files that are not text', () => {
  test.each([
    ['a ZIP archive (an Excel workbook?)', bytes('PK', [3, 4, 20, 0, 6, 0], '[Content_Types].xml')],
    ['a PDF', bytes('%PDF-1.7\n', [0xe2, 0xe3, 0xcf, 0xd3])],
    ['an Office document (an old .xls workbook?)', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['a gzip archive', bytes([0x1f, 0x8b, 8, 0])],
  ])('%s is refused, saying what it looks like and what was expected', (what, content) => {
    const result = decodeText(content, 'coverage.csv');
    expect(result.text).toBeNull();
    expect(messages(result.problems)).toEqual([`coverage.csv: error: expected a text file (CSV or JSON) saved as UTF-8; this is ${what}: export the data as CSV UTF-8`]);
  });

  test('NUL bytes without a byte-order mark: UTF-16 without its mark, or binary data', () => {
    expect(decodeText(bytes(utf16('region_code,value\n61.04,1\n', 'le')), FILE).problems[0]!.expected).toMatch(/this looks like UTF-16 LE text without a byte-order mark/);
    expect(decodeText(bytes(utf16('region_code,value\n61.04,1\n', 'be')), FILE).problems[0]!.expected).toMatch(/this looks like UTF-16 BE text without a byte-order mark/);
    const binary = decodeText(bytes('a,b\n1,2\n', [0, 0x17, 0x99, 0x42, 0x10]), FILE);
    expect(binary.text).toBeNull();
    expect(messages(binary.problems)).toEqual(['export.csv:3: error: expected a text file (CSV or JSON) saved as UTF-8; this is binary data (a NUL byte at offset 8)']);
  });

  test('UTF-16 with a mark but an odd number of bytes, and UTF-32, are refused by name', () => {
    expect(decodeText(bytes([0xff, 0xfe], utf16('ab', 'le'), [0x41]), FILE).problems[0]!.expected).toMatch(/^UTF-16 LE text, as the file's byte-order mark says/);
    expect(decodeText(bytes([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), FILE).problems[0]!.expected).toMatch(/this is UTF-32 text/);
  });
});

describe('the size limit', () => {
  test('20 MB, said in the units a file manager shows', () => {
    expect(MAX_INPUT_BYTES).toBe(20_000_000);
    expect(fileSizeProblem(MAX_INPUT_BYTES, FILE)).toBeNull();
    expect(formatProblem(fileSizeProblem(31_400_000, FILE)!)).toBe('export.csv: error: expected a file within the 20 MB limit; this one is larger (found 31.4 MB)');
    expect([formatSize(96), formatSize(812_345), formatSize(20_000_001), formatSize(20_060_000)]).toEqual(['96 bytes', '812 KB', '20 MB', '20.1 MB']);
  });
});

// From a file's bytes to its text, or a clear refusal. Spreadsheets save "CSV" in the system's
// code page (Windows-1252 on an id-ID or en-US Windows), in UTF-16 ("Unicode text"), or a workbook
// gets renamed .csv: each is read right or refused with what it is, and "é" never turns into U+FFFD.
import { MAX_INPUT_BYTES } from './files.ts';
import { expectedFields, w, type Expected, type Problem, type Wording } from './problems.ts';

// The limit lives with the file names, where the loader reads it without this module.
export { MAX_INPUT_BYTES };

/** "31.4 MB", "20 MB", "812 KB", "96 bytes": decimal units, as file managers show them. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** The problem with a file too large to read; null when it is within the limit. */
export function fileSizeProblem(size: number, file: string, limit = MAX_INPUT_BYTES): Problem | null {
  if (size <= limit) return null;
  return {
    severity: 'error',
    file,
    line: null,
    field: null,
    found: null,
    ...expectedFields(w(
      `berkas dalam batas ${formatSize(limit)}; berkas ini lebih besar (${formatSize(size)})`,
      `a file within the ${formatSize(limit)} limit; this one is larger (found ${formatSize(size)})`,
    )),
  };
}

export interface DecodedText {
  /** The text, byte-order mark removed; null when the file was refused. */
  text: string | null;
  /** What was found: a warning for a file read in another encoding, an error for one refused. */
  problems: Problem[];
}

const EXPECTED_TEXT = w('berkas teks (CSV atau JSON) yang disimpan sebagai UTF-8', 'a text file (CSV or JSON) saved as UTF-8');

/** "a text file …; this is …": the expectation and what the file is instead, in both languages. */
const textBut = (id: string, en: string) => w(`${EXPECTED_TEXT.id}; ${id}`, `${EXPECTED_TEXT.en}; ${en}`);

/** Files that are not text at all, by their first bytes. */
const SIGNATURES: { bytes: number[]; what: Wording }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: w('arsip ZIP (buku kerja Excel?)', 'a ZIP archive (an Excel workbook?)') },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: w('arsip ZIP kosong', 'an empty ZIP archive') },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: w('dokumen Office (buku kerja .xls lama?)', 'an Office document (an old .xls workbook?)') },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: w('PDF', 'a PDF') },
  { bytes: [0x1f, 0x8b], what: w('arsip gzip', 'a gzip archive') },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: w('gambar PNG', 'a PNG image') },
  { bytes: [0xff, 0xd8, 0xff], what: w('gambar JPEG', 'a JPEG image') },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);

/** What a file that is not text looks like by its first bytes ("a PDF"), in both languages; null when no signature fits. */
export function binaryKindIn(bytes: Uint8Array): Wording | null {
  return SIGNATURES.find(({ bytes: signature }) => startsWith(bytes, signature))?.what ?? null;
}

/** 1-based line of a byte offset: the newlines before it, plus one (LF, CRLF and UTF-16 alike count one 0x0A byte). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The bytes around `offset` in its line (up to 24 before it), without the line break: enough to find it. */
function around(bytes: Uint8Array, offset: number): Uint8Array {
  let start = offset;
  while (start > 0 && offset - start < 24 && bytes[start - 1] !== 0x0a) start--;
  let end = offset;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  return bytes.subarray(start, end);
}

interface Utf8Scan {
  /** Offset of the first byte that is not part of well-formed UTF-8; -1 when all of it is. */
  firstInvalid: number;
  /** Whether a well-formed multi-byte sequence ("é" as C3 A9) was seen before it. */
  multiByte: boolean;
}

/** Well-formed UTF-8 as the Unicode standard defines it (table 3-7): no overlongs, no surrogates, nothing past U+10FFFF. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multiByte = false;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return { firstInvalid: i, multiByte };
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return { firstInvalid: i, multiByte };
    }
    multiByte = true;
    i += length;
  }
  return { firstInvalid: -1, multiByte };
}

/** Bytes Windows-1252 leaves undefined: a file holding one is not Windows-1252 text either. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Windows-1252's characters at 0x80 to 0x9F, where Latin-1 has control codes; 0 where it has none. */
const WINDOWS_1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * The Encoding standard's windows-1252, which browsers' TextDecoder follows; Node's (small ICU)
 * decodes that label as plain Latin-1 and loses "€" and the curly quotes, so the table is here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('windows-1252').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] || c.charCodeAt(0)));
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A file's text, or why it cannot be read. UTF-8 (with or without a byte-order mark) and UTF-16
 * with a byte-order mark are read as they are. Bytes that are not UTF-8 but are Windows-1252
 * (Latin-1), with no UTF-8 sequence anywhere, are read as Windows-1252 with a warning: that is
 * what a spreadsheet's plain "CSV" export is, and its rows are valid. A file that mixes UTF-8 with
 * bytes that are not is refused: it was damaged or joined from two files, and no one reading of it
 * keeps every character right. Binary files are refused with what they look like.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const refuse = (expected: Expected, line: number | null = null, found: string | null = null): DecodedText => ({
    text: null,
    problems: [{ severity: 'error', file, line, field: null, found, ...expectedFields(expected) }],
  });
  const decode = (encoding: string, from: number) => new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const { firstInvalid } = scanUtf8(bytes.subarray(3));
    if (firstInvalid === -1) return { text: decode('utf-8', 3), problems: [] };
    const at = firstInvalid + 3;
    return refuse(w(
      `UTF-8, seperti kata penanda urutan bita berkas ini; bita ${hex(bytes[at]!)} bukan UTF-8 (berkas rusak, atau mencampur dua pengodean)`,
      `UTF-8, as the file's byte-order mark says; byte ${hex(bytes[at]!)} is not UTF-8 (the file is damaged, or mixes two encodings)`,
    ), lineAt(bytes, at));
  }
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return refuse(textBut('ini teks UTF-32, yang tidak dibaca: simpan sebagai UTF-8', 'this is UTF-32 text, which is not read: save it as UTF-8'));
  }
  for (const [bom, encoding, name] of [[[0xff, 0xfe], 'utf-16le', 'UTF-16 LE'], [[0xfe, 0xff], 'utf-16be', 'UTF-16 BE']] as const) {
    if (!startsWith(bytes, bom)) continue;
    try {
      return { text: decode(encoding, 2), problems: [] };
    } catch {
      return refuse(w(
        `teks ${name}, seperti kata penanda urutan bita berkas ini; bitanya bukan (terpotong, atau bukan teks): simpan sebagai UTF-8`,
        `${name} text, as the file's byte-order mark says; its bytes are not (cut short, or not text): save it as UTF-8`,
      ));
    }
  }
  const binary = binaryKindIn(bytes);
  if (binary) return refuse(textBut(`ini ${binary.id}: ekspor datanya sebagai CSV UTF-8`, `this is ${binary.en}: export the data as CSV UTF-8`));
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without a mark: every other byte of its Latin text is NUL.
    let evenNul = 0;
    let oddNul = 0;
    const sample = Math.min(bytes.length, 4096);
    for (let i = 0; i < sample; i++) {
      if (bytes[i] !== 0) continue;
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
    const half = sample / 2;
    const utf16 = oddNul > half * 0.8 ? 'UTF-16 LE' : evenNul > half * 0.8 ? 'UTF-16 BE' : null;
    if (utf16) return refuse(textBut(`ini tampak seperti teks ${utf16} tanpa penanda urutan bita: simpan sebagai UTF-8`, `this looks like ${utf16} text without a byte-order mark: save it as UTF-8`));
    return refuse(textBut(`ini data biner (bita NUL pada posisi ${nul})`, `this is binary data (a NUL byte at offset ${nul})`), lineAt(bytes, nul));
  }

  const { firstInvalid, multiByte } = scanUtf8(bytes);
  if (firstInvalid === -1) return { text: decode('utf-8', 0), problems: [] };
  const line = lineAt(bytes, firstInvalid);
  const bad = bytes[firstInvalid]!;
  if (multiByte) {
    return refuse(w(
      `UTF-8 dari awal sampai akhir; bita ${hex(bad)} bukan UTF-8 padahal baris sebelumnya UTF-8 (berkas rusak, atau mencampur dua pengodean)`,
      `UTF-8 throughout; byte ${hex(bad)} is not UTF-8 though earlier lines are (the file is damaged, or mixes two encodings)`,
    ), line);
  }
  const undefinedByte = bytes.findIndex((b) => UNDEFINED_IN_1252.has(b));
  if (undefinedByte !== -1) {
    return refuse(textBut(
      `bita ${hex(bad)} bukan UTF-8, dan bita ${hex(bytes[undefinedByte]!)} juga bukan Windows-1252: pengodeannya tidak dikenal`,
      `byte ${hex(bad)} is not UTF-8, and byte ${hex(bytes[undefinedByte]!)} is not Windows-1252 either: the encoding is unknown`,
    ), line);
  }
  const text = decodeWindows1252(bytes);
  const found = decodeWindows1252(around(bytes, firstInvalid));
  return {
    text,
    problems: [{
      severity: 'warning',
      file,
      line,
      field: null,
      found,
      ...expectedFields(w(
        `teks UTF-8; bita ${hex(bad)} bukan UTF-8, jadi berkas dibaca sebagai Windows-1252 (Latin-1), pengodean ekspor CSV biasa dari lembar kerja (simpan sebagai "CSV UTF-8" agar setiap karakter pasti benar)`,
        `UTF-8 text; byte ${hex(bad)} is not UTF-8, so the file was read as Windows-1252 (Latin-1), the encoding of a spreadsheet's plain CSV export (save it as "CSV UTF-8" to be sure of every character)`,
      )),
    }],
  };
}

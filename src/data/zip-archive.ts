// The ZIP container of an .xlsx workbook, read once, strictly, by the code that checks it: its parts
// are inflated here, under a budget counted on the bytes as they come out of the inflater, and only
// what was inflated here is handed on (workbook.ts gives SheetJS a copy that holds nothing compressed).
// Two readers of one archive can disagree (a second central directory in the comment, two parts of one
// name, a local header that says otherwise); one reader that refuses every such ambiguity cannot.
import { Inflate } from 'fflate';
import type { Wording } from './problems.ts';

/** The most an archive's parts may inflate to, together (200 MB): about twelve 50,000-row sheets. */
const MAX_INFLATED_BYTES = 200_000_000;
/** Real sheets compress 5 to 30 times; a hundredfold is a file built to fill the memory. */
const MAX_COMPRESSION_RATIO = 100;
/** Below this (10 MB inflated) no ratio is checked: a small workbook of empty cells compresses well. */
const RATIO_CHECKED_FROM_BYTES = 10_000_000;
/**
 * How much deflate is inflated in one step (16 KB): deflate reaches 1,032 to 1, so a step makes at
 * most about 17 MB before the count is checked again.
 */
const STEP = 16_384;

/** Why an archive is refused, in both languages: the end of "expected …". */
export class ArchiveError extends Error {
  constructor(readonly wording: Wording) {
    super(wording.en);
  }
}

export const DAMAGED: Wording = {
  en: 'an .xlsx workbook; the file is damaged (its ZIP structure cannot be read): save it again from Excel',
  id: 'buku kerja .xlsx; berkas ini rusak (struktur ZIP-nya tidak dapat dibaca): simpan ulang berkas dari Excel',
};

const AMBIGUOUS: Wording = {
  en: 'an .xlsx workbook as Excel saves it; this file\'s ZIP structure can be read in more than one way (a second directory, or data hidden between its parts), so it is not read: save it again from Excel',
  id: 'buku kerja .xlsx sebagaimana disimpan Excel; struktur ZIP berkas ini dapat dibaca lebih dari satu cara (ada direktori kedua, atau data tersembunyi di antara bagian-bagiannya), sehingga tidak dibaca: simpan ulang berkas dari Excel',
};

const TOO_SLOW: Wording = {
  en: 'an .xlsx workbook that can be read within the time allowed; reading this one took too long, and was stopped (split it into several files, or save it again from Excel)',
  id: 'buku kerja .xlsx yang dapat dibaca dalam batas waktu; membaca berkas ini terlalu lama sehingga dihentikan (pecah menjadi beberapa berkas, atau simpan ulang dari Excel)',
};

export interface ArchiveLimits {
  /** The most every part together may inflate to. */
  maxInflatedBytes?: number;
  /** A time (performance.now()) after which inflating stops and the file is refused. */
  deadline?: number;
}

export interface ArchivePart {
  /** The part's name as stored ("xl/worksheets/sheet1.xml"). */
  name: string;
  data: Uint8Array;
}

interface Entry {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const ZIP64_LOCATOR = 0x07064b50;

const megabytes = (bytes: number) => Math.round(bytes / 1_000_000);

/**
 * The end-of-central-directory record: the last one in the file, its comment reaching exactly to the
 * end and holding no record of a ZIP. A record or a directory inside the comment is a file made to be
 * read two ways (each reader finding another directory), and is refused.
 */
function findEnd(bytes: Uint8Array, view: DataView): number {
  if (bytes.length < 22) throw new ArchiveError(DAMAGED);
  let end = -1;
  for (let i = bytes.length - 4; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) !== EOCD) continue;
    // A signature too near the end to start a whole record is a reader's trap in the comment.
    if (i + 22 > bytes.length) throw new ArchiveError(AMBIGUOUS);
    end = i;
    break;
  }
  if (end === -1) throw new ArchiveError(DAMAGED);
  if (end + 22 + view.getUint16(end + 20, true) !== bytes.length) throw new ArchiveError(AMBIGUOUS);
  for (let i = end + 22; i + 4 <= bytes.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === CENTRAL || signature === LOCAL || signature === ZIP64_LOCATOR) throw new ArchiveError(AMBIGUOUS);
  }
  return end;
}

const nameKey = (name: string) => name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();

function readDirectory(bytes: Uint8Array, view: DataView): { entries: Entry[]; start: number } {
  const end = findEnd(bytes, view);
  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const countHere = view.getUint16(end + 8, true);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  // One disk, no ZIP64 (an .xlsx within the size limit never needs it).
  if (disk !== 0 || directoryDisk !== 0 || countHere !== count || count === 0xffff || start === 0xffffffff) throw new ArchiveError(DAMAGED);
  // The directory ends where the end record begins: nothing hides between them.
  if (start + size !== end) throw new ArchiveError(AMBIGUOUS);
  // An earlier end record within the directory: a second archive's end, read by whoever finds it first.
  for (let i = start; i + 4 <= end; i++) if (view.getUint32(i, true) === EOCD) throw new ArchiveError(AMBIGUOUS);
  const entries: Entry[] = [];
  const seen = new Map<string, string>();
  const decoder = new TextDecoder();
  let at = start;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw new ArchiveError(DAMAGED);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = decoder.decode(nameBytes);
    const entry: Entry = {
      name,
      nameBytes,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    };
    if (view.getUint16(at + 34, true) !== 0) throw new ArchiveError(DAMAGED);
    const key = nameKey(name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new ArchiveError({
        en: `an .xlsx workbook whose parts each have their own name; this one holds two parts named ${name} (a damaged file, or one built to be read two ways)`,
        id: `buku kerja .xlsx yang setiap bagiannya bernama sendiri; berkas ini memuat dua bagian bernama ${name} (berkas rusak, atau dibuat agar dapat dibaca dua cara)`,
      });
    }
    seen.set(key, name);
    if ((entry.flags & 0x0041) !== 0 || (entry.flags & 0x2000) !== 0) {
      throw new ArchiveError({
        en: `an .xlsx workbook without a password; its part ${name} is encrypted: save it in Excel without a password`,
        id: `buku kerja .xlsx tanpa kata sandi; bagian ${name} di dalamnya terenkripsi: simpan ulang di Excel tanpa kata sandi`,
      });
    }
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ArchiveError({
        en: `an .xlsx workbook as Excel saves it; its part ${name} is compressed with method ${entry.method}, which is not read: save it again from Excel`,
        id: `buku kerja .xlsx sebagaimana disimpan Excel; bagian ${name} dimampatkan dengan metode ${entry.method} yang tidak dapat dibaca: simpan ulang berkas dari Excel`,
      });
    }
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localHeader === 0xffffffff) throw new ArchiveError(DAMAGED);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (at !== end) throw new ArchiveError(AMBIGUOUS);
  return { entries, start };
}

/**
 * Every part's local header, as the central directory describes it: the parts lie one after another
 * from the first byte to the directory, none overlapping another and nothing between them, each
 * local header naming the same part with the same method and (unless a data descriptor follows) the
 * same sizes and checksum. Returns where each part's data starts.
 */
function checkLocalHeaders(bytes: Uint8Array, view: DataView, entries: readonly Entry[], directoryStart: number): Map<Entry, number> {
  const dataStart = new Map<Entry, number>();
  let expected = 0;
  for (const entry of [...entries].sort((a, b) => a.localHeader - b.localHeader)) {
    const header = entry.localHeader;
    if (header !== expected) throw new ArchiveError(AMBIGUOUS);
    if (header + 30 > directoryStart || view.getUint32(header, true) !== LOCAL) throw new ArchiveError(DAMAGED);
    const flags = view.getUint16(header + 6, true);
    const nameLength = view.getUint16(header + 26, true);
    const start = header + 30 + nameLength + view.getUint16(header + 28, true);
    const name = bytes.subarray(header + 30, header + 30 + nameLength);
    const sameName = name.length === entry.nameBytes.length && name.every((b, i) => b === entry.nameBytes[i]);
    if (!sameName || view.getUint16(header + 8, true) !== entry.method || (flags & 0x2049) !== (entry.flags & 0x2049)) throw new ArchiveError(AMBIGUOUS);
    const local = { crc: view.getUint32(header + 14, true), compressedSize: view.getUint32(header + 18, true), size: view.getUint32(header + 22, true) };
    const described = (flags & 0x08) !== 0;
    // With a data descriptor after the data, the local header may leave its fields at zero; any it gives must agree.
    const agrees = (found: typeof local, zeroAllowed: boolean) => (['crc', 'compressedSize', 'size'] as const).every((field) => found[field] === entry[field] || (zeroAllowed && found[field] === 0));
    if (!agrees(local, described)) throw new ArchiveError(AMBIGUOUS);
    let next = start + entry.compressedSize;
    if (next > directoryStart) throw new ArchiveError(DAMAGED);
    if (described) {
      if (next + 4 <= directoryStart && view.getUint32(next, true) === DESCRIPTOR) next += 4;
      if (next + 12 > directoryStart) throw new ArchiveError(DAMAGED);
      if (!agrees({ crc: view.getUint32(next, true), compressedSize: view.getUint32(next + 4, true), size: view.getUint32(next + 8, true) }, false)) throw new ArchiveError(AMBIGUOUS);
      next += 12;
    }
    dataStart.set(entry, start);
    expected = next;
  }
  if (expected !== directoryStart) throw new ArchiveError(AMBIGUOUS);
  return dataStart;
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (the ZIP polynomial), to tell a damaged part from a whole one. */
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The parts of a ZIP archive, inflated, in the order of its central directory (folders left out).
 * Refuses, with an ArchiveError saying why: a damaged or ambiguous archive, duplicate names, encrypted
 * parts, parts that declare or inflate to more than the budget, a whole that inflates more than
 * MAX_COMPRESSION_RATIO times the file, or a deadline passed while inflating.
 */
export function readArchive(bytes: Uint8Array, limits: ArchiveLimits = {}): ArchivePart[] {
  const maxInflated = limits.maxInflatedBytes ?? MAX_INFLATED_BYTES;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { entries, start } = readDirectory(bytes, view);
  const dataStart = checkLocalHeaders(bytes, view, entries, start);

  const tooLarge = (size: number): ArchiveError => new ArchiveError({
    en: `an .xlsx workbook that unpacks to at most ${megabytes(maxInflated)} MB; this one declares ${megabytes(size)} MB (split it into several files, or a file built to fill the memory?)`,
    id: `buku kerja .xlsx yang isinya paling besar ${megabytes(maxInflated)} MB setelah diekstrak; isi berkas ini tercatat ${megabytes(size)} MB (pecah menjadi beberapa berkas, atau berkas ini dibuat untuk menghabiskan memori?)`,
  });
  const ratioFor = (inflated: number) => inflated > RATIO_CHECKED_FROM_BYTES && inflated > MAX_COMPRESSION_RATIO * bytes.length;
  const tooDense = (inflated: number): ArchiveError => new ArchiveError({
    en: `an .xlsx workbook that unpacks to at most ${MAX_COMPRESSION_RATIO} times its size, as sheets of figures do; this ${Math.round(bytes.length / 1000)} KB file unpacks to more than ${megabytes(inflated)} MB (a file built to fill the memory?)`,
    id: `buku kerja .xlsx yang setelah diekstrak paling besar ${MAX_COMPRESSION_RATIO} kali ukuran berkasnya, seperti lembar berisi angka; berkas ${Math.round(bytes.length / 1000)} KB ini menjadi lebih dari ${megabytes(inflated)} MB (berkas yang dibuat untuk menghabiskan memori?)`,
  });

  // What the directory declares, checked before a byte is inflated.
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > maxInflated) throw tooLarge(declared);
  for (const entry of entries) {
    const ratio = entry.size / Math.max(entry.compressedSize, 1);
    if (entry.size > RATIO_CHECKED_FROM_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      throw new ArchiveError({
        en: `an .xlsx workbook; its part ${entry.name} would unpack ${Math.round(ratio)} times larger than it is stored, more than the ${MAX_COMPRESSION_RATIO} times a sheet of figures reaches (a file built to fill the memory?)`,
        id: `buku kerja .xlsx; bagian ${entry.name} di dalamnya akan menjadi ${Math.round(ratio)} kali lebih besar setelah diekstrak, melebihi ${MAX_COMPRESSION_RATIO} kali yang wajar untuk lembar berisi angka (berkas yang dibuat untuk menghabiskan memori?)`,
      });
    }
  }
  if (ratioFor(declared)) throw tooDense(declared);

  // Then inflated, each byte counted as it comes out: what the directory declared is a claim, this is the fact.
  let total = 0;
  const parts: ArchivePart[] = [];
  for (const entry of entries) {
    const from = dataStart.get(entry)!;
    const stored = bytes.subarray(from, from + entry.compressedSize);
    let data: Uint8Array;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw new ArchiveError(DAMAGED);
      data = stored;
      total += data.length;
    } else {
      const out = new Uint8Array(entry.size);
      let length = 0;
      const inflate = new Inflate((chunk) => {
        if (length + chunk.length > entry.size) {
          throw new ArchiveError({
            en: `an .xlsx workbook whose parts are the size they declare; ${entry.name} unpacks to more than its declared ${entry.size} bytes (a damaged file, or one built to fill the memory)`,
            id: `buku kerja .xlsx yang setiap bagiannya sebesar ukuran yang tercatat; ${entry.name} menjadi lebih dari ${entry.size} bita yang tercatat setelah diekstrak (berkas rusak, atau dibuat untuk menghabiskan memori)`,
          });
        }
        out.set(chunk, length);
        length += chunk.length;
        total += chunk.length;
        if (total > maxInflated) throw tooLarge(total);
        if (ratioFor(total)) throw tooDense(total);
      });
      try {
        for (let i = 0; i < stored.length || i === 0; i += STEP) {
          if (limits.deadline !== undefined && performance.now() > limits.deadline) throw new ArchiveError(TOO_SLOW);
          inflate.push(stored.subarray(i, i + STEP), i + STEP >= stored.length);
        }
      } catch (error) {
        if (error instanceof ArchiveError) throw error;
        throw new ArchiveError(DAMAGED);
      }
      if (length !== entry.size) throw new ArchiveError(DAMAGED);
      data = out;
    }
    if (crc32(data) !== entry.crc) throw new ArchiveError(DAMAGED);
    if (!entry.name.endsWith('/')) parts.push({ name: entry.name, data });
  }
  return parts;
}

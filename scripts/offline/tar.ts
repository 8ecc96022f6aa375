// A minimal ustar writer: regular files and folders, nothing else, enough for every tar (GNU,
// bsdtar, Windows 10's tar.exe) to unpack. No dependency for a format that fits in a page.
const BLOCK = 512;

export interface TarEntry {
  /** Forward slashes; a folder ends in "/". */
  path: string;
  /** Omitted for a folder. */
  data?: Uint8Array;
  /** 0o644 for files and 0o755 for folders unless given. */
  mode?: number;
}

function octal(value: number, width: number): string {
  // width - 1 digits and a NUL, as ustar wants.
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

/** ustar keeps a path of up to 255 bytes as prefix (155) + "/" + name (100). */
function splitPath(path: string): { name: string; prefix: string } {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
    const prefix = path.slice(0, cut);
    const name = path.slice(cut + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '') return { name, prefix };
  }
  throw new Error(`tar: the path ${path} is too long for ustar (at most 100 bytes after a 155-byte folder)`);
}

function header(entry: TarEntry, size: number, mtime: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  const folder = entry.path.endsWith('/');
  const { name, prefix } = splitPath(entry.path);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(entry.mode ?? (folder ? 0o755 : 0o644), 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii'); // uid
  block.write(octal(0, 8), 116, 'ascii'); // gid
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(mtime, 12), 136, 'ascii');
  block.write(' '.repeat(8), 148, 'ascii'); // checksum counted as spaces
  block.write(folder ? '5' : '0', 156, 'ascii');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

/** The tar archive of the entries, in order; `mtime` (seconds) for all, so the output is reproducible. */
export function tar(entries: readonly TarEntry[], mtime = 0): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const data = entry.data ?? new Uint8Array(0);
    parts.push(header(entry, data.byteLength, mtime));
    if (data.byteLength > 0) {
      parts.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      const pad = (BLOCK - (data.byteLength % BLOCK)) % BLOCK;
      if (pad) parts.push(Buffer.alloc(pad));
    }
  }
  parts.push(Buffer.alloc(BLOCK * 2)); // end of archive
  return Buffer.concat(parts);
}

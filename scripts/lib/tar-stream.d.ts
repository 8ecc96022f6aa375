// tar-stream 2 ships no type declarations; the offline package (scripts/package-offline.ts) is
// written with its pack stream. Only what that uses.
declare module 'tar-stream' {
  import type { Readable } from 'node:stream';

  export interface Headers {
    /** Forward slashes; a folder ends in "/". */
    name: string;
    type?: 'file' | 'directory';
    /** 0o644 for a file and 0o755 for a folder unless given. */
    mode?: number;
    /** The time of the entry; now unless given. */
    mtime?: Date;
  }

  export interface Pack extends Readable {
    /** Adds an entry; a file's whole content as `buffer`. Paths beyond ustar's 255 bytes get a PAX header. */
    entry(headers: Headers, buffer?: Buffer | string): unknown;
    /** Ends the archive: no entry after this. */
    finalize(): void;
  }

  export function pack(): Pack;
}

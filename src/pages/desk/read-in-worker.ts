// A file brought to the data desk, read in a Web Worker (read-file.worker.ts): a workbook's unpacking
// and SheetJS's reading of its sheets take seconds, and on the page's own thread they would freeze it.
// The worker gets a time limit; past it, or when the worker dies (out of memory), the page ends it and
// the file is refused with a problem that says so, in both languages. Never rejects.
import type { ImportedFile } from '../../data/import-file.ts';
import { expectedFields, type Problem, type Wording } from '../../data/problems.ts';

export interface ReadRequest {
  bytes: Uint8Array;
  name: string;
  /** How long the worker may spend unpacking a workbook before it refuses it itself. */
  budgetMs: number;
}

export type ReadReply = { file: ImportedFile } | { error: string };

/**
 * How long one file may take (45 s). A 50,000-row workbook reads in about 2 s here, 10 s on a slow
 * laptop; a file built to fill the memory is refused by its budget long before.
 */
export const READ_TIME_LIMIT_MS = 45_000;

const refused = (name: string, expected: Wording): ImportedFile => {
  const problem: Problem = { severity: 'error', file: name, line: null, field: null, found: null, ...expectedFields(expected) };
  return { file: name, tables: [], problems: [problem] };
};

const seconds = (ms: number) => Math.round(ms / 1000);

/** Reads one file in a worker of its own, ended when done. */
export function readFileInWorker(bytes: Uint8Array, name: string, { timeLimitMs = READ_TIME_LIMIT_MS } = {}): Promise<ImportedFile> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./read-file.worker.ts', import.meta.url), { type: 'module', name: 'paritrana-read-file' });
    const finish = (file: ImportedFile) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(file);
    };
    const timer = setTimeout(() => finish(refused(name, {
      en: `a file that can be read within ${seconds(timeLimitMs)} seconds; reading this one took longer, and was stopped so the page stays usable (split it into several files)`,
      id: `berkas yang dapat dibaca dalam ${seconds(timeLimitMs)} detik; berkas ini lebih lama dari itu sehingga pembacaannya dihentikan agar halaman tetap dapat dipakai (pecah menjadi beberapa berkas)`,
    })), timeLimitMs);
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const reply = event.data;
      finish('file' in reply ? reply.file : refused(name, {
        en: `a file that can be read; reading this one failed (${reply.error})`,
        id: `berkas yang dapat dibaca; pembacaan berkas ini gagal (${reply.error})`,
      }));
    };
    // A worker that dies (out of memory) or cannot start says nothing more: the file is refused, never waited on.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(refused(name, {
        en: 'a file this browser can read; reading this one stopped partway (too large for the memory left?): close other tabs, or split it into several files',
        id: 'berkas yang dapat dibaca peramban ini; pembacaan berkas ini terhenti di tengah jalan (terlalu besar untuk memori yang tersisa?): tutup tab lain, atau pecah menjadi beberapa berkas',
      }));
    };
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const own = whole ? bytes : bytes.slice();
    // Handed over, not copied: the page keeps no second 20 MB.
    worker.postMessage({ bytes: own, name, budgetMs: timeLimitMs - 1000 } satisfies ReadRequest, [own.buffer]);
  });
}

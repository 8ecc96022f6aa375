// The data desk's heavy work in a Web Worker (read-file.worker.ts), so the page never freezes: reading
// a file (a workbook's unpacking and SheetJS's reading of its sheets take seconds), and checking the
// files brought in against the published data (tens of thousands of rows). A worker gets a time limit;
// past it, or when the worker dies (out of memory), the page ends it: a file is then refused with a
// problem that says so, in both languages, and a check is left to the page. Neither ever rejects.
import type { Dataset } from '../../data/dataset.ts';
import type { ImportedFile } from '../../data/import-file.ts';
import { expectedFields, type Problem, type Wording } from '../../data/problems.ts';
import type { DatasetChanges } from '../../model/dataset-diff.ts';
import type { ImportEdits, ImportOptions, ImportResult } from '../../model/imported-data.ts';

/** The import checked against the published data, and what it changes there. */
export interface CheckedImport {
  result: ImportResult;
  changes: DatasetChanges;
}

export type WorkerRequest =
  /** `budgetMs`: how long the worker may spend unpacking a workbook before it refuses it itself. */
  | { kind: 'read'; bytes: Uint8Array; name: string; budgetMs: number }
  | { kind: 'check'; published: Dataset; files: readonly ImportedFile[]; edits: ImportEdits; options: ImportOptions };

export type WorkerReply =
  | { kind: 'read'; file: ImportedFile }
  | { kind: 'check'; checked: CheckedImport }
  | { kind: 'error'; error: string };

/**
 * How long one file may take (45 s). A 50,000-row workbook reads in about 2 s here, 10 s on a slow
 * laptop; a file built to fill the memory is refused by its budget long before.
 */
const READ_TIME_LIMIT_MS = 45_000;

type Outcome = { reply: WorkerReply } | { failed: 'time' | 'crash' };

/** One request to a worker of its own, ended when it answers, when the time is up, or when it dies. */
function ask(request: WorkerRequest, timeLimitMs: number, transfer: Transferable[] = []): Promise<Outcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./read-file.worker.ts', import.meta.url), { type: 'module', name: 'paritrana-desk' });
    const finish = (outcome: Outcome) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ failed: 'time' }), timeLimitMs);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => finish({ reply: event.data });
    // A worker that dies (out of memory) or cannot start says nothing more: never waited on.
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ failed: 'crash' });
    };
    worker.postMessage(request, transfer);
  });
}

const refused = (name: string, expected: Wording): ImportedFile => {
  const problem: Problem = { severity: 'error', file: name, line: null, field: null, found: null, ...expectedFields(expected) };
  return { file: name, tables: [], problems: [problem] };
};

const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));

/** Reads one file in a worker; a file that takes too long, or kills the worker, comes back refused. */
export async function readFileInWorker(bytes: Uint8Array, name: string, { timeLimitMs = READ_TIME_LIMIT_MS } = {}): Promise<ImportedFile> {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const own = whole ? bytes : bytes.slice();
  // Handed over, not copied: the page keeps no second 20 MB.
  const outcome = await ask({ kind: 'read', bytes: own, name, budgetMs: Math.max(0, timeLimitMs - 1000) }, timeLimitMs, [own.buffer]);
  if ('reply' in outcome && outcome.reply.kind === 'read') return outcome.reply.file;
  if ('failed' in outcome && outcome.failed === 'time') {
    return refused(name, {
      en: `a file that can be read within ${seconds(timeLimitMs)} seconds; reading this one took longer, and was stopped so the page stays usable (split it into several files)`,
      id: `berkas yang dapat dibaca dalam ${seconds(timeLimitMs)} detik; berkas ini lebih lama dari itu sehingga pembacaannya dihentikan agar halaman tetap dapat dipakai (pecah menjadi beberapa berkas)`,
    });
  }
  if ('reply' in outcome && outcome.reply.kind === 'error') {
    return refused(name, {
      en: `a file that can be read; reading this one failed (${outcome.reply.error})`,
      id: `berkas yang dapat dibaca; pembacaan berkas ini gagal (${outcome.reply.error})`,
    });
  }
  return refused(name, {
    en: 'a file this browser can read; reading this one stopped partway (too large for the memory left?): close other tabs, or split it into several files',
    id: 'berkas yang dapat dibaca peramban ini; pembacaan berkas ini terhenti di tengah jalan (terlalu besar untuk memori yang tersisa?): tutup tab lain, atau pecah menjadi beberapa berkas',
  });
}

/** The files checked against the published data in a worker; null when the worker could not, for the page to do it. */
export async function checkImportInWorker(
  published: Dataset,
  files: readonly ImportedFile[],
  edits: ImportEdits,
  options: ImportOptions = {},
  { timeLimitMs = READ_TIME_LIMIT_MS } = {},
): Promise<CheckedImport | null> {
  const outcome = await ask({ kind: 'check', published, files, edits, options }, timeLimitMs);
  return 'reply' in outcome && outcome.reply.kind === 'check' ? outcome.reply.checked : null;
}

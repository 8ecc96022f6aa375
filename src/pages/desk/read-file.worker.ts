// The data desk's reader, off the page's main thread: one file's bytes in, the ImportedFile out (or
// why it could not be read). A workbook's unpacking stops itself at the deadline it is given; SheetJS's
// reading cannot, so the page ends this worker when its own time limit passes (read-in-worker.ts).
import { importFile } from '../../data/import-file.ts';
import type { ReadReply, ReadRequest } from './read-in-worker.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadReply): void;
};

scope.onmessage = (event) => {
  const { bytes, name, budgetMs } = event.data;
  importFile(bytes, name, { deadline: performance.now() + budgetMs }).then(
    (file) => scope.postMessage({ file }),
    (error: unknown) => scope.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
};

// The data desk's heavy work, off the page's main thread: a file's bytes in, the ImportedFile out (or
// why it could not be read); or the files brought in checked against the published data, with what
// they change. A workbook's unpacking stops itself at the deadline it is given; SheetJS's reading
// cannot, so the page ends this worker when its own time limit passes (read-in-worker.ts).
import { importFile } from '../../data/import-file.ts';
import { datasetChanges } from '../../model/dataset-diff.ts';
import { applyImport } from '../../model/imported-data.ts';
import type { WorkerReply, WorkerRequest } from './read-in-worker.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  if (request.kind === 'read') {
    return { kind: 'read', file: await importFile(request.bytes, request.name, { deadline: performance.now() + request.budgetMs }) };
  }
  const result = applyImport(request.published, request.files, request.edits, request.options);
  return { kind: 'check', checked: { result, changes: datasetChanges(request.published, result.dataset) } };
}

scope.onmessage = (event) => {
  answer(event.data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ kind: 'error', error: error instanceof Error ? error.message : String(error) }),
  );
};

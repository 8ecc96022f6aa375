// make-style staleness: rebuild when an output is missing or older than anything it is built from.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

export type Freshness =
  | { upToDate: true }
  | { upToDate: false; reason: string };

/** mtimes in ms by path; undefined for a path that does not exist. */
export type MtimeLookup = (path: string) => Promise<number | undefined>;

async function fileMtime(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function checkFreshness(
  outputs: readonly string[],
  inputs: readonly string[],
  mtimeOf: MtimeLookup = fileMtime,
): Promise<Freshness> {
  const outputTimes = await Promise.all(outputs.map(mtimeOf));
  const missing = outputs.filter((_, index) => outputTimes[index] === undefined);
  if (missing.length > 0) return { upToDate: false, reason: `missing ${names(missing)}` };

  const inputTimes = await Promise.all(inputs.map(mtimeOf));
  const absent = inputs.filter((_, index) => inputTimes[index] === undefined);
  if (absent.length > 0) throw new Error(`Boundary build inputs not found: ${absent.join(', ')}.`);

  const oldestOutput = Math.min(...(outputTimes as number[]));
  const newer = inputs.filter((_, index) => (inputTimes[index] as number) > oldestOutput);
  if (newer.length > 0) return { upToDate: false, reason: `changed since the last build: ${names(newer)}` };
  return { upToDate: true };
}

function names(paths: string[]): string {
  return paths.map((path) => basename(path)).join(', ');
}

// The command line of the boundary builds (npm run build:boundaries, npm run build:areas): the same
// options, the same help, and the same rule for errors: one a user can meet (bad arguments, sources,
// budgets, a province's configuration) is said in one line, without a stack trace.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ProvinceConfigError } from '../../../src/data/province.ts';
import { BoundarySourceError } from './sources.ts';
import { BoundaryOutputError } from './verify.ts';

export interface BoundaryCommandOptions {
  sourceDir?: string;
  province?: string;
  force?: boolean;
}

/**
 * Runs `build` with the options of the command line when `moduleUrl` is the script node was started
 * with (import.meta.url of the script), and does nothing when the script is imported.
 */
export function runBoundaryCommand(moduleUrl: string, name: string, usage: string, build: (options: BoundaryCommandOptions) => Promise<unknown>): void {
  const entry = process.argv[1];
  if (entry === undefined || realpathSync(entry) !== realpathSync(fileURLToPath(moduleUrl))) return;
  const main = async () => {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        source: { type: 'string' },
        province: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(usage);
      return;
    }
    await build({ sourceDir: values.source, province: values.province, force: values.force });
  };
  main().catch((error: unknown) => {
    const parseError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
    const expected = error instanceof BoundarySourceError || error instanceof BoundaryOutputError || error instanceof ProvinceConfigError || parseError;
    console.error(expected ? `${name}: ${(error as Error).message}` : error);
    if (parseError) console.error(usage);
    process.exitCode = 1;
  });
}

// npm run validate [--regions FILE] [files...]: the command (scripts/lib/validate-command.ts) in this
// process, its exit code the process's.
import { showInvisible } from '../src/data/index.ts';
import { EXIT, runValidate } from './lib/validate-command.ts';

runValidate(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A fault of this command, not of the files: one line, not a stack the user has to read.
    process.stderr.write(`${showInvisible(`validate: internal error: ${(error as Error).message ?? error}`)}\n`);
    process.exitCode = EXIT.invalid;
  },
);

// `npm start` as a newcomer runs it, on a machine where the packages are installed: the address comes
// after a screen's worth of lines at most, and none of them is a warning the reader can do nothing
// about (npm's engine and install-script notices, Vite's "chunks larger than 500 kB", rolldown's plugin
// timings). It once printed 169 lines first. Run in a copy of the repository (node_modules and
// ../shared linked), so the build it makes never empties the dist/ other tests read.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/offline/content-security-policy.mjs';
import { NPM_INSTALL_ARGS } from '../../scripts/setup.mjs';
import { repoRoot } from '../data/helpers.ts';

/** The whole build runs first: a minute on an idle machine, several on a loaded one. */
const START_LIMIT_MS = 600_000;

const tmp = mkdtempSync(path.join(tmpdir(), 'paritrana-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('setup installs quietly: errors only, no audit or funding notices', () => {
  expect(NPM_INSTALL_ARGS).toEqual(expect.arrayContaining(['install', '--no-audit', '--no-fund', '--loglevel=error']));
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

test(
  'npm start prints at most 20 lines, and no warning, before the address',
  async () => {
    const copy = path.join(tmp, 'repo');
    const skipped = new Set(['node_modules', 'dist', '.git', '.cache']);
    // Timestamps kept: setup compares package-lock.json with node_modules, the data build its inputs with its outputs.
    cpSync(repoRoot, copy, { recursive: true, preserveTimestamps: true, filter: (source) => !skipped.has(path.basename(source)) || path.dirname(source) !== repoRoot });
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(copy, 'node_modules'));
    symlinkSync(path.resolve(repoRoot, '..', 'shared'), path.join(tmp, 'shared'));
    const port = await freePort();
    const child = spawn('npm', ['start'], { cwd: copy, detached: true, env: { ...process.env, PORT: String(port), NO_COLOR: '1', PARITRANA_PROVINCE: '' } });
    let output = '';
    let served: { url: string; status: number; encoding: string | null; policy: string | null } | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address after ${START_LIMIT_MS / 1000} s:\n${output}`)), START_LIMIT_MS - 10_000);
        const read = (chunk: Buffer) => {
          // Without colours (a tool's address may have them even so, between host and port).
          output += chunk.toString().replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
          if (/http:\/\//.test(output)) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.on('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`npm start ended (exit ${code}) before printing an address:\n${output}`));
        });
      });
      // The address answers with the page as a production host sends it: gzipped, under the site's policy.
      const url = /http:\/\/\S+\//.exec(output)![0];
      const page = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
      served = { url, status: page.status, encoding: page.headers.get('content-encoding'), policy: page.headers.get('content-security-policy') };
    } finally {
      // npm, its shell and the server (scripts/serve.mjs): the whole group.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
    const lines = output.split('\n');
    const before = lines.slice(0, lines.findIndex((line) => /http:\/\//.test(line)));
    expect(before.length, output).toBeLessThanOrEqual(20);
    expect(before.filter((line) => /warn|deprecated|larger than|PLUGIN_TIMINGS|\(!\)/i.test(line)), output).toEqual([]);
    expect(served).toEqual({ url: `http://127.0.0.1:${port}/`, status: 200, encoding: 'gzip', policy: CONTENT_SECURITY_POLICY });
  },
  START_LIMIT_MS,
);

#!/usr/bin/env node
// First step of `npm start` and `npm test` on any machine, fresh or not: install what is missing.
//   node scripts/setup.mjs            npm packages (npm install when node_modules is missing or stale)
//   node scripts/setup.mjs --browser  the same, plus a headless Chromium for the browser tests
// It uses only Node's standard library, because it runs before any package is installed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { findChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(cmd, args) {
  console.log(`[setup] ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[setup] "${cmd} ${args.join(' ')}" failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function packagesAreInstalled() {
  // npm writes node_modules/.package-lock.json after every install; if it is older than our lock file,
  // or a declared package is absent, the tree is stale.
  const hidden = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(hidden)) return false;
  if (statSync(hidden).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs) return false;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  return names.every((name) => existsSync(join(root, 'node_modules', name, 'package.json')));
}

/**
 * `npm install`, not `npm ci`: it installs exactly what package-lock.json pins all the same, but
 * tolerates optional platform packages a registry mirror does not carry (mapshaper pulls in
 * msgpackr-extract, whose macOS and Windows builds are optional), where `npm ci` refuses outright.
 * Quiet: errors only. npm's warnings here are nothing a newcomer can act on: a package of a package
 * wanting a newer Node for a part the site does not use (EBADENGINE), install scripts not yet listed
 * in allowScripts, the audit and funding notices.
 */
export const NPM_INSTALL_ARGS = ['install', '--no-audit', '--no-fund', '--loglevel=error'];

function main() {
  if (!packagesAreInstalled()) {
    run('npm', NPM_INSTALL_ARGS);
  } else {
    console.log('[setup] npm packages: installed');
  }
  if (process.argv.includes('--browser')) setUpChromium();
}

function setUpChromium() {
  let chromium = findChromium();
  if (!chromium) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const hasApt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
    if (hasApt) {
      const sudo = isRoot ? [] : ['sudo'];
      const [cmd, ...rest] = [...sudo, 'apt-get'];
      run(cmd, [...rest, 'update', '-qq']);
      run(cmd, [...rest, 'install', '-y', '-qq', 'chromium']);
      chromium = findChromium();
    }
    if (!chromium) {
      console.error(
        '[setup] No Chromium found for the browser tests. Install Debian\'s "chromium" package, ' +
          'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
      );
      process.exit(1);
    }
  }
  console.log(`[setup] Chromium: ${chromium}`);
}

// Run as a script (not imported by a test).
if (process.argv[1] && fileURLToPath(import.meta.url) === join(process.argv[1])) main();

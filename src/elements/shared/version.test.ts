import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PARITRANA_VERSION } from './version.ts';

test('the elements’ version (compared by define() on a clash) is package.json’s', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(PARITRANA_VERSION).toBe(pkg.version);
});

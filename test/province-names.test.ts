// "One configuration file knows the province": the code and scripts name no province, so another
// province builds from its provinces/<code>.json alone. Tests may (their fixtures are the default
// province's data); everything else that ships or builds may not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PROVINCE_WORDS = /kalbar|kalimantan barat|west kalimantan|'61'|"61"/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs|js|css)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('province words outside provinces/', () => {
  it.each(['src', 'scripts'])('%s/ names no province (Kalimantan Barat, kalbar, "61")', (dir) => {
    const named = sourceFiles(dir).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (PROVINCE_WORDS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(named).toEqual([]);
  });

  it('would notice one', () => {
    expect(PROVINCE_WORDS.test("const fallback = '61';")).toBe(true);
    expect(PROVINCE_WORDS.test('// the public of Kalbar')).toBe(true);
  });
});

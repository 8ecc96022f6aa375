// The README is short and sends the reader to docs/: every relative link in README.md and docs/*.md
// must reach a file (or folder) of the repository, so a page moved or renamed is noticed here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from './data/helpers.ts';

const pages = ['README.md', ...readdirSync(path.join(repoRoot, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Markdown links [text](target) and <a href="target">, outside code spans and blocks. */
function links(markdown: string): string[] {
  const prose = markdown.replace(/^( {4}|\t).*$/gm, '').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)|href="([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
}

test('the README and docs/ exist, and the README stays a short first page', () => {
  expect(pages.length).toBeGreaterThan(1);
  expect(readFileSync(path.join(repoRoot, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(150);
});

test.each(pages)('every relative link in %s reaches a file', (page) => {
  const text = readFileSync(path.join(repoRoot, page), 'utf8');
  const broken = links(text)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'))
    .filter((target) => !existsSync(path.resolve(repoRoot, path.dirname(page), decodeURI(target.split('#')[0]!))));
  expect(broken, `${page}: links to nothing`).toEqual([]);
});

test("the README's first screen says what ../shared is and where to get it", () => {
  const firstScreen = readFileSync(path.join(repoRoot, 'README.md'), 'utf8').split('\n').slice(0, 40).join('\n');
  expect(firstScreen).toContain('npm start');
  expect(firstScreen).toContain('npm test');
  expect(firstScreen).toMatch(/\.\.\/shared/);
  expect(firstScreen).toMatch(/boundaries/);
  expect(firstScreen).toMatch(/research/);
  expect(firstScreen).toMatch(/github\.com\/cahyadsn\/wilayah_boundaries/);
});

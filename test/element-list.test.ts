// The one list of the elements (src/elements/elements.json) against every place a partner or a
// bundler finds them by hand: an element added to the list and forgotten in package.json (or the
// other way round) would be an element a partner cannot import, or a tag tree-shaken away.
// The builds themselves are derived from the list (scripts/lib/elements/); these are the copies that
// cannot be. Each failure names what is missing and where.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defineModule, ELEMENTS } from '../scripts/lib/elements/list.ts';
import { EMBED_VIEWS } from '../src/model/embed-params.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const names = ELEMENTS.map((element) => element.name);
const tags = ELEMENTS.map((element) => element.tag);

/** What is in `expected` and not in `found`, and what is in `found` and not in `expected`. */
function difference(expected: readonly string[], found: readonly string[]) {
  return {
    missing: expected.filter((item) => !found.includes(item)),
    unlisted: found.filter((item) => !expected.includes(item)),
  };
}

describe('the one list of the elements', () => {
  test('each element has its folder, its define module defining its tag with its class, and its tag typed', () => {
    for (const { tag, name, className } of ELEMENTS) {
      expect(tag, 'a tag is paritrana-NAME').toBe(`paritrana-${name}`);
      const path = defineModule(name);
      expect(existsSync(path), `${path} (the define module of <${tag}>)`).toBe(true);
      const source = read(path);
      expect(source, `${path} defines <${tag}> with ${className}`).toContain(`${className}.define('${tag}')`);
      expect(source, `${path} adds <${tag}> to HTMLElementTagNameMap`).toContain(`'${tag}': ${className};`);
    }
  });

  test('package.json exports one subpath per element, with its types, and no other element subpath', () => {
    const pkg = JSON.parse(read('package.json')) as { exports: Record<string, unknown> };
    const elementSubpaths = Object.keys(pkg.exports).filter((key) => /^\.\/[a-z-]+$/.test(key) && key !== './package.json');
    expect(difference(names.map((name) => `./${name}`), elementSubpaths), 'package.json "exports"').toEqual({ missing: [], unlisted: [] });
    for (const name of names) {
      expect(pkg.exports[`./${name}`], `package.json "exports"["./${name}"]`).toEqual({
        types: `./dist/lib/types/elements/${name}/${name}.d.ts`,
        default: `./dist/lib/${name}.js`,
      });
    }
  });

  test('package.json sideEffects names every define module and no other element module', () => {
    const pkg = JSON.parse(read('package.json')) as { sideEffects: string[] };
    const listed = pkg.sideEffects.filter((entry) => entry.startsWith('./src/elements/'));
    expect(difference(names.map((name) => `./${defineModule(name)}`), listed), 'package.json "sideEffects"').toEqual({ missing: [], unlisted: [] });
  });

  test('the npm index (src/pages/lib/index.ts) exports every element and no other define module', () => {
    const found = [...read('src/pages/lib/index.ts').matchAll(/^export \* from '\.\.\/\.\.\/elements\/([a-z-]+)\/\1\.ts';$/gm)].map((m) => m[1]!);
    expect(difference(names, found), 'src/pages/lib/index.ts').toEqual({ missing: [], unlisted: [] });
  });

  test('the iframe route offers a view per element, plus all, and imports each (at once, or with the views that show it)', () => {
    expect(difference([...names, 'all'], EMBED_VIEWS), 'EMBED_VIEWS in src/model/embed-params.ts').toEqual({ missing: [], unlisted: [] });
    const page = read('src/pages/embed/embed-page.ts');
    const imported = [...page.matchAll(/^(?:import '|.*\bimport\(')\.\.\/\.\.\/elements\/([a-z-]+)\/\1\.ts'\)?;$/gm)].map((m) => m[1]!);
    expect(difference(names, imported), 'src/pages/embed/embed-page.ts').toEqual({ missing: [], unlisted: [] });
  });

  test('the gallery names every element and shows each in a live example', () => {
    const gallery = read('gallery.html');
    const named = [...gallery.matchAll(/<code>&lt;(paritrana-[a-z-]+)&gt;<\/code>/g)].map((m) => m[1]!);
    expect(difference(tags, named), 'gallery.html, the list of elements in its header').toEqual({ missing: [], unlisted: [] });
    const examples = [...gallery.matchAll(/<script type="text\/html" data-example>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
    expect(tags.filter((tag) => !examples.includes(`<${tag}`)), 'gallery.html, elements in no example').toEqual([]);
  });

  test('docs/elements.md lists every element: the summary table, the generated tables, the npm subpaths, the scripts, the iframe views', () => {
    const readme = read('docs/elements.md');
    const summary = [...readme.matchAll(/^\| `<(paritrana-[a-z-]+)>` \|/gm)].map((m) => m[1]!);
    expect(difference(tags, summary), 'docs/elements.md, the table under "Elements"').toEqual({ missing: [], unlisted: [] });
    const generated = [...readme.matchAll(/^### `<(paritrana-[a-z-]+)>`$/gm)].map((m) => m[1]!);
    expect(difference(tags, generated), 'docs/elements.md, the tables of npm run docs:elements').toEqual({ missing: [], unlisted: [] });
    const npm = /`peta-paritrana\/([a-z-]+)`((?:, `\/[a-z-]+`)+)/.exec(readme);
    const subpaths = npm ? [npm[1]!, ...[...npm[2]!.matchAll(/`\/([a-z-]+)`/g)].map((m) => m[1]!)] : [];
    expect(difference(names, subpaths), 'docs/elements.md, the npm subpaths under "npm."').toEqual({ missing: [], unlisted: [] });
    const scripts = [...readme.matchAll(/`(paritrana-[a-z-]+)\.js`/g)].map((m) => m[1]!);
    expect(tags.filter((tag) => !scripts.includes(tag)), 'docs/elements.md, the per-element scripts under "For partners"').toEqual([]);
    const views = /^`view` is ([^;]*?) or `all`/m.exec(readme)?.[1] ?? '';
    expect(difference(names, [...views.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!)), 'docs/elements.md, the iframe views').toEqual({ missing: [], unlisted: [] });
  });
});

// The partners' script from the one list of the elements (src/elements/elements.json), so a new element
// is one line there, not a line in each entry:
//   - `import ELEMENTS from 'virtual:paritrana/elements'` gives the autoloader (src/pages/script/paritrana.ts)
//     its table, tag -> import() of the define module: written out at build time, as a hand-written
//     table would be, so the autoloader stays the few hundred bytes it is and each element stays a chunk;
//   - `virtual:paritrana/script/NAME` is the entry dist/embed/paritrana-NAME.js (scriptEntry()).
import type { Plugin } from 'vite';
import { defineModule, ELEMENTS } from './list.ts';

const TABLE_ID = 'virtual:paritrana/elements';
const SCRIPT_PREFIX = 'virtual:paritrana/script/';

/** The embed build's input for dist/embed/paritrana-NAME.js. */
export const scriptEntry = (name: string): string => `${SCRIPT_PREFIX}${name}`;

/** Root-relative, as Vite resolves it from any importer: no machine path ends up in the output. */
const rootPath = (name: string) => `/${defineModule(name)}`;

function table(): string {
  const rows = ELEMENTS.map(({ tag, name }) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(rootPath(name))}),`);
  return `export default {\n${rows.join('\n')}\n};\n`;
}

/**
 * One element and nothing else, for a page that wants no other element. The data's default folder is
 * set here, in the entry, because only the entry file sits in embed/: import.meta.url in a shared chunk
 * would name embed/chunks/. The URL is resolved in the browser, from wherever the file was loaded: not
 * a file for the build to find (hence vite-ignore).
 */
function script(name: string): string {
  return [
    `import { setDefaultDataBase } from '/src/model/data-source.ts';`,
    `import ${JSON.stringify(rootPath(name))};`,
    `setDefaultDataBase(new URL(/* @vite-ignore */ '../', import.meta.url));`,
    '',
  ].join('\n');
}

export function paritranaElements(): Plugin {
  const names = new Set(ELEMENTS.map((element) => element.name));
  return {
    name: 'paritrana-elements',
    resolveId(id) {
      if (id === TABLE_ID) return `\0${TABLE_ID}`;
      if (id.startsWith(SCRIPT_PREFIX)) {
        const name = id.slice(SCRIPT_PREFIX.length);
        if (!names.has(name)) throw new Error(`${id}: no element "${name}" in src/elements/elements.json`);
        return `\0${id}`;
      }
      return null;
    },
    load(id) {
      if (id === `\0${TABLE_ID}`) return table();
      if (id.startsWith(`\0${SCRIPT_PREFIX}`)) return script(id.slice(SCRIPT_PREFIX.length + 1));
      return null;
    },
  };
}

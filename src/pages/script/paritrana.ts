// The script partners load with one tag:
//   <script type="module" src="https://HOST/embed/paritrana.js"></script>
// An autoloader, as Shoelace's is: it finds the paritrana-* tags on the page that are not defined yet,
// imports each element's module once, on first sight, and keeps watching for tags added later (by the
// partner's script or a framework). A page with a legend and a winners panel never fetches the map's
// code, let alone MapLibre.
//
// It also tells the elements where the data files are by default: the data/ folder beside embed/,
// resolved from this module's own URL, so a partner on another origin gets the files deployed with the
// script. The first script to set it wins; a second copy of this script changes nothing.
//
// Its table, tag -> the import of the element's define module (each its own chunk in dist/embed/chunks/),
// is written at build time from the one list of the elements, src/elements/elements.json
// (scripts/lib/elements/vite-plugin.ts).
import ELEMENTS from 'virtual:paritrana/elements';

const PREFIX = 'paritrana-';

/** Tags asked for (known or not), so each is imported, or warned about, once. */
const seen = new Map<string, Promise<void>>();

// Resolved in the browser, from wherever this file was loaded: not a file for the build to find.
const dataBase = new URL(/* @vite-ignore */ '../', import.meta.url);
let dataBaseSet: Promise<void> | undefined;

/**
 * Imported with the first element, not with this script, so a page with no element fetches nothing
 * more; and before any element, whose first connection asks for data from that folder. data-source is
 * in the chunk every element imports (vite.embed.config.ts), so this costs no extra file.
 */
function setDataBase(): Promise<void> {
  dataBaseSet ??= import('../../model/data-source.ts').then(({ setDefaultDataBase }) => setDefaultDataBase(dataBase));
  return dataBaseSet;
}

function register(tag: string): Promise<void> {
  let pending = seen.get(tag);
  if (pending) return pending;
  const load = Object.hasOwn(ELEMENTS, tag) ? ELEMENTS[tag] : undefined;
  if (!load) {
    console.warn(`<${tag}>: no such Peta Paritrana element; the tags are ${Object.keys(ELEMENTS).map((t) => `<${t}>`).join(', ')}`);
    pending = Promise.resolve();
  } else if (customElements.get(tag)) {
    // Defined already: by a per-element script, the npm package, or another copy of this script.
    pending = Promise.resolve();
  } else {
    pending = setDataBase().then(load).then(
      () => undefined,
      (error: unknown) => console.error(`<${tag}>: its module could not be loaded from ${import.meta.url}`, error),
    );
  }
  seen.set(tag, pending);
  return pending;
}

/**
 * Defines every undefined paritrana-* element in `root` (and `root` itself). Called for the document at
 * start and for every node added later; a page that builds elements inside its own shadow roots, which
 * no observer of the document sees, calls it with the shadow root.
 */
export function discover(root: Document | ShadowRoot | Element): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && root.localName.startsWith(PREFIX)) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (element.localName.startsWith(PREFIX)) tags.add(element.localName);
  }
  return Promise.all([...tags].map(register)).then(() => undefined);
}

// A second copy of this script (another URL, another host) finds the tags defined or being defined by
// the first; the marker keeps it from watching the page a second time.
const MARKER = Symbol.for('peta-paritrana.autoloader');
const page = globalThis as typeof globalThis & { [MARKER]?: true };
if (!page[MARKER]) {
  page[MARKER] = true;
  new MutationObserver((mutations) => {
    for (const { addedNodes } of mutations) {
      for (const node of addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  void discover(document);
}

// The elements as the builds, the size check and the tests read them: src/elements/elements.json, which
// is JSON so that the manifest's configuration (plain .mjs, run by cem) reads the same file.
import list from '../../../src/elements/elements.json' with { type: 'json' };

export interface ElementEntry {
  /** The custom element's tag: paritrana-NAME. */
  tag: string;
  /** Folder, define module, npm subpath and iframe view. */
  name: string;
  /** The class the define module exports and defines. */
  className: string;
}

export const ELEMENTS: readonly ElementEntry[] = list.elements;

/** The module that defines the element's tag, from the project root: src/elements/NAME/NAME.ts. */
export const defineModule = (name: string): string => `src/elements/${name}/${name}.ts`;

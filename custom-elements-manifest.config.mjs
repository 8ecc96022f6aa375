// npm run build:manifest: dist/custom-elements.json from the classes' JSDoc (@summary, @event,
// @csspart, @cssproperty) and their `static properties` (the --litelement plugin reads those as well
// as decorators). The define modules (NAME.ts) are read too: they give each class its tag name.
// Generated, never committed; package.json's "customElements" points at it.
import { readFileSync } from 'node:fs';

/** Lit's internal reactive state (`name: { state: true }`) is not public API: no attribute, no public field. */
function dropLitState() {
  return {
    name: 'paritrana-drop-lit-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        let source;
        try {
          source = readFileSync(mod.path, 'utf8');
        } catch {
          continue;
        }
        const state = new Set([...source.matchAll(/^\s*(\w+): \{[^}]*\bstate: true\b/gm)].map((m) => m[1]));
        for (const declaration of mod.declarations ?? []) {
          declaration.attributes = declaration.attributes?.filter((a) => !state.has(a.fieldName ?? a.name));
          declaration.members = declaration.members?.filter((m) => !state.has(m.name));
        }
      }
    },
  };
}

/** The one list of the elements (scripts/lib/elements/list.ts reads the same file for the builds). */
const { elements } = JSON.parse(readFileSync('src/elements/elements.json', 'utf8'));

export default {
  globs: [
    'src/elements/*/*.component.ts',
    'src/elements/shared/paritrana-element.ts',
    ...elements.map(({ name }) => `src/elements/${name}/${name}.ts`),
  ],
  exclude: ['**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [dropLitState()],
};

// The layer rule: data flows one way, and imports follow it.
//
//   src/data -> src/i18n -> src/model -> src/scale -> src/render -> src/elements -> src/pages/<page>
//
// A module may import its own layer and the layers to its left, never one to its right; pages do not
// import each other (what two pages share lives in src/pages/shared or lower); nothing below
// src/elements imports lit or touches the DOM through a library; and no import cycle anywhere.
// `npm run check:layers` (part of `npm test`) fails on any of these.
const LAYERS = ['data', 'i18n', 'model', 'scale', 'render', 'elements', 'pages'];

/** One rule per layer: what lies to its right is out of bounds. */
const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `${layer}-imports-upward`,
  comment: `src/${layer} may import only ${LAYERS.slice(0, index + 1).map((l) => `src/${l}`).join(', ')}: data flows one way.`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(index + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'page-imports-another-page',
      comment: 'Each page wires itself; what two pages share goes to src/pages/shared or a lower layer.',
      severity: 'error',
      from: { path: '^src/pages/([^/]+)/', pathNot: '^src/pages/shared/' },
      to: { path: '^src/pages/([^/]+)/', pathNot: ['^src/pages/$1/', '^src/pages/shared/'] },
    },
    {
      name: 'shared-page-code-imports-a-page',
      severity: 'error',
      from: { path: '^src/pages/shared/' },
      to: { path: '^src/pages/', pathNot: '^src/pages/shared/' },
    },
    {
      name: 'pure-layer-imports-lit',
      comment: 'Below src/elements everything is plain TypeScript, tested in Node: no lit, no MapLibre.',
      severity: 'error',
      from: { path: '^src/(data|i18n|model|scale|render)/' },
      // Types alone are fine (the MapLibre style is plain JSON typed by MapLibre's own types).
      to: { path: 'node_modules/(lit|lit-html|@lit/|@lit-labs/|maplibre-gl)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'data-imports-nothing-of-ours-but-data',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: '^src/', pathNot: '^src/data/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'source-imports-tests',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '(\\.test\\.ts$|^test/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};

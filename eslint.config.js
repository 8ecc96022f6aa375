// Lint: the recommended JavaScript and TypeScript rules, plus the one naming rule we keep: a class's
// private members are `#name` or `private name`, never `_name` (an underscore hides nothing).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'public/data/', 'node_modules/', 'test/fixtures/accepted/', 'test/fixtures/malformed/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/naming-convention': ['error', { selector: ['classProperty', 'classMethod', 'accessor', 'parameterProperty'], format: null, leadingUnderscore: 'forbid' }],
    },
  },
  {
    // Below the elements everything is plain TypeScript, tested in Node: no page, no window. (The
    // layer rule, .dependency-cruiser.cjs, keeps lit out; this keeps the browser's globals out.)
    files: ['src/{data,i18n,model,scale,render}/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['document', 'window', 'location', 'navigator', 'customElements', 'HTMLElement', 'localStorage'].map((name) => ({ name, message: `${name} belongs to src/elements or src/pages: pass what is needed in.` }))],
    },
  },
  {
    // A data file's rows and problems have no upper bound: push(...rows) passes each as an argument and
    // overflows the stack near 100,000 of them.
    files: ['src/{data,model}/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement", message: 'Spread arguments overflow the stack on long arrays: use a loop or concat.' }],
    },
  },
);

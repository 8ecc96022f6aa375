// Lint: the recommended JavaScript and TypeScript rules, plus the one naming rule we keep:
// private members start with an underscore-free `#` or `private`, never a leading underscore.
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
    },
  },
);

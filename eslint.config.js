// Lint rules, including the one-way dependency between the layers (see ARCHITECTURE.md).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Forbids imports from the named top-level folders of src/. */
function forbidLayers(layers, reason) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: layers.map((layer) => ({
          group: [`**/${layer}/*`, `**/${layer}`],
          message: reason,
        })),
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/shared/**'],
    rules: forbidLayers(
      ['server', 'web', 'cms', 'db', 'cli'],
      'shared/ is used by every layer and imports none.',
    ),
  },
  {
    files: ['src/cms/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', localStorage: 'readonly' },
    },
  },
  {
    files: ['src/web/**', 'src/cms/**'],
    rules: forbidLayers(['server', 'db', 'cli'], 'web/ and cms/ talk to the server over HTTP only.'),
  },
  {
    files: ['src/db/**'],
    rules: forbidLayers(
      ['server', 'web', 'cms', 'cli'],
      'db/ holds storage only and imports no application code.',
    ),
  },
  {
    files: ['src/server/**'],
    rules: forbidLayers(
      ['cms', 'cli'],
      'server/ serves the workspace as built files and never imports the CLI.',
    ),
  },
);

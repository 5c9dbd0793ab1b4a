// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import prettier from 'eslint-config-prettier/flat';

/** Paths a layer may never import: the arrows run rules → sdk → components, server beside. */
const upward = {
  rules: ['@shanzhi/sdk', '@shanzhi/sdk/*', '@shanzhi/components', '@shanzhi/components/*', '@shanzhi/server', '@shanzhi/server/*'],
  sdk: ['@shanzhi/components', '@shanzhi/components/*', '@shanzhi/server', '@shanzhi/server/*'],
  components: ['@shanzhi/server', '@shanzhi/server/*'],
  // The conformance kit checks a backend over HTTP only: it may use the contract (sdk) and the rules, never a backend.
  conformance: ['@shanzhi/components', '@shanzhi/components/*', '@shanzhi/server', '@shanzhi/server/*'],
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'coverage/**',
      'data/**',
      '**/custom-elements.json',
      '.storybook/public/**',
      'packages/components/frameworks/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // One program over every linted file (tsconfig.eslint.json), not one per project: the projects overlap (each
        // test project holds its package's sources and all they import), so per-project programs typed the same
        // files several times. Measured on the whole repository: 117 s → 83 s of CPU. `tsc -b` still checks each
        // project with its own lib and types.
        project: ['./tsconfig.eslint.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    // The plain-HTML example's page script runs in the browser.
    files: ['examples/plain-html/app.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The rules package runs unchanged in browsers and Node: no Node built-ins, no classic zod (26 kB vs 6 kB for zod/mini).
    files: ['packages/rules/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Use zod/mini: schemas reach browsers.' },
            { name: 'zod/v4', message: 'Use zod/mini.' },
          ],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto', 'os'], message: 'The rules package must not use Node built-ins.' },
            { group: upward.rules, message: 'rules may not import upward (rules → sdk → components).' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/sdk/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Use zod/mini: the SDK reaches browsers.' }],
          patterns: [
            { group: ['node:*'], message: 'The SDK runs in browsers: no Node built-ins.' },
            { group: upward.sdk, message: 'sdk may not import upward.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/conformance/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: upward.conformance, message: 'The conformance kit talks HTTP only: no server, no components.' }] },
      ],
    },
  },
  {
    // Browser tests wait with the fixture's waitUntil: the library's 1 s default timed out under CI load.
    files: ['packages/*/test/**/*.ts', 'test/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil'],
              message: 'Import waitUntil from packages/components/test/fixtures/wait.js (a timeout that holds under CI load).',
            },
          ],
        },
      ],
    },
  },
  // Two objects, not one: spreading both recommended configs into one object let wc's `plugins` and `rules` overwrite lit's.
  // Both plugins only look at classes extending a listed base: ours (SzElement) as well as Lit's.
  {
    files: ['packages/components/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
    settings: { lit: { elementBaseClasses: ['LitElement', 'SzElement'] } },
  },
  {
    files: ['packages/components/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'SzElement'] } },
  },
  {
    files: ['packages/components/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: widgets must be safe under Trusted Types.' }],
          patterns: [{ group: upward.components, message: 'components may not import the server.' }],
        },
      ],
    },
  },
  {
    // The same fences on resolved paths, so a relative import (`../../server/src/…`) cannot walk around them. Resolution
    // follows the monorepo's own: the `shanzhi-source` condition and `.js` specifiers naming `.ts` sources.
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          conditionNames: ['shanzhi-source', 'types', 'import', 'default'],
          extensions: ['.ts', '.tsx', '.d.ts', '.mjs', '.js', '.json'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.d.ts', '.js'], '.mjs': ['.mts', '.mjs'] },
        }),
      ],
    },
    rules: {
      // Another workspace package is imported by its name (its `exports`), never by a path into its folder.
      'import-x/no-relative-packages': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: 'packages/rules',
              from: ['packages/sdk', 'packages/components', 'packages/server'],
              message: 'rules may not import upward (rules → sdk → components).',
            },
            { target: 'packages/sdk', from: ['packages/components', 'packages/server'], message: 'sdk may not import upward.' },
            { target: 'packages/components/src', from: 'packages/server', message: 'components may not import the server.' },
            {
              // src/ is also in the zone above, which has no exception.
              target: ['packages/components', 'stories', '.storybook'],
              from: 'packages/server',
              except: ['./src/testing'],
              message: 'Scripts, tests and stories reach the server only through `@shanzhi/server/testing`; src/ not at all.',
            },
            { target: 'packages/server', from: 'packages/components', message: 'The server may not import the components.' },
            {
              target: 'packages/conformance/src',
              from: ['packages/components', 'packages/server'],
              message: 'The conformance kit talks HTTP only: its src may import rules and sdk, never the server or the components.',
            },
            {
              target: 'packages/conformance',
              from: 'packages/server',
              except: ['./src/testing'],
              message: "The kit's tests and scripts reach the server only through `@shanzhi/server/testing`.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/test/**/*.ts', '**/bench/**/*.ts', '**/demo/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }] },
      ],
    },
  },
  // Formatting is Prettier's (npm run format); this turns off the few lint rules that would argue with it.
  prettier,
);

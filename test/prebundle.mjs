// A web-test-runner plugin that serves the elements' dependencies pre-bundled, as Vite's dependency optimizer does in
// Storybook: each browser test file opens a fresh page, and a page loaded ~480 modules one request at a time, 344 of
// them from @shanzhi/rules, @shanzhi/sdk, zod and ky, most of the rest from Lit and the test helpers. `npm test` is CPU-bound on a 2-core CI machine, and the browser
// tests were its largest part (333 CPU-seconds, about half in Chromium's browser and network processes and the dev
// server handling those requests). The elements' own modules stay unbundled, so tests still see each lazy chunk load.
//
// One esbuild build with code splitting makes one entry per specifier below and shares what they have in common, so a
// class or a schema has one identity however a test or an element imports it (ProblemError from '@shanzhi/sdk' and
// from '@shanzhi/sdk/browser' is the same class). Built from the packages' sources (`shanzhi-source`), like the rest.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const prefix = '/__sz_prebundled__/';

/** The workspace packages' export paths (their package.json `exports`), as bare specifiers. */
function workspaceSpecifiers(name, dir) {
  const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  return Object.keys(manifest.exports)
    .filter((subpath) => !subpath.endsWith('.json'))
    .map((subpath) => (subpath === '.' ? name : `${name}/${subpath.slice(2)}`));
}

/** What gets a bundle: each specifier with whether it has a default export to pass on (`export *` leaves it out). */
const specifiers = new Map([
  ...workspaceSpecifiers('@shanzhi/rules', 'packages/rules').map((s) => [s, false]),
  ...workspaceSpecifiers('@shanzhi/sdk', 'packages/sdk').map((s) => [s, false]),
  ['zod/mini', false],
  ['ky', true],
  // Lit and everything built on it in one build, so there is one lit-html (its directives and markers are compared by
  // identity); every Lit specifier the elements or the tests import must be listed (unlisted ones are refused below).
  ...[
    'lit',
    'lit/decorators.js',
    'lit/async-directive.js',
    'lit/directives/live.js',
    'lit/directives/repeat.js',
    'lit/directives/keyed.js',
    'lit/directives/if-defined.js',
    '@lit/context',
    '@lit/task',
    '@lit-labs/virtualizer/virtualize.js',
    '@lit-labs/virtualizer/layouts/flow.js',
    '@lit-labs/virtualizer/support/resize-observer-errors.js',
    '@open-wc/testing',
    'uqr',
  ].map((s) => [s, false]),
  ['qr/decode.js', true],
]);
/** A Lit module served on its own beside the bundle would be a second lit-html: refused with the fix named. */
const litFamily = /^(lit|lit-html|lit-element|@lit|@lit-labs|@open-wc)(\/|$)/;
const fileOf = (specifier) => `${specifier.replace(/^@/, '').replaceAll('/', '__')}.js`;

/** @returns {import('@web/dev-server-core').Plugin} */
export function prebundle() {
  /** @type {Map<string, string>} served path → code */
  const files = new Map();
  return {
    name: 'sz-prebundle',
    async serverStart() {
      const result = await build({
        absWorkingDir: root,
        entryPoints: [...specifiers.keys()].map((specifier) => ({ in: `sz-prebundle:${specifier}`, out: fileOf(specifier).slice(0, -3) })),
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2021',
        conditions: ['shanzhi-source', 'browser', 'production'],
        tsconfig: path.join(root, 'packages/tsconfig.base.json'),
        outdir: path.join(root, prefix),
        write: false,
        logLevel: 'error',
        plugins: [
          {
            name: 'sz-prebundle-entries',
            setup(builder) {
              builder.onResolve({ filter: /^sz-prebundle:/ }, (args) => ({
                path: args.path.slice('sz-prebundle:'.length),
                namespace: 'sz-prebundle',
              }));
              builder.onLoad({ filter: /.*/, namespace: 'sz-prebundle' }, (args) => ({
                contents: `export * from ${JSON.stringify(args.path)};${specifiers.get(args.path) ? ` export { default } from ${JSON.stringify(args.path)};` : ''}`,
                resolveDir: root,
              }));
            },
          },
        ],
      });
      for (const file of result.outputFiles) files.set(`${prefix}${path.relative(path.join(root, prefix), file.path)}`, file.text);
    },
    resolveImport({ source, context }) {
      if (specifiers.has(source)) return `${prefix}${fileOf(source)}`;
      if (litFamily.test(source)) throw new Error(`${context.path} imports ${source}: add it to the specifiers of test/prebundle.mjs`);
      return undefined;
    },
    serve(context) {
      const body = files.get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

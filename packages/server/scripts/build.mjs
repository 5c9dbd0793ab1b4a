// Builds the deployable server, packages/server/dist/bundle/:
//   shanzhi-server.mjs (+ .map, + .LEGAL.txt)  src/bin.ts with every JavaScript dependency bundled — hono, kysely,
//                                               jose, zod, proxy-addr and the workspace packages @shanzhi/rules and
//                                               @shanzhi/sdk (from their TypeScript sources, as the tests run them);
//   package.json                                the bundle's runtime dependencies only: better-sqlite3 (a native
//                                               addon, compiled for the target's Node) and, optional, pg.
// Deploy the folder, run `npm install --omit=dev` in it, then `node shanzhi-server.mjs serve` (no TypeScript, no tsx,
// no dev dependencies). Every migration is listed statically (src/db/migrations/index.ts), so the bundle holds them.
// Usage: node packages/server/scripts/build.mjs [--out <folder>]
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const packageDir = path.resolve(import.meta.dirname, '..');
const rootDir = path.resolve(packageDir, '../..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = path.resolve(values.out ?? path.join(packageDir, 'dist/bundle'));
const outfile = path.join(outDir, 'shanzhi-server.mjs');

/** Imports the bundle may leave to node_modules: the native SQLite driver and the optional PostgreSQL driver. */
const runtimeDependencies = ['better-sqlite3'];
const optionalRuntimeDependencies = ['pg'];

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

const started = Date.now();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const result = await esbuild.build({
  entryPoints: [path.join(packageDir, 'src/bin.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // The workspace packages' `source` export (TypeScript): no need to build rules and sdk first.
  conditions: ['shanzhi-source'],
  external: [...runtimeDependencies, ...optionalRuntimeDependencies],
  sourcemap: 'linked',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  // CommonJS dependencies (proxy-addr) call require() for Node's built-ins; an ESM file has no require of its own.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __shanzhiCreateRequire } from 'node:module';\nconst require = __shanzhiCreateRequire(import.meta.url);",
  },
});

// Nothing but Node's built-ins and the declared runtime dependencies may stay an import.
const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const allowed = new Set([...runtimeDependencies, ...optionalRuntimeDependencies]);
const output =
  result.metafile.outputs[path.relative(process.cwd(), outfile)] ??
  Object.values(result.metafile.outputs).find((one) => one.entryPoint !== undefined);
if (output === undefined) fail('esbuild reported no output');
const leftOver = [
  ...new Set(output.imports.filter((one) => one.external && !builtins.has(one.path) && !allowed.has(one.path)).map((one) => one.path)),
];
if (leftOver.length > 0) fail(`the bundle still imports ${leftOver.join(', ')}: bundle them or declare them as runtime dependencies`);
chmodSync(outfile, 0o755);

const server = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
const root = JSON.parse(readFileSync(path.join(rootDir, 'package.json'), 'utf8'));
const pick = (names, from) =>
  Object.fromEntries(
    names.map((name) => {
      const version = from?.[name];
      if (version === undefined) fail(`${name} is not declared in packages/server/package.json`);
      return [name, version];
    }),
  );
const manifest = {
  name: 'shanzhi-server',
  version: server.version,
  description: 'The 善治 shanzhi reference server, bundled: node shanzhi-server.mjs serve',
  private: true,
  type: 'module',
  license: server.license,
  bin: { 'shanzhi-server': './shanzhi-server.mjs' },
  engines: root.engines,
  dependencies: pick(runtimeDependencies, server.dependencies),
  optionalDependencies: pick(optionalRuntimeDependencies, server.optionalDependencies),
  // npm 11 runs no install script it was not told to: better-sqlite3 compiles (or downloads) its addon in one.
  allowScripts: { 'better-sqlite3': true },
};
writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
console.log(
  `build: ${path.relative(rootDir, outfile)} ${kb(output.bytes)} (${String(Object.keys(result.metafile.inputs).length)} modules) in ${String(Date.now() - started)} ms; runtime dependencies: ${Object.entries(
    { ...manifest.dependencies, ...manifest.optionalDependencies },
  )
    .map(([n, v]) => `${n}@${v}`)
    .join(', ')}`,
);

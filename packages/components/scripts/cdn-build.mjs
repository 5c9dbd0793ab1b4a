// The CDN release, built in layers. Shared by the build (scripts/build.mjs) and the size report (bench/size.mjs).
//
// Why layers: one esbuild build of every widget splits code by the set of widgets that reach it, so the code all
// widgets need (lit, the SDK client and ky, the kit) came out as a dozen small chunks, and what two or three widgets
// share as a dozen more. A page with one widget fetched 15–19 files: each its own request, its own gzip dictionary
// and its own SHA-256 in the loader; measured on the same bytes, that cost 3–4 kB gzip of a 36–41 kB page. So:
//   1. core: the modules all five public widgets run at once (found by building each alone) in ONE file,
//      chunks/core-<hash>.js, with the autoload that starts them; its lazily loaded words are a file of their own;
//   2. each widget's define.ts, and each part a widget loads later, is built as ONE file that imports core's modules
//      from the core file (buildFlat); the define chunk carries the hashes of its widget's later parts;
//   3. the loader, shanzhi.js, carries the hashes of core and of every define chunk, and imports them through the
//      preloader (src/internal/preload.ts); the public loader, shanzhi-public.js, the same for the public widgets only
//      (publicLoaderTags): every widget's hash costs each page ~55 B gzip (a SHA-256 does not compress), and a page
//      anyone may open should not pay for the staff desks' (with nineteen widgets in shanzhi.js, 2.2 kB gzip, the intake's
//      page was 35.4 kB against its 35.0 kB goal; shanzhi-public.js, ten widgets, 1.5 kB, makes it 34.8 kB).
// A page with one widget fetches three files. What two widgets both use beyond core (the search field, the
// remote-data controller) is in both widgets' files, so a page with several widgets downloads it more than once
// (bounded by the all-five goal).
import path from 'node:path';
import * as esbuild from 'esbuild';
import {
  browserOptions,
  cdnEntrySource,
  fillReleaseManifest,
  publicWidgetTags,
  sri,
  srcDir,
  virtualEntryPlugin,
  widgetEntries,
} from './esbuild-shared.mjs';

/**
 * The widgets of the public loader, shanzhi-public.js: what a visitor without a staff token uses — the five of the
 * size goals, the provider that configures them, the 爱心超市's shelf (its desk mode is a lazy part of the same widget),
 * the points notice board, the printable notice-board poster and the villager's request status. The staff desks
 * (and the household's side of the points desk, which needs a villager's sign-in) are in shanzhi.js only, which
 * registers every widget; docs/embedding.md tells a portal which file to use.
 */
export const publicLoaderTags = [
  ...publicWidgetTags,
  'sz-provider',
  'sz-love-supermarket',
  'sz-points-notice',
  'sz-disclosure-poster',
  'sz-request-status',
];

/** The widgets whose common code makes the core: the five public ones (the provider only passes configuration on). */
const coreWidgets = () => widgetEntries().filter(({ tag }) => publicWidgetTags.includes(tag));

const autoloadSource = path.join(srcDir, 'internal/autoload.ts');
const key = (file) => path.relative(srcDir, file).replace(/\.ts$/, '').split(path.sep).join('/');

/**
 * What one module needs at once: the modules with code in its chunk and the chunks that chunk imports, in a build of
 * that module alone (in a build of every widget, esbuild puts the live code of a module that any widget uses in a
 * chunk of every widget that reaches it through a barrel, so that build cannot tell who needs what).
 */
async function reachedAlone(source, options) {
  const result = await esbuild.build({
    ...options,
    entryPoints: [source],
    splitting: true,
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const start = Object.keys(outputs).find((file) => outputs[file].entryPoint && path.resolve(outputs[file].entryPoint) === source);
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(start);
  return new Set(
    [...files].flatMap((file) =>
      Object.entries(outputs[file].inputs)
        .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
        .map(([input]) => path.resolve(input)),
    ),
  );
}

/**
 * Step 1: the modules every public widget runs at once, plus the autoload and what it runs. Only modules with code: a
 * barrel (re-exports only) is left to each build, since an `export *` that reaches outside a build makes esbuild keep
 * every name the barrel lists.
 */
async function coreModules(options) {
  const [first, ...rest] = await Promise.all(coreWidgets().map(({ entry }) => reachedAlone(path.resolve(entry), options)));
  const common = [...first].filter((input) => rest.every((set) => set.has(input)));
  return [...new Set([...common, ...(await reachedAlone(autoloadSource, options))])].sort();
}

/**
 * Each core module's export names (one build with every module as an entry point), and the name each has in core:
 * its own, or `name$N` when an earlier module already took it (`default` always: `export *` would drop it).
 */
async function exportsOf(modules, options) {
  const result = await esbuild.build({ ...options, entryPoints: modules, splitting: true, minify: false, write: false, metafile: true });
  const names = new Map();
  for (const output of Object.values(result.metafile.outputs))
    if (output.entryPoint) names.set(path.resolve(output.entryPoint), output.exports);
  const taken = new Set();
  return modules.map((file, index) => ({
    file,
    names: (names.get(file) ?? []).map((name) => {
      const as = taken.has(name) || name === 'default' ? `${name}$${String(index)}` : name;
      taken.add(as);
      return [name, as];
    }),
  }));
}

const list = (pairs) => pairs.map(([name, as]) => (name === as ? name : `${name} as ${as}`)).join(', ');

/** A plugin that makes the given modules external, at the given paths, where they are imported dynamically. */
function lazyExternalPlugin(targets) {
  return {
    name: 'lazy-external',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData?.lazyExternal) return undefined;
        const resolved = await build.resolve(args.path, {
          importer: args.importer,
          resolveDir: args.resolveDir,
          kind: args.kind,
          pluginData: { lazyExternal: true },
        });
        const target = targets.get(path.resolve(resolved.path));
        return target === undefined ? undefined : { path: `./${target}`, external: true };
      });
    },
  };
}

/**
 * Step 1's file: every binding of the core modules, under the names exportsOf chose, in one file. Its lazy parts
 * (the shared words' English) are built first, each on its own: they import nothing, and a build that split them
 * off would also split off esbuild's helpers into a file every page would fetch.
 */
async function buildCore(modules, options) {
  const contents = modules.map(({ file, names }) => `export { ${list(names)} } from ${JSON.stringify(file)};`).join('\n');
  const core = { entryPoints: { core: 'virtual:core' }, entryNames: 'chunks/[name]-[hash]', write: false, metafile: true };
  const probe = await esbuild.build({
    ...options,
    ...core,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [virtualEntryPlugin('core', contents)],
    splitting: true,
  });
  const lazy = Object.values(probe.metafile.outputs)
    .map((output) => output.entryPoint)
    .filter((entry) => entry && entry !== 'virtual:core')
    .map((entry) => path.resolve(entry));
  const layers = [];
  const targets = new Map();
  for (const entry of lazy) {
    const part = await esbuild.build({
      ...options,
      entryPoints: [entry],
      entryNames: 'chunks/[name]-[hash]',
      write: false,
      metafile: true,
    });
    const [file, output] = Object.entries(part.metafile.outputs).find(([, one]) => one.entryPoint);
    if (output.imports.length > 0) throw new Error(`${key(entry)}, a lazy part of core, imports other modules: it cannot stand alone`);
    targets.set(entry, path.basename(file));
    layers.push(part);
  }
  const result = await esbuild.build({
    ...options,
    ...core,
    plugins: [lazyExternalPlugin(targets), virtualEntryPlugin('core', contents)],
    splitting: false,
  });
  const file = Object.keys(result.metafile.outputs).find((name) => result.metafile.outputs[name].entryPoint === 'virtual:core');
  return { file, layers: [result, ...layers] };
}

/**
 * Steps 2 and 3: a module that lives in core is replaced by a stand-in that re-exports its names from the core file,
 * named one by one, so esbuild still sees which names a widget uses (and tree-shakes the barrels in between).
 */
function coreStandInPlugin(modules, coreName) {
  const standIns = new Map(
    modules.map(({ file, names }) => [file, `export { ${list(names.map(([name, as]) => [as, name]))} } from "sz-core";`]),
  );
  return {
    name: 'core-stand-in',
    setup(build) {
      build.onResolve({ filter: /^sz-core$/ }, () => ({ path: `./${coreName}`, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const contents = standIns.get(path.resolve(args.path));
        return contents === undefined ? undefined : { contents, loader: 'js' };
      });
    },
  };
}

/** Step 3's plugin: the loader imports the autoload and each widget from the files steps 1 and 2 wrote. */
function loaderImportsPlugin(targets) {
  return {
    name: 'loader-imports',
    setup(build) {
      build.onResolve({ filter: /^\.\/.*\.ts$/ }, (args) => {
        const target = targets.get(path.resolve(srcDir, args.path));
        return target === undefined ? undefined : { path: `./${target}`, external: true };
      });
    },
  };
}

/** The placeholder a define chunk holds until cdn-build writes in the hashes of its lazily loaded chunks. */
const lazyPlaceholder = '__SZ_LAZY_MANIFEST__';

/**
 * Step 2's entries: each widget's define.ts, preceded by a module that hands the preloader the hashes of the files
 * the widget loads later (written in by buildCdn). It runs first, so the manifest is in before any widget code.
 */
function defineEntryPlugin() {
  return {
    name: 'define-entry',
    setup(build) {
      build.onResolve({ filter: /^sz-(entry|lazy):/ }, (args) => {
        const [, namespace, file] = /^(sz-entry|sz-lazy):(.*)$/.exec(args.path);
        return { path: file, namespace };
      });
      build.onLoad({ filter: /.*/, namespace: 'sz-entry' }, (args) => ({
        contents: `import ${JSON.stringify(`sz-lazy:${args.path}`)};\nimport ${JSON.stringify(args.path)};\n`,
        resolveDir: path.dirname(args.path),
        loader: 'js',
      }));
      build.onLoad({ filter: /.*/, namespace: 'sz-lazy' }, () => ({
        contents: `const preload = globalThis[Symbol.for('shanzhi.preload')];\nif (preload && preload.add) preload.add(JSON.parse('${lazyPlaceholder}'), import.meta.url);\n`,
        loader: 'js',
      }));
    },
  };
}

/**
 * Step 2: one module (a widget's define.ts, or a part it loads lazily) as ONE file, importing core's modules from the
 * core file and each of its own lazily loaded parts from that part's file, built the same way first (a probe build
 * finds them). A module such as the widget's format helpers that both the define chunk and a lazy part use is in
 * both files: a widget's own modules keep no state, and one file per module is what makes a page fetch three files.
 * `built` memoizes (absolute source → { file, lazy: the sources it loads lazily, nested ones included }).
 */
async function buildFlat(source, entry, context) {
  const known = context.built.get(source);
  if (known) return known;
  const { base, plugins } = context;
  const probe = await esbuild.build({
    ...base,
    entryPoints: [entry],
    plugins,
    splitting: true,
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const lazySources = Object.values(probe.metafile.outputs)
    .map((output) => output.entryPoint)
    .filter((point) => point && !point.startsWith('sz-entry:') && path.resolve(point) !== source)
    .map((point) => path.resolve(point));
  const targets = new Map();
  const lazy = new Set();
  for (const lazySource of lazySources) {
    const part = await buildFlat(lazySource, lazySource, context);
    targets.set(lazySource, path.basename(part.file));
    lazy.add(lazySource);
    for (const nested of part.lazy) lazy.add(nested);
  }
  const result = await esbuild.build({
    ...base,
    entryPoints: [entry],
    entryNames: 'chunks/[name]-[hash]',
    plugins: [lazyExternalPlugin(targets), ...plugins],
    splitting: false,
    write: false,
    metafile: true,
  });
  const file = Object.keys(result.metafile.outputs).find((name) => result.metafile.outputs[name].entryPoint);
  const built = { file, lazy: [...lazy], result };
  context.built.set(source, built);
  return built;
}

export async function buildCdn(options) {
  const base = { ...browserOptions, ...options };
  const modules = await exportsOf(await coreModules(base), base);
  const core = await buildCore(modules, base);
  const layers = [...core.layers];
  const context = {
    base,
    plugins: [defineEntryPlugin(), coreStandInPlugin(modules, path.basename(core.file)), ...browserOptions.plugins],
    built: new Map(),
  };
  const targets = new Map([[autoloadSource, path.relative(base.outdir, path.resolve(core.file))]]);
  const defines = [];
  for (const { entry } of widgetEntries()) {
    const define = await buildFlat(`sz-entry:${path.resolve(entry)}`, `sz-entry:${path.resolve(entry)}`, context);
    defines.push(define);
    targets.set(path.resolve(entry), path.relative(base.outdir, path.resolve(define.file)));
  }
  layers.push(...[...context.built.values()].map((one) => one.result));
  const outputs = new Map();
  for (const layer of layers) for (const file of layer.outputFiles) outputs.set(path.relative(process.cwd(), file.path), file.contents);
  // Each define chunk gets the hashes of the files its widget loads later; the loader lists those files no more.
  const lazyFiles = new Set();
  for (const define of defines) {
    const files = define.lazy.map((source) => context.built.get(source).file);
    for (const file of files) lazyFiles.add(file);
    const part = {
      files: files.map((file) => [path.basename(file), sri(outputs.get(file))]),
      modules: Object.fromEntries(define.lazy.map((source, index) => [key(source), [index]])),
    };
    const code = Buffer.from(outputs.get(define.file)).toString('utf8');
    const quoted = new RegExp(`(["'\`])${lazyPlaceholder}\\1`, 'g');
    if ((code.match(quoted)?.length ?? 0) !== 1) throw new Error(`${define.file} does not hold the lazy manifest placeholder once`);
    outputs.set(define.file, Buffer.from(code.replace(quoted, () => JSON.stringify(JSON.stringify(part)))));
  }
  // The two loaders: every widget (shanzhi.js) and the public ones (shanzhi-public.js), each built on its own.
  const publicEntries = widgetEntries().filter(({ tag }) => publicLoaderTags.includes(tag));
  const missing = publicLoaderTags.filter((tag) => !publicEntries.some((entry) => entry.tag === tag));
  if (missing.length > 0) throw new Error(`the public loader names widgets that do not exist: ${missing.join(', ')}`);
  const loaderFiles = new Map();
  for (const [name, entries] of [
    ['shanzhi', widgetEntries()],
    ['shanzhi-public', publicEntries],
  ]) {
    const loader = await esbuild.build({
      ...base,
      entryPoints: { [name]: `virtual:${name}` },
      plugins: [loaderImportsPlugin(targets), virtualEntryPlugin(name, cdnEntrySource(entries))],
      splitting: false,
      write: false,
      metafile: true,
    });
    layers.push(loader);
    for (const file of loader.outputFiles) outputs.set(path.relative(process.cwd(), file.path), file.contents);
    const file = Object.keys(loader.metafile.outputs).find((one) => loader.metafile.outputs[one].entryPoint === `virtual:${name}`);
    loaderFiles.set(name, { file, entries });
  }
  // One metafile: an import of another layer's file becomes a plain import of that file, so the manifest follows it.
  const metafile = { inputs: {}, outputs: {} };
  for (const layer of layers) {
    Object.assign(metafile.inputs, layer.metafile.inputs);
    for (const [file, output] of Object.entries(layer.metafile.outputs)) {
      const imports = output.imports.map((i) =>
        i.external ? { path: path.relative(process.cwd(), path.resolve(path.dirname(file), i.path)), kind: i.kind } : i,
      );
      for (const i of imports)
        if (!outputs.has(i.path)) throw new Error(`${file} imports ${i.path}, which no layer of the CDN build wrote`);
      const entryPoint =
        file === core.file ? undefined : output.entryPoint?.replace(/^sz-entry:(.*)$/, (_, abs) => path.relative(process.cwd(), abs));
      metafile.outputs[file] = { ...output, imports, entryPoint };
    }
  }
  // Each loader lists core, its widgets' define chunks and core's lazy parts; never the other loader, nor a define
  // chunk of a widget it does not register (its hash would be paid for by every page for nothing).
  const defineFiles = new Map(widgetEntries().map(({ entry }, index) => [path.resolve(entry), defines[index].file]));
  const loaders = {};
  for (const [name, { file, entries }] of loaderFiles) {
    const others = [...loaderFiles.values()].map((one) => one.file).filter((one) => one !== file);
    const registered = new Set(entries.map(({ entry }) => path.resolve(entry)));
    const unregistered = [...defineFiles].filter(([entry]) => !registered.has(entry)).map(([, one]) => one);
    const filled = fillReleaseManifest(
      { ...metafile, outputs: Object.fromEntries(Object.entries(metafile.outputs).filter(([one]) => !others.includes(one))) },
      outputs,
      { aliases: { 'internal/autoload': core.file }, exclude: new Set([...lazyFiles, ...unregistered]) },
    );
    outputs.set(filled.entry, Buffer.from(filled.code));
    loaders[name] = { entry: filled.entry, manifest: filled.manifest, tags: entries.map(({ tag }) => tag) };
  }
  const full = loaders.shanzhi;
  const keys = new Set([
    ...Object.keys(full.manifest.modules),
    ...[...context.built.keys()].filter((one) => !one.startsWith('sz-entry:')).map(key),
  ]);
  // `entry` and `manifest` are the full loader's (every widget); `loaders` has both, by file name.
  return { outputs, entry: full.entry, manifest: full.manifest, loaders, metafile, coreFile: core.file, keys };
}

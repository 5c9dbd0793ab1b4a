// Size report: min+gzip (gzip -9) of every widget standalone and of the CDN bundle, against the issue's goals and
// the measured anchors of other libraries (same method: esbuild, minified, gzip -9; kB = 1,000 bytes).
//
//   node packages/components/bench/size.mjs            the table
//   node packages/components/bench/size.mjs --json     machine-readable
//   node packages/components/bench/size.mjs --check    exit 1 when a budget is exceeded at load (CI)
//   node packages/components/bench/size.mjs --top      list what costs most in every bundle, not only those over a goal
//
// Importable: `measureSizes()` returns the figures, `formatSizeReport()` the table (used by the bench).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { buildCdn, publicLoaderTags } from '../scripts/cdn-build.mjs';
import {
  browserOptions,
  cdnEntrySource,
  packageDir,
  publicWidgetTags,
  virtualEntryPlugin,
  widgetEntries,
} from '../scripts/esbuild-shared.mjs';

/**
 * The goals of issue 13 (min+gzip at load, counting lit, @lit/context, ky, schemas and messages; a lazy chunk such
 * as the virtualizer is not counted): each widget standalone ≤ 30 kB, the intake ≤ 35 kB (it carries its request
 * schema); through the CDN loader a page with any one widget ≤ 35 kB and a page with all five ≤ 90 kB.
 */
export const budgets = { widget: 30_000, intake: 35_000, loaderOne: 35_000, loaderAll: 90_000 };
const widgetBudget = (tag) => (tag === 'sz-mediation-intake' ? budgets.intake : budgets.widget);
/** Every widget has the goals; the provider only passes configuration down (it is reported, not budgeted). */
const budgeted = (tag) => tag !== 'sz-provider';

/** Quoted in issue 4 — measured elsewhere with the same method. */
export const anchors = [
  { name: 'Material Web text field + button + list', gz: 27_400 },
  { name: "Canada's GCDS input + select + button", gz: 23_800 },
  { name: 'Shoelace input + select + dialog + button', gz: 43_500 },
  { name: 'lit alone', gz: 6_300 },
];

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Which package an esbuild input belongs to, for "what costs most". */
function ownerOf(relative) {
  const input = relative.startsWith('virtual:') ? relative : path.resolve(process.cwd(), relative);
  const nm = input.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = input.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const pkg = /packages\/([^/]+)\/src\/(?:([^/]+)\/)?/.exec(input);
  if (pkg) return pkg[1] === 'components' && pkg[2] ? `components/${pkg[2]}` : `@shanzhi/${pkg[1]}`;
  return input;
}

/**
 * What both builds measure over their output files (`files`: name → bytes; `outputs`: esbuild's metafile outputs):
 * `sum(names, measure)` adds up a measure of the named files, `inputsOf(names)` gives the bytes each source input
 * contributes to them.
 */
function measuresOf(files, outputs) {
  return {
    sum: (names, measure) => names.reduce((total, file) => total + measure(files.get(file)), 0),
    inputsOf(names) {
      const inputs = new Map();
      for (const file of names)
        for (const [input, { bytesInOutput }] of Object.entries(outputs[file]?.inputs ?? {}))
          inputs.set(input, (inputs.get(input) ?? 0) + bytesInOutput);
      return inputs;
    },
  };
}

/**
 * Bundles one entry. With `splitting`, what a dynamic `import()` reaches becomes a lazy chunk: `initial` counts the
 * entry and the chunks it imports statically (what the page downloads at once), `lazy` the rest.
 */
async function bundle({ entry, contents, splitting }) {
  const result = await esbuild.build({
    ...browserOptions,
    ...(contents === undefined
      ? { entryPoints: { main: entry } }
      : { entryPoints: { main: 'virtual:entry' }, plugins: [virtualEntryPlugin('entry', contents)] }),
    splitting,
    outdir: path.join(packageDir, '.size-out'),
    write: false,
    metafile: true,
    legalComments: 'eof',
    logLevel: 'error',
  });
  const files = new Map(
    result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => [path.relative(process.cwd(), f.path), f.contents]),
  );
  const outputs = result.metafile.outputs;
  // The entry's own output (named after `entryPoints.main`); a dynamically imported chunk has an `entryPoint` too.
  const main = [...files.keys()].find((file) => path.basename(file) === 'main.js' && outputs[file]?.entryPoint);
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imported of outputs[file]?.imports ?? [])
      if (imported.kind === 'import-statement' && files.has(imported.path)) visit(imported.path);
  };
  if (main) visit(main);
  const { sum, inputsOf } = measuresOf(files, outputs);
  const initialFiles = [...initial];
  const lazyFiles = [...files.keys()].filter((file) => !initial.has(file));
  const inputs = inputsOf(files.keys());
  return {
    initialInputs: inputsOf(initialFiles),
    min: sum(initialFiles, (b) => b.length),
    gz: sum(initialFiles, gz),
    lazyMin: sum(lazyFiles, (b) => b.length),
    lazyGz: sum(lazyFiles, gz),
    chunks: files.size,
    inputs,
  };
}

/**
 * The CDN release as the build ships it (scripts/cdn-build.mjs): the two loaders with the files' hashes (shanzhi.js
 * registers every widget, shanzhi-public.js the public ones), core, and each widget's files. `pages(modules, loader)`
 * is what a page with those widgets downloads through that loader: the loader, the autoload's files (core) and each
 * widget's define chunk with what it imports statically; `gz` counts each file gzipped on its own, as a server sends
 * them. `loaders` has each loader alone (`gz`/`min`); everything but the loaders is `lazyGz`.
 */
async function cdnRelease() {
  const release = await buildCdn({ outdir: path.join(packageDir, '.size-out'), legalComments: 'eof', logLevel: 'error' });
  const files = new Map([...release.outputs].filter(([file]) => file.endsWith('.js')));
  const outputs = release.metafile.outputs;
  const { sum, inputsOf } = measuresOf(files, outputs);
  const entries = Object.values(release.loaders).map((loader) => loader.entry);
  const others = [...files.keys()].filter((file) => !entries.includes(file));
  return {
    loaders: Object.fromEntries(
      Object.entries(release.loaders).map(([name, { entry, tags }]) => [
        name,
        { file: path.basename(entry), gz: gz(files.get(entry)), min: files.get(entry).length, widgets: tags.length },
      ]),
    ),
    lazyGz: sum(others, gz),
    pages(modules, loader) {
      const { entry, manifest } = release.loaders[loader];
      const base = path.dirname(entry);
      const closure = (module) => {
        if (!(module in manifest.modules)) throw new Error(`${path.basename(entry)} does not load ${module}`);
        return manifest.modules[module].map((index) => path.join(base, manifest.files[index][0]));
      };
      const names = [...new Set([entry, ...closure('internal/autoload'), ...modules.flatMap(closure)])];
      return { gz: sum(names, gz), min: sum(names, (b) => b.length), inputs: inputsOf(names), files: names.length };
    },
  };
}

function topInputs(inputs, count = 12) {
  const byPackage = new Map();
  for (const [input, bytes] of inputs) byPackage.set(ownerOf(input), (byPackage.get(ownerOf(input)) ?? 0) + bytes);
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return { files: sorted(inputs).slice(0, count), packages: sorted(byPackage) };
}

export async function measureSizes() {
  const widgets = [];
  for (const { name, tag, entry } of widgetEntries()) {
    const lazy = await bundle({ entry, splitting: true });
    const inlined = await bundle({ entry, splitting: false });
    const budget = budgeted(tag) ? widgetBudget(tag) : undefined;
    widgets.push({
      name,
      tag,
      budget,
      initialGz: lazy.gz,
      initialMin: lazy.min,
      lazyGz: lazy.lazyGz,
      inlinedGz: inlined.gz,
      inlinedMin: inlined.min,
      hasLazyChunk: lazy.chunks > 1 && lazy.lazyGz > 0,
      // The goal counts what loads at once; a lazy chunk (the virtualizer) is reported beside it.
      overBudget: budget !== undefined && lazy.gz > budget,
      top: topInputs(lazy.initialInputs),
    });
  }
  const cdnLazy = await cdnRelease();
  const cdnInlined = await bundle({ contents: cdnEntrySource(), splitting: false });
  const litAlone = await bundle({ contents: `export * from 'lit';`, splitting: false });
  // A page of public widgets loads the public loader (docs/embedding.md); a staff page the full one.
  const page = (label, names, budget, loader) => {
    const measured = cdnLazy.pages(
      names.map((name) => `${name}/define`),
      loader,
    );
    return {
      label,
      loader: cdnLazy.loaders[loader].file,
      gz: measured.gz,
      min: measured.min,
      files: measured.files,
      budget,
      overBudget: budget !== undefined && measured.gz > budget,
      top: topInputs(measured.inputs),
    };
  };
  const five = widgets.filter((w) => publicWidgetTags.includes(w.tag));
  const loaderOf = (tag) => (publicLoaderTags.includes(tag) ? 'shanzhi-public' : 'shanzhi');
  const loaderPages = [
    ...widgets.map((w) => page(`<${w.tag}>`, [w.name], budgeted(w.tag) ? budgets.loaderOne : undefined, loaderOf(w.tag))),
    page(
      `all five (${five.map((w) => w.tag.replace(/^sz-/, '')).join(', ')})`,
      five.map((w) => w.name),
      budgets.loaderAll,
      'shanzhi-public',
    ),
  ];
  return {
    budgets,
    anchors,
    widgets,
    loaderPages,
    cdn: {
      loaders: cdnLazy.loaders,
      lazyGz: cdnLazy.lazyGz,
      inlinedGz: cdnInlined.gz,
      top: topInputs(cdnInlined.inputs),
    },
    litAloneGz: litAlone.gz,
  };
}

/** Whether any goal is missed (for --check and the package bench). */
export function sizeGoalsMissed(sizes) {
  return sizes.widgets.some((w) => w.overBudget) || sizes.loaderPages.some((p) => p.overBudget);
}

export function formatSizeReport(sizes) {
  const lines = [];
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const goal = (budget) => (budget === undefined ? '—' : `≤ ${kB(budget)}`);
  const verdict = (b) => (b.budget === undefined ? '' : b.overBudget ? 'OVER' : 'met');
  lines.push('min+gzip -9 (kB = 1,000 bytes); "at load" = entry + static chunks, "lazy" = the chunk a dynamic import() loads');
  lines.push('', 'Each widget standalone (its define.js bundled alone):', '');
  lines.push(row(['bundle', 'at load', 'lazy chunk', 'all inlined', 'goal', 'status']));
  lines.push(row(['---', '---:', '---:', '---:', '---:', '---']));
  for (const w of sizes.widgets)
    lines.push(row([`<${w.tag}>`, kB(w.initialGz), w.hasLazyChunk ? kB(w.lazyGz) : '—', kB(w.inlinedGz), goal(w.budget), verdict(w)]));
  lines.push('', "Through the CDN loader (the loader, core with the autoload, the widgets' files; each file gzipped as served):", '');
  lines.push(row(['page with', 'loader', 'at load', 'files', 'goal', 'status']));
  lines.push(row(['---', '---', '---:', '---:', '---:', '---']));
  for (const p of sizes.loaderPages) lines.push(row([p.label, p.loader, kB(p.gz), String(p.files), goal(p.budget), verdict(p)]));
  const c = sizes.cdn;
  lines.push('', row(['other', 'at load', 'lazy', 'all inlined']), row(['---', '---:', '---:', '---:']));
  for (const [index, loader] of Object.values(c.loaders).entries())
    lines.push(
      row([
        `CDN loader alone (${loader.file}, ${String(loader.widgets)} widgets; the rest loads as tags appear)`,
        kB(loader.gz),
        index === 0 ? kB(c.lazyGz) : '',
        index === 0 ? kB(c.inlinedGz) : '',
      ]),
    );
  lines.push(row(['lit alone (this method, calibration)', kB(sizes.litAloneGz), '—', kB(sizes.litAloneGz)]));
  for (const a of sizes.anchors) lines.push(row([`anchor (quoted): ${a.name}`, kB(a.gz), '', '']));
  const listAll = process.argv.includes('--top');
  const heavy = [
    ...sizes.widgets.filter((w) => w.overBudget || listAll).map((w) => ({ ...w, title: `<${w.tag}> standalone` })),
    ...sizes.loaderPages.filter((p) => p.overBudget || listAll).map((p) => ({ ...p, title: `the page with ${p.label} via the loader` })),
  ];
  for (const w of heavy) {
    lines.push('', `Top inputs of ${w.title}${w.overBudget ? ' (over its goal)' : ''}, at load (minified bytes before gzip):`);
    lines.push(
      `  by package: ${w.top.packages
        .slice(0, 10)
        .map(([p, b]) => `${p} ${kB(b)}`)
        .join(', ')}`,
    );
    for (const [input, bytes] of w.top.files) lines.push(`  ${kB(bytes).padStart(9)}  ${input}`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = await measureSizes();
  if (process.argv.includes('--json')) console.log(JSON.stringify(sizes, null, 2));
  else console.log(formatSizeReport(sizes));
  if (process.argv.includes('--check') && sizeGoalsMissed(sizes)) process.exit(1);
}

// Creates a new widget with all its parts, in the spirit of Shoelace's `npm run create`:
//
//   npm run new:widget -- notice-board [--zh 公告栏] [--en "Notice board"] [--no-record]
//
// makes <sz-notice-board>: the element on SzElement with the kit (RemoteData for its read, the shared states, 长辈版,
// zh-CN + en messages, a documented API for the manifest), its styles, messages, events and define.ts; registers it
// in the package index, the React wrappers, the story-fixture recorders, the demo portal, the getting-started table
// and docs/embedding.md (additive edits at the `new-widget:` anchor comments of those files); and adds its browser
// test, story, MSW handlers, fixture recorder, recorded fixture and usage page. Files come from ./widget-template/.
// The CDN loader and the package's `exports` need no edit: both find every `src/<widget>/define.ts` by themselves.
//
// It refuses a name that is not kebab-case, starts with `sz-`, or names an existing widget, and never overwrites a
// file. Until the widget has its own route it reads the region tree (GET /v1/regions): every TODO(new-widget) says
// what to change. docs/contributing.md (*How to add a widget*) walks through what it creates and what comes next.
//
// Options: --root <dir> (the repository, default: the one holding this script), --no-record (leave the fixture
// unrecorded: the stories and types need it, so record it before committing), --quiet.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const templateDir = fileURLToPath(new URL('./widget-template/', import.meta.url));

function usage(message) {
  console.error(`new:widget: ${message}

Usage: npm run new:widget -- <name> [--zh <Chinese title>] [--en <English title>] [--no-record]
  <name>  kebab-case, without the sz- prefix: notice-board makes <sz-notice-board> in packages/components/src/notice-board/`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { names: [], record: true, quiet: false, root: fileURLToPath(new URL('../../../', import.meta.url)) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) usage(`${arg} needs a value`);
      return next;
    };
    if (arg === '--') continue;
    else if (arg === '--zh') options.zh = value();
    else if (arg === '--en') options.en = value();
    else if (arg === '--root') options.root = path.resolve(value());
    else if (arg === '--no-record') options.record = false;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else options.names.push(arg);
  }
  if (options.names.length !== 1) usage(options.names.length === 0 ? 'give the widget a name' : 'one name at a time');
  return options;
}

/** The spellings of one name: notice-board → sz-notice-board, SzNoticeBoard, noticeBoard, "Notice board". */
export function namesOf(kebab) {
  const words = kebab.split('-');
  const pascal = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  const sentence = words.join(' ');
  return {
    kebab,
    pascal,
    camel: pascal[0].toLowerCase() + pascal.slice(1),
    tag: `sz-${kebab}`,
    title: sentence[0].toUpperCase() + sentence.slice(1),
  };
}

/** Every tag a `define.ts` registers today, with its folder (what the build's widgetEntries() finds). */
function existingWidgets(srcDir) {
  const found = [];
  const walk = (folder, depth) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const sub = path.join(folder, entry.name);
      const define = path.join(sub, 'define.ts');
      if (existsSync(define)) {
        const tag = /defineElement\(\s*'(sz-[a-z0-9-]+)'/.exec(readFileSync(define, 'utf8'))?.[1];
        found.push({ folder: path.relative(srcDir, sub), tag });
      }
      if (depth < 1) walk(sub, depth + 1);
    }
  };
  walk(srcDir, 0);
  return found;
}

function validate(name, srcDir) {
  if (name.startsWith('sz-')) usage(`give the name without the sz- prefix: \`${name.slice(3)}\` makes <${name}>`);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name))
    usage(`"${name}" is not kebab-case (lower-case words joined by hyphens, e.g. notice-board)`);
  if (['internal', 'react', 'provider', 'index'].includes(name)) usage(`"${name}" is taken by the package itself`);
  const tag = `sz-${name}`;
  for (const widget of existingWidgets(srcDir)) {
    if (widget.tag === tag) usage(`<${tag}> exists already (packages/components/src/${widget.folder}/define.ts)`);
    if (widget.folder === name) usage(`packages/components/src/${name}/ holds <${widget.tag}> already`);
  }
  if (existsSync(path.join(srcDir, name))) usage(`packages/components/src/${name}/ exists already`);
}

/** A title inside a TypeScript template's single-quoted string: "Mediator's desk" must not end the string. */
const quoted = (title) => title.replaceAll('\\', '\\\\').replaceAll("'", "\\'");

function fill(text, names, titles, template) {
  const title = template.endsWith('.ts.tpl') ? quoted : (t) => t;
  return text
    .replaceAll('__kebab__', names.kebab)
    .replaceAll('__Pascal__', names.pascal)
    .replaceAll('__camel__', names.camel)
    .replaceAll('__TitleEn__', title(titles.en))
    .replaceAll('__TitleZh__', title(titles.zh));
}

/** The files a widget is made of: [template, target path under the repository]. */
function filesOf(names) {
  const src = `packages/components/src/${names.kebab}`;
  return [
    ['element.ts.tpl', `${src}/${names.tag}.ts`],
    ['styles.ts.tpl', `${src}/styles.ts`],
    ['messages.ts.tpl', `${src}/messages.ts`],
    ['events.ts.tpl', `${src}/events.ts`],
    ['define.ts.tpl', `${src}/define.ts`],
    ['browser.test.ts.tpl', `packages/components/test/browser/${names.kebab}.test.ts`],
    ['recorder.ts.tpl', `packages/components/scripts/fixtures/${names.kebab}.ts`],
    ['handlers.ts.tpl', `stories/msw/${names.kebab}-handlers.ts`],
    ['stories.ts.tpl', `stories/${names.kebab}.stories.ts`],
    ['usage.mdx.tpl', `stories/docs/usage-${names.kebab}.mdx`],
  ];
}

/**
 * The registrations in shared files: each adds its text on the line(s) before an anchor comment, indented like the
 * anchor, so entries stay in the order they were made and nothing else in the file moves. `table` instead appends a
 * row to the end of the Markdown table just above the anchor.
 */
function registrationsOf(names, titles) {
  const { kebab, pascal, tag } = names;
  const components = 'packages/components/src';
  const react = `${components}/react/index.ts`;
  const wrapper = [
    `export const ${pascal} = createComponent({`,
    `  react: React,`,
    `  tagName: '${tag}',`,
    `  elementClass: Sz${pascal},`,
    `  events: events('${tag}'),`,
    `  displayName: 'Sz${pascal}',`,
    '});',
  ];
  // One entry of the demo portal's table: shown to everyone with its village until the author names its roles.
  const portal = `{ tag: '${tag}', zh: '${quoted(titles.zh)}', en: '${quoted(titles.en)}' },`;
  const row = `| \`<${tag}>\` | TODO(new-widget): what it is for (${titles.zh}) | [usage](?path=/docs/usage-guidance-${kebab}--docs) |`;
  const embedding = [
    `### \`<${tag}>\``,
    '',
    '| attribute | values |',
    '|---|---|',
    "| `village` | village id; its entry is marked as the current one (else the provider's) |",
    '| `api-base`, `locale`, `elder` | as on the provider |',
    '',
  ];
  const eventRow = `| \`${tag}-select\` | \`{ itemId }\` | TODO(new-widget): an entry is chosen (click, Enter, Space) |`;
  return [
    [`${components}/index.ts`, '// new-widget: element registrations', `import './${kebab}/define.js';`],
    [`${components}/index.ts`, '// new-widget: element exports', `export { Sz${pascal} } from './${kebab}/${tag}.js';`],
    [react, '// new-widget: element registrations', `import '../${kebab}/define.js';`],
    [react, '// new-widget: element classes', `import { Sz${pascal} } from '../${kebab}/${tag}.js';`],
    [react, '// new-widget: components', wrapper.join('\n')],
    [`${components}/react/events.ts`, '// new-widget: element events', `'${tag}': { onSz${pascal}Select: '${tag}-select' },`],
    [
      'packages/components/scripts/fixtures/recorders.ts',
      '// new-widget: recorders',
      `{ name: '${kebab}', load: () => import('./${kebab}.js') },`,
    ],
    ['packages/server/src/portal/sections.ts', '// new-widget: portal sections', portal],
    ['stories/docs/getting-started.mdx', '{/* new-widget: widget table', row, true],
    ['docs/embedding.md', '<!-- new-widget: element sections', embedding.join('\n')],
    ['docs/embedding.md', '<!-- new-widget: event rows', eventRow, true],
  ].map(([file, anchor, text, table = false]) => ({ file, anchor, text, table }));
}

function applyRegistration(source, registration) {
  const at = source.indexOf(registration.anchor);
  if (at < 0) throw new Error(`the anchor "${registration.anchor}" is missing`);
  const lineStart = source.lastIndexOf('\n', at) + 1;
  if (registration.table) {
    // The row goes to the end of the table above the anchor (a Markdown table cannot hold a comment line).
    const before = source.slice(0, lineStart).replace(/\n+$/, '');
    if (!before.slice(before.lastIndexOf('\n') + 1).startsWith('|')) throw new Error(`no table ends above "${registration.anchor}"`);
    return `${before}\n${registration.text}\n\n${source.slice(lineStart)}`;
  }
  const indent = /^[ \t]*/.exec(source.slice(lineStart))[0];
  const lines = registration.text
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n');
  return `${source.slice(0, lineStart)}${lines}\n${source.slice(lineStart)}`;
}

async function formatFiles(root, files) {
  const prettier = await import('prettier');
  for (const file of files.filter((name) => /\.(ts|mjs|js|json)$/.test(name))) {
    const absolute = path.join(root, file);
    const config = await prettier.resolveConfig(absolute);
    const text = readFileSync(absolute, 'utf8');
    const formatted = await prettier.format(text, { ...config, filepath: absolute });
    if (formatted !== text) writeFileSync(absolute, formatted);
  }
}

export async function createWidget(name, options = {}) {
  const root = options.root ?? fileURLToPath(new URL('../../../', import.meta.url));
  const srcDir = path.join(root, 'packages/components/src');
  validate(name, srcDir);
  const names = namesOf(name);
  const titles = { en: options.en ?? names.title, zh: options.zh ?? `${names.title}（待译）` };
  const files = filesOf(names);
  const fixture = `stories/fixtures/${names.kebab}-list.json`;

  // Everything is checked before anything is written: no half-made widget.
  const clashes = [...files.map(([, target]) => target), fixture].filter((target) => existsSync(path.join(root, target)));
  if (clashes.length > 0) usage(`these files exist already, nothing was written: ${clashes.join(', ')}`);
  const registrations = registrationsOf(names, titles);
  const edited = new Map();
  for (const registration of registrations) {
    const source = edited.get(registration.file) ?? readFileSync(path.join(root, registration.file), 'utf8');
    try {
      edited.set(registration.file, applyRegistration(source, registration));
    } catch (error) {
      usage(`${registration.file}: ${error.message} — restore the anchor comment, then run again (nothing was written)`);
    }
  }

  for (const [template, target] of files) {
    mkdirSync(path.dirname(path.join(root, target)), { recursive: true });
    writeFileSync(path.join(root, target), fill(readFileSync(path.join(templateDir, template), 'utf8'), names, titles, template), {
      flag: 'wx',
    });
  }
  for (const [file, text] of edited) writeFileSync(path.join(root, file), text);
  await formatFiles(root, [...files.map(([, target]) => target), ...edited.keys()]);

  let recorded = false;
  if (options.record ?? true) {
    const run = spawnSync(
      process.execPath,
      ['--conditions=shanzhi-source', '--import', 'tsx', 'packages/components/scripts/fixtures.ts', names.kebab],
      { cwd: root, encoding: 'utf8' },
    );
    recorded = run.status === 0 && existsSync(path.join(root, fixture));
    if (!recorded) console.error(`new:widget: recording ${fixture} failed:\n${run.stdout}${run.stderr}`);
  }
  return {
    names,
    titles,
    created: [...files.map(([, target]) => target), ...(recorded ? [fixture] : [])],
    changed: [...edited.keys()],
    recorded,
    fixture,
  };
}

function report({ names, created, changed, recorded, fixture }) {
  const list = (items) => items.map((item) => `  ${item}`).join('\n');
  console.log(`Created <${names.tag}> (class Sz${names.pascal}).

Files created:
${list(created)}

Registered in (at their \`new-widget:\` anchors):
${list(changed)}

Found by themselves (no edit): the CDN loader (scripts/esbuild-shared.mjs widgetEntries() → lazy autoload entry),
the package's "exports" ("./*.js" → @shanzhi/components/${names.kebab}/define.js) and its "sideEffects", the size
budgets (bench/size.mjs), Storybook (stories/**/*.stories.ts, stories/docs/*.mdx).

Next steps:
${recorded ? '' : `  0. Record the stories' fixture: npm run fixtures:stories -- ${names.kebab}   (writes ${fixture}; the stories and tsc need it)\n`}  1. Check it: npx tsc -b && npx web-test-runner "packages/components/test/browser/${names.kebab}.test.ts"
     and npx eslint --max-warnings=0 <the files above>
  2. npm run analyze -w @shanzhi/components   (custom-elements.json and frameworks/ pick up the element's API)
  3. Replace every TODO(new-widget) (grep -rn "TODO(new-widget)" packages stories docs): the description and the
     usage page, the Chinese title, then the widget's own read:
     a. its route in the SDK's route table (packages/sdk/src/contract/routes/) — see "How to add a route";
     b. its handler in the server (packages/server/src/handlers/) and a contract test;
     c. load it in the element's RemoteData, record it in packages/components/scripts/fixtures/${names.kebab}.ts,
        serve it from stories/msw/${names.kebab}-handlers.ts, answer it in the browser test's fake client;
     d. an end-to-end test against the reference server (packages/components/test/browser/${names.kebab}-e2e.test.ts).
  4. npm run storybook, then npm run test:storybook before committing; add a changeset (npm run changeset).
See docs/contributing.md, "How to add a widget".`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const result = await createWidget(options.names[0], options);
  if (!options.quiet) report(result);
  if ((options.record ?? true) && !result.recorded) process.exit(1);
}

// `npm run new:widget` makes a widget that builds, lints, passes its browser tests and shows in Storybook — checked on
// a copy of the repository in the OS temp folder, never in the working tree:
//
//   1. the files git knows (tracked and untracked, not ignored) are copied; node_modules is a folder of links to the
//      real one's packages, except the workspace packages (links into the copy) and .cache (empty: tsc writes there);
//   2. the generator runs there (recording the fixture from the reference server), and is refused bad names;
//   3. at once, on the generated and edited files: tsc (one program over them and all they import), eslint and
//      prettier, Storybook's index, and the manifest analyzer followed by both web-test-runner (the widget's tests
//      and the token hygiene test, without the reference server only the e2e tests need) and a `storybook build
//      --test` whose stories of the widget scripts/check-stories.mjs renders in Chromium with axe.
//
//   npm run test:generator                   (= node --test --test-reporter=spec test/generator/new-widget.test.mjs)
//   SHANZHI_KEEP_GENERATOR=1 npm run test:generator    keeps the copy and prints where it is
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const keep = process.env.SHANZHI_KEEP_GENERATOR === '1';
const started = Date.now();
const name = 'notice-board';
const tag = `sz-${name}`;

const created = [
  `packages/components/src/${name}/${tag}.ts`,
  `packages/components/src/${name}/styles.ts`,
  `packages/components/src/${name}/messages.ts`,
  `packages/components/src/${name}/events.ts`,
  `packages/components/src/${name}/define.ts`,
  `packages/components/test/browser/${name}.test.ts`,
  `packages/components/scripts/fixtures/${name}.ts`,
  `stories/msw/${name}-handlers.ts`,
  `stories/${name}.stories.ts`,
  `stories/docs/usage-${name}.mdx`,
  `stories/fixtures/${name}-list.json`,
];
const changed = [
  'packages/components/src/index.ts',
  'packages/components/src/react/index.ts',
  'packages/components/src/react/events.ts',
  'packages/components/scripts/fixtures/recorders.ts',
  'packages/server/src/portal/sections.ts',
  'stories/docs/getting-started.mdx',
  'docs/embedding.md',
];
const code = [...created, ...changed].filter((file) => /\.(ts|mjs)$/.test(file));

/** A copy of the repository as git sees it, with node_modules linked. */
function copyRepository() {
  const copy = mkdtempSync(path.join(tmpdir(), 'sz-new-widget-'));
  const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' });
  assert.equal(listed.status, 0, listed.stderr);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    // Deleted in the working tree but still tracked: not part of the tree being tested.
    if (!existsSync(path.join(repo, file))) continue;
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    cpSync(path.join(repo, file), path.join(copy, file), { preserveTimestamps: true });
  }
  const modules = path.join(copy, 'node_modules');
  mkdirSync(path.join(modules, '.cache'), { recursive: true });
  mkdirSync(path.join(modules, '@shanzhi'));
  for (const entry of readdirSync(path.join(repo, 'node_modules'))) {
    if (entry === '.cache' || entry === '@shanzhi') continue;
    symlinkSync(path.join(repo, 'node_modules', entry), path.join(modules, entry));
  }
  // The workspace packages are the copy's, or a story would import the real tree's (which has no such widget).
  for (const entry of readdirSync(path.join(repo, 'node_modules/@shanzhi'))) {
    const target = lstatSync(path.join(repo, 'node_modules/@shanzhi', entry)).isSymbolicLink() ? `../../packages/${entry}` : undefined;
    if (target) symlinkSync(target, path.join(modules, '@shanzhi', entry));
  }
  return copy;
}

/** Runs a command in the copy; resolves with its exit code, output and duration (never rejects). */
function run(cwd, args, env = {}) {
  return new Promise((resolve) => {
    const begin = Date.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output, seconds: (Date.now() - begin) / 1000 }));
  });
}

const bin = (copy, file) => path.join(copy, 'node_modules', file);

describe('npm run new:widget', () => {
  let copy = '';
  let generated;
  const checks = {};
  const snapshot = {};

  before(async () => {
    copy = copyRepository();
    for (const file of changed) snapshot[file] = readFileSync(path.join(copy, file), 'utf8');
    generated = await run(copy, ['packages/components/scripts/new-widget.mjs', name, '--zh', '公告栏', '--en', 'Notice board']);
    if (generated.status !== 0) return;
    // One program over the generated files, the edited ones and everything they import (tsc -b over every project
    // would rebuild the whole repository in the copy: ~45 s more on 2 cores).
    writeFileSync(
      path.join(copy, 'tsconfig.new-widget.json'),
      JSON.stringify({
        extends: './packages/tsconfig.base.json',
        compilerOptions: {
          noEmit: true,
          composite: false,
          declaration: false,
          declarationMap: false,
          sourceMap: false,
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: ['mocha', 'node'],
        },
        files: [...code, 'packages/components/scripts/fixtures.ts'],
      }),
    );
    // The repository's test-runner setup without the reference server (only the e2e tests need it).
    writeFileSync(
      path.join(copy, 'web-test-runner.new-widget.config.mjs'),
      `import base from './web-test-runner.config.mjs';\nexport default { ...base, plugins: base.plugins.filter((plugin) => plugin.name !== 'sz-reference-server') };\n`,
    );
    const components = path.join(copy, 'packages/components');
    const storybook = bin(copy, 'storybook/dist/bin/dispatcher.js');
    const quiet = ['--quiet', '--disable-telemetry'];
    const [tsc, eslint, prettier, index, afterManifest] = await Promise.all([
      run(copy, [bin(copy, 'typescript/bin/tsc'), '-p', 'tsconfig.new-widget.json']),
      run(copy, [bin(copy, 'eslint/bin/eslint.js'), '--max-warnings=0', ...code]),
      run(copy, [bin(copy, 'prettier/bin/prettier.cjs'), '--check', ...code]),
      // Storybook's index: the stories, the autodocs page and the usage page (a --test build leaves docs out).
      run(copy, [storybook, 'index', '-o', 'storybook-index.json', ...quiet]),
      // The manifest first: the token hygiene test registers every element it lists, and Storybook's preview reads it.
      run(components, [bin(copy, '@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--litelement']).then(async (analyze) => {
        if (analyze.status !== 0) return { analyze, wtr: analyze, build: analyze, stories: analyze };
        const [wtr, rendered] = await Promise.all([
          run(copy, [
            bin(copy, '@web/test-runner/dist/bin.js'),
            '--config',
            'web-test-runner.new-widget.config.mjs',
            `packages/components/test/browser/${name}.test.ts`,
            'packages/components/test/browser/tokens-hygiene.test.ts',
          ]),
          // The stories rendered in a Storybook build, each with its play function and axe (scripts/check-stories.mjs).
          // Only the widget's own stories are built (SZ_STORYBOOK_STORIES, .storybook/main.ts); the index above is the whole one.
          run(copy, [storybook, 'build', '--test', ...quiet, '-o', 'storybook-static'], {
            SZ_STORYBOOK_STORIES: `../stories/${name}.stories.ts`,
          }).then(async (build) => ({
            build,
            stories:
              build.status === 0
                ? await run(copy, ['packages/components/scripts/check-stories.mjs', '--filter', `widgets-${name}--`])
                : build,
          })),
        ]);
        return { analyze, wtr, ...rendered };
      }),
    ]);
    Object.assign(checks, { tsc, eslint, prettier, index, ...afterManifest });
  });

  after(() => {
    const timing = Object.entries(checks).map(([check, result]) => `${check} ${result.seconds.toFixed(1)} s`);
    console.log(
      `new-widget test: ${((Date.now() - started) / 1000).toFixed(1)} s in all (generator ${generated?.seconds.toFixed(1) ?? '?'} s; ${timing.join(', ')})`,
    );
    if (keep) console.log(`kept: ${copy}`);
    else if (copy) rmSync(copy, { recursive: true, force: true });
  });

  test('creates every part of the widget and registers it at the anchors', () => {
    assert.equal(generated.status, 0, generated.output);
    for (const file of created) {
      assert.ok(existsSync(path.join(copy, file)), `${file} was not created`);
      assert.ok(generated.output.includes(file), `the report does not list ${file}`);
    }
    for (const file of changed) {
      const text = readFileSync(path.join(copy, file), 'utf8');
      assert.notEqual(text, snapshot[file], `${file} was not changed`);
      assert.ok(text.includes(tag) || text.includes(`./${name}`), `${file} does not name the widget`);
      assert.ok(text.includes('new-widget:'), `${file} lost its anchor`);
      assert.ok(generated.output.includes(file), `the report does not list ${file}`);
    }
    const index = readFileSync(path.join(copy, 'packages/components/src/index.ts'), 'utf8');
    assert.match(index, /import '\.\/notice-board\/define\.js';\n\/\/ new-widget: element registrations/);
    assert.match(index, /export \{ SzNoticeBoard \} from '\.\/notice-board\/sz-notice-board\.js';\n\/\/ new-widget: element exports/);
    const fixture = JSON.parse(readFileSync(path.join(copy, `stories/fixtures/${name}-list.json`), 'utf8'));
    assert.ok(fixture.answers['zh-CN'].counties.length > 0, 'the fixture was recorded from the reference server');
    assert.match(generated.output, /Next steps:/);
  });

  test('refuses a bad name, an existing widget and a file that exists, and writes nothing then', async () => {
    const refusals = [
      ['sz-notice-board', /without the sz- prefix/],
      ['Notice_Board', /not kebab-case/],
      [name, /exists already/],
      ['points-leaderboard', /<sz-points-leaderboard> exists already/],
      ['leaderboard', /holds <sz-points-leaderboard> already/],
    ];
    writeFileSync(path.join(copy, 'stories/ghost-list.stories.ts'), '// someone else’s file\n');
    refusals.push(['ghost-list', /exist already, nothing was written: stories\/ghost-list\.stories\.ts/]);
    const before = changed.map((file) => readFileSync(path.join(copy, file), 'utf8'));
    for (const [bad, reason] of refusals) {
      const refused = await run(copy, ['packages/components/scripts/new-widget.mjs', bad, '--no-record']);
      assert.equal(refused.status, 2, `${bad}: ${refused.output}`);
      assert.match(refused.output, reason);
    }
    assert.deepEqual(
      changed.map((file) => readFileSync(path.join(copy, file), 'utf8')),
      before,
      'a refused run edited a shared file',
    );
    assert.ok(!existsSync(path.join(copy, 'packages/components/src/ghost-list')), 'a refused run created the widget folder');
  });

  test('type-checks (tsc over the generated and edited files and all they import)', () => {
    assert.equal(checks.tsc?.status, 0, checks.tsc?.output);
  });

  test('passes eslint with no warnings and is formatted by prettier', () => {
    assert.equal(checks.eslint?.status, 0, checks.eslint?.output);
    assert.equal(checks.prettier?.status, 0, checks.prettier?.output);
  });

  test('documents its API in the manifest: attributes, event, parts, custom properties', () => {
    assert.equal(checks.analyze?.status, 0, checks.analyze?.output);
    const manifest = JSON.parse(readFileSync(path.join(copy, 'packages/components/custom-elements.json'), 'utf8'));
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
    assert.ok(element, `${tag} is not in the manifest`);
    assert.deepEqual(
      element.events?.map((event) => event.name),
      [`${tag}-select`],
    );
    assert.ok(element.attributes?.some((attribute) => attribute.name === 'village'));
    for (const part of ['list', 'item', 'loading', 'empty', 'error', 'retry', 'offline', 'elder-controls'])
      assert.ok(
        element.cssParts?.some((entry) => entry.name === part),
        `@csspart ${part}`,
      );
    assert.ok((element.cssProperties?.length ?? 0) > 0, '@cssprop');
  });

  test('passes its browser tests (states, keyboard, axe) and the token hygiene test', () => {
    assert.equal(checks.wtr?.status, 0, checks.wtr?.output);
    assert.match(checks.wtr.output, /notice-board\.test\.ts|passed/);
  });

  test('appears in Storybook: indexed with its docs and usage pages, and every story renders and passes axe', () => {
    assert.equal(checks.index?.status, 0, checks.index?.output);
    const index = JSON.parse(readFileSync(path.join(copy, 'storybook-index.json'), 'utf8'));
    const ids = Object.keys(index.entries);
    for (const id of [`widgets-${name}--docs`, `widgets-${name}--default`, `usage-guidance-${name}--docs`])
      assert.ok(ids.includes(id), `${id} is not in Storybook's index`);
    assert.equal(index.entries[`widgets-${name}--default`].importPath, `./stories/${name}.stories.ts`);
    assert.equal(checks.build?.status, 0, checks.build?.output);
    assert.equal(checks.stories?.status, 0, checks.stories?.output);
    assert.match(checks.stories.output, /^5\/5 stories passed$/m);
  });
});

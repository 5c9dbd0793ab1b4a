// What a user gets from npm: packs @shanzhi/rules, sdk, components and conformance from a clean build (their
// `prepack` scripts), checks what each tarball holds, installs the tarballs into one scratch project in os.tmpdir()
// (outside the workspace, so nothing resolves to the monorepo's sources), and runs three consumers there, none with
// the `shanzhi-source` export condition:
//   1. plain Node ESM: docs/examples/sdk-quickstart.mjs (the example docs/sdk.md shows) against the real reference server;
//   2. a strict TypeScript consumer (nodenext and bundler resolution) of the SDK, the rules and the elements;
//   3. a Vite app that bundles the elements.
// Run: npm run test:pack (part of npm test). SHANZHI_KEEP_PACK=1 keeps the scratch folder for a look.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
const packages = [
  { name: '@shanzhi/rules', dir: 'packages/rules' },
  { name: '@shanzhi/sdk', dir: 'packages/sdk' },
  { name: '@shanzhi/components', dir: 'packages/components' },
  { name: '@shanzhi/conformance', dir: 'packages/conformance' },
];
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const vite = path.join(root, 'node_modules/vite/bin/vite.js');
const started = Date.now();

let scratch = '';
let tarballs = '';
let app = '';
/** @type {Map<string, { file: string; entries: string[]; bytes: number }>} */
const packed = new Map();
/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
/** @type {Promise<string>} */
let serverUrl;

/**
 * Runs a command; resolves with its output, rejects with the output when it fails.
 * @param {string} command @param {string[]} args @param {{ cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }} options
 * @returns {Promise<{ stdout: string; stderr: string }>}
 */
function run(command, args, { cwd, env = process.env, timeout = 240_000 }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${String(code ?? signal)}\n${stdout}\n${stderr}`));
    });
  });
}

/** The names of the files in a .tgz, without the leading `package/`. @param {string} file */
function tarEntries(file) {
  const tar = gunzipSync(readFileSync(file));
  const names = [];
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const name = field(0, 100);
    const prefix = field(345, 155);
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    if (type === '0' || type === '') names.push((prefix ? `${prefix}/${name}` : name).replace(/^package\//, ''));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return names.sort();
}

/** Every file an `exports` map points at for a consumer without the `shanzhi-source` condition. @param {unknown} exports */
function exportTargets(exports) {
  /** @type {string[]} */
  const targets = [];
  const walk = (/** @type {unknown} */ node) => {
    if (typeof node === 'string') targets.push(node.replace(/^\.\//, ''));
    else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) if (key !== 'shanzhi-source') walk(value);
  };
  walk(exports);
  return targets;
}

/** The reference server (in-memory SQLite, seeded demo county) in a child process; its URL once it listens. */
function startServer() {
  const child = spawn(process.execPath, ['--conditions=shanzhi-source', '--import', 'tsx', 'packages/server/test/e2e-server.ts'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  server = child;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the reference server did not start within 90 s')), 90_000);
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve(/** @type {{ url: string }} */ (JSON.parse(line)).url);
    });
    child.once('exit', (code) => reject(new Error(`the reference server exited with ${String(code)}`)));
  });
}

before(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'shanzhi-pack-'));
  tarballs = path.join(scratch, 'tarballs');
  app = path.join(scratch, 'app');
  mkdirSync(tarballs);
  mkdirSync(app);
  serverUrl = startServer();
  serverUrl.catch(() => undefined); // awaited by the test that needs it

  // `npm pack` runs each package's prepack: a clean dist/ built by tsc -b (and the elements' build for components).
  const workspaces = packages.flatMap(({ name }) => ['-w', name]);
  let at = Date.now();
  await run('npm', ['pack', ...workspaces, '--pack-destination', tarballs, '--loglevel', 'warn'], { cwd: root });
  console.log(`npm pack (clean builds): ${((Date.now() - at) / 1000).toFixed(1)} s`);
  for (const { name } of packages) {
    const file = readdirSync(tarballs).find((entry) => entry.startsWith(`${name.slice(1).replace('/', '-')}-`) && entry.endsWith('.tgz'));
    assert.ok(file, `npm pack made no tarball for ${name}`);
    const full = path.join(tarballs, file);
    packed.set(name, { file: full, entries: tarEntries(full), bytes: statSync(full).size });
  }

  // One scratch project for all three consumers. Dependencies come from npm's cache; lit arrives as the elements'
  // peer; TypeScript and Vite are the monorepo's own (run by path), so the install stays small.
  const dependencies = Object.fromEntries([...packed].map(([name, { file }]) => [name, `file:${path.relative(app, file)}`]));
  const typesNode = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies['@types/node'];
  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify(
      { name: 'shanzhi-consumer', private: true, type: 'module', dependencies: { ...dependencies, '@types/node': typesNode } },
      null,
      2,
    ),
  );
  at = Date.now();
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel', 'error'], { cwd: app });
  console.log(`npm install in ${app}: ${((Date.now() - at) / 1000).toFixed(1)} s`);
});

after(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.stdin?.end();
    await exited;
  }
  if (scratch && !process.env.SHANZHI_KEEP_PACK) rmSync(scratch, { recursive: true, force: true });
  else if (scratch) console.log(`scratch project kept in ${scratch}`);
  console.log(
    `pack test: ${((Date.now() - started) / 1000).toFixed(1)} s; ${[...packed].map(([name, { entries, bytes }]) => `${name} ${entries.length} files ${(bytes / 1024).toFixed(1)} kB`).join(', ')}`,
  );
});

test('each tarball holds built JS, declarations, README, LICENSE and what its exports name — no sources, maps or build metadata', () => {
  for (const { name, dir } of packages) {
    const entries = packed.get(name)?.entries ?? [];
    const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
    for (const required of ['package.json', 'README.md', 'LICENSE', ...exportTargets(manifest.exports)]) {
      // A subpath pattern (`./*.js` → `./dist/*.js`) must match at least one file.
      const pattern = new RegExp(
        `^${required
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+')}$`,
      );
      assert.ok(
        entries.some((entry) => pattern.test(entry)),
        `${name} lacks ${required}`,
      );
    }
    const unwanted = entries.filter((entry) => /(^|\/)src\/|\.map$|\.tsbuildinfo$|(^|\/)meta\.json$|(?<!\.d)\.ts$|\.test\./.test(entry));
    assert.deepEqual(unwanted, [], `${name} ships files a user does not need`);
    const unexpected = entries.filter(
      (entry) =>
        !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$|\.(js|d\.ts|json|txt)$/.test(entry) ||
        /^dist\/(build-meta|release)\//.test(entry),
    );
    assert.deepEqual(unexpected, [], `${name} ships files of an unexpected kind (or the CDN build's metadata and release archive)`);
    // Every module (outside the CDN bundle) comes with its declarations.
    const modules = entries.filter((entry) => entry.endsWith('.js') && !entry.startsWith('dist/cdn/'));
    assert.ok(modules.length > 0, `${name} ships no JavaScript`);
    for (const module of modules) assert.ok(entries.includes(module.replace(/\.js$/, '.d.ts')), `${name}: ${module} has no .d.ts`);
    assert.match(readFileSync(path.join(app, 'node_modules', name, 'LICENSE'), 'utf8'), /MIT License[\s\S]*shanzhi contributors/);
  }
  assert.ok(packed.get('@shanzhi/components')?.entries.includes('dist/cdn/shanzhi.js'), 'the CDN bundle ships for unpkg/jsDelivr users');
});

test('plain Node ESM, no tsx and no source condition: the packages resolve to dist and the SDK quickstart runs against the real server', async () => {
  const check = [
    "import * as rules from '@shanzhi/rules';",
    "import { buildSearchKeys } from '@shanzhi/rules/search-keys';",
    "import * as sdk from '@shanzhi/sdk';",
    "for (const name of ['@shanzhi/rules', '@shanzhi/rules/search-keys', '@shanzhi/sdk']) {",
    '  const file = import.meta.resolve(name);',
    '  if (!/\\/node_modules\\/@shanzhi\\/[a-z]+\\/dist\\/[a-z-]+\\.js$/.test(file)) throw new Error(`${name} resolved to ${file}`);',
    '}',
    "if (rules.maskName('欧阳明华') !== '欧阳*华') throw new Error(rules.maskName('欧阳明华'));",
    "if (buildSearchKeys('医疗救助').initials !== 'yljz') throw new Error(JSON.stringify(buildSearchKeys('医疗救助')));",
    'console.log(sdk.CONTRACT_VERSION);',
  ].join('\n');
  writeFileSync(path.join(app, 'check.mjs'), check);
  const checked = await run(process.execPath, ['check.mjs'], { cwd: app });
  const contractVersion = checked.stdout.trim();
  assert.match(contractVersion, /^\d+\.\d+\.\d+$/);

  copyFileSync(path.join(root, 'docs/examples/sdk-quickstart.mjs'), path.join(app, 'sdk-quickstart.mjs'));
  const url = await serverUrl;
  const { stdout } = await run(process.execPath, ['sdk-quickstart.mjs'], {
    cwd: app,
    env: { ...process.env, SHANZHI_URL: url, NODE_OPTIONS: '' },
  });
  assert.match(stdout, /^leaderboard \d{4}-\d{2}: \d+ households, first \S+ with \d+ points/m);
  assert.match(stdout, /^services: [1-9]\d* match "yl"/m);
  assert.match(stdout, /^disclosures: [1-9]\d* finance items/m);
  assert.match(stdout, /^mediation case .+: submitted, contact by \d{4}-\d{2}-\d{2}/m);
  assert.match(stdout, /^retried with the same key: replayed \(same case\)/m);
  assert.match(stdout, new RegExp(`^contract ${contractVersion.replaceAll('.', '\\.')}; `, 'm'));

  // The server names the same contract version on its responses and in its OpenAPI document.
  const response = await fetch(`${url}/v1/openapi.json`);
  assert.equal(response.headers.get('shanzhi-contract-version'), contractVersion);
  assert.equal((await response.json()).info.version, contractVersion);
});

test('a strict TypeScript consumer type-checks the SDK, the rules and the elements (nodenext and bundler resolution)', async () => {
  const consumer = `import { createClient, getLeaderboard, submitMediationIntake, ProblemError, CONTRACT_VERSION, type ApiResult, type RouteOutput } from '@shanzhi/sdk';
import { maskName, validateResidentId, addWorkingDays, type RuleIssue, type MediationIntakeInput } from '@shanzhi/rules';
import { buildSearchKeys } from '@shanzhi/rules/search-keys';

const client = createClient({ baseUrl: 'http://localhost:8080', retry: { limit: 1 }, validateResponses: 'warn' });

export async function firstOnTheRedList(): Promise<string | undefined> {
  const board: ApiResult<RouteOutput<typeof getLeaderboard>> = await client.request(getLeaderboard, { params: { villageId: 'v-qs-01' }, query: { list: 'red' } });
  const points: number | undefined = board.data.items[0]?.points;
  // @ts-expect-error a misspelt response field does not compile
  void board.data.items[0]?.pionts;
  return points === undefined ? undefined : board.data.items[0]?.name;
}

export async function apply(body: MediationIntakeInput): Promise<string> {
  try {
    return (await client.request(submitMediationIntake, { body }, { idempotencyKey: 'form-1' })).data.caseNumber;
  } catch (error) {
    if (error instanceof ProblemError) return error.code;
    throw error;
  }
}

// @ts-expect-error a route's path parameters are required
void client.request(getLeaderboard, { query: {} });
// @ts-expect-error the list is one of all / red / black
void client.request(getLeaderboard, { params: { villageId: 'v-qs-01' }, query: { list: 'green' } });

const issue: RuleIssue | null = validateResidentId('11010519491231002X', '2026-11-29');
const due: string = addWorkingDays('2026-09-30', 3);
export const summary: string = [CONTRACT_VERSION, maskName('欧阳明华'), issue?.code ?? 'ok', due, buildSearchKeys('医疗').initials].join(' ');
`;
  const elements = `import { SzPointsLeaderboard, type SzEventMap } from '@shanzhi/components';
import '@shanzhi/components/leaderboard/define.js';

const board: SzPointsLeaderboard = document.createElement('sz-points-leaderboard');
board.list = 'red';
// @ts-expect-error the list is one of all / red / black
board.list = 'green';
export const events: (keyof SzEventMap)[] = [];
`;
  writeFileSync(path.join(app, 'consumer.ts'), consumer);
  writeFileSync(path.join(app, 'elements.ts'), elements);
  const strict = {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    skipLibCheck: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
  };
  // nodenext: a Node service (the quickstart is checked too, as JavaScript); bundler: an app built by Vite or webpack.
  writeFileSync(
    path.join(app, 'tsconfig.nodenext.json'),
    JSON.stringify({
      compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext', types: ['node'], allowJs: true, checkJs: true },
      files: ['consumer.ts', 'sdk-quickstart.mjs'],
    }),
  );
  writeFileSync(
    path.join(app, 'tsconfig.bundler.json'),
    JSON.stringify({
      compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler', types: [] },
      files: ['consumer.ts', 'elements.ts'],
    }),
  );
  copyFileSync(path.join(root, 'docs/examples/sdk-quickstart.mjs'), path.join(app, 'sdk-quickstart.mjs'));
  await Promise.all(
    ['tsconfig.nodenext.json', 'tsconfig.bundler.json'].map((project) => run(process.execPath, [tsc, '-p', project], { cwd: app })),
  );
});

test('the conformance kit runs from its tarball as the bin `shanzhi-conformance` (shebang, dist entry, its dependencies)', async () => {
  const bin = path.join(app, 'node_modules/.bin/shanzhi-conformance');
  const { stdout } = await run(bin, ['--help'], { cwd: app, env: { ...process.env, NODE_OPTIONS: '' } });
  assert.match(stdout, /^Usage: shanzhi-conformance --base-url/m);
  assert.match(stdout, /^Exit codes: 0 nothing failed/m);
});

test('a Vite app bundles the elements from the tarball', async () => {
  mkdirSync(path.join(app, 'site'), { recursive: true });
  writeFileSync(
    path.join(app, 'site/index.html'),
    '<!doctype html>\n<html lang="zh-CN"><body>\n<sz-provider api-base="/api" village="v-qs-01"><sz-points-leaderboard list="red"></sz-points-leaderboard></sz-provider>\n<script type="module" src="./main.js"></script>\n</body></html>\n',
  );
  writeFileSync(
    path.join(app, 'site/main.js'),
    "import '@shanzhi/components/provider/define.js';\nimport '@shanzhi/components/leaderboard/define.js';\nimport { SzMediationIntake } from '@shanzhi/components';\nconsole.log(SzMediationIntake.name);\n",
  );
  await run(process.execPath, [vite, 'build', 'site', '--outDir', '../site-dist', '--emptyOutDir', '--logLevel', 'warn'], { cwd: app });
  const assets = path.join(app, 'site-dist/assets');
  const code = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(path.join(assets, file), 'utf8'))
    .join('\n');
  for (const tag of ['sz-provider', 'sz-points-leaderboard', 'sz-mediation-intake', 'sz-service-catalogue', 'sz-disclosure-board'])
    assert.ok(code.includes(tag), `the bundle lacks <${tag}>`);
  assert.ok(!code.includes('Lit is in dev mode'), 'a production build carries Lit in development mode');
});

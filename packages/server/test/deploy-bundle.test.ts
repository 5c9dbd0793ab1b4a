import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';

/*
 * The deployable server: `scripts/build.mjs` bundles src/bin.ts into one ESM file; a scratch folder gets that file
 * and its generated package.json, `npm install --omit=dev` installs what it declares (better-sqlite3 and pg — no
 * TypeScript, no tsx, no hono or kysely: those are in the bundle), and plain `node shanzhi-server.mjs` must then
 * run every subcommand and serve /v1/health. The install runs without scripts (from npm's cache) and borrows the
 * workspace's compiled better-sqlite3 addon instead of compiling it again (~90 s); if npm cannot install at all
 * (no registry and nothing cached) the test is skipped with npm's message.
 */

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const packageDir = resolve(import.meta.dirname, '..');
const repoRoot = resolve(packageDir, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'shanzhi-deploy-'));
const app = join(scratch, 'app');
const bundle = join(app, 'shanzhi-server.mjs');

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Plain node, in the scratch folder, with only the variables given (no SHANZHI_* of the test runner). */
async function cli(args: readonly string[], env: Record<string, string> = {}): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bundle, ...args], {
      cwd: app,
      env: { PATH: process.env.PATH, HOME: scratch, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const dbFile = (name: string) => join(scratch, 'data', `${name}.sqlite`);

describe('the bundled server runs on plain node from a production-only install', { timeout: 120_000 }, () => {
  before(async () => {
    const built = await run(process.execPath, [join(packageDir, 'scripts/build.mjs'), '--out', app], { cwd: repoRoot, encoding: 'utf8' });
    assert.match(built.stdout, /runtime dependencies: better-sqlite3@[\d.]+, pg@[\d.]+/);
    // The npm registry is reachable wherever the tests run (CI installs from it too): a failed install is a failure.
    await run(
      'npm',
      ['install', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'],
      { cwd: app, encoding: 'utf8', timeout: 90_000 },
    );
    // The addon the workspace compiled for this very Node (the image's deps stage compiles its own).
    const addon = join(dirname(require.resolve('better-sqlite3/package.json')), 'build/Release/better_sqlite3.node');
    const target = join(app, 'node_modules/better-sqlite3/build/Release');
    mkdirSync(target, { recursive: true });
    copyFileSync(addon, join(target, 'better_sqlite3.node'));
  });

  after(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  test('the install holds the native driver and nothing the bundle already contains', () => {
    const installed = readdirSync(join(app, 'node_modules'));
    for (const present of ['better-sqlite3', 'pg']) assert.ok(installed.includes(present), `${present} is installed`);
    for (const absent of ['hono', '@hono', 'kysely', 'zod', 'jose', '@shanzhi', 'tsx', 'typescript', 'esbuild'])
      assert.ok(!installed.includes(absent), `${absent} is bundled or a dev tool, not installed`);
    const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      engines: { node: string };
    };
    assert.deepEqual(manifest.bin, { 'shanzhi-server': './shanzhi-server.mjs' });
    assert.ok(readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n'));
    assert.ok(existsSync(`${bundle}.map`), 'stack traces map back to the TypeScript sources');
  });

  test('--help for the bin and each subcommand; wrong usage and wrong settings exit 2', async () => {
    const top = await cli(['--help']);
    assert.equal(top.code, 0);
    for (const command of ['serve', 'migrate', 'demo seed', 'keys', 'audit verify'])
      assert.match(top.stdout, new RegExp(`^  ${command} `, 'm'));
    const helps = await Promise.all(
      [['serve'], ['migrate'], ['demo', 'seed'], ['keys'], ['audit', 'verify']].map((command) => cli([...command, '--help'])),
    );
    for (const help of helps) {
      assert.equal(help.code, 0, help.stderr);
      assert.match(help.stdout, /usage:\s+shanzhi-server /);
    }
    assert.equal((await cli(['launch'])).code, 2);
    const wrong = await cli(['serve'], { SHANZHI_MODE: 'production', PORT: 'eighty' });
    assert.equal(wrong.code, 2);
    for (const expected of [
      /The server did not start: 3 settings are wrong/,
      /PORT: /,
      /no way to sign in/,
      /SHANZHI_CORS_ORIGINS: required/,
    ])
      assert.match(wrong.stderr, expected);
  });

  test('migrate, demo seed (an empty database only, demo mode only), keys, audit verify', async () => {
    const migrated = await cli(['migrate'], { SHANZHI_DB: dbFile('migrated') });
    assert.equal(migrated.code, 0, migrated.stderr);
    assert.match(migrated.stdout, /applied 0001-infrastructure, 0002-domain/);
    assert.match((await cli(['migrate'], { SHANZHI_DB: dbFile('migrated') })).stdout, /up to date/);

    const demo = { SHANZHI_DB: dbFile('demo'), SHANZHI_HOUSEHOLDS: '24' };
    const seeded = await cli(['demo', 'seed'], demo);
    assert.equal(seeded.code, 0, seeded.stderr);
    assert.match(seeded.stdout, /loaded the demo county .*24 households/);
    assert.match(seeded.stdout, /demo-cadre/);
    const again = await cli(['demo', 'seed'], demo);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /not empty/);
    const production = await cli(['demo', 'seed'], {
      SHANZHI_DB: dbFile('prod'),
      SHANZHI_MODE: 'production',
      SHANZHI_SERVICE_KEYS: 'on',
      SHANZHI_CORS_ORIGINS: 'https://portal.example.gov.cn',
    });
    assert.equal(production.code, 1);
    assert.match(production.stderr, /refused in production mode/);

    const created = await cli(['keys', 'create', '--role', 'cadre', '--village', 'v-qs-01', '--expires', '30d'], demo);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /szk_[0-9a-f]{16}_/);
    assert.match(created.stdout, /shanzhi-server keys revoke/);
    assert.match((await cli(['keys', 'list'], demo)).stdout, /active\s+cadre/);

    const verified = await cli(['audit', 'verify'], demo);
    assert.equal(verified.code, 0, verified.stdout);
    assert.match(verified.stdout, /audit: chain intact, \d+ entries/);
  });

  test('serve in production mode: /v1/health 200, a service key signs in, the image HEALTHCHECK passes, SIGTERM exits 0', async () => {
    const env = {
      SHANZHI_DB: dbFile('serve'),
      SHANZHI_MODE: 'production',
      SHANZHI_SERVICE_KEYS: 'on',
      SHANZHI_CORS_ORIGINS: 'https://portal.example.gov.cn',
      SHANZHI_HOST: '127.0.0.1',
    };
    const key = /(szk_\S+)/.exec((await cli(['keys', 'create', '--role', 'admin', '--expires', '1d'], env)).stdout)?.[1];
    assert.ok(key);
    const child = spawn(process.execPath, [bundle, 'serve'], {
      cwd: app,
      env: { PATH: process.env.PATH, HOME: scratch, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    try {
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const port = await new Promise<string>((done, fail) => {
        const timer = setTimeout(() => {
          fail(new Error(`serve did not start within 30 s: ${stderr}`));
        }, 30_000);
        createInterface({ input: child.stdout }).on('line', (line) => {
          const found = /API:\s+http:\/\/localhost:(\d+)\//.exec(line);
          if (found?.[1] !== undefined) {
            clearTimeout(timer);
            done(found[1]);
          }
        });
        void exited.then((code) => {
          fail(new Error(`serve exited with ${String(code)}: ${stderr}`));
        });
      });
      const base = `http://127.0.0.1:${port}`;
      const health = await fetch(`${base}/v1/health`);
      assert.equal(health.status, 200);
      assert.equal(((await health.json()) as { status: string }).status, 'ok');
      assert.equal(
        (await fetch(`${base}/v1/regions`, { headers: { Authorization: `Bearer ${key}` } })).status,
        200,
        'the service key made by `keys create` signs in',
      );
      assert.equal(
        (await fetch(`${base}/v1/regions`, { headers: { Authorization: 'Bearer demo-admin' } })).status,
        401,
        'no demo tokens in production',
      );

      // The Dockerfile's HEALTHCHECK, run as the image runs it (plain node, PORT from the environment).
      const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
      const probe = /HEALTHCHECK[^\n]*\\\n\s*CMD \["node", "-e", "((?:[^"\\]|\\.)*)"\]/.exec(dockerfile)?.[1];
      assert.ok(probe, 'the Dockerfile has a node -e HEALTHCHECK');
      const healthy = await run(process.execPath, ['-e', probe], { env: { PATH: process.env.PATH, PORT: port } }).then(
        () => 0,
        (error: unknown) => (error as { code: number }).code,
      );
      assert.equal(healthy, 0);
      const unhealthy = await run(process.execPath, ['-e', probe], { env: { PATH: process.env.PATH, PORT: '9' } }).then(
        () => 0,
        (error: unknown) => (error as { code: number }).code,
      );
      assert.equal(unhealthy, 1, 'nothing listening: unhealthy');
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, 'stops cleanly on SIGTERM');
  });
});

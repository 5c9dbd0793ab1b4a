import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { createApp } from '../src/app.js';
import type { AuthSettings } from '../src/auth/authenticate.js';
import { issueToken } from '../src/auth/principal.js';
import { createServiceKey } from '../src/auth/service-keys.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';
import type { Database } from '../src/db/schema.js';
import { auditActions } from './support/audit.js';

const run = promisify(execFile);
const cli = resolve(import.meta.dirname, '../src/auth/keys-cli.ts');

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run keys -- …` without npm: the same node flags as the root script, on the test's database. */
async function keys(filename: string, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--conditions=shanzhi-source', '--import', 'tsx', cli, ...args], {
      env: { ...process.env, SHANZHI_DB: filename, SHANZHI_DATABASE_URL: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function appWith(db: Kysely<Database>, auth: AuthSettings): Hono {
  const { app } = createApp({ db, auth });
  app.get('/v1/test/whoami', (c) => c.json(c.get('principal')));
  return app;
}

const whoami = (app: Hono, bearer: string) => app.request('/v1/test/whoami', { headers: { Authorization: `Bearer ${bearer}` } });

describe('service API keys', () => {
  let dir: string;
  let filename: string;
  let db: Kysely<Database>;
  let app: Hono;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shanzhi-keys-'));
    filename = join(dir, 'data', 'shanzhi.sqlite');
    db = openDatabase({ filename });
    await migrateToLatest(db);
    app = appWith(db, { demoTokens: false, serviceKeys: true });
  });

  after(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  test('created, listed without its secret, used, and revoked from the command line — refused at once', async () => {
    const created = await keys(
      filename,
      'create',
      '--role',
      'cadre',
      '--village',
      'v-qs-01',
      '--expires',
      '90d',
      '--label',
      'county case system',
    );
    assert.equal(created.code, 0, created.stderr);
    const key = /\b(szk_([0-9a-f]{16})_[A-Za-z0-9_-]{43})\b/.exec(created.stdout);
    assert.ok(key?.[1] && key[2], created.stdout);
    const [, secretKey, id] = key;

    const stored = await db.selectFrom('service_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.notEqual(stored.key_hash, secretKey, 'only a hash is stored');
    assert.equal(JSON.stringify(stored).includes(secretKey.slice(22)), false, 'the secret appears nowhere in the row');
    const expiresIn = Date.parse(stored.expires_at) - Date.now();
    assert.ok(Math.abs(expiresIn - 90 * 86_400_000) < 60_000, '90 days');

    const listed = await keys(filename, 'list');
    assert.equal(listed.code, 0);
    assert.match(listed.stdout, new RegExp(`${id}\\s+active\\s+cadre\\s+v-qs-01`));
    assert.equal(listed.stdout.includes(secretKey.slice(22)), false, 'a listing never shows the secret');
    assert.equal(listed.stdout.includes(stored.key_hash), false, 'nor its hash');

    const accepted = await whoami(app, secretKey);
    assert.equal(accepted.status, 200);
    assert.deepEqual(await accepted.json(), { id: `service-key:${id}`, role: 'cadre', villageId: 'v-qs-01' });

    const revoked = await keys(filename, 'revoke', id);
    assert.equal(revoked.code, 0, revoked.stderr);
    const refused = await whoami(app, secretKey);
    assert.equal(refused.status, 401, 'no cache outlives the revocation');
    assert.equal(refused.headers.get('www-authenticate'), 'Bearer error="invalid_token"');
    assert.match((await keys(filename, 'list')).stdout, new RegExp(`${id}\\s+revoked`));

    assert.deepEqual(await auditActions(db, `service-key:${id}`), ['auth.service-key.create', 'auth.service-key.revoke']);
  });

  test('an expired key is refused', async () => {
    const day = 86_400_000;
    const { key } = await createServiceKey(db, {
      role: 'gridWorker',
      villageId: 'v-qs-01',
      label: 'old job',
      expiresAt: new Date(Date.now() - day),
      actor: 'test',
      now: new Date(Date.now() - 2 * day),
    });
    assert.equal((await whoami(app, key)).status, 401);
  });

  test('a key with a wrong secret, a malformed key, or any key while keys are disabled is refused', async () => {
    const { key } = await createServiceKey(db, {
      role: 'admin',
      label: 'county admin job',
      expiresAt: new Date(Date.now() + 3_600_000),
      actor: 'test',
    });
    assert.equal((await whoami(app, key)).status, 200);
    const wrongSecret = `${key.slice(0, -4)}${key.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    assert.equal((await whoami(app, wrongSecret)).status, 401);
    assert.equal((await whoami(app, 'szk_not-a-key-at-all')).status, 401);
    assert.equal((await whoami(appWith(db, { demoTokens: false, serviceKeys: false }), key)).status, 401);
  });

  test('demo tokens are accepted only when demo tokens are enabled', async () => {
    await issueToken(db, 'demo-cadre', { id: 's-1', role: 'cadre', villageId: 'v-qs-01' }, 'demo cadre');
    assert.equal((await whoami(appWith(db, { demoTokens: true, serviceKeys: true }), 'demo-cadre')).status, 200);
    assert.equal((await whoami(app, 'demo-cadre')).status, 401);
  });

  test('the command line refuses a key without expiry, too long a life, a staff key without village, a bad role', async () => {
    // Independent refusals: run the five processes side by side.
    const [noExpiry, tooLong, noVillage, badRole, unknown] = await Promise.all([
      keys(filename, 'create', '--role', 'cadre', '--village', 'v-qs-01'),
      keys(filename, 'create', '--role', 'cadre', '--village', 'v-qs-01', '--expires', '400d'),
      keys(filename, 'create', '--role', 'mediator', '--expires', '30d'),
      keys(filename, 'create', '--role', 'villager', '--village', 'v-qs-01', '--expires', '30d'),
      keys(filename, 'revoke', '0123456789abcdef'),
    ]);
    assert.equal(noExpiry.code, 2);
    assert.match(noExpiry.stderr, /--expires is required/);
    assert.equal(tooLong.code, 1);
    assert.match(tooLong.stderr, /at most 366 days/);
    assert.equal(noVillage.code, 1);
    assert.match(noVillage.stderr, /needs a village/);
    assert.equal(badRole.code, 2);
    assert.match(badRole.stderr, /--role must be one of/);
    assert.equal(unknown.code, 1);
  });
});

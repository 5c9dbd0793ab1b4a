import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { readConfig } from '../src/config/from-env.js';
import { openDatabase } from '../src/db/open.js';
import { startServer } from '../src/start.js';
import { demoNow } from './harness.js';
import { countRows } from './support/rows.js';

const oidc = {
  SHANZHI_OIDC_ISSUER: 'https://idp.example.gov.cn/realms/county',
  SHANZHI_OIDC_AUDIENCE: 'shanzhi-api',
  SHANZHI_OIDC_JWKS_URL: 'https://idp.example.gov.cn/realms/county/protocol/openid-connect/certs',
};
const production = { SHANZHI_MODE: 'production', SHANZHI_CORS_ORIGINS: 'https://portal.example.gov.cn', ...oidc };

function errorsOf(env: NodeJS.ProcessEnv): readonly string[] {
  const result = readConfig(env);
  return result.ok ? [] : result.errors;
}

describe('configuration from the environment', () => {
  test('no variables at all: the demo, as `npm start` runs it', () => {
    const result = readConfig({});
    assert.ok(result.ok);
    const { config } = result;
    assert.equal(config.mode, 'demo');
    assert.equal(config.port, 8080);
    assert.deepEqual(config.database, { kind: 'sqlite', filename: './data/shanzhi.sqlite' });
    assert.equal(config.corsOrigins, '*');
    assert.deepEqual(
      { demo: config.auth.demoTokens, keys: config.auth.serviceKeys, oidc: config.auth.oidc },
      { demo: true, keys: true, oidc: undefined },
    );
    assert.equal(config.hstsMaxAgeSec, undefined);
    assert.deepEqual(config.retention, { accessLogDays: 180, auditLogDays: 1825 });
  });

  test('the variables that predate the modes keep working', () => {
    const result = readConfig({
      PORT: '9090',
      SHANZHI_DB: '/srv/shanzhi/db.sqlite',
      SHANZHI_HOUSEHOLDS: '10000',
      SHANZHI_ASSETS: 'dist/cdn',
    });
    assert.ok(result.ok);
    assert.equal(result.config.port, 9090);
    assert.deepEqual(result.config.database, { kind: 'sqlite', filename: '/srv/shanzhi/db.sqlite' });
    assert.equal(result.config.households, 10000);
    assert.equal(result.config.assetsDir, 'dist/cdn');
    const pg = readConfig({ SHANZHI_DATABASE_URL: 'postgres://app@db:5432/shanzhi' });
    assert.ok(pg.ok);
    assert.deepEqual(pg.config.database, { kind: 'postgres', url: 'postgres://app@db:5432/shanzhi' });
  });

  test('a full production configuration', () => {
    const result = readConfig({
      ...production,
      SHANZHI_OIDC_ROLE_MAP: 'cun-ganbu=cadre, wangge=gridWorker',
      SHANZHI_OIDC_ROLE_CLAIM: 'realm_access.roles',
      SHANZHI_TRUSTED_PROXIES: '10.0.0.0/8, loopback',
      SHANZHI_BEHIND_TLS: 'on',
      SHANZHI_IDLE_TIMEOUT_MS: '15000',
    });
    assert.ok(result.ok, JSON.stringify(result));
    const { config } = result;
    assert.equal(config.auth.demoTokens, false, 'production never accepts demo tokens');
    assert.equal(config.auth.serviceKeys, false, 'service keys stay off unless enabled');
    assert.equal(config.auth.oidc?.claims.roleClaim, 'realm_access.roles');
    assert.equal(config.auth.oidc.claims.roleMap.get('cun-ganbu'), 'cadre');
    assert.deepEqual(config.corsOrigins, ['https://portal.example.gov.cn']);
    assert.deepEqual(config.trustedProxies, ['10.0.0.0/8', 'loopback']);
    assert.equal(config.hstsMaxAgeSec, 31_536_000);
    assert.equal(config.connections.idleTimeoutMs, 15_000);
  });

  test('each bad value gives its own message, all of them together', () => {
    const cases: readonly (readonly [string, string, RegExp])[] = [
      ['SHANZHI_MODE', 'prod', /must be one of demo, production/],
      ['PORT', 'eighty', /whole number from 0 to 65535, got "eighty"/],
      ['PORT', '70000', /whole number from 0 to 65535/],
      ['SHANZHI_DATABASE_URL', 'mysql://db/x', /postgres:\/\/ or postgresql:\/\//],
      ['SHANZHI_HOUSEHOLDS', '-5', /whole number from 1 to 100000/],
      ['SHANZHI_CORS_ORIGINS', 'https://portal.example.gov.cn/, portal2', /not origins: "https:\/\/portal.example.gov.cn\/", "portal2"/],
      ['SHANZHI_SERVICE_KEYS', 'maybe', /must be on or off/],
      ['SHANZHI_OIDC_JWKS_URL', 'http://idp.example.gov.cn/certs', /must be an https:\/\/ URL/],
      ['SHANZHI_OIDC_ALGORITHMS', 'RS256,HS256,none', /not allowed: "HS256", "none"/],
      ['SHANZHI_OIDC_CLOCK_TOLERANCE_SECONDS', '3600', /from 0 to 300/],
      ['SHANZHI_OIDC_ROLE_MAP', 'cun-ganbu=cadre,boss=superuser', /not valid: "boss=superuser"/],
      ['SHANZHI_OIDC_ROLE_CLAIM', 'roles with spaces', /claim name/],
      ['SHANZHI_HEADERS_TIMEOUT_MS', '10', /from 1000 to 300000/],
      ['SHANZHI_IDLE_TIMEOUT_MS', '0', /from 1000 to 600000/],
      ['SHANZHI_MAX_CONNECTIONS', 'lots', /whole number from 16/],
      ['SHANZHI_TRUSTED_PROXIES', '10.0.0.0/8, 999.1.1.1', /not valid: "999.1.1.1"/],
      ['SHANZHI_BEHIND_TLS', 'ja', /must be on or off/],
      ['SHANZHI_GUESS_LIMIT_PER_CASE', '0', /from 1 to 100000/],
      ['SHANZHI_THROTTLE_WINDOW_MS', '1h', /whole number from 1000/],
      ['SHANZHI_AUDIT_LOG_RETENTION_DAYS', '90', /from 180 to 36500 \(网络安全法 Art. 21/],
      ['SHANZHI_ACCESS_LOG_RETENTION_DAYS', '30', /from 180 to 36500/],
    ];
    for (const [name, value, message] of cases) {
      // On top of a complete OIDC trio, so that only the variable under test can be wrong.
      const errors = errorsOf({ ...oidc, [name]: value });
      assert.equal(errors.length, 1, `${name}=${value}: ${JSON.stringify(errors)}`);
      const [error = ''] = errors;
      assert.ok(error.startsWith(`${name}: `), error);
      assert.match(error, message);
    }
    const all = errorsOf({ ...oidc, ...Object.fromEntries(cases.map(([name, value]) => [name, value])) });
    assert.equal(
      all.length,
      new Set(cases.map(([name]) => name)).size,
      `every bad variable is reported at once: ${JSON.stringify(all, null, 1)}`,
    );
  });

  test('throttling limits: only what a variable sets, the throttles keep their own defaults for the rest', () => {
    const none = readConfig({});
    assert.ok(none.ok);
    assert.deepEqual({ guess: none.config.guessLimit, token: none.config.tokenLimit }, { guess: {}, token: {} });
    const some = readConfig({
      SHANZHI_GUESS_LIMIT_PER_CASE: '10',
      SHANZHI_TOKEN_FAILURE_LIMIT: '50',
      SHANZHI_THROTTLE_WINDOW_MS: '300000',
    });
    assert.ok(some.ok);
    assert.deepEqual(some.config.guessLimit, { perCase: { maxFailures: 10, windowMs: 300_000 }, perClient: { windowMs: 300_000 } });
    assert.deepEqual(some.config.tokenLimit, { maxFailures: 50, windowMs: 300_000 });
  });

  test('settings that belong together', () => {
    assert.deepEqual(
      errorsOf({ SHANZHI_OIDC_ISSUER: oidc.SHANZHI_OIDC_ISSUER }).map((e) => e.split(':')[0]),
      ['SHANZHI_OIDC_AUDIENCE', 'SHANZHI_OIDC_JWKS_URL'],
    );
    assert.match(
      errorsOf({ SHANZHI_HEADERS_TIMEOUT_MS: '40000', SHANZHI_REQUEST_TIMEOUT_MS: '30000' })[0] ?? '',
      /must not exceed SHANZHI_REQUEST_TIMEOUT_MS/,
    );
  });

  test('production refuses to start without a way to sign in or without a CORS allow-list', () => {
    const none = errorsOf({ SHANZHI_MODE: 'production' });
    assert.equal(none.length, 2, JSON.stringify(none));
    assert.match(none[0] ?? '', /no way to sign in/);
    assert.match(none[1] ?? '', /SHANZHI_CORS_ORIGINS: required in production/);
    assert.match(errorsOf({ ...production, SHANZHI_CORS_ORIGINS: '*' })[0] ?? '', /"\*" is allowed in demo mode only/);
    assert.deepEqual(
      errorsOf({ SHANZHI_MODE: 'production', SHANZHI_CORS_ORIGINS: 'https://portal.example.gov.cn', SHANZHI_SERVICE_KEYS: 'on' }),
      [],
      'service keys alone are a way to sign in',
    );
    assert.deepEqual(errorsOf(production), [], 'an identity provider alone too');
  });

  test('empty variables count as unset; unknown SHANZHI_ variables are warned about', () => {
    const result = readConfig({ PORT: '', SHANZHI_CORS_ORIGIN: 'https://portal.example.gov.cn' });
    assert.ok(result.ok);
    assert.equal(result.config.port, 8080);
    assert.match(result.warnings[0] ?? '', /^SHANZHI_CORS_ORIGIN: not a setting/);
  });

  test('the server exits non-zero and lists every bad value', async () => {
    const main = resolve(import.meta.dirname, '../src/main.ts');
    const failed = await promisify(execFile)(process.execPath, ['--conditions=shanzhi-source', '--import', 'tsx', main], {
      env: {
        PATH: process.env.PATH,
        SHANZHI_MODE: 'production',
        PORT: 'x',
        SHANZHI_AUDIT_LOG_RETENTION_DAYS: '30',
        SHANZHI_DB: ':memory:',
      },
    }).then(
      () => undefined,
      (error: unknown) => error as { code: number; stderr: string },
    );
    assert.ok(failed, 'it must not start');
    assert.equal(failed.code, 2);
    for (const expected of [/PORT: /, /SHANZHI_AUDIT_LOG_RETENTION_DAYS: /, /no way to sign in/, /SHANZHI_CORS_ORIGINS: required/])
      assert.match(failed.stderr, expected);
  });

  test('production never seeds an empty database, and refuses demo tokens an old demo database still holds', async () => {
    // Production with every sign-in method asked for, demo tokens included.
    const production = {
      mode: 'production',
      auth: { demoTokens: true, serviceKeys: true },
      port: 0,
      hostname: '127.0.0.1',
      corsOrigins: ['https://portal.example.gov.cn'],
    } as const;
    const dir = mkdtempSync(join(tmpdir(), 'shanzhi-config-'));
    try {
      const memory = openDatabase({ filename: ':memory:' });
      const empty = await startServer({ db: memory, ...production });
      try {
        assert.equal(empty.seeded, false);
        assert.deepEqual(empty.tokens, []);
        assert.equal(await countRows(memory, 'regions'), 0, 'no demo county');
        const households = await memory.selectFrom('households').select('id').limit(1).execute();
        assert.deepEqual(households, []);
      } finally {
        await empty.close();
      }

      const filename = join(dir, 'shanzhi.sqlite');
      const demo = await startServer({ db: openDatabase({ filename }), port: 0, hostname: '127.0.0.1', households: 60, now: demoNow });
      assert.equal(demo.seeded, true);
      assert.equal((await fetch(`${demo.url}/v1/regions`, { headers: { Authorization: 'Bearer demo-cadre' } })).status, 200);
      await demo.close();

      // Even asked to accept demo tokens, production does not.
      const prod = await startServer({ db: openDatabase({ filename }), ...production });
      try {
        assert.deepEqual(prod.tokens, []);
        assert.equal((await fetch(`${prod.url}/v1/regions`, { headers: { Authorization: 'Bearer demo-cadre' } })).status, 401);
        assert.equal((await fetch(`${prod.url}/v1/regions`)).status, 200, 'the public still reads');
      } finally {
        await prod.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

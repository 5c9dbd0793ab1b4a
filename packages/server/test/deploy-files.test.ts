import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { knownVariables, readConfig } from '../src/config/from-env.js';

/*
 * The image recipe and the compose topology cannot be built on a machine without a container engine, so they are
 * checked as text: the Dockerfile's stages, user, volume, health check and environment; compose.yaml's services,
 * their settings (every SHANZHI_* variable must be one the server knows, and the API's environment must pass the
 * server's own validation), the load balancer's upstreams. The compose file is parsed with the `yaml` package when
 * it is installed (it comes with the toolchain); otherwise that part is skipped with the reason.
 */

const repoRoot = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

/** Dockerfile instructions with their continuation lines joined. */
function instructions(text: string): { name: string; args: string }[] {
  const joined = text.replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [name = '', ...rest] = line.split(/\s+/);
      return { name: name.toUpperCase(), args: rest.join(' ') };
    });
}

/** ${NAME:?message} and ${NAME:-default} as compose substitutes them, with example values for the required ones. */
function substitute(value: string, given: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_, name: string, kind: string | undefined, rest: string | undefined) => {
    const set = given[name];
    if (set !== undefined) return set;
    if (kind === '?') throw new Error(`${name} is required: ${rest ?? ''}`);
    return kind === '-' ? (rest ?? '') : '';
  });
}

describe('the image recipe and the compose topology', () => {
  test('Dockerfile: build → deps → slim runtime, non-root, /data volume, node HEALTHCHECK, production by default', () => {
    const steps = instructions(read('Dockerfile'));
    const stages = steps.filter((step) => step.name === 'FROM').map((step) => /\bAS\s+(\S+)/i.exec(step.args)?.[1]);
    assert.deepEqual(stages, ['build', 'deps', 'runtime']);
    const runtimeAt = steps.findIndex((step) => step.name === 'FROM' && /\bAS runtime\b/.test(step.args));
    const runtime = steps.slice(runtimeAt);
    assert.match(runtime[0]?.args ?? '', /-slim\b/, 'the runtime stage starts from the slim image');
    const copies = runtime.filter((step) => step.name === 'COPY').map((step) => step.args);
    assert.ok(
      copies.every((args) => args.startsWith('--from=')),
      'the runtime stage copies only build results, never the sources',
    );
    assert.ok(
      copies.some((args) => args.includes('/node_modules')),
      'the production dependencies come from the deps stage',
    );
    const user = runtime.filter((step) => step.name === 'USER').at(-1)?.args;
    assert.ok(user !== undefined && !['root', '0'].includes(user), `runs as ${String(user)}`);
    assert.deepEqual(JSON.parse(runtime.find((step) => step.name === 'VOLUME')?.args ?? '[]'), ['/data']);
    const env: Record<string, string> = Object.fromEntries(
      runtime
        .filter((step) => step.name === 'ENV')
        .flatMap((step) => [...step.args.matchAll(/(\w+)=(\S+)/g)])
        .map((match) => [match[1] ?? '', match[2] ?? '']),
    );
    assert.equal(env.SHANZHI_MODE, 'production');
    assert.equal(env.SHANZHI_DB, '/data/shanzhi.sqlite');
    for (const name of Object.keys(env).filter((one) => one.startsWith('SHANZHI_')))
      assert.ok((knownVariables as readonly string[]).includes(name), `${name} is a setting of the server`);
    const health = runtime.find((step) => step.name === 'HEALTHCHECK')?.args ?? '';
    assert.match(health, /CMD \["node", "-e", .*\/v1\/health/, 'the probe is node itself (the image has no curl)');
    assert.equal(runtime.find((step) => step.name === 'ENTRYPOINT')?.args, '["node", "/app/shanzhi-server.mjs"]');
    assert.equal(runtime.find((step) => step.name === 'CMD')?.args, '["serve"]');
    // The build script the image runs exists, and the context leaves out what must not go in.
    assert.ok(existsSync(join(repoRoot, 'packages/server/scripts/build.mjs')));
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['**/node_modules', '**/dist', 'data', '.git', '.env'])
      assert.ok(ignored.includes(entry), `.dockerignore lists ${entry}`);
  });

  test('compose.yaml: db (PostgreSQL 16) → migrate → two API processes → load balancer; settings the server accepts', () => {
    interface Service {
      image?: string;
      build?: unknown;
      command?: string[];
      environment?: Record<string, string>;
      depends_on?: Record<string, { condition: string }>;
      volumes?: string[];
      networks?: Record<string, { ipv4_address?: string }> | string[];
    }
    const compose = parseYaml(read('compose.yaml'), { merge: true }) as { services: Record<string, Service> };
    const { services } = compose;
    assert.match(services.db?.image ?? '', /^postgres:16\b/);
    const apis = Object.keys(services).filter((name) => /^api-\d+$/.test(name));
    assert.deepEqual(apis, ['api-1', 'api-2'], 'two API processes');
    const example = {
      POSTGRES_PASSWORD: 'example-password',
      S3_ROOT_PASSWORD: 'example-root',
      S3_SECRET_KEY: 'example-key',
      SHANZHI_CORS_ORIGINS: 'https://portal.example.gov.cn',
    };
    for (const name of [...apis, 'migrate']) {
      const service = services[name];
      assert.ok(service, name);
      assert.equal(service.image, 'shanzhi-server:local');
      const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, substitute(value, example)]));
      assert.deepEqual(
        Object.keys(env).filter((key) => !(knownVariables as readonly string[]).includes(key)),
        [],
        `${name}: only variables the server knows`,
      );
      assert.equal(env.SHANZHI_MODE, 'production');
      assert.match(env.SHANZHI_DATABASE_URL ?? '', /^postgres:\/\/[^@]+@db:5432\//);
      const config = readConfig(env);
      assert.ok(config.ok, `${name}: the server accepts its settings: ${config.ok ? '' : config.errors.join('; ')}`);
      // Both processes keep the forms' files in the one bucket of the s3 service, not in a container's own folder.
      assert.equal(config.config.attachments.s3?.endpoint, 'http://s3:9000', `${name}: attachments in the shared S3 store`);
      assert.ok(!config.warnings.some((warning) => warning.startsWith('SHANZHI_ATTACHMENTS_S3_')), `${name}: no folder-store warning`);
      assert.throws(
        () => substitute(String(service.environment?.SHANZHI_CORS_ORIGINS), {}),
        /required/,
        'compose refuses to start without the CORS allow-list',
      );
    }
    assert.deepEqual(services.migrate?.command, ['migrate']);
    // The bucket exists before any API process starts, and the API's key is not the storage administrator's.
    assert.match(services.s3?.image ?? '', /^minio\/minio:RELEASE\./);
    for (const name of [...apis, 'migrate'])
      assert.equal(services[name]?.depends_on?.['s3-bucket']?.condition, 'service_completed_successfully');
    assert.notEqual(services.s3?.environment?.MINIO_ROOT_USER, services['api-1']?.environment?.SHANZHI_ATTACHMENTS_S3_ACCESS_KEY_ID);
    assert.match(String(services['s3-bucket']?.command), /mc mb --ignore-existing store\/shanzhi-attachments/);
    for (const name of apis) assert.equal(services[name]?.depends_on?.migrate?.condition, 'service_completed_successfully');

    const lb = services.lb;
    assert.ok(lb);
    assert.match(lb.image ?? '', /^(nginx|haproxy):/);
    for (const name of apis) assert.equal(lb.depends_on?.[name]?.condition, 'service_healthy');
    const mount = (lb.volumes ?? []).find((volume) => volume.includes('nginx.conf'));
    assert.ok(mount, 'the load balancer configuration is committed and mounted');
    const source = mount.split(':')[0] ?? '';
    const nginx = readFileSync(join(repoRoot, source), 'utf8');
    const upstreams = [...nginx.matchAll(/^\s*server\s+([\w-]+):(\d+)/gm)].map((match) => `${match[1] ?? ''}:${match[2] ?? ''}`);
    assert.deepEqual(
      upstreams,
      apis.map((name) => `${name}:8080`),
      'nginx balances over both API processes on the image port',
    );
    const lbAddress = !Array.isArray(lb.networks) ? lb.networks?.backend?.ipv4_address : undefined;
    assert.equal(
      services['api-1']?.environment?.SHANZHI_TRUSTED_PROXIES,
      lbAddress,
      'the API believes X-Forwarded-For from the load balancer only',
    );
  });
});

import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Client, ClientConfig } from 'pg';

/*
 * A throwaway PostgreSQL for tests, without root services: `initdb` into a temporary folder, `pg_ctl start`
 * on a free loopback port (its unix socket in that folder too), one fresh database; `stop()` removes it all.
 * PostgreSQL refuses to run as root, so under root (CI containers) the server binaries run as the `postgres`
 * user (or SHANZHI_TEST_PG_USER) through Node's own setuid/setgid spawn options: no sudo, su or runuser.
 *
 * SHANZHI_TEST_PG_URL=postgres://user@host:port/db uses an existing server instead: the tests then run in a
 * fresh database created beside `db` (the role needs CREATEDB) and dropped afterwards.
 * SHANZHI_TEST_PG_BIN points at a folder holding initdb and pg_ctl when they are not found by themselves.
 */

export interface PostgresCluster {
  /** postgres://… of an empty database that is this test's alone. */
  readonly url: string;
  /** Stops the server (or drops the database on an existing server) and deletes the temporary folder. */
  stop(): Promise<void>;
}

interface RunAs {
  readonly uid: number;
  readonly gid: number;
  readonly name: string;
}

interface PgModule {
  readonly Client: new (config: ClientConfig) => Client;
}

const require = createRequire(import.meta.url);

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The folder with `initdb`, `pg_ctl` and `postgres`: SHANZHI_TEST_PG_BIN, Debian's /usr/lib/postgresql/<newest>/bin, then PATH. */
function binDir(): string | undefined {
  const complete = (dir: string) => ['initdb', 'pg_ctl', 'postgres'].every((name) => executable(join(dir, name)));
  const candidates: string[] = [];
  const explicit = process.env.SHANZHI_TEST_PG_BIN;
  if (explicit !== undefined && explicit !== '') candidates.push(explicit);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => join(debian, version, 'bin')));
  }
  candidates.push(...(process.env.PATH ?? '').split(delimiter).filter((dir) => dir !== ''));
  return candidates.find(complete);
}

/** Under root, whom the server runs as: the `postgres` user (or SHANZHI_TEST_PG_USER) from /etc/passwd. */
function unprivilegedUser(): RunAs | undefined {
  const name = process.env.SHANZHI_TEST_PG_USER ?? 'postgres';
  let passwd: string;
  try {
    passwd = readFileSync('/etc/passwd', 'utf8');
  } catch {
    return undefined;
  }
  for (const line of passwd.split('\n')) {
    const [user, , uid, gid] = line.split(':');
    if (user === name && uid !== undefined && gid !== undefined && Number(uid) !== 0) return { name, uid: Number(uid), gid: Number(gid) };
  }
  return undefined;
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * Why the PostgreSQL tests cannot run on this machine (a message for `skip`), or `undefined` when they can.
 * Never throws: a machine without PostgreSQL skips these tests instead of failing them.
 */
export function postgresUnavailable(): string | undefined {
  try {
    require.resolve('pg');
  } catch {
    return 'PostgreSQL tests skipped: the optional "pg" driver is not installed (npm install pg).';
  }
  if (process.env.SHANZHI_TEST_PG_URL !== undefined && process.env.SHANZHI_TEST_PG_URL !== '') return undefined;
  if (process.platform === 'win32')
    return 'PostgreSQL tests skipped: the throwaway cluster needs a POSIX system (or set SHANZHI_TEST_PG_URL).';
  if (binDir() === undefined) {
    return 'PostgreSQL tests skipped: initdb/pg_ctl/postgres not found (install PostgreSQL, set SHANZHI_TEST_PG_BIN, or point SHANZHI_TEST_PG_URL at a server).';
  }
  if (isRoot() && unprivilegedUser() === undefined) {
    return `PostgreSQL tests skipped: running as root and there is no "${process.env.SHANZHI_TEST_PG_USER ?? 'postgres'}" user to run the server as (PostgreSQL refuses root; set SHANZHI_TEST_PG_USER or SHANZHI_TEST_PG_URL).`;
  }
  return undefined;
}

async function loadPg(): Promise<PgModule> {
  const loaded = (await import('pg')) as unknown as PgModule & { default?: PgModule };
  return loaded.default ?? loaded;
}

/** Runs one statement on a short-lived connection. */
async function execute(url: string, statement: string): Promise<void> {
  const { Client } = await loadPg();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

interface RunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeout: number;
  readonly uid?: number;
  readonly gid?: number;
}

function run(file: string, args: readonly string[], options: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { ...options, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')} failed: ${stderr.trim() || error.message}`, { cause: error }));
      else resolve(stdout);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

async function onExistingServer(base: string): Promise<PostgresCluster> {
  const name = `shanzhi_test_${String(process.pid)}_${randomBytes(4).toString('hex')}`;
  await execute(base, `CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: () => execute(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * A test file's `after` over PostgreSQL: closes the servers that started, in order, then stops the cluster even when a
 * close failed (a cluster left running would hold its port and folder until the process exits).
 */
export async function closeThenStop(
  servers: readonly ({ close(): Promise<unknown> } | undefined)[],
  cluster: PostgresCluster | undefined,
): Promise<void> {
  try {
    for (const server of servers) await server?.close();
  } finally {
    await cluster?.stop();
  }
}

/** Starts a throwaway cluster (or a fresh database on SHANZHI_TEST_PG_URL). Check `postgresUnavailable()` first. */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const existing = process.env.SHANZHI_TEST_PG_URL;
  if (existing !== undefined && existing !== '') return onExistingServer(existing);

  const bin = binDir();
  if (bin === undefined) throw new Error(postgresUnavailable());
  const runAs = isRoot() ? unprivilegedUser() : undefined;
  if (isRoot() && runAs === undefined) throw new Error(postgresUnavailable());

  // Short path: the unix socket (<dir>/.s.PGSQL.<port>) must fit in 107 bytes.
  const dir = mkdtempSync(join(tmpdir(), 'shanzhi-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  if (runAs) chownSync(dir, runAs.uid, runAs.gid);
  const options: RunOptions = {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', HOME: dir, TZ: 'UTC' },
    timeout: 60_000,
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
  };
  const pgCtl = join(bin, 'pg_ctl');
  let started = false;
  const stopNow = () => {
    if (started) spawnSync(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'], { ...options, stdio: 'ignore' });
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  // If the test process exits without calling stop(), the server must not outlive it.
  process.once('exit', stopNow);
  try {
    // C collation: text sorts by code point, as SQLite's BINARY does; no fsync: the data is thrown away.
    await run(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions'],
      options,
    );
    const port = await freePort();
    const serverOptions = `-p ${String(port)} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    started = true;
    await run(pgCtl, ['-D', data, '-l', log, '-o', serverOptions, '-w', '-t', '30', 'start'], options);
    const server = `postgres://postgres@127.0.0.1:${String(port)}`;
    await execute(`${server}/postgres`, 'CREATE DATABASE shanzhi');
    return {
      url: `${server}/shanzhi`,
      stop: async () => {
        process.removeListener('exit', stopNow);
        try {
          await run(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop'], options);
          started = false;
        } finally {
          stopNow();
        }
      },
    };
  } catch (error) {
    const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
    process.removeListener('exit', stopNow);
    stopNow();
    throw new Error(`Could not start a throwaway PostgreSQL in ${dir}${serverLog ? `:\n${serverLog}` : ''}`, { cause: error });
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const repoRoot = resolve(import.meta.dirname, '../../../..');

/** The environment of a `bin.ts serve` child on a PostgreSQL database: the demo county, a random loopback port. */
export function postgresServerEnv(url: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SHANZHI_DATABASE_URL: url,
    SHANZHI_HOUSEHOLDS: '60',
    PORT: '0',
    SHANZHI_HOST: '127.0.0.1',
  };
}

export interface ChildServer<Ready> {
  readonly child: ChildProcess;
  readonly url: string;
  /** What the ready line said. */
  readonly ready: Ready;
  /** The exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
}

export interface SpawnOptions<Ready> {
  /** Named in the errors. */
  readonly name: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Reads a line of the child's output: what it says once the server listens (with its port), else undefined. */
  readonly readyLine: (line: string) => (Ready & { readonly port: number | string }) | undefined;
  readonly timeoutMs?: number;
  /** Every child started is added here, and removed when it exits, so a test can kill what is left. */
  readonly children?: Set<ChildProcess>;
}

/** Runs a TypeScript server script from the sources in a child process and resolves once it listens. */
export async function spawnServer<Ready>(
  script: string,
  args: readonly string[],
  options: SpawnOptions<Ready>,
): Promise<ChildServer<Ready>> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const child = spawn(process.execPath, ['--conditions=shanzhi-source', '--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    ...(options.env ? { env: options.env } : {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.children?.add(child);
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code) => {
      options.children?.delete(child);
      done(code);
    }),
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const lines = createInterface({ input: child.stdout });
  const ready = await new Promise<Ready & { readonly port: number | string }>((done, fail) => {
    const timer = setTimeout(() => {
      fail(new Error(`${options.name} did not start within ${String(timeoutMs / 1000)} s: ${stderr}`));
    }, timeoutMs);
    lines.on('line', (line) => {
      const found = options.readyLine(line);
      if (found !== undefined) {
        clearTimeout(timer);
        done(found);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`${options.name} exited with ${String(code)} before it was ready: ${stderr}`));
    });
  });
  return { child, url: `http://127.0.0.1:${String(ready.port)}`, ready, exited };
}

/** A child server with the name the errors and assertions use. */
export interface NamedServer extends ChildServer<unknown> {
  readonly name: string;
}

/** `shanzhi-server serve` on a PostgreSQL database as a child process; resolves when it printed the URL it listens on. */
export async function spawnPostgresServe(name: string, url: string, children: Set<ChildProcess>): Promise<NamedServer> {
  const started = await spawnServer(resolve(import.meta.dirname, '../../src/bin.ts'), ['serve'], {
    name,
    env: postgresServerEnv(url),
    children,
    readyLine: (line) => {
      const port = /API:\s+http:\/\/localhost:(\d+)\//.exec(line)?.[1];
      return port === undefined ? undefined : { port };
    },
  });
  return { name, ...started };
}

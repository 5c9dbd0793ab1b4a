import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const repoRoot = resolve(import.meta.dirname, '../../../..');

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

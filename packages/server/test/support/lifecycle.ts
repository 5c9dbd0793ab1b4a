import { after, before } from 'node:test';

/**
 * Something a whole test file shares (a server, most often): started in `before`, closed in `after`. Returns its
 * getter, which a test or hook calls once it is up; called earlier (while the file loads), it throws.
 */
export function startedForFile<T extends { close(): unknown }>(what: string, start: () => Promise<T>): () => T {
  let started: T | undefined;
  before(async () => {
    started = await start();
  });
  after(() => started?.close());
  return () => {
    if (started === undefined) throw new Error(`${what} is not up: use it inside a test or hook.`);
    return started;
  };
}

/**
 * `own` with the listed members of `current()` added as getters that read through on each access (what
 * `startedForFile` gives). Getters, not a spread: a spread would read them while the file loads.
 */
export function readThrough<T extends object, K extends keyof T, O extends object>(
  current: () => T,
  keys: readonly K[],
  own: O,
): Pick<T, K> & O {
  for (const key of keys) Object.defineProperty(own, key, { enumerable: true, get: () => current()[key] });
  return own as Pick<T, K> & O;
}

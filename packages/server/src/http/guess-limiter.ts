import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { HttpProblem } from './problem.js';

export interface GuessLimitOptions {
  /** Failed look-ups allowed per client address in one window. Default 20. */
  readonly maxFailures?: number;
  /** Window in ms. Default 10 minutes. */
  readonly windowMs?: number;
  readonly now?: () => number;
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by @hono/node-server (e.g. app.request in tests): one shared bucket.
    return 'local';
  }
}

/**
 * Tracking codes are bearer secrets: a case number alone reveals nothing, but guessing codes must not be cheap.
 * Counts 404 answers per client address on the routes it guards and answers 429 (with Retry-After) once a
 * client has failed too often in the window. Successful look-ups never count.
 */
export function limitGuesses(options: GuessLimitOptions = {}): MiddlewareHandler {
  const maxFailures = options.maxFailures ?? 20;
  const windowMs = options.windowMs ?? 10 * 60 * 1000;
  const now = options.now ?? Date.now;
  const failures = new Map<string, { count: number; resetAt: number }>();
  return async (c, next) => {
    const address = clientAddress(c);
    const time = now();
    let entry = failures.get(address);
    if (entry && entry.resetAt <= time) {
      failures.delete(address);
      entry = undefined;
    }
    if (entry && entry.count >= maxFailures) {
      throw HttpProblem.of('rate-limited', { headers: { 'Retry-After': String(Math.ceil((entry.resetAt - time) / 1000)) } });
    }
    await next();
    if (c.res.status === 404) {
      const current = failures.get(address) ?? { count: 0, resetAt: time + windowMs };
      current.count += 1;
      failures.set(address, current);
      // Keep the map bounded under a scan from many addresses.
      if (failures.size > 10_000) for (const [key, value] of failures) if (value.resetAt <= time) failures.delete(key);
    }
  };
}

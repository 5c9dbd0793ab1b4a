import { randomUUID } from 'node:crypto';
import { routePath } from 'hono/route';
import type { Context, MiddlewareHandler } from 'hono';
import { scrubPersonalData } from '@shanzhi/rules';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { requestIdOf } from '../http/request-id.js';

export interface AccessRecord {
  readonly kind: 'read' | 'refused';
  readonly action: string;
  readonly subject: string;
  readonly status: number;
}

/** Statuses that are refusals worth an entry: a county's 等保 review asks who was turned away, and why. */
export const refusalStatuses: ReadonlySet<number> = new Set([401, 403, 429]);

/**
 * Appends one access-log entry for this request: who (principal, or `anonymous`), from where (the client
 * address through the trusted proxies), what and when. A failure to log is reported, never turned into a
 * failed read: the log is evidence, not a gate.
 */
export async function recordAccess(db: Kysely<Database>, c: Context, record: AccessRecord, at: Date = new Date()): Promise<void> {
  const principal = c.get('principal') as { id: string; role: string } | undefined;
  const client: unknown = c.get('clientAddress');
  try {
    await db
      .insertInto('access_log')
      .values({
        id: randomUUID(),
        at: at.toISOString(),
        kind: record.kind,
        actor: principal?.id ?? 'anonymous',
        role: principal?.role ?? 'public',
        client: typeof client === 'string' ? client : 'unknown',
        action: record.action,
        subject: record.subject,
        status: record.status,
        request_id: requestIdOf(c),
      })
      .execute();
  } catch (error) {
    process.stderr.write(
      `[shanzhi] request ${requestIdOf(c)}: access log write failed: ${scrubPersonalData(error instanceof Error ? error.message : String(error))}\n`,
    );
  }
}

/** `<param>=<value>` pairs of the route's path parameters: ids and numbers, which is all a subject needs. */
export function subjectOf(params: Readonly<Record<string, string>>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
}

/**
 * Middleware for `/v1/*`: after the request, a 401, 403 or 429 answer is written to the access log with the
 * route pattern (never the raw URL, which could carry a secret someone pasted into it). Register it before
 * authentication and throttling, so their refusals are seen too.
 */
export function logRefusals(db: Kysely<Database>): MiddlewareHandler {
  return async function logRefusalsMiddleware(c, next) {
    await next();
    if (!refusalStatuses.has(c.res.status)) return;
    await recordAccess(db, c, { kind: 'refused', action: `${c.req.method} ${routePath(c, -1)}`, subject: '', status: c.res.status });
  };
}

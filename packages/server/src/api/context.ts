import type { CalendarDate, Locale } from '@shanzhi/rules';
import type { RouteOutput, RouteSpec } from '@shanzhi/sdk';
import type { Kysely, Transaction } from 'kysely';
import type * as z from 'zod/mini';
import type { Attachments } from '../attachments/service.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';

type Part<R, K extends 'params' | 'query' | 'body'> = R extends Record<K, infer S extends z.core.$ZodType> ? z.output<S> : undefined;

/** A route's query as its handler gets it: parsed by the contract's schema (what list filters are made of). */
export type RouteQuery<R extends RouteSpec> = Part<R, 'query'>;

/** What a handler gets: parsed input, the caller, and a database handle (a transaction on every write). */
export interface HandlerContext<R extends RouteSpec> {
  readonly route: R;
  readonly params: Part<R, 'params'>;
  readonly query: RouteQuery<R>;
  readonly body: Part<R, 'body'>;
  /** An upload route's body: the file's bytes as received (`RouteSpec.upload`). */
  readonly upload?: Uint8Array | undefined;
  readonly principal: Principal;
  readonly locale: Locale;
  readonly requestId: string;
  /** The calendar day in Asia/Shanghai (never the machine's zone); fixed in tests and the demo. */
  readonly today: CalendarDate;
  readonly now: Date;
  /** On writes: the transaction that also holds the idempotency record and the audit entry. */
  readonly db: Kysely<Database> | Transaction<Database>;
  readonly app: AppServices;
}

export interface HandlerResult<R extends RouteSpec> {
  readonly status?: number;
  readonly body: RouteOutput<R>;
}

export type Handler<R extends RouteSpec> = (context: HandlerContext<R>) => Promise<HandlerResult<R>>;

/** Long-lived services shared by handlers. */
export interface AppServices {
  readonly db: Kysely<Database>;
  readonly version: string;
  readonly now: () => Date;
  /**
   * This process's read caches. Whatever they hold must be invalidated through the database (the leaderboard reads
   * its village's version row, points/cache.ts) or never change while the server runs (the service catalogue).
   */
  readonly caches: Map<string, unknown>;
  /** Where attachment bytes are kept, and the size limits (attachments/service.ts). */
  readonly attachments: Attachments;
}

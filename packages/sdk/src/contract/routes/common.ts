import { calendarDateSchema, locales } from '@shanzhi/rules';
import * as z from 'zod/mini';

/** Ids in paths: short, URL-safe, so no value can reach a path segment that the server would read differently. */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9._-]+$/));
export const villageParams = z.object({ villageId: idSchema });
export const dateSchema = calendarDateSchema;
/** Free-text search: short and bounded so a search can never become a denial of service. */
export const searchQuery = z.optional(z.string().check(z.maxLength(50)));
export const localizedText = z.looseObject({ 'zh-CN': z.string(), en: z.optional(z.string()) });
export const localeSchema = z.enum(locales);

/**
 * How a public request that changes nothing answers: 200, to anyone (no token needed), and a retry repeats nothing.
 * Every public GET, and the POSTs that only compute an answer from their body (the eligibility check).
 */
export const publicRead = { status: 200, access: { roles: 'anyone' }, idempotency: 'none' } as const;
/** A public GET whose answer is a cursor page `{ items, nextCursor }` (its query spreads `cursorQuery`). */
export const publicPage = { ...publicRead, paged: true } as const;
/**
 * How anyone (no token needed) files something new: 201, and the Idempotency-Key is required, because without an
 * account a retry over a flaky village connection could not otherwise be told from a second application.
 */
export const publicSubmission = { status: 201, access: { roles: 'anyone' }, idempotency: 'required' } as const;

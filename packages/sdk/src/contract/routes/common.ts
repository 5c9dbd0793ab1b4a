import { calendarDateSchema, locales } from '@shanzhi/rules';
import * as z from 'zod/mini';

/** Ids in paths: short, URL-safe, so no value can reach a path segment that the server would read differently. */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9._-]+$/));
export const villageParams = z.object({ villageId: idSchema });
/** The path of something inside a village: the village's id, then the ids naming the thing (`householdId`, …). */
export function villageResourceParams<const K extends string>(...keys: readonly K[]) {
  const shape = { villageId: idSchema } as Record<'villageId' | K, typeof idSchema>;
  for (const key of keys) shape[key] = idSchema;
  return z.object(shape);
}
export const dateSchema = calendarDateSchema;
/** A note or reason the caller writes (a declaration's note, a rejection's reason), bounded like the ledger's notes. */
export const noteSchema = z.string().check(z.maxLength(500));
/** Free-text search: short and bounded so a search can never become a denial of service. */
export const searchQuery = z.optional(z.string().check(z.maxLength(50)));
export const localizedText = z.looseObject({ 'zh-CN': z.string(), en: z.optional(z.string()) });
export const localeSchema = z.enum(locales);

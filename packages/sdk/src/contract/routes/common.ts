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

/*
 * Fragments that the views of several areas share (grid reports, requests, the mediation desk).
 */

/** A code with its label in the caller's language (a category, a step, a route), to spread into a view. */
export const labelled = { code: z.string(), label: z.string() };
/** Who took a step: their role, and their name where the caller may see it. */
export const actorSchema = z.looseObject({ role: z.string(), name: z.optional(z.string()) });
/** A member of the staff (a grid worker, a mediator) by id and name: views for staff only. */
export const personSchema = z.looseObject({ id: idSchema, name: z.string() });
/** …with the role they hold, where a form lets the caller pick one or a record names who signed. */
export const staffMemberSchema = z.looseObject({ ...personSchema.shape, role: z.string() });

import * as z from 'zod/mini';
import type { Schema } from './route.js';

/** Cursor pages: the cursor is opaque, so a Java or Go backend may encode whatever it needs in it. */
export function pageOf<S extends Schema>(item: S) {
  return z.looseObject({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
  });
}

export const cursorQuery = {
  cursor: z.optional(z.string().check(z.maxLength(512))),
  limit: z.optional(z.coerce.number().check(z.multipleOf(1), z.gte(1), z.lte(200))),
};

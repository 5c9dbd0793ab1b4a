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

/** An intersection of object types written out as one object type, so a schema's type reads as its fields. */
type Fields<T> = { [K in keyof T]: T[K] };
type Shape = Record<string, Schema>;

/** A paged route's query: its own filters, then `cursor` and `limit`. */
export function pageQuery<const F extends Shape>(filters: F) {
  return z.object<Fields<F & typeof cursorQuery>>({ ...filters, ...cursorQuery });
}

/** A paged route's answer: the page of `item`, then what the route answers beside it (its totals, the day it is as of). */
export function pageWith<S extends Schema, const B extends Shape>(item: S, beside: B) {
  return z.looseObject<Fields<ReturnType<typeof pageOf<S>>['shape'] & B>>({ ...pageOf(item).shape, ...beside });
}

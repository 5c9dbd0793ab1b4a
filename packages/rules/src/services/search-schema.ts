import * as z from 'zod/mini';

/** The shape of `SearchKeys` as shipped with a service list. */
export const searchKeysSchema = z.strictObject({
  pinyin: z.string().check(z.maxLength(4000)),
  initials: z.string().check(z.maxLength(2000)),
});

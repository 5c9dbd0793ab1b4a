import * as z from 'zod/mini';

/** What can happen to a month's statement (rules: finance-signoff.ts); `import` stays in the staff view only. */
export const signOffActionSchema = z.enum(['import', 'submit', 'signOff', 'object', 'answer', 'publish']);

/**
 * One step of a finance statement's 民主理财 history. `by` is the staff member's name: staff act as public officials,
 * and the board already signs corrections with the name of who made them. `text` is an objection's reasons or the
 * cadre's answer.
 */
export const signOffEventSchema = z.looseObject({
  action: signOffActionSchema,
  at: z.iso.datetime(),
  by: z.string(),
  role: z.string(),
  text: z.optional(z.string()),
});

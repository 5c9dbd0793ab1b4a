import * as z from 'zod/mini';

/** One field's finding inside a validation problem; `path` addresses the field in the request body or query. */
export const problemIssueSchema = z.looseObject({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
});

/**
 * RFC 9457 problem details, as every shanzhi backend answers errors (`application/problem+json`).
 * `code` is stable and switchable; `title`/`detail`/`message` are localized by Accept-Language.
 */
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  code: z.string(),
  requestId: z.optional(z.string()),
  issues: z.optional(z.array(problemIssueSchema)),
});

export type Problem = z.output<typeof problemSchema>;
export type ProblemIssue = z.output<typeof problemIssueSchema>;

import type { MessageCode } from '@shanzhi/rules';

/**
 * The codes the HTTP layer of every shanzhi backend raises, with the status each usually answers. They are part of
 * the contract (a Java or Go backend answers the same ones); rule codes come from @shanzhi/rules' message catalogue.
 * The reference server's localized titles are checked against this list when it compiles.
 */
export const genericProblemStatus = {
  'bad-request': 400,
  validation: 400,
  'malformed-json': 400,
  'nesting-too-deep': 400,
  'idempotency-key-missing': 400,
  'idempotency-key-invalid': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'idempotency-in-flight': 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'file-type-not-accepted': 415,
  'idempotency-key-reused': 422,
  'rate-limited': 429,
  internal: 500,
} as const;

export type GenericProblemCode = keyof typeof genericProblemStatus;

/** A stable problem code: a generic HTTP one or a rule code from the message catalogue (`points.transition.illegal`). */
export type ProblemCode = GenericProblemCode | MessageCode;

export const genericProblemCodes = Object.keys(genericProblemStatus) as readonly GenericProblemCode[];

export function isGenericProblemCode(code: unknown): code is GenericProblemCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(genericProblemStatus, code);
}

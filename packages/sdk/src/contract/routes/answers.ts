import type { Access } from '../route.js';

/*
 * How a route answers, by the kind of request it is: its success status, who may call it, whether a retry needs an
 * Idempotency-Key, and whether the answer is one person's data. A route of one of these kinds spreads it after its schemas.
 */

/**
 * How a public request that changes nothing answers: 200, to anyone (no token needed), and a retry repeats nothing.
 * Every public GET, and the POSTs that only compute an answer from their body (the eligibility check).
 */
export const publicRead = { status: 200, access: { roles: 'anyone' }, idempotency: 'none' } as const;
/** A public GET whose answer is a cursor page `{ items, nextCursor }` (its query is a `pageQuery`, its response a `pageWith`). */
export const publicPage = { ...publicRead, paged: true } as const;
/**
 * How anyone (no token needed) files something new: 201, and the Idempotency-Key is required, because without an
 * account a retry over a flaky village connection could not otherwise be told from a second application.
 */
export const publicSubmission = { status: 201, access: { roles: 'anyone' }, idempotency: 'required' } as const;

/**
 * How a read of one person's or household's data answers: 200, to the callers `access` admits, recorded in the access
 * log and never cached (`personal`), and a retry repeats nothing.
 */
export function personalRead<const A extends Access>(access: A) {
  return { status: 200, access, personal: true, idempotency: 'none' } as const;
}
/**
 * How a change by a signed-in caller answers: with `status`, to the callers `access` admits, and the Idempotency-Key
 * is optional: honoured when sent (a retry with it repeats nothing), not required.
 */
export function signedInChange<const S extends 200 | 201, const A extends Access>(status: S, access: A) {
  return { status, access, idempotency: 'optional' } as const;
}
/**
 * How a signed-in caller creates a record (a decision's step, a plan, a restock): 201, to the callers `access` admits,
 * and the Idempotency-Key is required, so a retry over a flaky connection never records the same thing twice.
 */
export function signedInCreate<const A extends Access>(access: A) {
  return { status: 201, access, idempotency: 'required' } as const;
}
/**
 * How a signed-in read of the village's own records (not one person's) answers: 200, to the callers `access`
 * admits, and a retry repeats nothing.
 */
export function signedInRead<const A extends Access>(access: A) {
  return { status: 200, access, idempotency: 'none' } as const;
}
/**
 * How the holder of a tracking or receipt code reads back what they filed: the code is a password, so it travels in
 * the body of a POST; the POST only reads (`readOnly`: clients retry it like a GET), anyone holding the code may send
 * it (`trackingCode`), and the answer is personal.
 */
export const codeHolderRead = {
  status: 200,
  access: { roles: 'anyone', relation: 'trackingCode' },
  personal: true,
  readOnly: true,
  idempotency: 'none',
} as const;

/**
 * Idempotency-Keys for a test file's writes: `<prefix>-<pid>-<n>`, a new one each call, so no two writes of a run (nor
 * of two test processes on one database file) are taken for a retry of each other.
 */
export function idempotencyKeys(prefix: string): () => { readonly idempotencyKey: string } {
  let key = 0;
  return () => ({ idempotencyKey: `${prefix}-${String(process.pid)}-${String((key += 1))}` });
}

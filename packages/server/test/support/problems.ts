import assert from 'node:assert/strict';
import { ProblemError } from '@shanzhi/sdk';

/** The problem a call is refused with; any other error is rethrown and a success fails the test. */
export async function problemOf(call: Promise<unknown>): Promise<ProblemError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  assert.fail('expected a problem response');
}

/** Asserts that the call is refused with this status and problem code, and returns the problem. */
export async function rejectsWith(promise: Promise<unknown>, status: number, code: string): Promise<ProblemError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof ProblemError, `expected a ProblemError ${String(status)} ${code}, got ${String(caught)}`);
  assert.equal(caught.status, status, `${caught.code}: ${caught.title}`);
  assert.equal(caught.code, code);
  return caught;
}

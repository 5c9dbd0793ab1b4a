import { ProblemError } from '@shanzhi/sdk/browser';

/** A staff route refused the token (none, or not staff of the village): an answer, not a failure. */
export interface Denied {
  readonly denied: true;
}

/** What a staff read answered: its data, or that the token may not use it. */
export type StaffView<D> = Denied | ({ readonly denied: false } & D);

/** A refusal of the staff route (401, 403) is an answer: the desk says who may use it. Anything else stays a failure. */
export function deniedOnRefusal(error: unknown): Denied {
  if (error instanceof ProblemError && (error.status === 401 || error.status === 403)) return { denied: true };
  throw error;
}

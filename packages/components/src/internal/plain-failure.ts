import { ProblemError } from '@shanzhi/sdk/browser';
import { describeFailure, type LoadFailure } from './states.js';

/**
 * Why a send failed, in the form's own words for the one status it explains itself (a 401: sign in again; a 404 that
 * must not say which of two things was wrong; a 403), otherwise as `describeFailure` says it; the request id either way.
 */
export function plainFailure(error: unknown, common: Parameters<typeof describeFailure>[1], status: number, message: string): LoadFailure {
  return error instanceof ProblemError && error.status === status
    ? { message, requestId: error.requestId }
    : describeFailure(error, common);
}

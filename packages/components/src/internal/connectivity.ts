import { ProblemError } from '@shanzhi/sdk/browser';

/**
 * The one offline check every widget uses. A failure counts as "offline" only when the browser itself says it has
 * no network: then the widget says so calmly and reloads by itself when the `online` event comes. A server that
 * answered (a problem document) is never offline, and a network error while the browser is online is an error
 * the user can retry — the server or a proxy is down, waiting for `online` would wait forever.
 */
export function isOffline(error?: unknown): boolean {
  if (error instanceof ProblemError) return false;
  return typeof navigator !== 'undefined' && !navigator.onLine;
}

/** Whether a failure is only our own abort (a newer load, a disconnect): never shown to the user. */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  return error instanceof DOMException && error.name === 'AbortError';
}

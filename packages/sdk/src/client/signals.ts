/**
 * Combines the caller's AbortSignal with the overall deadline. `AbortSignal.any` arrived only in Chromium 116,
 * and the widgets must run in Chromium 86, so this is done by hand.
 */
export function deadlineSignal(
  deadlineMs: number,
  outer?: AbortSignal,
): { signal: AbortSignal; expired: () => boolean; dispose: () => void } {
  const controller = new AbortController();
  let expired = false;
  const timer = Number.isFinite(deadlineMs)
    ? setTimeout(() => {
        expired = true;
        controller.abort();
      }, deadlineMs)
    : undefined;
  const onAbort = () => {
    controller.abort(outer?.reason);
  };
  if (outer) {
    if (outer.aborted) controller.abort(outer.reason);
    else outer.addEventListener('abort', onAbort, { once: true });
  }
  return {
    signal: controller.signal,
    expired: () => expired,
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

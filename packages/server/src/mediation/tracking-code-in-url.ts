import type { MiddlewareHandler } from 'hono';
import { HttpProblem } from '../http/problem.js';

/** Query keys that would carry a tracking code, compared in lower case (`trackingCode`, `tracking_code` …). */
const codeKeys = new Set(['trackingcode', 'tracking_code', 'tracking-code']);

/**
 * A tracking code is a password (a case number alone reveals nothing); in a URL it would land in proxy and
 * access logs, browser history and Referer headers. The contract takes it only in a request body (status
 * look-up, withdrawal), so a code in the query string is refused with 400 before any route, counter or log
 * sees it — and the value is never echoed: the problem names the field, not its content.
 */
export function refuseTrackingCodeInUrl(): MiddlewareHandler {
  return async function trackingCodeInUrl(c, next) {
    const keys = new URL(c.req.url).searchParams.keys();
    for (const key of keys) {
      if (codeKeys.has(key.toLowerCase())) throw HttpProblem.validation([{ code: 'field.unknownKey', path: [key] }]);
    }
    await next();
  };
}

import type { Context } from 'hono';

/**
 * Sets a header on the response a handler already produced (middleware, after `await next()`). Hono's `c.header`
 * rebuilds a finalized response around its body, which turns the node adapter's pre-serialized string body into a
 * stream: every response then went out as chunks through `writev`, several times slower than one write on this
 * kind of host. Setting the header in place keeps the body as it is; a response whose headers are immutable
 * (one passed through from `fetch`) falls back to `c.header`.
 */
export function setResponseHeader(c: Context, name: string, value: string, options: { readonly append?: boolean } = {}): void {
  try {
    if (options.append === true) c.res.headers.append(name, value);
    else c.res.headers.set(name, value);
  } catch {
    c.header(name, value, options);
  }
}

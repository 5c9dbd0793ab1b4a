import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import proxyAddr from 'proxy-addr';

/**
 * Who is the client? Only the socket's peer is trustworthy, unless that peer is a proxy the operator named:
 * then `X-Forwarded-For` is walked from the right, past every trusted hop, to the first address that is not
 * one (what Express's `trust proxy` does, with the same well-kept `proxy-addr`). A header a client forged is
 * therefore never believed, and a portal's reverse proxy or a carrier NAT is not mistaken for one villager.
 */
export type TrustedProxies = readonly string[];

export type ClientAddressResolver = (c: Context) => string;

/** `SHANZHI_TRUSTED_PROXIES`-style list: addresses, CIDR ranges, or proxy-addr's names (`loopback`, `uniquelocal`). */
export function createClientAddressResolver(trusted: TrustedProxies = []): ClientAddressResolver {
  const trust = proxyAddr.compile([...trusted]);
  return (c) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    // Not served by @hono/node-server (app.request in tests): one local bucket.
    if (incoming?.socket === undefined) return 'local';
    try {
      return proxyAddr(incoming, trust);
    } catch {
      return incoming.socket.remoteAddress ?? 'unknown';
    }
  };
}

declare module 'hono' {
  interface ContextVariableMap {
    /** The client's address, resolved once per request through the trusted proxies (`clientAddress()`). */
    clientAddress: string;
  }
}

/** Middleware: resolves the client address once and stores it as `c.get('clientAddress')`. Register it early. */
export function clientAddress(trusted: TrustedProxies = []): MiddlewareHandler {
  const resolve = createClientAddressResolver(trusted);
  return async function clientAddressMiddleware(c, next) {
    c.set('clientAddress', resolve(c));
    await next();
  };
}

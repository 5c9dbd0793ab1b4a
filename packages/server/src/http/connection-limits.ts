import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import proxyAddr from 'proxy-addr';

/**
 * How long the server waits for a client and how many clients it holds at once. Node's own defaults never close
 * a socket that sends nothing (`server.timeout` is 0) and accept sockets until file descriptors run out: 24,000
 * silent connections from one host once starved the server until /v1/health stopped answering.
 */
export interface ConnectionLimits {
  /** Time to receive a request's complete headers (slow-headers attacks). */
  readonly headersTimeoutMs: number;
  /** Time to receive a whole request, body included. Not less than `headersTimeoutMs` (Node refuses otherwise). */
  readonly requestTimeoutMs: number;
  /** How long a kept-alive connection may wait for its next request. Behind a reverse proxy, make it longer than the proxy's own upstream idle timeout. */
  readonly keepAliveTimeoutMs: number;
  /** A socket with no traffic at all for this long is destroyed — including one that never sends a byte. */
  readonly idleTimeoutMs: number;
  /** Most open connections in all (`server.maxConnections`); beyond it, new sockets are closed at once. */
  readonly maxConnections: number;
  /** Most open connections from one peer address; 0 = no per-address cap. Trusted proxies are exempt (every client arrives through them). */
  readonly maxConnectionsPerClient: number;
}

export const defaultConnectionLimits: ConnectionLimits = {
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 30_000,
  maxConnections: 2_048,
  maxConnectionsPerClient: 256,
};

/**
 * Options for `http.createServer` that only work at construction: Node checks headers/request timeouts on a
 * timer (`connectionsCheckingInterval`, 30 s by default), which would let a slow-headers client overstay its
 * timeout by up to 30 s; a quarter of the shorter timeout keeps the overshoot small at negligible cost.
 */
export function serverOptionsFor(limits: ConnectionLimits): {
  headersTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
  connectionsCheckingInterval: number;
} {
  const shorter = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(5_000, Math.floor(shorter / 4))),
  };
}

/** Applies the limits to a created server (properties that may be set after construction, and the per-address cap). */
export function applyConnectionLimits(server: Server, limits: ConnectionLimits, trustedProxies: readonly string[] = []): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // With no 'timeout' listener on the server, Node destroys a socket idle this long.
  server.timeout = limits.idleTimeoutMs;
  server.maxConnections = limits.maxConnections;
  if (limits.maxConnectionsPerClient > 0) capPerAddress(server, limits.maxConnectionsPerClient, trustedProxies);
}

function capPerAddress(server: Server, cap: number, trustedProxies: readonly string[]): void {
  const trusted = proxyAddr.compile([...trustedProxies]);
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (address === undefined || trusted(address, 0)) return;
    const count = (open.get(address) ?? 0) + 1;
    if (count > cap) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}

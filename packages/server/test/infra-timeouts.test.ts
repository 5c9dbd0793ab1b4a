import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../src/db/open.js';
import { startServer, type Started } from '../src/start.js';

// Short limits keep the test fast; production defaults are in http/connection-limits.ts and the docs.
const limits = {
  idleTimeoutMs: 600,
  headersTimeoutMs: 1_000,
  requestTimeoutMs: 2_000,
  keepAliveTimeoutMs: 1_000,
  maxConnections: 200,
  maxConnectionsPerClient: 20,
};

function open(port: number, localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => {
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** Milliseconds until the server closes the socket. */
function closedAfter(socket: Socket, since: number): Promise<number> {
  return new Promise((resolve) => {
    socket.on('error', () => undefined);
    socket.once('close', () => {
      resolve(Date.now() - since);
    });
    socket.resume();
  });
}

describe('idle and slow connections', () => {
  let server: Started;

  before(async () => {
    // Production mode: nothing to seed, so the test starts at once.
    server = await startServer({
      db: openDatabase({ filename: ':memory:' }),
      mode: 'production',
      auth: { demoTokens: false, serviceKeys: true },
      port: 0,
      hostname: '127.0.0.1',
      corsOrigins: ['https://portal.example.gov.cn'],
      connections: limits,
    });
  });

  after(async () => {
    await server.close();
  });

  test('the limits are set on the Node server', () => {
    const s = server.server;
    assert.deepEqual(
      { headers: s.headersTimeout, request: s.requestTimeout, keepAlive: s.keepAliveTimeout, idle: s.timeout, max: s.maxConnections },
      { headers: 1_000, request: 2_000, keepAlive: 1_000, idle: 600, max: 200 },
    );
  });

  test('silent sockets are closed after the idle timeout, and /v1/health answers while they are open', async (t) => {
    const since = Date.now();
    const silent = await Promise.all(Array.from({ length: 15 }, () => open(server.port)));
    const closing = silent.map((socket) => closedAfter(socket, since));
    const health = await fetch(`${server.url}/v1/health`);
    assert.equal(health.status, 200, 'health answers with 15 silent sockets open');
    const times = await Promise.all(closing);
    const slowest = Math.max(...times);
    t.diagnostic(
      `silent sockets closed after ${String(Math.min(...times))}–${String(slowest)} ms (idle timeout ${String(limits.idleTimeoutMs)} ms)`,
    );
    assert.ok(Math.min(...times) >= limits.idleTimeoutMs - 50, 'not before the timeout');
    assert.ok(slowest < limits.idleTimeoutMs + 1_000, 'soon after it');
  });

  test('a client trickling its headers is cut off by the headers timeout', async (t) => {
    const socket = await open(server.port);
    const since = Date.now();
    const closed = closedAfter(socket, since);
    socket.write('GET /v1/health HTTP/1.1\r\nHost: x\r\n');
    // One header byte every 200 ms: never idle long enough for the idle timeout, never finishing the headers.
    const drip = setInterval(() => {
      if (!socket.destroyed) socket.write('X');
    }, 200);
    const took = await closed;
    clearInterval(drip);
    t.diagnostic(`slow-headers socket closed after ${String(took)} ms (headers timeout ${String(limits.headersTimeoutMs)} ms)`);
    assert.ok(took >= limits.headersTimeoutMs - 50 && took < limits.headersTimeoutMs + 1_500, String(took));
  });

  test('one address cannot hold more than its share of connections; others are still served', async () => {
    // 127.0.0.2 is another loopback address on Linux: a noisy host next to the health checker on 127.0.0.1.
    let noisy: Socket[];
    try {
      noisy = await Promise.all(Array.from({ length: limits.maxConnectionsPerClient }, () => open(server.port, '127.0.0.2')));
    } catch {
      return; // no 127.0.0.2 on this platform (macOS): the cap is the same code path as above
    }
    const extra = await open(server.port, '127.0.0.2');
    const dropped = await closedAfter(extra, Date.now());
    assert.ok(dropped < limits.idleTimeoutMs, `the connection over the cap is dropped at once (${String(dropped)} ms)`);
    assert.equal((await fetch(`${server.url}/v1/health`)).status, 200, 'another client is served');
    for (const socket of noisy) socket.destroy();
  });
});

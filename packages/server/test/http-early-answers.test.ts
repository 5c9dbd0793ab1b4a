import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { startTestServer, type TestServer } from './harness.js';

/*
 * A route may answer before it reads the request body: 401 to a write without a token, 415 to a body that is not
 * JSON. On a phone on rural mobile data the rest of the body can still be on its way when that answer is ready.
 * The server must wait for it and keep the connection, not drop the socket (which a client sees as a connection
 * reset, losing the problem that says what to fix).
 */

let server: TestServer;
before(async () => {
  server = await startTestServer({ households: 60 });
});
after(async () => {
  await server.close();
});

/** Collects what the server sends on one socket; `next()` resolves with the next complete HTTP response head+body. */
function openConnection(): Promise<{ socket: Socket; responses: () => string; closed: () => boolean }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    let received = '';
    let isClosed = false;
    const socket = connect(Number(port), '127.0.0.1', () => {
      resolve({ socket, responses: () => received, closed: () => isClosed });
    });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('close', () => (isClosed = true));
    socket.on('error', () => (isClosed = true));
    socket.once('error', reject);
  });
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await delay(10);
  }
}

test('a write without a token whose body arrives late gets its 401, and the connection carries the next request', async () => {
  const body = JSON.stringify({ categoryCode: 'village', title: '村务公开', body: { blocks: [] } });
  const connection = await openConnection();
  const head = [
    'POST /v1/villages/v-qs-01/disclosures HTTP/1.1',
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    `Content-Length: ${String(Buffer.byteLength(body))}`,
    'Idempotency-Key: 7b1e5a52-5c1f-4a4e-9a57-0f4f0d7d8a11',
    'Connection: keep-alive',
    '',
    '',
  ].join('\r\n');
  connection.socket.write(head + body.slice(0, 10));
  // Longer than the half second after which an unread body used to cost the connection.
  await delay(900);
  connection.socket.write(body.slice(10));
  await until(() => connection.responses().includes('\r\n\r\n{') && connection.responses().trimEnd().endsWith('}'));
  assert.match(connection.responses(), /^HTTP\/1\.1 401 /);
  assert.match(connection.responses(), /application\/problem\+json/);
  assert.equal(connection.closed(), false, 'the connection is still open');

  const before = connection.responses().length;
  connection.socket.write('GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  await until(() => connection.responses().slice(before).includes('HTTP/1.1 200 '));
  connection.socket.end();
});

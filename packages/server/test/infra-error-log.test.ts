import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { sampleIntake, startContractServer, type ContractServer } from './contract-fixtures.js';

/** What the operator's log gets when a request fails: one line with the request id, never a stack or a body. */

let server: ContractServer;
before(async () => {
  server = await startContractServer();
});
after(() => server.close());

/** Runs `work` while collecting what the process writes to stderr and to console.error. */
async function capturingStderr(work: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  const error = console.error;
  process.stderr.write = (chunk: string | Uint8Array) => {
    lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  console.error = (...parts: unknown[]) => {
    lines.push(`${parts.map(String).join(' ')}\n`);
  };
  try {
    await work();
  } finally {
    process.stderr.write = write;
    console.error = error;
  }
  return lines.join('');
}

test('a client that hangs up mid-body is logged as one line with the request id, without the body', async () => {
  const { port } = new URL(server.url);
  const body = JSON.stringify(sampleIntake('邻居在我家门口堆柴火 13912345678'));
  const logged = await capturingStderr(async () => {
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /v1/mediation/cases HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nIdempotency-Key: abort-1\r\nX-Request-Id: abort-test-1\r\nContent-Length: ${String(Buffer.byteLength(body) + 500)}\r\n\r\n${body}`,
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 150);
      });
      socket.on('error', reject);
    });
    // Let the server notice the closed socket and finish the request.
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  const lines = logged.split('\n').filter((line) => line.includes('abort-test-1'));
  assert.equal(lines.length, 1, `exactly one line, got:\n${logged}`);
  assert.ok(!logged.includes('\n    at '), `no stack frames:\n${logged}`);
  assert.ok(!logged.includes('13912345678') && !logged.includes('柴火'), 'no body in the log');
  assert.match(lines[0] ?? '', /^\[shanzhi\] request abort-test-1 POST \/v1\/mediation\/cases: client closed the connection$/);
});

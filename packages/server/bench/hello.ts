// The baseline: a bare node:http hello world on a random loopback port, in its own process.
import { createServer } from 'node:http';

const body = JSON.stringify({ hello: 'world' });
const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address !== null ? address.port : 0, seedMs: 0 })}\n`);
});
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});

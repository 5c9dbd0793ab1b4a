import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { s3Store } from '../src/attachments/s3-store.js';
import { openAttachments } from '../src/attachments/service.js';
import type { S3Settings } from '../src/attachments/settings.js';
import { openDatabase } from '../src/db/open.js';
import { demoNow, startServerInTest, testConnections } from './harness.js';
import { phoneJpeg } from './support/attachment-samples.js';
import { scratchFolder } from './support/scratch.js';

/**
 * The S3 store against a tiny S3-compatible fake on loopback: it keeps objects in memory and refuses any request
 * whose Authorization is not an AWS Signature Version 4 for the configured key, region and service, or whose
 * payload hash does not match the body.
 */

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly authorization: string;
  readonly contentSha256: string;
  readonly amzDate: string;
}

const sigV4 =
  /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/(\d{8})\/cn-north-1\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$/;

let server: Server;
let endpoint: string;
const objects = new Map<string, Buffer>();
const seen: Seen[] = [];

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

before(async () => {
  server = createServer((request, response) => {
    void (async () => {
      const body = await bodyOf(request);
      const authorization = request.headers.authorization ?? '';
      const contentSha256 = String(request.headers['x-amz-content-sha256'] ?? '');
      const amzDate = String(request.headers['x-amz-date'] ?? '');
      seen.push({ method: request.method ?? '', url: request.url ?? '', authorization, contentSha256, amzDate });
      const match = sigV4.exec(authorization);
      const signed = match?.[2]?.split(';') ?? [];
      if (!match || !signed.includes('host') || !signed.includes('x-amz-date') || !signed.includes('x-amz-content-sha256')) {
        response.writeHead(403, { 'Content-Type': 'application/xml' }).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
        return;
      }
      if (!amzDate.startsWith(match[1] ?? '-')) {
        response.writeHead(403).end();
        return;
      }
      if (request.method === 'PUT') {
        if (createHash('sha256').update(body).digest('hex') !== contentSha256) {
          response.writeHead(400).end('<Error><Code>XAmzContentSHA256Mismatch</Code></Error>');
          return;
        }
        objects.set(request.url ?? '', body);
        response.writeHead(200, { ETag: '"x"' }).end();
        return;
      }
      const object = objects.get(request.url ?? '');
      if (object === undefined) response.writeHead(404, { 'Content-Type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>');
      else response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(object);
    })();
  });
  // The store's fetch and this fake share the event loop: under CI load it stalls for seconds, and Node's 5 s
  // keep-alive closed a pooled socket as the store reused it ("fetch failed"). Longer than any such stall.
  server.keepAliveTimeout = testConnections.keepAliveTimeoutMs;
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  endpoint = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});
after(
  () =>
    new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    }),
);

const settings = (overrides: Partial<S3Settings> = {}): S3Settings => ({
  endpoint,
  bucket: 'village-files',
  region: 'cn-north-1',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  prefix: 'shanzhi/',
  ...overrides,
});

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the S3 attachment store', () => {
  test('puts an object under bucket/prefix/ab/<sha256> with a SigV4 signature and the payload hash, and gets it back', async () => {
    const store = s3Store(settings());
    const bytes = new TextEncoder().encode('%PDF-1.4 evidence');
    const sha256 = hashOf(bytes);
    await store.put(sha256, bytes, 'application/pdf');
    const put = seen.at(-1);
    assert.equal(put?.method, 'PUT');
    assert.equal(put.url, `/village-files/shanzhi/${sha256.slice(0, 2)}/${sha256}`);
    assert.match(put.authorization, sigV4);
    assert.equal(put.contentSha256, sha256, 'the signed payload hash is the content hash');
    assert.match(put.amzDate, /^\d{8}T\d{6}Z$/);
    assert.deepEqual(await store.get(sha256), bytes);
    assert.match(seen.at(-1)?.authorization ?? '', sigV4);
  });

  test('a missing object is undefined; a refused request is an error that names no key or bucket', async () => {
    const store = s3Store(settings());
    assert.equal(await store.get('0'.repeat(64)), undefined);
    const wrongKey = s3Store(settings({ accessKeyId: 'SOMEONE-ELSE' }));
    await assert.rejects(wrongKey.get('1'.repeat(64)), (error: Error) => {
      assert.match(error.message, /answered 403/);
      assert.doesNotMatch(error.message, /village-files|1111/);
      return true;
    });
  });

  test('only SHA-256 digests are keys: nothing else can choose an object name', async () => {
    const store = s3Store(settings());
    await assert.rejects(store.put('../../other-bucket/x', new Uint8Array(1), 'image/png'), /SHA-256/);
  });
});

describe('two server processes on one database and one bucket', () => {
  test('a photo uploaded through one is served by the other, from the bucket (neither keeps a local copy)', async (t) => {
    const db = openDatabase({ filename: ':memory:' });
    const folder = scratchFolder('shanzhi-s3-');
    const start = (name: string) =>
      startServerInTest({
        db,
        port: 0,
        hostname: '127.0.0.1',
        households: 60,
        now: demoNow,
        attachments: openAttachments({ dir: join(folder, name), maxBytes: {}, s3: settings() }),
      });
    const first = await start('first');
    const second = await start('second');
    t.after(async () => {
      await first.close();
      await second.close().catch(() => undefined); // the shared database is already closed by the first
    });
    const photo = phoneJpeg();
    const sent = await fetch(`${first.url}/v1/villages/v-qs-01/uploads/goods-photo`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-cadre', 'Content-Type': 'image/jpeg', 'Idempotency-Key': randomUUID() },
      body: photo,
    });
    assert.equal(sent.status, 201);
    const attachment = (await sent.json()) as { id: string; sha256: string; size: number };
    assert.ok(objects.has(`/village-files/shanzhi/${attachment.sha256.slice(0, 2)}/${attachment.sha256}`), 'stored in the bucket');
    const served = await fetch(`${second.url}/v1/villages/v-qs-01/attachments/${attachment.id}/content`);
    assert.equal(served.status, 200);
    const bytes = new Uint8Array(await served.arrayBuffer());
    assert.equal(bytes.length, attachment.size);
    assert.equal(hashOf(bytes), attachment.sha256);
    assert.equal(existsSync(join(folder, 'first')) || existsSync(join(folder, 'second')), false, 'no local folder was written');
  });
});

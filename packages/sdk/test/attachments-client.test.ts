import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as browser from '../src/browser/index.js';
import { createClient, getAttachmentContent, uploadAttachment } from '../src/index.js';

/** Uploads go out as the file's bytes (not JSON) in a type the route lists; downloads come back as a Blob. */

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: Uint8Array;
}

/** A fetch that records the request and answers `answer`. */
function recording(answer: () => Response): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: new Uint8Array(await request.arrayBuffer()),
      });
      return answer();
    },
  };
}

const attachment = {
  id: 'att-1',
  villageId: 'v-qs-01',
  purpose: 'points-evidence',
  mediaType: 'image/png',
  size: 4,
  sha256: 'a'.repeat(64),
  public: false,
  createdAt: '2026-11-29T04:00:00.000Z',
};
const created = () => new Response(JSON.stringify(attachment), { status: 201, headers: { 'Content-Type': 'application/json' } });
const params = { villageId: 'v-qs-01', purpose: 'points-evidence' } as const;

describe('uploads with client.request', () => {
  test('a Blob goes out as its bytes with its own type, an Idempotency-Key, and the answer is parsed', async () => {
    const { fetch, sent } = recording(created);
    const client = createClient({ baseUrl: 'http://api.test', token: 't', fetch, retry: 0 });
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47]);
    const result = await client.request(uploadAttachment, { params, body: new Blob([bytes], { type: 'image/png' }) });
    assert.equal(result.data.id, 'att-1');
    assert.equal(sent[0]?.method, 'POST');
    assert.equal(sent[0].url, 'http://api.test/v1/villages/v-qs-01/uploads/points-evidence');
    assert.equal(sent[0].headers.get('content-type'), 'image/png');
    assert.ok((sent[0].headers.get('idempotency-key') ?? '').length > 0);
    assert.deepEqual(sent[0].body, bytes);
  });

  test('bytes, or a Blob of a type the route does not list, go out as application/octet-stream (the server sniffs)', async () => {
    const { fetch, sent } = recording(created);
    const client = browser.createClient({ baseUrl: 'http://api.test', fetch, retry: 0 });
    await client.request(browser.uploadAttachment, { params, body: Uint8Array.from([1, 2, 3]) });
    await client.request(browser.uploadAttachment, { params, body: new Blob(['x'], { type: 'image/heic' }) });
    assert.deepEqual(
      sent.map((one) => one.headers.get('content-type')),
      ['application/octet-stream', 'application/octet-stream'],
    );
    assert.deepEqual(sent[0]?.body, Uint8Array.from([1, 2, 3]));
  });
});

test('a download comes back as a Blob of the served type', async () => {
  const { fetch } = recording(() => new Response(Uint8Array.from([0xff, 0xd8, 0xff]), { headers: { 'Content-Type': 'image/jpeg' } }));
  for (const client of [
    createClient({ baseUrl: 'http://api.test', fetch, retry: 0 }),
    browser.createClient({ baseUrl: 'http://api.test', fetch }),
  ]) {
    const result = await client.request(getAttachmentContent, { params: { villageId: 'v-qs-01', attachmentId: 'att-1' } });
    assert.ok(result.data instanceof Blob);
    assert.equal(result.data.type, 'image/jpeg');
    assert.equal(result.data.size, 3);
  }
});

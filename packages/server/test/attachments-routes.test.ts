import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createClient, getAttachmentContent, uploadAttachment, type AttachmentPurpose } from '@shanzhi/sdk';
import type { Kysely } from 'kysely';
import { checkAttachmentIds } from '../src/attachments/references.js';
import { openAttachments } from '../src/attachments/service.js';
import { issueToken } from '../src/auth/principal.js';
import { openDatabase } from '../src/db/open.js';
import type { Database } from '../src/db/schema.js';
import { HttpProblem } from '../src/http/problem.js';
import type { Started } from '../src/start.js';
import { assertProblem } from './contract-fixtures.js';
import { demoNow, startTestServer, startServerInTest } from './harness.js';
import { annotatedPng, contains, gif, gpsLatitude, pdf, phoneJpeg, windowsProgram } from './support/attachment-samples.js';
import { scratchFolder } from './support/scratch.js';

/** Uploading, reading and serving attachments over HTTP: formats, limits, who sees what, headers, retries, logs. */

let server: Started;
let db: Kysely<Database>;
let folder: string;
const village = 'v-qs-01';
const goodsPhotoLimit = 2048;

before(async () => {
  folder = scratchFolder('shanzhi-attachments-');
  db = openDatabase({ filename: ':memory:' });
  server = await startServerInTest({
    db,
    port: 0,
    hostname: '127.0.0.1',
    households: 120,
    now: demoNow,
    attachments: openAttachments({ dir: join(folder, 'files'), maxBytes: { 'goods-photo': goodsPhotoLimit } }),
  });
  // A second villager of the village, and a cadre of the neighbouring village.
  await issueToken(db, 'test-villager-2', { id: 'villager-two', role: 'villager', villageId: village, householdId: 'h-999999' }, 'test');
  await issueToken(db, 'test-cadre-v2', { id: 'cadre-v2', role: 'cadre', villageId: 'v-qs-02' }, 'test');
});
after(() => server.close());

interface Sent {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
  readonly text: string;
}

async function call(
  path: string,
  init: { method?: string; token?: string; body?: Uint8Array | string; headers?: Record<string, string> } = {},
): Promise<Sent> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: Buffer.from(bytes).toString('utf8') };
}

function upload(
  purpose: AttachmentPurpose,
  body: Uint8Array,
  options: { token?: string; type?: string; key?: string; villageId?: string; language?: string } = {},
) {
  return call(`/v1/villages/${options.villageId ?? village}/uploads/${purpose}`, {
    method: 'POST',
    token: options.token,
    body,
    headers: {
      'Content-Type': options.type ?? 'application/octet-stream',
      'Idempotency-Key': options.key ?? randomUUID(),
      'Accept-Language': options.language ?? 'en',
    },
  });
}

interface Attachment {
  id: string;
  villageId: string;
  purpose: string;
  mediaType: string;
  size: number;
  sha256: string;
  public: boolean;
  createdAt: string;
}

async function uploaded(purpose: AttachmentPurpose, body: Uint8Array, token?: string): Promise<Attachment> {
  const response = await upload(purpose, body, token === undefined ? {} : { token });
  assert.equal(response.status, 201, response.text);
  return JSON.parse(response.text) as Attachment;
}

const metaPath = (one: Attachment, villageId = one.villageId) => `/v1/villages/${villageId}/attachments/${one.id}`;
const contentPath = (one: Attachment) => `${metaPath(one)}/content`;
const gps = Uint8Array.from(gpsLatitude.flatMap((value) => [0, 0, 0, value]));

describe('upload: the format comes from the bytes, metadata is removed', () => {
  test('a villager uploads a phone photo sent as octet-stream: image/jpeg, without its GPS position', async () => {
    const photo = phoneJpeg();
    const one = await uploaded('points-evidence', photo, 'demo-villager');
    assert.equal(one.mediaType, 'image/jpeg');
    assert.equal(one.purpose, 'points-evidence');
    assert.equal(one.public, false);
    assert.ok(one.size < photo.length, 'smaller than what was sent');
    assert.equal('owner' in one, false, 'the uploader is never told');
    const content = await call(contentPath(one), { token: 'demo-villager' });
    assert.equal(content.status, 200);
    assert.equal(content.bytes.length, one.size);
    assert.equal(createHash('sha256').update(content.bytes).digest('hex'), one.sha256);
    assert.equal(contains(content.bytes, gps), false, 'the GPS latitude is gone');
    assert.equal(contains(content.bytes, 'PhoneCo'), false);
  });

  test('a Windows program sent as image/jpeg is refused with 415, in English and in Chinese, naming what it is', async () => {
    const en = await upload('points-evidence', windowsProgram, { token: 'demo-villager', type: 'image/jpeg' });
    const problem = assertProblem(en, 415, 'file-type-not-accepted');
    assert.match(problem.detail ?? '', /points-evidence.*JPEG-PNG-WebP-PDF.*exe/);
    assert.equal(en.headers.get('accept-post'), 'image/jpeg, image/png, image/webp, application/pdf');
    const zh = await upload('points-evidence', windowsProgram, { token: 'demo-villager', type: 'image/jpeg', language: 'zh-CN' });
    assert.equal(assertProblem(zh, 415, 'file-type-not-accepted').title, '不接受此类文件');
  });

  test('a GIF, an empty body, and a PDF where only photos go are refused as well', async () => {
    assert.match(assertProblem(await upload('points-evidence', gif, { token: 'demo-villager' }), 415).detail ?? '', /gif/);
    assert.match(assertProblem(await upload('points-evidence', new Uint8Array(0), { token: 'demo-villager' }), 415).detail ?? '', /empty/);
    const pdfAsGoods = await upload('goods-photo', pdf, { token: 'demo-cadre' });
    assert.match(assertProblem(pdfAsGoods, 415, 'file-type-not-accepted').detail ?? '', /JPEG-PNG-WebP files only.*PDF/);
  });

  test("over the purpose's size limit: 413 naming the limit", async () => {
    const big = new Uint8Array(goodsPhotoLimit + 500);
    big.set(annotatedPng());
    const response = await upload('goods-photo', big, { token: 'demo-cadre' });
    assert.match(assertProblem(response, 413, 'payload-too-large').detail ?? '', new RegExp(String(goodsPhotoLimit)));
  });

  test('a JSON body or a text body is not a file: 400 when malformed, else 415 with Accept-Post', async () => {
    const path = `/v1/villages/${village}/uploads/points-evidence`;
    const headers = { 'Idempotency-Key': randomUUID() };
    const post = (body: string, contentType: string) =>
      call(path, { method: 'POST', token: 'demo-villager', body, headers: { ...headers, 'Content-Type': contentType } });
    const malformed = await post('{"a":', 'application/json');
    assertProblem(malformed, 400, 'malformed-json');
    const json = await post('{}', 'application/json');
    assertProblem(json, 415, 'unsupported-media-type');
    assert.match(json.headers.get('accept-post') ?? '', /image\/jpeg/);
    const text = await post('hello', 'text/plain');
    assertProblem(text, 415, 'unsupported-media-type');
    assert.match(text.headers.get('accept-post') ?? '', /application\/octet-stream/);
  });
});

describe('who may upload', () => {
  test('the public only for a mediation application; roles and villages as the purpose says', async () => {
    assertProblem(await upload('points-evidence', annotatedPng()), 401, 'unauthorized');
    assertProblem(await upload('points-evidence', annotatedPng(), { token: 'demo-mediator' }), 403, 'forbidden');
    assertProblem(await upload('disclosure', pdf, { token: 'demo-villager' }), 403, 'forbidden');
    assertProblem(await upload('goods-photo', annotatedPng(), { token: 'test-cadre-v2' }), 403, 'forbidden');
    assertProblem(await upload('mediation-intake', annotatedPng(), { villageId: 'v-no-such-village' }), 404, 'not-found');
    assert.equal((await upload('mediation-intake', annotatedPng())).status, 201);
  });
});

describe('who may read', () => {
  const readers = async (one: Attachment, tokens: readonly (string | undefined)[]) => {
    const answers: Record<string, number> = {};
    for (const token of tokens) {
      const meta = await call(metaPath(one), token === undefined ? {} : { token });
      const content = await call(contentPath(one), token === undefined ? {} : { token });
      assert.equal(meta.status, content.status, `${token ?? 'public'}: the description and the bytes answer alike`);
      if (meta.status !== 200) assertProblem(meta, 404, 'not-found');
      answers[token ?? 'public'] = meta.status;
    }
    return answers;
  };
  const everyone = [
    'demo-villager',
    'test-villager-2',
    'demo-gridWorker',
    'demo-cadre',
    'demo-supervisor',
    'demo-mediator',
    'demo-admin',
    'test-cadre-v2',
    undefined,
  ];

  test("points evidence: its uploader and the village's grid worker, cadre and supervisor; 404 to everyone else", async () => {
    const one = await uploaded('points-evidence', annotatedPng(), 'demo-villager');
    assert.deepEqual(await readers(one, everyone), {
      'demo-villager': 200,
      'test-villager-2': 404,
      'demo-gridWorker': 200,
      'demo-cadre': 200,
      'demo-supervisor': 200,
      'demo-mediator': 404,
      'demo-admin': 404,
      'test-cadre-v2': 404,
      public: 404,
    });
    assertProblem(await call(metaPath(one, 'v-qs-02'), { token: 'demo-cadre' }), 404, 'not-found');
  });

  test("a mediation application's file, sent without a token: the village's mediators only", async () => {
    const one = await uploaded('mediation-intake', pdf);
    const answers = await readers(one, everyone);
    assert.deepEqual(
      Object.keys(answers).filter((token) => answers[token] === 200),
      ['demo-mediator'],
    );
  });

  test('a goods photo is public: anyone reads it, with shared caching', async () => {
    const one = await uploaded('goods-photo', annotatedPng(), 'demo-cadre');
    assert.equal(one.public, true);
    const answers = await readers(one, everyone);
    assert.ok(Object.values(answers).every((status) => status === 200));
  });
});

describe('how the bytes are served', () => {
  test('a private photo: its type, nosniff, a sandboxing CSP, inline, private and no-store, ETag = SHA-256, 304', async () => {
    const one = await uploaded('points-evidence', phoneJpeg(), 'demo-villager');
    const response = await call(contentPath(one), { token: 'demo-cadre' });
    assert.equal(response.headers.get('content-type'), 'image/jpeg');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    assert.match(response.headers.get('content-disposition') ?? '', /^inline; filename="att-[\w-]+\.jpeg"$/);
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    assert.equal(response.headers.get('etag'), `"${one.sha256}"`);
    const again = await call(contentPath(one), { token: 'demo-cadre', headers: { 'If-None-Match': `"${one.sha256}"` } });
    assert.equal(again.status, 304);
    assert.equal(again.bytes.length, 0);
  });

  test('a PDF is a download; a public file may be cached by anyone', async () => {
    const file = await uploaded('disclosure', pdf, 'demo-cadre');
    const response = await call(contentPath(file));
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(response.headers.get('content-disposition') ?? '', /^attachment; filename="att-[\w-]+\.pdf"$/);
    assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=\d+$/);
    assert.deepEqual(response.bytes, pdf);
    const meta = await call(metaPath(file));
    assert.equal(meta.headers.get('content-type'), 'application/json');
    assert.equal(meta.headers.get('cache-control'), 'private, no-store');
  });

  test('the files lie under the data folder, readable by the server only; no file name is kept', async () => {
    const one = await uploaded('points-evidence', annotatedPng(), 'demo-gridWorker');
    const path = join(folder, 'files', one.sha256.slice(0, 2), one.sha256);
    if (process.platform !== 'win32') {
      assert.equal(statSync(path).mode & 0o777, 0o600);
      assert.equal(statSync(join(folder, 'files', one.sha256.slice(0, 2))).mode & 0o777, 0o700);
    }
    assert.ok(readdirSync(join(folder, 'files', one.sha256.slice(0, 2))).every((name) => /^[0-9a-f]{64}$/.test(name)));
  });
});

describe('retries, audit and access log', () => {
  test('the same Idempotency-Key and bytes replay the first answer; other bytes under it are 422; none is 400', async () => {
    const key = randomUUID();
    const first = await upload('points-evidence', annotatedPng(), { token: 'demo-villager', key });
    const again = await upload('points-evidence', annotatedPng(), { token: 'demo-villager', key });
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal((JSON.parse(again.text) as Attachment).id, (JSON.parse(first.text) as Attachment).id);
    assertProblem(await upload('points-evidence', phoneJpeg(), { token: 'demo-villager', key }), 422, 'idempotency-key-reused');
    assertProblem(await upload('objection-evidence', annotatedPng(), { token: 'demo-villager', key }), 422, 'idempotency-key-reused');
    const path = `/v1/villages/${village}/uploads/points-evidence`;
    const missing = await call(path, { method: 'POST', token: 'demo-villager', body: pdf, headers: { 'Content-Type': 'application/pdf' } });
    assertProblem(missing, 400, 'idempotency-key-missing');
  });

  test('an upload is in the audit chain; reading private bytes is in the access log, public ones are not', async () => {
    const secret = await uploaded('points-evidence', annotatedPng(), 'demo-villager');
    const open = await uploaded('goods-photo', phoneJpeg(), 'demo-cadre');
    const audited = await db.selectFrom('audit_log').select(['actor', 'action']).where('subject', '=', `attachment:${secret.id}`).execute();
    assert.equal(audited.length, 1);
    assert.equal(audited[0]?.action, 'attachment.upload');
    await call(contentPath(secret), { token: 'demo-cadre' });
    await call(contentPath(open));
    const reads = await db
      .selectFrom('access_log')
      .select(['action', 'subject', 'role'])
      .where('action', '=', 'getAttachmentContent')
      .execute();
    assert.ok(reads.some((read) => read.subject.includes(secret.id) && read.role === 'cadre'));
    assert.ok(!reads.some((read) => read.subject.includes(open.id)));
  });
});

describe('the SDK', () => {
  test('uploads a Blob and downloads the bytes as a Blob through client.request', async () => {
    const client = createClient({ baseUrl: server.url, token: 'demo-villager', retry: 0 });
    const png = annotatedPng();
    const sent = await client.request(uploadAttachment, {
      params: { villageId: village, purpose: 'points-evidence' },
      body: new Blob([png], { type: 'image/png' }),
    });
    assert.equal(sent.status, 201);
    assert.equal(sent.data.mediaType, 'image/png');
    const got = await client.request(getAttachmentContent, { params: { villageId: village, attachmentId: sent.data.id } });
    assert.ok(got.data instanceof Blob);
    assert.equal(got.data.size, sent.data.size);
  });
});

describe('forms that name attachments (checkAttachmentIds)', () => {
  test("only files of the form's village and purpose that the caller may read", async () => {
    const own = await uploaded('points-evidence', annotatedPng(), 'demo-villager');
    const objection = await uploaded('objection-evidence', annotatedPng(), 'demo-villager');
    const villager = { id: 'villager-two', role: 'villager', villageId: village, householdId: 'h-999999' } as const;
    const uploader = (await db.selectFrom('attachments').select('owner').where('id', '=', own.id).executeTakeFirstOrThrow()).owner;
    const owner = { id: uploader, role: 'villager', villageId: village } as const;
    await checkAttachmentIds(db, owner, village, 'points-evidence', [own.id]);
    const refusal = (ids: string[], principal: typeof owner | typeof villager = owner, villageId = village) =>
      assert.rejects(checkAttachmentIds(db, principal, villageId, 'points-evidence', ids), (error: unknown) => {
        assert.ok(error instanceof HttpProblem);
        assert.equal(error.code, 'validation');
        assert.deepEqual(
          error.issues.map((one) => one.path),
          [['attachmentIds', 1]],
        );
        return true;
      });
    await refusal([own.id, objection.id]); // another purpose
    await refusal([own.id, 'att-none']); // no such file
    await assert.rejects(checkAttachmentIds(db, villager, village, 'points-evidence', [own.id]), HttpProblem); // not theirs to see
    await assert.rejects(checkAttachmentIds(db, owner, 'v-qs-02', 'points-evidence', [own.id]), HttpProblem); // another village
  });
});

describe('files sent without a token are limited per client address', () => {
  test('past the limit 429 with Retry-After; a replay is not counted; signed-in uploads are not limited by it', async (t) => {
    const small = await startTestServer({
      households: 60,
      attachments: openAttachments({ dir: join(folder, 'small'), maxBytes: {}, anonymousUploads: { maxFailures: 2, windowMs: 60_000 } }),
    });
    t.after(() => small.close());
    const send = (key: string, token?: string) =>
      fetch(`${small.url}/v1/villages/${village}/uploads/mediation-intake`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/pdf', 'Idempotency-Key': key, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: pdf,
      });
    const key = randomUUID();
    assert.equal((await send(key)).status, 201);
    assert.equal((await send(key)).headers.get('idempotent-replayed'), 'true');
    assert.equal((await send(randomUUID())).status, 201);
    const refused = await send(randomUUID());
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.equal((await send(randomUUID(), 'demo-mediator')).status, 201);
  });
});

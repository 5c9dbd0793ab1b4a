import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { sweepUnreferencedAttachments } from '../src/attachments/cleanup.js';
import { s3Store } from '../src/attachments/s3-store.js';
import { openAttachments, type Attachments } from '../src/attachments/service.js';
import { openPostgres } from '../src/db/index.js';
import { openDatabase } from '../src/db/open.js';
import type { Database } from '../src/db/schema.js';
import type { Started } from '../src/start.js';
import { demoNow, startServerInTest } from './harness.js';
import { postgresUnavailable, startPostgresCluster } from './postgres-cluster.js';
import { village } from './support/demo-county.js';
import { neighbourIntake } from './support/intakes.js';
import { startedForFile } from './support/lifecycle.js';
import { scratchFolder } from './support/scratch.js';

/**
 * The daily sweep of unreferenced attachments: files no record names go after the grace period (rows, bytes, an
 * audit entry by `system`); named files, recent files, bytes another row shares and purposes the sweep cannot see
 * references for stay.
 */

const hourMs = 60 * 60 * 1000;
let clock = demoNow();
let server: Started;
let db: Kysely<Database>;
let folder: string;
let attachments: Attachments;

before(async () => {
  folder = join(scratchFolder('shanzhi-cleanup-'), 'files');
  db = openDatabase({ filename: ':memory:' });
  attachments = openAttachments({ dir: folder, maxBytes: {} });
  server = await startServerInTest({ db, port: 0, hostname: '127.0.0.1', households: 60, now: () => clock, attachments });
});
after(() => server.close());

/** A small PDF whose bytes (and so its SHA-256) differ by `label`. */
const pdfOf = (label: string) =>
  new TextEncoder().encode(`%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

interface Uploaded {
  readonly id: string;
  readonly sha256: string;
}

async function upload(purpose: string, bytes: Uint8Array, token?: string, base = server.url): Promise<Uploaded> {
  const response = await fetch(`${base}/v1/villages/${village}/uploads/${purpose}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/pdf',
      'Idempotency-Key': randomUUID(),
      ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
    },
    body: bytes,
  });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as Uploaded;
}

/** Sends a mediation application (without a token, as the public form does) that names the file `attachmentId`. */
async function applyNaming(attachmentId: string, base = server.url): Promise<void> {
  const intake = { ...neighbourIntake(), attachments: [{ attachmentId, mediaType: 'application/pdf', sizeBytes: 80 }] };
  const submitted = await fetch(`${base}/v1/mediation/cases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(intake),
  });
  assert.equal(submitted.status, 201, await submitted.clone().text());
}

const fileOf = (sha256: string) => join(folder, sha256.slice(0, 2), sha256);
const rowOf = (id: string) => db.selectFrom('attachments').select('id').where('id', '=', id).executeTakeFirst();

describe('the clean-up of unreferenced attachments', () => {
  test('deletes old files no record names (rows and bytes, audited); keeps named, recent, shared and unswept ones', async () => {
    clock = demoNow();
    // A file a mediation application names (uploaded without a token, as the public form does).
    const named = await upload('mediation-intake', pdfOf('named'));
    await applyNaming(named.id);
    // An abandoned application's file, and an abandoned upload of the very bytes of the named one.
    const abandoned = await upload('mediation-intake', pdfOf('abandoned'));
    const twin = await upload('mediation-intake', pdfOf('named'));
    assert.equal(twin.sha256, named.sha256);
    // A disclosure attachment: a purpose whose references the sweep cannot see, so it leaves it alone.
    const disclosed = await upload('disclosure', pdfOf('disclosed'), 'demo-cadre');

    // Before the grace period ends, nothing goes.
    const early = await sweepUnreferencedAttachments(db, attachments, new Date(clock.getTime() + 23 * hourMs));
    assert.deepEqual(early, { files: 0, objects: 0 });

    clock = new Date(demoNow().getTime() + 25 * hourMs);
    const recent = await upload('mediation-intake', pdfOf('recent'));
    const result = await sweepUnreferencedAttachments(db, attachments, clock);
    assert.deepEqual(result, { files: 2, objects: 1 }, 'the abandoned file and the twin row; only the abandoned bytes');

    assert.equal(await rowOf(abandoned.id), undefined);
    assert.equal(existsSync(fileOf(abandoned.sha256)), false, 'the bytes are gone');
    assert.equal(await rowOf(twin.id), undefined);
    assert.ok(await rowOf(named.id), 'a file the case names stays');
    assert.ok(existsSync(fileOf(named.sha256)), 'bytes another row uses stay');
    assert.ok(await rowOf(recent.id), 'a file within its grace period stays');
    assert.ok(await rowOf(disclosed.id), 'a purpose without known references is never swept');

    const audited = await db
      .selectFrom('audit_log')
      .select(['actor', 'role', 'subject'])
      .where('action', '=', 'attachment.delete-unreferenced')
      .orderBy('seq')
      .execute();
    assert.deepEqual(audited.map((entry) => entry.subject).sort(), [`attachment:${abandoned.id}`, `attachment:${twin.id}`].sort());
    assert.ok(audited.every((entry) => entry.actor === 'system' && entry.role === 'system'));

    // A second run finds nothing more to do.
    assert.deepEqual(await sweepUnreferencedAttachments(db, attachments, clock), { files: 0, objects: 0 });
  });

  test('a goods photo stays while the shelf names it; the grace period is a setting', async () => {
    clock = demoNow();
    const png = Uint8Array.from([
      ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      ...[0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89],
      ...[0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82],
    ]);
    const response = await fetch(`${server.url}/v1/villages/${village}/uploads/goods-photo`, {
      method: 'POST',
      headers: { 'Content-Type': 'image/png', 'Idempotency-Key': randomUUID(), Authorization: 'Bearer demo-cadre' },
      body: png,
    });
    assert.equal(response.status, 201, await response.clone().text());
    const photo = (await response.json()) as Uploaded;
    const goods = await db.selectFrom('supermarket_goods').select('id').where('village_id', '=', village).executeTakeFirstOrThrow();
    await db.updateTable('supermarket_goods').set({ photo_id: photo.id }).where('id', '=', goods.id).execute();
    const loose = await upload('mediation-intake', pdfOf('loose'));

    const later = new Date(clock.getTime() + 30 * hourMs);
    const patient: Attachments = { ...attachments, settings: { ...attachments.settings, unreferencedGraceHours: 48 } };
    assert.deepEqual(await sweepUnreferencedAttachments(db, patient, later), { files: 0, objects: 0 }, '30 h < 48 h');
    assert.deepEqual(await sweepUnreferencedAttachments(db, attachments, later), { files: 1, objects: 1 });
    assert.ok(await rowOf(photo.id), 'the shelf names the photo');
    assert.equal(await rowOf(loose.id), undefined);
  });

  test('the S3 store deletes the object under its key (and a missing one is no error)', async () => {
    const objects = new Map<string, Uint8Array>();
    const methods: string[] = [];
    const fakeFetch: typeof fetch = (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const key = new URL(request.url).pathname;
      methods.push(`${request.method} ${key}`);
      return (async () => {
        if (request.method === 'PUT') {
          objects.set(key, new Uint8Array(await request.arrayBuffer()));
          return new Response(null, { status: 200 });
        }
        if (request.method === 'DELETE') {
          objects.delete(key);
          return new Response(null, { status: 204 });
        }
        const found = objects.get(key);
        return found === undefined ? new Response('<Error/>', { status: 404 }) : new Response(found, { status: 200 });
      })();
    };
    const store = s3Store(
      { endpoint: 'http://s3.test', bucket: 'files', region: 'us-east-1', accessKeyId: 'AK', secretAccessKey: 'SK', prefix: 'sz/' },
      fakeFetch,
    );
    const bytes = pdfOf('s3');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await store.put(sha256, bytes, 'application/pdf');
    await store.delete(sha256);
    assert.equal(await store.get(sha256), undefined);
    await store.delete(sha256);
    assert.ok(methods.includes(`DELETE /files/sz/${sha256.slice(0, 2)}/${sha256}`), methods.join('\n'));
  });
});

describe('the clean-up on PostgreSQL', { skip: postgresUnavailable(), timeout: 120_000 }, () => {
  const pg = startedForFile('The PostgreSQL server', async () => {
    const cluster = await startPostgresCluster();
    const folder = mkdtempSync(join(tmpdir(), 'shanzhi-pg-cleanup-'));
    const pgDb = openPostgres(cluster.url);
    const files = openAttachments({ dir: join(folder, 'files'), maxBytes: {} });
    const started = await startServerInTest({
      db: pgDb,
      port: 0,
      hostname: '127.0.0.1',
      households: 60,
      now: () => clock,
      attachments: files,
    });
    const close = async () => {
      try {
        await started.close();
      } finally {
        await cluster.stop();
        rmSync(folder, { recursive: true, force: true });
      }
    };
    return { url: started.url, db: pgDb, files, close };
  });

  test('an old file no case names goes (row and bytes), the named one stays', async () => {
    const { url, db: pgDb, files } = pg();
    clock = demoNow();
    const named = await upload('mediation-intake', pdfOf('pg-named'), undefined, url);
    await applyNaming(named.id, url);
    const abandoned = await upload('mediation-intake', pdfOf('pg-abandoned'), undefined, url);
    const result = await sweepUnreferencedAttachments(pgDb, files, new Date(clock.getTime() + 25 * hourMs));
    assert.deepEqual(result, { files: 1, objects: 1 });
    const left = await pgDb.selectFrom('attachments').select('id').where('id', 'in', [named.id, abandoned.id]).execute();
    assert.deepEqual(
      left.map((row) => row.id),
      [named.id],
    );
    assert.equal(await files.store.get(abandoned.sha256), undefined, 'the bytes are gone');
    assert.ok(await files.store.get(named.sha256));
  });
});

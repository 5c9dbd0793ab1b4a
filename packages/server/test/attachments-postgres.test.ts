import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openAttachments } from '../src/attachments/service.js';
import { openPostgres } from '../src/db/index.js';
import type { Started } from '../src/start.js';
import { demoNow, startServerInTest } from './harness.js';
import { closeThenStop, postgresUnavailable, startPostgresCluster, type PostgresCluster } from './postgres-cluster.js';
import { phoneJpeg } from './support/attachment-samples.js';
import { scratchFolder } from './support/scratch.js';

/** Migration 0010 and the attachment routes on PostgreSQL. Skipped (with the reason) where no PostgreSQL can be started. */

const unavailable = postgresUnavailable();

describe('attachments on PostgreSQL', { skip: unavailable, timeout: 120_000 }, () => {
  let cluster: PostgresCluster | undefined;
  let server: Started | undefined;

  before(async () => {
    cluster = await startPostgresCluster();
    server = await startServerInTest({
      db: openPostgres(cluster.url),
      port: 0,
      hostname: '127.0.0.1',
      households: 60,
      now: demoNow,
      attachments: openAttachments({ dir: join(scratchFolder('shanzhi-pg-attachments-'), 'files'), maxBytes: {} }),
    });
  });
  after(() => closeThenStop([server], cluster));

  test('an upload is stored, replayed under its key, and read back by the village staff only', async () => {
    assert.ok(server);
    const key = randomUUID();
    const post = () =>
      fetch(`${server?.url ?? ''}/v1/villages/v-qs-01/uploads/points-evidence`, {
        method: 'POST',
        headers: { Authorization: 'Bearer demo-villager', 'Content-Type': 'image/jpeg', 'Idempotency-Key': key },
        body: phoneJpeg(),
      });
    const first = await post();
    assert.equal(first.status, 201);
    const attachment = (await first.json()) as { id: string; size: number };
    const again = await post();
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(((await again.json()) as { id: string }).id, attachment.id);
    const content = (token: string) =>
      fetch(`${server?.url ?? ''}/v1/villages/v-qs-01/attachments/${attachment.id}/content`, {
        headers: { Authorization: `Bearer ${token}` },
      });
    const read = await content('demo-cadre');
    assert.equal(read.status, 200);
    assert.equal((await read.arrayBuffer()).byteLength, attachment.size);
    assert.equal((await content('demo-mediator')).status, 404);
  });
});

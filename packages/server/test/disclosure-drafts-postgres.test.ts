import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { richTextFromPlain } from '@shanzhi/rules';
import {
  createClient,
  createDisclosureDraft,
  listDisclosureDrafts,
  publishDisclosureDraft,
  updateDisclosureDraft,
  type Client,
} from '@shanzhi/sdk';
import type { Kysely } from 'kysely';
import { migrateToLatest, openPostgres, type Database } from '../src/db/index.js';
import { generateDemoCounty } from '../src/seed/index.js';
import type { Started } from '../src/start.js';
import { loadDemoCounty } from '../src/store/load-demo.js';
import { demoNow, demoToday, startServerInTest, testCallTimeoutMs } from './harness.js';
import { closeThenStop, postgresUnavailable, startPostgresCluster, type PostgresCluster } from './postgres-cluster.js';
import { problemOf } from './support/problems.js';

/*
 * Drafts on PostgreSQL: the save runs the real publication inside a SAVEPOINT that is rolled back (drafts.ts
 * `findingsOf`), the count of a village's drafts comes back as a bigint string, and the revision check is a
 * conditional UPDATE — each behaves as on SQLite. Skipped (with the reason) where no PostgreSQL can be started.
 */

const villageId = 'v-qs-01';
let cluster: PostgresCluster | undefined;
let db: Kysely<Database>;
let server: Started | undefined;

const cadre = (): Client => {
  assert.ok(server, 'the server is running');
  return createClient({ baseUrl: server.url, retry: { limit: 0 }, timeout: testCallTimeoutMs, token: 'demo-cadre' });
};

const body = (title: string, published = demoToday) => ({
  category: 'village',
  version: {
    title,
    body: richTextFromPlain('本村将于十二月组织河道清淤。'),
    period: { from: '2026-11-01', to: '2026-11-30' },
    notice: { published },
    attachments: [],
  },
});

describe('disclosure drafts on PostgreSQL', { skip: postgresUnavailable(), timeout: 120_000 }, () => {
  before(async () => {
    cluster = await startPostgresCluster();
    db = openPostgres(cluster.url);
    await migrateToLatest(db);
    await loadDemoCounty(db, generateDemoCounty({ households: 60, asOf: demoToday }));
    server = await startServerInTest({ db, port: 0, hostname: '127.0.0.1', now: demoNow });
  });

  after(() => closeThenStop([server], cluster));

  test('a save reports the findings of a trial publication and leaves no item behind; a stale update is 409; a publish goes through', async () => {
    const items = async () => (await db.selectFrom('disclosure_items').select('id').execute()).length;
    const before = await items();
    const late = await cadre().request(createDisclosureDraft, { params: { villageId }, body: body('过去日期的草稿', '2026-01-05') });
    assert.deepEqual(
      late.data.findings.map((found) => found.path.join('.')),
      ['version.notice.published'],
    );
    const good = await cadre().request(createDisclosureDraft, { params: { villageId }, body: body('河道清淤安排') });
    assert.deepEqual(good.data.findings, []);
    assert.equal(await items(), before, 'the trial publications were rolled back');
    const listed = await cadre().request(listDisclosureDrafts, { params: { villageId } });
    const ours = [good.data.id, late.data.id];
    assert.deepEqual(
      listed.data.items
        .map((row) => row.id)
        .filter((id) => ours.includes(id))
        .sort(),
      ours.sort(),
    );

    await cadre().request(updateDisclosureDraft, {
      params: { villageId, draftId: good.data.id },
      body: { ...body('河道清淤安排（修改）'), revision: 1 },
    });
    const stale = await problemOf(
      cadre().request(updateDisclosureDraft, { params: { villageId, draftId: good.data.id }, body: { ...body('旧的'), revision: 1 } }),
    );
    assert.equal(stale.status, 409);

    const published = await cadre().request(publishDisclosureDraft, {
      params: { villageId, draftId: good.data.id },
      body: { revision: 2 },
    });
    assert.equal(published.data.versions[0]?.title, '河道清淤安排（修改）');
    assert.equal(await items(), before + 1);
  });
});

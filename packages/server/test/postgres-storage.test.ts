import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { richTextFromPlain } from '@shanzhi/rules';
import {
  checkEligibility,
  createClient,
  declarePointsEntry,
  getDisclosure,
  getHouseholdPoints,
  getLeaderboard,
  getPointsRules,
  listDisclosures,
  listRegions,
  listServices,
  ProblemError,
  publishDisclosure,
  redeemPoints,
  submitMediationIntake,
  transitionPointsEntry,
  type Client,
} from '@shanzhi/sdk';
import { sql, type Kysely } from 'kysely';
import { verifyAuditChain } from '../src/audit/index.js';
import { applyRetention } from '../src/audit/retention.js';
import { dialectOf, migrateToLatest, migrations, openPostgres, type Database } from '../src/db/index.js';
import { generateDemoCounty } from '../src/seed/index.js';
import type { Started } from '../src/start.js';
import { loadDemoCounty } from '../src/store/load-demo.js';
import { demoNow, demoToday, startServerInTest, startTestServer, testCallTimeoutMs } from './harness.js';
import { homesteadIntake } from './support/intakes.js';
import { countRows } from './support/rows.js';
import { closeThenStop, postgresUnavailable, startPostgresCluster, type PostgresCluster } from './postgres-cluster.js';
import { problemOf } from './support/problems.js';

/*
 * The storage code runs unchanged on PostgreSQL: the same migrations, seed loader, handlers and queries as on
 * SQLite, through the real server and the SDK client. Reads are compared with a SQLite server over the same
 * demo county. Skipped (with the reason) where no PostgreSQL can be started; see postgres-cluster.ts.
 */

const households = 300;
const village = 'v-qs-01';
const county = 'c-qs';
const unavailable = postgresUnavailable();

let cluster: PostgresCluster | undefined;
/** The server's own handle to PostgreSQL (closed by `server.close()`). */
let db: Kysely<Database>;
let server: Started | undefined;
/** The same county on SQLite, for the reads that must answer identically. */
let reference: Started | undefined;

const clientOf = (started: Started | undefined, token?: string): Client => {
  assert.ok(started, 'the server is running');
  return createClient({ baseUrl: started.url, retry: { limit: 0 }, timeout: testCallTimeoutMs, ...(token === undefined ? {} : { token }) });
};
const pg = (token?: string) => clientOf(server, token);

const count = (table: 'households' | 'redemptions' | 'audit_log' | 'mediation_cases') => countRows(db, table);

describe(`the storage code on PostgreSQL (${String(households)} households)`, { skip: unavailable, timeout: 120_000 }, () => {
  before(async () => {
    cluster = await startPostgresCluster();
    db = openPostgres(cluster.url);
  });

  after(() => closeThenStop([server, reference], cluster));

  test('the migrations apply on PostgreSQL, and running them again changes nothing', async () => {
    assert.equal(dialectOf(db), 'postgres');
    assert.deepEqual(await migrateToLatest(db), Object.keys(migrations).sort());
    assert.deepEqual(await migrateToLatest(db), []);
    const triggers = await sql<{
      tgname: string;
    }>`SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal ORDER BY tgname`.execute(db);
    assert.deepEqual(
      triggers.rows.map((row) => row.tgname),
      ['audit_log_no_delete', 'audit_log_no_truncate', 'audit_log_no_update'],
    );
  });

  test('the demo county loads, and the server starts over it without seeding again', async () => {
    const tokens = await loadDemoCounty(db, generateDemoCounty({ households, asOf: demoToday }));
    // One per demo role: gridWorker, cadre, supervisor, mediator, storekeeper, admin, villager.
    assert.equal(tokens.length, 7);
    assert.equal(await count('households'), households);
    server = await startServerInTest({ db, port: 0, hostname: '127.0.0.1', now: demoNow });
    assert.equal(server.seeded, false);
    assert.deepEqual(server.tokens.map((one) => one.token).sort(), tokens.map((one) => one.token).sort());
    reference = await startTestServer({ households });
  });

  test('reads answer exactly as on SQLite: regions, points rules, leaderboard pages, a household ledger, disclosures, services', async () => {
    const reads: ((client: (token?: string) => Client) => Promise<unknown>)[] = [
      async (c) => (await c().request(listRegions, {})).data,
      async (c) => (await c().request(getPointsRules, { params: { villageId: village } })).data,
      async (c) => (await c().request(getLeaderboard, { params: { villageId: village }, query: { limit: 20 } })).data,
      async (c) => (await c().request(getLeaderboard, { params: { villageId: village }, query: { period: 'all', limit: 200 } })).data,
      async (c) => (await c('demo-cadre').request(getHouseholdPoints, { params: { villageId: village, householdId: 'h-000001' } })).data,
      async (c) => (await c('demo-villager').request(getHouseholdPoints, { params: { villageId: village, householdId: 'h-000001' } })).data,
      async (c) => (await c().request(listDisclosures, { params: { villageId: village }, query: { limit: 50 } })).data,
      async (c) => (await c().request(listServices, { params: { regionId: county }, query: { q: 'gljt' } })).data,
      async (c) => (await c().request(listServices, { params: { regionId: village }, query: {} })).data,
    ];
    for (const read of reads) {
      assert.deepEqual(await read(pg), await read((token) => clientOf(reference, token)));
    }
  });

  test('the leaderboard and a household’s points read from PostgreSQL', async () => {
    const board = (await pg().request(getLeaderboard, { params: { villageId: village }, query: { period: 'all', limit: 50 } })).data;
    assert.ok(board.items.length > 0);
    const points = board.items.map((row) => row.points);
    assert.deepEqual(
      points,
      [...points].sort((a, b) => b - a),
      'ranked by points',
    );
    assert.ok(points.every((value) => typeof value === 'number'));
    const ledger = (await pg('demo-cadre').request(getHouseholdPoints, { params: { villageId: village, householdId: 'h-000001' } })).data;
    assert.equal(ledger.householdId, 'h-000001');
    assert.equal(typeof ledger.balance.redeemable, 'number');
  });

  test('a points entry is declared and moved through its reviews', async () => {
    const grid = pg('demo-gridWorker');
    const cadre = pg('demo-cadre');
    const declared = await grid.request(declarePointsEntry, {
      params: { villageId: village },
      body: { householdId: 'h-000002', ruleCode: 'volunteer.activity', occurredOn: demoToday },
    });
    assert.equal(declared.status, 201);
    assert.match(declared.data.id, /^pe-\d+$/);
    const next = await grid.request(declarePointsEntry, {
      params: { villageId: village },
      body: { householdId: 'h-000002', ruleCode: 'volunteer.activity', occurredOn: demoToday },
    });
    assert.equal(Number(next.data.id.slice(3)), Number(declared.data.id.slice(3)) + 1, 'ids continue from the counter');
    const step = (action: 'submit' | 'passFirstReview' | 'publicize') =>
      cadre.request(transitionPointsEntry, { params: { villageId: village, entryId: declared.data.id }, body: { action } });
    assert.equal((await step('submit')).data.status, 'firstReview');
    assert.equal((await step('passFirstReview')).data.status, 'secondReview');
    assert.equal((await step('publicize')).data.status, 'publicized');
    const illegal = await problemOf(step('submit'));
    assert.equal(illegal.status, 409);
    assert.equal(illegal.code, 'points.transition.illegal');
    const ledger = (await cadre.request(getHouseholdPoints, { params: { villageId: village, householdId: 'h-000002' } })).data;
    assert.equal(ledger.entries.find((entry) => entry.id === declared.data.id)?.status, 'publicized');
  });

  test('a redemption retried with its Idempotency-Key is stored once; the key with another body is a 422', async () => {
    const cadre = pg('demo-cadre');
    const board = (await cadre.request(getLeaderboard, { params: { villageId: village }, query: { period: 'all', limit: 50 } })).data;
    let householdId: string | undefined;
    for (const row of board.items) {
      const { data } = await cadre.request(getHouseholdPoints, { params: { villageId: village, householdId: row.householdId } });
      if (data.balance.redeemable >= 10) {
        householdId = row.householdId;
        break;
      }
    }
    assert.ok(householdId, 'a household with 10 redeemable points');
    const redemptionsBefore = await count('redemptions');
    const key = `pg-redeem-${householdId}`;
    const call = (amountPoints: number) =>
      cadre.request(
        redeemPoints,
        { params: { villageId: village }, body: { householdId, kind: 'goods', amountPoints } },
        { idempotencyKey: key },
      );
    const first = await call(3);
    const second = await call(3);
    assert.equal(first.status, 201);
    assert.equal(first.replayed, false);
    assert.equal(second.replayed, true);
    assert.deepEqual(second.data, first.data);
    assert.equal(await count('redemptions'), redemptionsBefore + 1);
    const reused = await problemOf(call(4));
    assert.equal(reused.status, 422);
    assert.equal(reused.code, 'idempotency-key-reused');
    assert.equal(await count('redemptions'), redemptionsBefore + 1);
  });

  test('a disclosure is published and read back', async () => {
    const published = await pg('demo-cadre').request(publishDisclosure, {
      params: { villageId: village },
      body: {
        category: 'village',
        version: {
          title: '十二月道路养护安排',
          body: richTextFromPlain('本村将于下月组织道路养护。'),
          period: { from: '2026-11-01', to: '2026-11-30' },
          notice: { published: demoToday, until: '2026-12-09' },
          attachments: [],
        },
      },
    });
    assert.equal(published.status, 201);
    assert.equal(published.data.status, 'inNotice');
    const read = (await pg().request(getDisclosure, { params: { villageId: village, disclosureId: published.data.id } })).data;
    assert.equal(read.versions[0]?.title, '十二月道路养护安排');
    const listed = (await pg().request(listDisclosures, { params: { villageId: village }, query: { q: '十二月道路养护' } })).data;
    assert.deepEqual(
      listed.items.map((item) => item.id),
      [published.data.id],
    );
  });

  test('mediation intakes draw consecutive case numbers from the (county, year) counter', async () => {
    const intake = homesteadIntake();
    const counter = await db.selectFrom('counters').select('value').where('name', '=', 'case:339901:2026').executeTakeFirstOrThrow();
    const cases = await count('mediation_cases');
    const first = await pg().request(submitMediationIntake, { body: intake });
    const second = await pg().request(submitMediationIntake, { body: intake });
    assert.equal(first.status, 201);
    assert.equal(Number(first.data.caseNumber.slice(-6)), counter.value + 1);
    assert.equal(Number(second.data.caseNumber.slice(-6)), counter.value + 2);
    assert.equal(await count('mediation_cases'), cases + 2);
  });

  test('services are searched by pinyin initials and eligibility is checked', async () => {
    const found = (await pg().request(listServices, { params: { regionId: county }, query: { q: 'gljt' } })).data;
    const service = found.items[0];
    assert.equal(service?.name['zh-CN'], '高龄津贴申领');
    const serviceCode = service.code;
    for (const [birthDate, outcome] of [
      ['1940-03-01', 'eligible'],
      ['1970-03-01', 'notEligible'],
    ] as const) {
      const checked = await pg().request(checkEligibility, { params: { serviceCode }, body: { answers: { birthDate, localHukou: true } } });
      assert.equal(checked.data.outcome, outcome, birthDate);
    }
  });

  test('concurrent writes are serialized as on SQLite: parallel publishes get distinct ids, parallel redemptions never overdraw', async () => {
    const cadre = pg('demo-cadre');
    const notices = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        cadre.request(publishDisclosure, {
          params: { villageId: village },
          body: {
            category: 'village',
            version: {
              title: `并发公告 ${String(index)}`,
              body: richTextFromPlain('并发写入测试。'),
              period: { from: '2026-11-01', to: '2026-11-30' },
              notice: { published: demoToday, until: '2026-12-09' },
              attachments: [],
            },
          },
        }),
      ),
    );
    assert.equal(new Set(notices.map((one) => one.data.id)).size, 8);

    const board = (await cadre.request(getLeaderboard, { params: { villageId: village }, query: { period: 'all', limit: 5 } })).data;
    const householdId = board.items[0]?.householdId ?? 'h-000001';
    const balance = async () =>
      (await cadre.request(getHouseholdPoints, { params: { villageId: village, householdId } })).data.balance.redeemable;
    const available = await balance();
    assert.ok(available >= 3, `${householdId} has ${String(available)} redeemable points`);
    const amountPoints = Math.ceil(available / 3);
    const fit = Math.floor(available / amountPoints);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        cadre.request(redeemPoints, { params: { villageId: village }, body: { householdId, kind: 'goods', amountPoints } }),
      ),
    );
    const refused = outcomes
      .filter((one) => one.status === 'rejected')
      .map((one) => (one.reason instanceof ProblemError ? one.reason.code : String(one.reason)));
    assert.deepEqual(
      refused,
      Array.from({ length: 8 - fit }, () => 'points.redemption.insufficient'),
    );
    assert.equal(await balance(), available - fit * amountPoints);
  });

  test('every write left an intact audit chain, and PostgreSQL refuses to UPDATE, DELETE or TRUNCATE it', async () => {
    const verified = await verifyAuditChain(db);
    assert.ok(verified.ok, JSON.stringify(verified));
    assert.equal(verified.count, await count('audit_log'));
    const actions = new Set((await db.selectFrom('audit_log').select('action').execute()).map((row) => row.action));
    for (const action of ['points.entry.declare', 'points.entry.publicize', 'points.redemption.create', 'mediation.case.submit'])
      assert.ok(actions.has(action), action);
    for (const statement of [
      sql`UPDATE audit_log SET actor = 'intruder' WHERE seq = 1`,
      sql`DELETE FROM audit_log WHERE seq = 1`,
      sql`TRUNCATE audit_log`,
    ]) {
      await assert.rejects(statement.execute(db), /audit_log is append-only/);
    }
    assert.deepEqual(await verifyAuditChain(db), verified);
  });

  test('retention removes old audit entries below an anchor, and the chain still verifies', async () => {
    const total = await count('audit_log');
    const later = new Date(Date.now() + 3 * 365 * 24 * 3600 * 1000);
    const removed = await applyRetention(db, { accessLogDays: 180, auditLogDays: 180 }, later);
    assert.equal(removed.auditLog, total);
    assert.deepEqual(await verifyAuditChain(db), { ok: true, count: 0, head: null });
    await assert.rejects(sql`TRUNCATE audit_log`.execute(db), /audit_log is append-only/);
  });
});

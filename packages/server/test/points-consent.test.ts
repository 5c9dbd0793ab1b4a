import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { maskName } from '@shanzhi/rules';
import {
  getLeaderboard,
  listHouseholdConsents,
  ProblemError,
  recordHouseholdConsent,
  withdrawHouseholdConsent,
  type Client,
  type PageItem,
  type RouteInput,
} from '@shanzhi/sdk';
import { Migrator } from 'kysely';
import { openDatabase } from '../src/db/open.js';
import { migrateToLatest, staticMigrationProvider } from '../src/db/migrate.js';
import { generateDemoCounty } from '../src/seed/index.js';
import { startContractServer, type ContractServer } from './contract-fixtures.js';
import { demoToday } from './harness.js';
import { auditActions } from './support/audit.js';

/*
 * Consent to being named is per purpose and withdrawable (个人信息保护法 Arts 14, 15, 25). The black list
 * never names anyone — honour-board consent does not reach it — and a withdrawal masks the name on the
 * very next read of any board.
 */

type Row = PageItem<typeof getLeaderboard>;
type BoardQuery = NonNullable<RouteInput<typeof getLeaderboard>['query']>;

const village = 'v-qs-01';
const county = generateDemoCounty({ households: 600, asOf: demoToday });
const registered = new Map(county.households.map((h) => [h.id, h.headName]));
const honourBoard = new Set(county.households.filter((h) => h.consentPurposes.includes('honourBoard')).map((h) => h.id));

let server: ContractServer;
let pub: Client;
let cadre: Client;

before(async () => {
  server = await startContractServer();
  pub = server.client();
  cadre = server.client('demo-cadre');
});

after(() => server.close());

async function rows(client: Client, villageId: string, query: BoardQuery = {}): Promise<Row[]> {
  const out: Row[] = [];
  for await (const row of client.paginate(getLeaderboard, { params: { villageId }, query: { limit: 200, ...query } })) out.push(row);
  return out;
}

function fullName(householdId: string): string {
  const name = registered.get(householdId);
  assert.ok(name !== undefined, householdId);
  return name;
}

async function rejects(promise: Promise<unknown>, status: number): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof ProblemError && error.status === status);
}

describe('the black list never names anyone', () => {
  test('no black-list row, in any village or period, carries a full name, even of a household that consented to the honour board', async () => {
    let rowsSeen = 0;
    let consentingOnBlackList = 0;
    let unmasked = 0;
    for (const villageId of [...new Set(county.households.map((h) => h.villageId))]) {
      for (const period of ['current', 'all'] as const) {
        for (const row of await rows(pub, villageId, { list: 'black', period })) {
          rowsSeen++;
          if (honourBoard.has(row.householdId)) consentingOnBlackList++;
          if (!row.nameMasked || row.name !== maskName(fullName(row.householdId)) || row.badges.includes('consented')) unmasked++;
        }
      }
    }
    assert.ok(consentingOnBlackList > 0, 'the seed puts households with honour-board consent on the black list');
    // Before per-purpose consent, each of these `consentingOnBlackList` rows carried the full name.
    assert.equal(
      unmasked,
      0,
      `full names on the black list: ${String(unmasked)} of ${String(rowsSeen)} rows (${String(consentingOnBlackList)} with honour-board consent)`,
    );
  });

  test('in the all list, a row with the black badge is masked too; other consenting households are named', async () => {
    const all = await rows(pub, village, { period: 'all' });
    const black = all.filter((row) => row.badges.includes('black'));
    assert.ok(black.some((row) => honourBoard.has(row.householdId)));
    for (const row of black) assert.ok(row.nameMasked && row.name === maskName(fullName(row.householdId)), row.householdId);
    const named = all.filter((row) => !row.badges.includes('black') && honourBoard.has(row.householdId));
    assert.ok(named.length > 0);
    for (const row of named) assert.ok(!row.nameMasked && row.name === fullName(row.householdId), row.householdId);
  });
});

describe('consent is recorded per purpose and withdrawn at once', () => {
  /** A household named on v-qs-01's current board (honour-board consent, not black-listed). */
  async function namedHousehold(): Promise<Row> {
    const found = (await rows(pub, village)).find((row) => !row.nameMasked && !row.badges.includes('black'));
    assert.ok(found, 'v-qs-01 has a household named on its board');
    return found;
  }

  const shownOnBoard = async (householdId: string) => (await rows(pub, village)).find((row) => row.householdId === householdId);

  test('the cadre lists a household’s consents with who recorded them and when', async () => {
    const target = await namedHousehold();
    const { data } = await cadre.request(listHouseholdConsents, { params: { villageId: village, householdId: target.householdId } });
    const active = data.consents.filter((one) => one.active);
    assert.ok(active.some((one) => one.purpose === 'honourBoard'));
    for (const one of active) assert.ok(one.givenBy !== '' && one.givenAt !== '' && one.withdrawnAt === null, one.id);
  });

  test('a withdrawal by the cadre masks the name on the next read; recording it again names it again', async () => {
    const target = await namedHousehold();
    const params = { villageId: village, householdId: target.householdId };
    const withdrawn = await cadre.request(withdrawHouseholdConsent, { params, body: { purpose: 'honourBoard' } });
    assert.equal(withdrawn.data.active, false);
    assert.ok(withdrawn.data.withdrawnAt !== null);
    const after = await shownOnBoard(target.householdId);
    assert.ok(after?.nameMasked === true && after.name === maskName(fullName(target.householdId)), 'masked at once');
    assert.ok(
      !JSON.stringify(await rows(pub, village)).includes(`"${fullName(target.householdId)}"`),
      'the full name is nowhere on the board',
    );
    await rejects(cadre.request(withdrawHouseholdConsent, { params, body: { purpose: 'honourBoard' } }), 404);

    const recorded = await cadre.request(recordHouseholdConsent, { params, body: { purpose: 'honourBoard' } });
    assert.equal(recorded.status, 201);
    assert.equal(recorded.data.active, true);
    assert.equal(withdrawn.data.withdrawnBy, recorded.data.givenBy, 'who withdrew it: the cadre');
    assert.equal((await shownOnBoard(target.householdId))?.name, fullName(target.householdId));
    const again = await cadre.request(recordHouseholdConsent, { params, body: { purpose: 'honourBoard' } });
    assert.equal(again.status, 200, 'recording an active consent again changes nothing');
    assert.equal(again.data.id, recorded.data.id);
    const history = await cadre.request(listHouseholdConsents, { params });
    assert.ok(
      history.data.consents.some((one) => !one.active && one.withdrawnAt !== null),
      'the withdrawal stays on record',
    );
  });

  test('consent to 公示 lists does not name a household on the honour board', async () => {
    const target = (await rows(pub, village)).find(
      (row) => row.nameMasked && !row.badges.includes('black') && !honourBoard.has(row.householdId),
    );
    assert.ok(target);
    const params = { villageId: village, householdId: target.householdId };
    await cadre.request(recordHouseholdConsent, { params, body: { purpose: 'publicNotice' } });
    assert.equal((await shownOnBoard(target.householdId))?.nameMasked, true);
  });

  test('the household withdraws its own consent, as easily as it gave it; other households and other roles cannot', async () => {
    const own = server.ids.ownHousehold;
    const params = { villageId: village, householdId: own };
    await cadre.request(recordHouseholdConsent, { params, body: { purpose: 'honourBoard' } });
    const villager = server.client('demo-villager');
    const listed = await villager.request(listHouseholdConsents, { params });
    assert.ok(listed.data.consents.some((one) => one.purpose === 'honourBoard' && one.active));
    await rejects(villager.request(recordHouseholdConsent, { params, body: { purpose: 'publicNotice' } }), 403);
    const other = { villageId: village, householdId: server.ids.household };
    await rejects(villager.request(withdrawHouseholdConsent, { params: other, body: { purpose: 'honourBoard' } }), 403);
    await rejects(server.client('demo-gridWorker').request(withdrawHouseholdConsent, { params, body: { purpose: 'honourBoard' } }), 403);
    await rejects(server.client('demo-gridWorker').request(recordHouseholdConsent, { params, body: { purpose: 'honourBoard' } }), 403);
    await rejects(pub.request(withdrawHouseholdConsent, { params, body: { purpose: 'honourBoard' } }), 401);

    const withdrawn = await villager.request(withdrawHouseholdConsent, { params, body: { purpose: 'honourBoard' } });
    assert.equal(withdrawn.data.withdrawnBy, own);
    const row = await shownOnBoard(own);
    if (row) assert.equal(row.nameMasked, true);
  });

  test('every consent write is in the audit log, and a repeated request with its key is replayed, not redone', async () => {
    const target = (await rows(pub, village)).find(
      (row) => row.nameMasked && !honourBoard.has(row.householdId) && row.householdId !== server.ids.ownHousehold,
    );
    assert.ok(target);
    const params = { villageId: village, householdId: target.householdId };
    const key = randomUUID();
    const first = await cadre.request(recordHouseholdConsent, { params, body: { purpose: 'honourBoard' } }, { idempotencyKey: key });
    const second = await cadre.request(recordHouseholdConsent, { params, body: { purpose: 'honourBoard' } }, { idempotencyKey: key });
    assert.equal(second.status, 201, 'replayed with the first status');
    assert.equal(second.data.id, first.data.id);
    await cadre.request(withdrawHouseholdConsent, { params, body: { purpose: 'honourBoard' } });
    assert.deepEqual(await auditActions(server.db, `household-consent:${first.data.id}`), [
      'points.consent.record',
      'points.consent.withdraw',
    ]);
  });

  test('the cadre of another village may not touch this village’s consents', async () => {
    const params = { villageId: server.ids.otherVillage, householdId: server.ids.otherVillageHousehold };
    await rejects(cadre.request(recordHouseholdConsent, { params, body: { purpose: 'honourBoard' } }), 403);
    await rejects(cadre.request(listHouseholdConsents, { params }), 403);
  });
});

test('migration 0003 carries each old general consent over as an honour-board consent recorded by system, and nothing more', async () => {
  const db = openDatabase({ filename: ':memory:' });
  try {
    const { error } = await new Migrator({ db, provider: staticMigrationProvider }).migrateTo('0002-domain');
    assert.equal(error, undefined);
    await db.insertInto('regions').values({ id: 'v-1', code: '1', name: '试点村', level: 'village', parent_id: null, doc: '{}' }).execute();
    const household = (id: string, consent: number) => ({
      id,
      village_id: 'v-1',
      group_id: 'g-1',
      number: id,
      head_name: '杜小梦',
      mobile: null,
      resident_id: null,
      consent_public_name: consent,
      doc: '{}',
    });
    await db
      .insertInto('households')
      .values([household('h-1', 1), household('h-2', 0)])
      .execute();
    await migrateToLatest(db);
    const consents = await db.selectFrom('household_consents').selectAll().execute();
    assert.equal(consents.length, 1);
    const [carried] = consents;
    assert.ok(carried);
    assert.deepEqual(
      { ...carried, given_at: undefined },
      {
        id: 'hcm-h-1',
        household_id: 'h-1',
        village_id: 'v-1',
        purpose: 'honourBoard',
        given_by: 'system',
        given_at: undefined,
        withdrawn_by: null,
        withdrawn_at: null,
      },
    );
    assert.match(carried.given_at, /^\d{4}-\d{2}-\d{2}T/);
    // The partial unique index: one active consent per household and purpose.
    await assert.rejects(
      db
        .insertInto('household_consents')
        .values({
          id: 'hc-x',
          household_id: 'h-1',
          village_id: 'v-1',
          purpose: 'honourBoard',
          given_by: 'st-1',
          given_at: carried.given_at,
          withdrawn_by: null,
          withdrawn_at: null,
        })
        .execute(),
    );
  } finally {
    await db.destroy();
  }
});

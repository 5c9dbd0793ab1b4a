import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, type EntryAction } from '@shanzhi/rules';
import {
  createClient,
  declarePointsEntry,
  getHouseholdPoints,
  getLeaderboard,
  getPointsRules,
  redeemPoints,
  transitionPointsEntry,
  type Client,
  type RouteOutput,
} from '@shanzhi/sdk';
import { verifyAuditChain } from '../src/audit/index.js';
import { openDatabase } from '../src/db/open.js';
import { demoToday, startTestServer, type TestServer, testCallTimeoutMs } from './harness.js';
import { otherVillage, village } from './support/demo-county.js';
import { useFileServer } from './support/scratch.js';
import { rejectsWith } from './support/problems.js';

type Entry = RouteOutput<typeof declarePointsEntry>;

// A file database, so the test can open it beside the server and verify the audit chain.
const fixture = useFileServer('shanzhi-points-');
const { gridWorker: grid, cadre, supervisor } = fixture.demo;

function declare(client: Client, householdId = 'h-000002', ruleCode = 'volunteer.activity', villageId = village) {
  return client.request(declarePointsEntry, {
    params: { villageId },
    body: { householdId, ruleCode, occurredOn: demoToday, note: '参加村道清扫志愿服务' },
  });
}

function step(client: Client, entryId: string, action: EntryAction, reason?: string, villageId = village) {
  return client.request(transitionPointsEntry, {
    params: { villageId, entryId },
    body: reason === undefined ? { action } : { action, reason },
  });
}

async function redeemable(householdId: string): Promise<number> {
  const { data } = await cadre.request(getHouseholdPoints, { params: { villageId: village, householdId } });
  return data.balance.redeemable;
}

async function redemptionIds(householdId: string): Promise<string[]> {
  const { data } = await cadre.request(getHouseholdPoints, { params: { villageId: village, householdId } });
  return data.redemptions.map((one) => one.id);
}

/** A household of the village with at least `points` to spend. */
async function householdWith(points: number): Promise<string> {
  for await (const row of cadre.paginate(getLeaderboard, { params: { villageId: village }, query: { period: 'all', limit: 200 } })) {
    if ((await redeemable(row.householdId)) >= points) return row.householdId;
  }
  throw new Error(`no household with ${String(points)} redeemable points`);
}

describe('declarePointsEntry', () => {
  test('a grid worker declares an entry: a new id, the rule’s points, status declared', async () => {
    const { status, data } = await declare(grid);
    assert.equal(status, 201);
    assert.match(data.id, /^pe-\d+$/);
    assert.equal(data.householdId, 'h-000002');
    assert.equal(data.points, 5);
    assert.equal(data.status, 'declared');
    assert.deepEqual(
      data.history.map((one) => [one.action, one.actorRole, one.at]),
      [['declare', 'gridWorker', demoToday]],
    );
    const again = await declare(grid);
    assert.notEqual(again.data.id, data.id, 'every declaration gets its own id');
  });

  test('a cadre declares too, and the entry shows in the household’s ledger', async () => {
    const { data } = await declare(cadre, 'h-000003', 'filial.elderCare');
    assert.equal(data.points, 10);
    const ledger = await cadre.request(getHouseholdPoints, { params: { villageId: village, householdId: 'h-000003' } });
    assert.ok(ledger.data.entries.some((entry) => entry.id === data.id && entry.status === 'declared'));
  });

  test('other roles are refused: the public 401, villager, supervisor and mediator 403, staff of another village 403', async () => {
    await rejectsWith(declare(fixture.server.client()), 401, 'unauthorized');
    for (const token of ['demo-villager', 'demo-supervisor', 'demo-mediator', 'demo-admin'])
      await rejectsWith(declare(fixture.server.client(token)), 403, 'forbidden');
    await rejectsWith(declare(grid, 'h-000002', 'volunteer.activity', otherVillage), 403, 'forbidden');
  });

  test('the rule must be in the village catalogue (422 with the rules’ code, localized)', async () => {
    const zh = await rejectsWith(declare(grid, 'h-000002', 'no.such.rule'), 422, 'points.rule.unknown');
    assert.equal(zh.title, '找不到积分细则 no.such.rule');
    const en = await rejectsWith(
      fixture.server.client('demo-gridWorker', { locale: 'en' }).request(declarePointsEntry, {
        params: { villageId: village },
        body: { householdId: 'h-000002', ruleCode: 'no.such.rule', occurredOn: demoToday },
      }),
      422,
      'points.rule.unknown',
    );
    assert.equal(en.title, 'There is no points rule no.such.rule');
  });

  test('a future date is refused and an unknown household is a 404', async () => {
    await rejectsWith(
      grid.request(declarePointsEntry, {
        params: { villageId: village },
        body: { householdId: 'h-000002', ruleCode: 'volunteer.activity', occurredOn: addDays(demoToday, 1) },
      }),
      422,
      'points.entry.futureDate',
    );
    await rejectsWith(declare(grid, 'h-999999'), 404, 'not-found');
  });
});

describe('transitionPointsEntry', () => {
  let entry: Entry;

  before(async () => {
    entry = (await declare(grid, 'h-000004', 'neighbours.mediation')).data;
  });

  test('a cadre moves an entry through both reviews onto the notice board', async () => {
    assert.equal((await step(cadre, entry.id, 'submit')).data.status, 'firstReview');
    assert.equal((await step(cadre, entry.id, 'passFirstReview')).data.status, 'secondReview');
    const posted = await step(cadre, entry.id, 'publicize');
    assert.equal(posted.data.status, 'publicized');
    assert.equal(posted.data.noticeStartedOn, demoToday);
    assert.deepEqual(
      posted.data.history.map((one) => one.action),
      ['declare', 'submit', 'passFirstReview', 'publicize'],
    );
  });

  test('confirming before the notice period is over is a 409 that says when it can take effect', async () => {
    const { settings } = (await cadre.request(getPointsRules, { params: { villageId: village } })).data;
    const refused = await rejectsWith(step(cadre, entry.id, 'confirm'), 409, 'points.transition.noticeNotElapsed');
    assert.ok(refused.title.includes(addDays(demoToday, settings.noticeDays)), refused.title);
    const en = await rejectsWith(
      fixture.server
        .client('demo-cadre', { locale: 'en' })
        .request(transitionPointsEntry, { params: { villageId: village, entryId: entry.id }, body: { action: 'confirm' } }),
      409,
      'points.transition.noticeNotElapsed',
    );
    assert.match(en.title, /public notice is not over/);
  });

  test('the supervisory committee objects during the notice (with a reason), sending it back to the second review', async () => {
    await rejectsWith(step(supervisor, entry.id, 'object'), 422, 'points.transition.reasonRequired');
    const objected = await step(supervisor, entry.id, 'object', '村务监督委员会认为证明材料不全');
    assert.equal(objected.data.status, 'secondReview');
    assert.equal(objected.data.noticeStartedOn, undefined);
    assert.equal(objected.data.history.at(-1)?.actorRole, 'supervisor');
  });

  test('a step the rules do not give the role is a 403 with the rules’ code', async () => {
    const refused = await rejectsWith(step(supervisor, entry.id, 'publicize'), 403, 'points.transition.notPermitted');
    assert.match(refused.title, /supervisor/);
  });

  test('an illegal transition is a 409 with the rules’ code', async () => {
    const zh = await rejectsWith(step(cadre, entry.id, 'confirm'), 409, 'points.transition.illegal');
    assert.match(zh.title, /当前不能进行此操作/);
    const fresh = (await declare(grid)).data;
    await rejectsWith(step(cadre, fresh.id, 'revoke', '重复记分'), 409, 'points.transition.illegal');
    assert.equal((await step(cadre, fresh.id, 'reject', '证明材料不足')).data.status, 'rejected');
    await rejectsWith(step(cadre, fresh.id, 'submit'), 409, 'points.transition.illegal');
  });

  test('roles outside the route are refused and entries are found only in their own village', async () => {
    await rejectsWith(step(fixture.server.client(), entry.id, 'submit'), 401, 'unauthorized');
    for (const token of ['demo-gridWorker', 'demo-villager', 'demo-mediator', 'demo-admin'])
      await rejectsWith(step(fixture.server.client(token), entry.id, 'publicize'), 403, 'forbidden');
    await rejectsWith(step(cadre, entry.id, 'publicize', undefined, otherVillage), 403, 'forbidden');
    await rejectsWith(step(cadre, 'pe-9999999', 'submit'), 404, 'not-found');
  });
});

describe('redeemPoints', () => {
  test('a cadre redeems goods: one redemption, the balance goes down by its points', async () => {
    const householdId = await householdWith(10);
    const before = await redeemable(householdId);
    const { status, data } = await cadre.request(redeemPoints, {
      params: { villageId: village },
      body: { householdId, kind: 'goods', amountPoints: 5, note: '兑换洗衣粉一袋' },
    });
    assert.equal(status, 201);
    assert.match(data.redemption.id, /^rd-\d+$/);
    assert.deepEqual(
      { ...data.redemption, id: '' },
      { id: '', householdId, date: demoToday, points: 5, kind: 'goods', note: '兑换洗衣粉一袋' },
    );
    assert.equal(data.balance.redeemable, before - 5);
    assert.equal(await redeemable(householdId), before - 5);
    assert.ok((await redemptionIds(householdId)).includes(data.redemption.id));
  });

  test('vouchers must be of the village’s denominations', async () => {
    const householdId = await householdWith(10);
    const { data } = await cadre.request(redeemPoints, {
      params: { villageId: village },
      body: { householdId, kind: 'vouchers', vouchers: [5, 5] },
    });
    assert.equal(data.redemption.points, 10);
    await rejectsWith(
      cadre.request(redeemPoints, { params: { villageId: village }, body: { householdId, kind: 'vouchers', vouchers: [7] } }),
      422,
      'points.redemption.invalidVoucher',
    );
  });

  test('more than the balance is refused with 422 insufficient, in zh-CN and in English', async () => {
    const householdId = await householdWith(1);
    const available = await redeemable(householdId);
    const body = { householdId, kind: 'goods' as const, amountPoints: available + 1 };
    const zh = await rejectsWith(
      cadre.request(redeemPoints, { params: { villageId: village }, body }),
      422,
      'points.redemption.insufficient',
    );
    assert.equal(zh.title, `积分不够：需要 ${String(available + 1)} 分，可兑换 ${String(available)} 分`);
    const en = await rejectsWith(
      fixture.server.client('demo-cadre', { locale: 'en' }).request(redeemPoints, { params: { villageId: village }, body }),
      422,
      'points.redemption.insufficient',
    );
    assert.equal(en.title, `Not enough points: ${String(available + 1)} needed, ${String(available)} available`);
    assert.equal(await redeemable(householdId), available, 'nothing was taken');
  });

  test('a retry with the same Idempotency-Key creates one redemption and replays the first answer', async () => {
    const householdId = await householdWith(10);
    const before = await redemptionIds(householdId);
    const call = () =>
      cadre.request(
        redeemPoints,
        { params: { villageId: village }, body: { householdId, kind: 'goods', amountPoints: 3 } },
        { idempotencyKey: `redeem-${householdId}-retry` },
      );
    const first = await call();
    const second = await call();
    assert.equal(first.replayed, false);
    assert.equal(second.replayed, true);
    assert.deepEqual(second.data, first.data);
    const afterIds = await redemptionIds(householdId);
    assert.equal(afterIds.length, before.length + 1);
    assert.equal(afterIds.filter((id) => id === first.data.redemption.id).length, 1);
    await rejectsWith(
      cadre.request(
        redeemPoints,
        { params: { villageId: village }, body: { householdId, kind: 'goods', amountPoints: 4 } },
        { idempotencyKey: `redeem-${householdId}-retry` },
      ),
      422,
      'idempotency-key-reused',
    );
  });

  test('a redemption without an Idempotency-Key is a 400', async () => {
    const response = await fetch(`${fixture.server.url}/v1/villages/${village}/points/redemptions`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-cadre', 'Content-Type': 'application/json' },
      body: JSON.stringify({ householdId: 'h-000001', kind: 'goods', amountPoints: 1 }),
    });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { code: string }).code, 'idempotency-key-missing');
  });

  test('only the village’s cadre redeems: public 401, other roles 403, another village 403, unknown household 404', async () => {
    const body = { householdId: 'h-000001', kind: 'goods' as const, amountPoints: 1 };
    await rejectsWith(fixture.server.client().request(redeemPoints, { params: { villageId: village }, body }), 401, 'unauthorized');
    for (const token of ['demo-villager', 'demo-gridWorker', 'demo-supervisor', 'demo-mediator', 'demo-admin']) {
      await rejectsWith(fixture.server.client(token).request(redeemPoints, { params: { villageId: village }, body }), 403, 'forbidden');
    }
    await rejectsWith(cadre.request(redeemPoints, { params: { villageId: otherVillage }, body }), 403, 'forbidden');
    await rejectsWith(
      cadre.request(redeemPoints, { params: { villageId: village }, body: { ...body, householdId: 'h-999999' } }),
      404,
      'not-found',
    );
  });
});

describe('audit', () => {
  test('every write left an audit entry and the chain verifies', async () => {
    const db = openDatabase({ filename: fixture.filename, readonly: true });
    try {
      const result = await verifyAuditChain(db);
      assert.ok(result.ok, JSON.stringify(result));
      const actions = await db.selectFrom('audit_log').select(['action', 'actor', 'role', 'subject']).execute();
      const count = (action: string) => actions.filter((one) => one.action === action).length;
      assert.ok(count('points.entry.declare') >= 4);
      assert.ok(count('points.entry.publicize') >= 1);
      assert.ok(count('points.entry.object') >= 1);
      assert.ok(actions.every((one) => one.actor !== '' && one.subject.includes(':')));
      // Three redemptions succeeded above; the replayed retry and every refusal wrote nothing.
      const audited = actions
        .filter((one) => one.action === 'points.redemption.create')
        .map((one) => one.subject.replace(/^redemption:/, ''));
      assert.equal(audited.length, 3);
      const stored = await db.selectFrom('redemptions').select('id').where('id', 'in', audited).execute();
      assert.equal(stored.length, 3);
    } finally {
      await db.destroy();
    }
  });
});

describe('an entry through its whole life, on a clock that moves', () => {
  let started: TestServer;
  let today = demoToday;
  const clientFor = (token: string) => createClient({ baseUrl: started.url, token, retry: { limit: 0 }, timeout: testCallTimeoutMs });

  before(async () => {
    started = await startTestServer({ now: () => new Date(`${today}T04:00:00Z`) });
  });

  after(async () => {
    await started.close();
  });

  test('declared, reviewed, publicized, confirmed after the notice days: it then counts on the board and in the balance', async () => {
    const staff = clientFor('demo-cadre');
    const publicClient = createClient({ baseUrl: started.url, retry: { limit: 0 }, timeout: testCallTimeoutMs });
    const { settings } = (await publicClient.request(getPointsRules, { params: { villageId: village } })).data;
    const householdId = 'h-000005';
    const entry = (
      await staff.request(declarePointsEntry, {
        params: { villageId: village },
        body: { householdId, ruleCode: 'education.university', occurredOn: today },
      })
    ).data;
    for (const action of ['submit', 'passFirstReview', 'publicize'] as const)
      await staff.request(transitionPointsEntry, { params: { villageId: village, entryId: entry.id }, body: { action } });
    const posted = today;

    today = addDays(posted, settings.noticeDays - 1);
    await rejectsWith(
      staff.request(transitionPointsEntry, { params: { villageId: village, entryId: entry.id }, body: { action: 'confirm' } }),
      409,
      'points.transition.noticeNotElapsed',
    );

    today = addDays(posted, settings.noticeDays);
    const rowOf = async () => {
      const page = await publicClient.request(getLeaderboard, { params: { villageId: village }, query: { limit: 200 } });
      return page.data.items.find((row) => row.householdId === householdId);
    };
    const balanceBefore = (await staff.request(getHouseholdPoints, { params: { villageId: village, householdId } })).data.balance.total;
    const boardBefore = await rowOf();
    assert.ok(boardBefore, 'the household is on the current board');

    const confirmed = (
      await staff.request(transitionPointsEntry, { params: { villageId: village, entryId: entry.id }, body: { action: 'confirm' } })
    ).data;
    assert.equal(confirmed.status, 'effective');
    assert.equal(confirmed.effectiveOn, today);

    const boardAfter = await rowOf();
    assert.equal(boardAfter?.points, boardBefore.points + entry.points, 'the cached board was recomputed after the write');
    const balanceAfter = (await staff.request(getHouseholdPoints, { params: { villageId: village, householdId } })).data.balance.total;
    assert.equal(balanceAfter, balanceBefore + entry.points);

    const revoked = (
      await staff.request(transitionPointsEntry, {
        params: { villageId: village, entryId: entry.id },
        body: { action: 'revoke', reason: '录入时规则选择错误' },
      })
    ).data;
    assert.equal(revoked.status, 'revoked');
    assert.equal((await rowOf())?.points, boardBefore.points, 'a revoked entry stops counting on the day it is revoked');
  });
});

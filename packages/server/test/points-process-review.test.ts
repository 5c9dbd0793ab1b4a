import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  declareFamilyTies,
  declareOwnPointsEntry,
  declarePointsEntry,
  getHouseholdPoints,
  listFamilyTies,
  reviewPointsEntries,
  transitionPointsEntry,
  type Client,
} from '@shanzhi/sdk';
import { verifyAuditChain } from '../src/audit/index.js';
import { issueToken } from '../src/auth/principal.js';
import { rejectsWith } from './support/problems.js';
import { uploadSample } from './support/uploads.js';
import { changeSetting, householdsOf, otherVillage, useProcessServer, village, type Entry } from './support/points-process.js';

const env = useProcessServer('shanzhi-review-', { cadre: 'test-cadre-review', gridWorker: 'test-grid-review' });
const { householdAt } = env;
const { cadre, gridWorker: grid } = env.staffOf;

/** The household is the token's: a villager can declare for no other. */
async function declareOwn(client: Client, attachmentIds?: string[], villageId = village): Promise<Entry> {
  const { status, data } = await client.request(declareOwnPointsEntry, {
    params: { villageId },
    body: { ruleCode: 'volunteer.activity', occurredOn: '2026-11-20', note: '参加村道清扫', ...(attachmentIds ? { attachmentIds } : {}) },
  });
  assert.equal(status, 201);
  return data;
}

function review(client: Client, entryIds: string[], action: 'submit' | 'passFirstReview' | 'publicize' | 'reject', reason?: string) {
  return client.request(reviewPointsEntries, {
    params: { villageId: village },
    body: { entryIds, action, ...(reason === undefined ? {} : { reason }) },
  });
}

describe('a villager declares for their own household', () => {
  test('with evidence: stored on the entry and submitted for the grid worker’s first review at once', async () => {
    const householdId = householdAt(3);
    const villager = await env.villager(householdId);
    const evidence = [await uploadSample(villager, village, 'points-evidence'), await uploadSample(villager, village, 'points-evidence')];
    const entry = await declareOwn(villager, evidence);
    assert.equal(entry.status, 'firstReview');
    assert.deepEqual(entry.attachmentIds, evidence);
    assert.deepEqual(
      entry.history.map((step) => [step.action, step.actorRole]),
      [
        ['declare', 'villager'],
        ['submit', 'villager'],
      ],
    );
    const ledger = await villager.request(getHouseholdPoints, { params: { villageId: village, householdId } });
    assert.ok(ledger.data.entries.some((one) => one.id === entry.id));
  });

  test('in another village: 403; the public: 401; staff: 403; a badly shaped attachment id or too many: 400', async () => {
    const villager = await env.villager(householdAt(3));
    await rejectsWith(declareOwn(villager, undefined, otherVillage), 403, 'forbidden');
    await rejectsWith(declareOwn(env.client()), 401, 'unauthorized');
    await rejectsWith(declareOwn(cadre), 403, 'forbidden');
    await rejectsWith(declareOwn(villager, ['../../etc/passwd']), 400, 'validation');
    await rejectsWith(
      declareOwn(
        villager,
        Array.from({ length: 11 }, (_, i) => `att-${String(i)}`),
      ),
      400,
      'validation',
    );
  });

  test('evidence that is not the declarer’s own points-evidence upload is refused at its place, and nothing is declared', async () => {
    const villager = await env.villager(householdAt(4));
    const before = (await villager.request(getHouseholdPoints, { params: { villageId: village, householdId: householdAt(4) } })).data;
    const own = await uploadSample(villager, village, 'points-evidence');
    const otherPurpose = await uploadSample(villager, village, 'objection-evidence');
    const neighbours = await uploadSample(await env.villager(householdAt(6)), village, 'points-evidence');
    for (const stranger of [otherPurpose, neighbours, 'att-none']) {
      const refused = await rejectsWith(declareOwn(villager, [own, stranger]), 400, 'validation');
      assert.deepEqual(
        refused.issues.map((one) => one.path),
        [['attachmentIds', 1]],
      );
    }
    const after = (await villager.request(getHouseholdPoints, { params: { villageId: village, householdId: householdAt(4) } })).data;
    assert.equal(after.entries.length, before.entries.length, 'no entry was written');
  });

  test('staff declare with evidence for any household of the village', async () => {
    const photo = await uploadSample(grid, village, 'points-evidence');
    const { data } = await grid.request(declarePointsEntry, {
      params: { villageId: village },
      body: { householdId: householdAt(5), ruleCode: 'env.tidyCourtyard', occurredOn: '2026-11-20', attachmentIds: [photo] },
    });
    assert.equal(data.status, 'declared');
    assert.deepEqual(data.attachmentIds, [photo]);
    await rejectsWith(
      grid.request(declarePointsEntry, {
        params: { villageId: village },
        body: { householdId: householdAt(5), ruleCode: 'env.tidyCourtyard', occurredOn: '2026-11-20', attachmentIds: ['att-photo-1'] },
      }),
      400,
      'validation',
    );
  });
});

describe('two-tier review in batches', () => {
  test('the grid worker passes the first review of many entries; the cadre publicizes them; each result is reported', async () => {
    const entries: Entry[] = [];
    for (const index of [6, 7, 8]) entries.push(await declareOwn(await env.villager(householdAt(index))));
    const ids = entries.map((entry) => entry.id);
    const first = await review(grid, ids, 'passFirstReview');
    assert.equal(first.data.succeeded, 3);
    assert.ok(first.data.results.every((one) => one.ok && one.entry?.status === 'secondReview'));
    // The grid worker's tier is over: publicizing is the committee's, refused entry by entry.
    const notTheirs = await review(grid, ids, 'publicize');
    assert.equal(notTheirs.data.failed, 3);
    assert.ok(notTheirs.data.results.every((one) => one.problem?.status === 403 && one.problem.code === 'points.transition.notPermitted'));
    // One entry of the batch is stale (already publicized by a colleague), one unknown: the others go on.
    await cadre.request(transitionPointsEntry, { params: { villageId: village, entryId: ids[0] ?? '' }, body: { action: 'publicize' } });
    const mixed = await review(cadre, [...ids, 'pe-9999999'], 'publicize');
    assert.deepEqual(
      mixed.data.results.map((one) => [one.entryId, one.ok, one.problem?.code]),
      [
        [ids[0], false, 'points.transition.illegal'],
        [ids[1], true, undefined],
        [ids[2], true, undefined],
        ['pe-9999999', false, 'not-found'],
      ],
    );
    assert.deepEqual([mixed.data.succeeded, mixed.data.failed], [2, 2]);
    assert.equal(mixed.data.results[1]?.entry?.status, 'publicized');
  });

  test('a batch rejection needs a reason (400, nothing moved) and gives it to every entry', async () => {
    const a = await declareOwn(await env.villager(householdAt(9)));
    const b = await declareOwn(await env.villager(householdAt(10)));
    const refused = await rejectsWith(review(grid, [a.id, b.id], 'reject', '  '), 400, 'validation');
    assert.equal(refused.issues[0]?.code, 'points.transition.reasonRequired');
    const ledger = await cadre.request(getHouseholdPoints, { params: { villageId: village, householdId: householdAt(9) } });
    assert.equal(ledger.data.entries.find((one) => one.id === a.id)?.status, 'firstReview', 'nothing was moved');
    const rejected = await review(grid, [a.id, b.id], 'reject', '同一事项本月已申报');
    assert.ok(
      rejected.data.results.every((one) => one.entry?.status === 'rejected' && one.entry.history.at(-1)?.reason === '同一事项本月已申报'),
    );
  });

  test('a retry with the same Idempotency-Key replays the batch’s results and moves nothing twice', async () => {
    const a = await declareOwn(await env.villager(householdAt(11)));
    const call = () =>
      grid.request(
        reviewPointsEntries,
        { params: { villageId: village }, body: { entryIds: [a.id], action: 'passFirstReview' } },
        { idempotencyKey: `batch-${a.id}` },
      );
    const first = await call();
    const again = await call();
    assert.equal(again.replayed, true);
    assert.deepEqual(again.data, first.data);
    const ledger = await cadre.request(getHouseholdPoints, { params: { villageId: village, householdId: householdAt(11) } });
    const stored = ledger.data.entries.find((one) => one.id === a.id);
    assert.equal(stored?.history.filter((step) => step.action === 'passFirstReview').length, 1);
  });

  test('staff of another village and other roles are refused', async () => {
    const outsider = await env.staff('gridWorker', 'test-grid-elsewhere', otherVillage);
    await rejectsWith(review(outsider, ['pe-0000001'], 'passFirstReview'), 403, 'forbidden');
    for (const role of ['villager', 'supervisor', 'mediator'] as const) {
      const client = role === 'villager' ? await env.villager(householdAt(1)) : await env.staff(role, `test-${role}-batch`);
      await rejectsWith(review(client, ['pe-0000001'], 'passFirstReview'), 403, 'forbidden');
    }
  });
});

describe('one review tier, as a village setting', () => {
  test('with reviewTiers 1 a submitted entry goes straight to the committee; with 2 (the default) to the grid worker', async () => {
    await changeSetting(env.db, { reviewTiers: 1 });
    try {
      const entry = await declareOwn(await env.villager(householdAt(12)));
      assert.equal(entry.status, 'secondReview');
      const { data } = await review(cadre, [entry.id], 'publicize');
      assert.equal(data.results[0]?.entry?.status, 'publicized');
    } finally {
      await changeSetting(env.db, { reviewTiers: 2 });
    }
    assert.equal((await declareOwn(await env.villager(householdAt(13)))).status, 'firstReview');
  });
});

describe('recusal (回避)', () => {
  test('a reviewer who declared a family tie may not review that household’s entries; the server says why', async () => {
    const relative = householdAt(14);
    const reviewer = await env.staff('gridWorker', 'test-grid-related');
    const declared = await reviewer.request(declareFamilyTies, { params: { villageId: village }, body: { householdIds: [relative] } });
    assert.deepEqual(declared.data.householdIds, [relative]);
    assert.deepEqual((await reviewer.request(listFamilyTies, { params: { villageId: village } })).data.householdIds, [relative]);

    const own = await declareOwn(await env.villager(relative));
    const other = await declareOwn(await env.villager(householdAt(15)));
    const { data } = await review(reviewer, [own.id, other.id], 'passFirstReview');
    const [refused, reviewed] = data.results;
    assert.ok(refused && reviewed);
    assert.equal(refused.ok, false);
    const { problem } = refused;
    assert.ok(problem);
    assert.deepEqual([problem.status, problem.code], [403, 'points.recusal.familyTie']);
    assert.match(problem.title, /回避/);
    assert.equal(reviewed.ok, true, 'an unrelated household is reviewed as usual');
    // Another grid worker reviews it instead.
    assert.equal((await review(grid, [own.id], 'passFirstReview')).data.results[0]?.ok, true);
  });

  test('a cadre with a tie is refused on the single-entry route too (403 points.recusal.familyTie)', async () => {
    const relative = householdAt(16);
    const related = await env.staff('cadre', 'test-cadre-related');
    await related.request(declareFamilyTies, { params: { villageId: village }, body: { householdIds: [relative] } });
    const entry = await declareOwn(await env.villager(relative));
    await review(grid, [entry.id], 'passFirstReview');
    const refused = await rejectsWith(
      related.request(transitionPointsEntry, { params: { villageId: village, entryId: entry.id }, body: { action: 'publicize' } }),
      403,
      'points.recusal.familyTie',
    );
    assert.match(refused.title, /亲属关系/);
    assert.equal((await review(cadre, [entry.id], 'publicize')).data.results[0]?.entry?.status, 'publicized');
  });

  test('a reviewer whose identity names the household steps aside (points.recusal.ownHousehold)', async () => {
    const home = householdAt(17);
    const token = `test-grid-home-${home}`;
    await issueToken(
      env.db,
      token,
      { id: 'test-grid-home', role: 'gridWorker', villageId: village, householdId: home },
      'grid worker living in the household',
    );
    const homeGrid = env.client(token);
    const entry = await declareOwn(await env.villager(home));
    const { data } = await review(homeGrid, [entry.id], 'passFirstReview');
    assert.equal(data.results[0]?.problem?.code, 'points.recusal.ownHousehold');
  });

  test('ties are checked against the village: a household elsewhere is a 422 naming the field, and nothing is stored', async () => {
    const reviewer = await env.staff('supervisor', 'test-supervisor-ties');
    const [elsewhere] = await householdsOf(env.db, otherVillage);
    assert.ok(elsewhere);
    const refused = await rejectsWith(
      reviewer.request(declareFamilyTies, { params: { villageId: village }, body: { householdIds: [householdAt(1), elsewhere] } }),
      422,
      'points.familyTie.householdNotInVillage',
    );
    assert.deepEqual(refused.issues[0]?.path, ['householdIds', 1]);
    assert.deepEqual((await reviewer.request(listFamilyTies, { params: { villageId: village } })).data.householdIds, []);
    // Declaring twice keeps one tie.
    await reviewer.request(declareFamilyTies, { params: { villageId: village }, body: { householdIds: [householdAt(1)] } });
    const twice = await reviewer.request(declareFamilyTies, { params: { villageId: village }, body: { householdIds: [householdAt(1)] } });
    assert.deepEqual(twice.data.householdIds, [householdAt(1)]);
  });
});

describe('audit', () => {
  test('declarations, batch steps and family ties are audited and the chain verifies', async () => {
    const verified = await verifyAuditChain(env.db);
    assert.ok(verified.ok, JSON.stringify(verified));
    const actions = (await env.db.selectFrom('audit_log').select('action').execute()).map((row) => row.action);
    for (const action of [
      'points.entry.declare',
      'points.entry.passFirstReview',
      'points.entry.publicize',
      'points.entry.reject',
      'points.familyTie.declare',
    ])
      assert.ok(actions.includes(action), action);
  });
});

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { addDays, maskName } from '@shanzhi/rules';
import {
  declareFamilyTies,
  declarePointsEntry,
  fileObjection,
  getHouseholdPoints,
  listOwnObjections,
  listPointsNotices,
  listPointsObjections,
  recordHouseholdConsent,
  ruleOnObjection,
  transitionPointsEntry,
  uploadAttachment,
  type Client,
} from '@shanzhi/sdk';
import { verifyAuditChain } from '../src/audit/index.js';
import { demoToday } from './harness.js';
import { annotatedPng } from './support/attachment-samples.js';
import { rejectsWith } from './support/problems.js';
import { householdsOf, otherVillage, publicized, useProcessServer, storedEntry, village, type Entry } from './support/points-process.js';

const env = useProcessServer('shanzhi-notice-', { cadre: 'test-cadre-notice', supervisor: 'test-supervisor-notice' });
const { householdAt, publicClient } = env;
const { cadre, supervisor } = env.staffOf;
const noticeDays = 7; // v-qs-01 keeps the default (seed settingsByIndex[0])

/** Entries declared on the demo day (the clock set back to it) and taken onto the notice board, one per household index. */
async function onNoticeToday<const N extends readonly number[]>(...indexes: N): Promise<{ -readonly [K in keyof N]: Entry }> {
  env.clock.setDay(demoToday);
  const entries: Entry[] = [];
  for (const index of indexes) entries.push(await publicized(cadre, householdAt(index)));
  return entries as { -readonly [K in keyof N]: Entry };
}

async function registeredName(householdId: string): Promise<string> {
  const row = await env.db.selectFrom('households').select('head_name').where('id', '=', householdId).executeTakeFirstOrThrow();
  return row.head_name;
}

async function board() {
  const items = [];
  for await (const item of publicClient.paginate(listPointsNotices, { params: { villageId: village }, query: { limit: 200 } }))
    items.push(item);
  return items;
}

function object(client: Client, entryId: string, reason = '申报的那天该户不在村里', attachmentIds?: string[]) {
  return client.request(fileObjection, {
    params: { villageId: village, entryId },
    body: { reason, ...(attachmentIds ? { attachmentIds } : {}) },
  });
}

function rule(client: Client, objectionId: string, outcome: 'uphold' | 'dismiss', answer: string) {
  return client.request(ruleOnObjection, { params: { villageId: village }, body: { objectionId, outcome, answer } });
}

describe('the 公示 board (public)', () => {
  let entry: Entry;

  before(async () => {
    env.clock.setDay(demoToday);
    entry = await publicized(cadre, householdAt(20), 'volunteer.activity', '参加防汛值守');
  });

  test('lists an entry under notice: masked name, rule, points, reason, notice start and last day', async () => {
    const item = (await board()).find((one) => one.entryId === entry.id);
    assert.ok(item, 'the entry is on the board');
    const name = await registeredName(householdAt(20));
    assert.equal(item.kind, 'entry');
    assert.equal(item.name, maskName(name));
    assert.equal(item.nameMasked, true);
    assert.notEqual(item.name, name);
    assert.equal(item.ruleCode, 'volunteer.activity');
    assert.equal(item.ruleLabel['zh-CN'].length > 0, true);
    assert.equal(item.points, entry.points);
    assert.equal(item.reason, '参加防汛值守');
    assert.equal(item.noticeFrom, demoToday);
    assert.equal(item.noticeUntil, addDays(demoToday, noticeDays - 1));
    assert.equal(item.objected, false);
  });

  test('names a household in full only with its consent to being named on notices, and never for a deduction', async () => {
    const householdId = householdAt(21);
    await cadre.request(recordHouseholdConsent, { params: { villageId: village, householdId }, body: { purpose: 'publicNotice' } });
    const award = await publicized(cadre, householdId, 'volunteer.activity');
    const penalty = await publicized(cadre, householdId, 'env.strawBurning');
    const items = await board();
    const name = await registeredName(householdId);
    assert.deepEqual(
      [items.find((one) => one.entryId === award.id), items.find((one) => one.entryId === penalty.id)].map((one) => [
        one?.name,
        one?.nameMasked,
      ]),
      [
        [name, false],
        [maskName(name), true],
      ],
    );
  });

  test('is cacheable (public max-age, ETag, 304) and pages with a cursor', async () => {
    const url = `${env.server.url}/v1/villages/${village}/points/notices?limit=1`;
    const first = await fetch(url);
    assert.equal(first.status, 200);
    assert.match(first.headers.get('cache-control') ?? '', /^public, max-age=\d+/);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(url, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    const page = (await first.json()) as { items: { id: string }[]; nextCursor: string | null; total: number };
    assert.equal(page.items.length, 1);
    assert.ok(page.total >= 3);
    assert.ok(page.nextCursor);
    const next = await publicClient.request(listPointsNotices, {
      params: { villageId: village },
      query: { limit: 1, cursor: page.nextCursor },
    });
    assert.notEqual(next.data.items[0]?.id, page.items[0]?.id);
    const all = await board();
    assert.equal(new Set(all.map((one) => one.id)).size, all.length, 'no item twice across pages');
  });
});

describe('objections during the notice', () => {
  let entry: Entry;
  let objector: Client;
  let objectionId: string;

  before(async () => {
    [entry] = await onNoticeToday(30);
    objector = await env.villager(householdAt(31));
  });

  test('a villager of the village objects with a reason and evidence: 201, the board shows it is being handled', async () => {
    // The evidence is a real upload: the server takes only files of the village uploaded as objection evidence.
    const evidence = await objector.request(uploadAttachment, {
      params: { villageId: village, purpose: 'objection-evidence' },
      body: new Blob([annotatedPng()], { type: 'image/png' }),
    });
    const { status, data } = await object(objector, entry.id, '申报的志愿服务当天我在现场，没有看到该户', [evidence.data.id]);
    assert.equal(status, 201);
    assert.equal(data.status, 'open');
    assert.equal(data.entryId, entry.id);
    assert.deepEqual(data.attachmentIds, [evidence.data.id]);
    assert.equal(data.noticeUntil, addDays(demoToday, noticeDays - 1));
    objectionId = data.id;
    const item = (await board()).find((one) => one.entryId === entry.id);
    assert.equal(item?.objected, true);
    assert.equal(JSON.stringify(item).includes(householdAt(31)), false, 'the board never says who objected');
  });

  test('a second objection by the same household is a 409 naming the first; another household may object too', async () => {
    const again = await rejectsWith(object(objector, entry.id, '再次提出'), 409, 'points.objection.duplicate');
    assert.ok(again.title.includes(objectionId), again.title);
    const second = await object(await env.villager(householdAt(32)), entry.id);
    assert.equal(second.status, 201);
    assert.notEqual(second.data.id, objectionId);
  });

  test('a villager of another village: 403 points.objection.outsideVillage; staff and the public may not use the route', async () => {
    const [elsewhere] = await householdsOf(env.db, otherVillage);
    assert.ok(elsewhere);
    const outsider = await env.villager(elsewhere, otherVillage);
    const refused = await rejectsWith(object(outsider, entry.id), 403, 'points.objection.outsideVillage');
    assert.match(refused.title, /本村村民/);
    await rejectsWith(object(cadre, entry.id), 403, 'forbidden');
    await rejectsWith(object(publicClient, entry.id), 401, 'unauthorized');
  });

  test('an entry not under notice cannot be objected to (409), an unknown one is a 404', async () => {
    const { data } = await cadre.request(declarePointsEntry, {
      params: { villageId: village },
      body: { householdId: householdAt(33), ruleCode: 'volunteer.activity', occurredOn: demoToday },
    });
    await rejectsWith(object(objector, data.id), 409, 'points.objection.notUnderNotice');
    await rejectsWith(object(objector, 'pe-9999999'), 404, 'not-found');
  });

  test('the household concerned sees the objections and answers, never who objected', async () => {
    const own = await env.villager(householdAt(30));
    const { data } = await own.request(getHouseholdPoints, { params: { villageId: village, householdId: householdAt(30) } });
    const mine = data.entries.find((one) => one.id === entry.id);
    assert.equal(mine?.objections?.length, 2);
    const text = JSON.stringify(mine);
    assert.equal(text.includes(householdAt(31)) || text.includes(householdAt(32)), false, text);
  });

  test('the supervisor lists open objections first and dismisses one with a written answer the objector reads back', async () => {
    const queue = await supervisor.request(listPointsObjections, { params: { villageId: village }, query: { status: 'open' } });
    assert.ok(queue.data.items.some((one) => one.id === objectionId));
    await rejectsWith(
      supervisor.request(ruleOnObjection, { params: { villageId: village }, body: { objectionId, outcome: 'dismiss', answer: '' } }),
      400,
      'validation',
    );
    const answer = '经核实，该户当天确有参加，有签到表和照片为证，异议不成立';
    const { data } = await rule(supervisor, objectionId, 'dismiss', answer);
    assert.equal(data.objection.status, 'dismissed');
    assert.equal(data.entry.status, 'publicized', 'another objection is still open');
    const mine = await objector.request(listOwnObjections, { params: { villageId: village } });
    const read = mine.data.items.find((one) => one.id === objectionId);
    assert.deepEqual([read?.status, read?.answer, read?.ruledOn], ['dismissed', answer, demoToday]);
    await rejectsWith(rule(supervisor, objectionId, 'uphold', '改判'), 409, 'points.objection.alreadyRuled');
    await rejectsWith(rule(supervisor, 'pe-9999999.o1', 'uphold', '答复'), 404, 'points.objection.unknown');
  });

  test('while an objection is open the entry cannot take effect, even by hand after the notice (409 points.objection.open)', async () => {
    env.clock.setDay(addDays(demoToday, noticeDays));
    try {
      await rejectsWith(
        cadre.request(transitionPointsEntry, { params: { villageId: village, entryId: entry.id }, body: { action: 'confirm' } }),
        409,
        'points.objection.open',
      );
      assert.equal((await storedEntry(env.db, entry.id)).status, 'publicized');
      const item = (await board()).find((one) => one.entryId === entry.id);
      assert.equal(item?.objected, true, 'still on the board after its last day: the objection holds it');
    } finally {
      env.clock.setDay(demoToday);
    }
  });

  test('a supervisor with a family tie to the household must step aside; upholding stops the entry', async () => {
    const related = await env.staff('supervisor', 'test-supervisor-related');
    await related.request(declareFamilyTies, { params: { villageId: village }, body: { householdIds: [householdAt(30)] } });
    const open = (
      await supervisor.request(listPointsObjections, { params: { villageId: village }, query: { status: 'open' } })
    ).data.items.find((one) => one.entryId === entry.id);
    assert.ok(open);
    await rejectsWith(rule(related, open.id, 'uphold', '异议成立'), 403, 'points.recusal.familyTie');
    const { data } = await rule(supervisor, open.id, 'uphold', '经走访核实，申报事项与实际不符，异议成立');
    assert.equal(data.entry.status, 'rejected');
    assert.equal(data.entry.history.at(-1)?.action, 'uphold');
    assert.equal(
      (await board()).some((one) => one.entryId === entry.id),
      false,
      'a stopped entry leaves the board',
    );
  });
});

describe('effect without a click, objections after the notice, revocation notices', () => {
  let quiet: Entry;
  let late: Entry;
  let disputed: Entry;
  let disputedObjection: string;

  before(async () => {
    [quiet, late, disputed] = await onNoticeToday(40, 41, 42);
    disputedObjection = (await object(await env.villager(householdAt(43)), disputed.id)).data.id;
  });

  test('the last day of the notice still takes objections', async () => {
    env.clock.setDay(addDays(demoToday, noticeDays - 1));
    const { status } = await object(await env.villager(householdAt(44)), late.id);
    assert.equal(status, 201);
    const objection = (await storedEntry(env.db, late.id)).objections?.[0];
    assert.ok(objection);
    await rule(supervisor, objection.id, 'dismiss', '异议不成立');
  });

  test('once the notice is over, the first write of the village makes unobjected entries effective (audited as system)', async () => {
    const end = addDays(demoToday, noticeDays);
    env.clock.setDay(end);
    // Too late to object, whether or not the sweep has run yet (a refused write rolls back, sweep included).
    const refused = await rejectsWith(object(await env.villager(householdAt(45)), quiet.id), 409, 'points.objection.noticeOver');
    assert.ok(refused.title.includes(addDays(demoToday, noticeDays - 1)), refused.title);
    // Any write to the village's points runs the sweep in its own transaction: here, a villager's declaration.
    await cadre.request(declarePointsEntry, {
      params: { villageId: village },
      body: { householdId: householdAt(46), ruleCode: 'volunteer.activity', occurredOn: end },
    });
    for (const one of [quiet, late]) {
      const stored = await storedEntry(env.db, one.id);
      assert.deepEqual([stored.status, stored.effectiveOn], ['effective', end], one.id);
    }
    const held = await storedEntry(env.db, disputed.id);
    assert.equal(held.status, 'publicized', 'an open objection holds its entry');
    const settle = await env.db
      .selectFrom('audit_log')
      .select(['actor', 'role'])
      .where('action', '=', 'points.entry.settle')
      .where('subject', '=', `points-entry:${quiet.id}`)
      .execute();
    assert.deepEqual(settle, [{ actor: 'system', role: 'system' }]);
    const ledger = await cadre.request(getHouseholdPoints, { params: { villageId: village, householdId: householdAt(40) } });
    assert.equal(ledger.data.entries.find((one) => one.id === quiet.id)?.status, 'effective');
  });

  test('an objection dismissed after the notice ended lets the entry take effect on the day of the answer', async () => {
    const day = addDays(demoToday, noticeDays + 2);
    env.clock.setDay(day);
    const { data } = await rule(supervisor, disputedObjection, 'dismiss', '经核实异议不成立');
    assert.deepEqual([data.entry.status, data.entry.effectiveOn], ['effective', day]);
  });

  test('a cadre revokes an effective entry with a reason, and the revocation is announced on the board', async () => {
    const day = addDays(demoToday, noticeDays + 3);
    env.clock.setDay(day);
    await rejectsWith(
      cadre.request(transitionPointsEntry, { params: { villageId: village, entryId: quiet.id }, body: { action: 'revoke' } }),
      422,
      'points.transition.reasonRequired',
    );
    await cadre.request(transitionPointsEntry, {
      params: { villageId: village, entryId: quiet.id },
      body: { action: 'revoke', reason: '重复记分，撤销其中一条' },
    });
    const item = (await board()).find((one) => one.entryId === quiet.id);
    assert.ok(item, 'the revocation is on the board');
    assert.deepEqual(
      [item.kind, item.reason, item.noticeFrom, item.noticeUntil, item.nameMasked],
      ['revocation', '重复记分，撤销其中一条', day, addDays(day, noticeDays - 1), true],
    );
    env.clock.setDay(addDays(day, noticeDays));
    assert.equal(
      (await board()).some((one) => one.entryId === quiet.id),
      false,
      'announced for one notice period',
    );
  });
});

describe('audit', () => {
  test('objections, rulings and settlements are audited and the chain verifies', async () => {
    const verified = await verifyAuditChain(env.db);
    assert.ok(verified.ok, JSON.stringify(verified));
    const actions = new Set((await env.db.selectFrom('audit_log').select('action').execute()).map((row) => row.action));
    for (const action of [
      'points.objection.file',
      'points.objection.dismiss',
      'points.objection.uphold',
      'points.entry.settle',
      'points.entry.revoke',
    ])
      assert.ok(actions.has(action), action);
  });
});

describe('privacy of what the board publishes', () => {
  test('a declaration whose note holds a raw phone number is refused (422 naming the field): the note goes on the board', async () => {
    env.clock.setDay(demoToday);
    const refused = await rejectsWith(
      cadre.request(declarePointsEntry, {
        params: { villageId: village },
        body: { householdId: householdAt(47), ruleCode: 'volunteer.activity', occurredOn: demoToday, note: '联系电话 13912345678' },
      }),
      422,
      'validation',
    );
    assert.deepEqual(
      refused.issues.map((one) => [one.path, one.code]),
      [[['note'], 'identity.publicField.rawPersonalData']],
    );
  });
});

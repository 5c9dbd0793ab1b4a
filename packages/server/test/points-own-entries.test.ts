import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { addDays } from '@shanzhi/rules';
import {
  declareOwnPointsEntry,
  declarePointsEntry,
  fileObjection,
  listOwnPointsEntries,
  transitionPointsEntry,
  uploadAttachment,
  type Client,
  type RouteOutput,
} from '@shanzhi/sdk';
import { demoToday, startTestServer } from './harness.js';
import { annotatedPng } from './support/attachment-samples.js';
import { rejectsWith } from './support/problems.js';
import { householdsOf, otherVillage, publicized, useProcessServer, village } from './support/points-process.js';

/*
 * A villager follows their own household's declarations (listOwnPointsEntries): every state, newest first, the
 * notice end, the reason of a rejection or revocation, never another household's entries, paged without repeats.
 */

const env = useProcessServer('shanzhi-own-', { cadre: 'test-cadre-own' });
const { householdAt } = env;
const { cadre } = env.staffOf;
const noticeDays = 7; // v-qs-01 keeps the default (seed settingsByIndex[0])

type OwnEntry = RouteOutput<typeof listOwnPointsEntries>['items'][number];

async function all(client: Client, villageId = village): Promise<OwnEntry[]> {
  const items: OwnEntry[] = [];
  for await (const item of client.paginate(listOwnPointsEntries, { params: { villageId }, query: { limit: 200 } })) items.push(item);
  return items;
}

const transition = (entryId: string, action: 'reject' | 'revoke', reason: string) =>
  cadre.request(transitionPointsEntry, { params: { villageId: village, entryId }, body: { action, reason } });

describe('a household follows its own entries', () => {
  let villager: Client;
  const ids = { declared: '', publicized: '', objected: '', rejected: '', revoked: '', effective: '' };

  before(async () => {
    const own = householdAt(40);
    villager = await env.villager(own);
    env.clock.setDay(demoToday);
    // Two entries go under notice today and become effective when it ends; one of them is then revoked.
    ids.effective = (await publicized(cadre, own)).id;
    ids.revoked = (await publicized(cadre, own)).id;
    env.clock.setDay(addDays(demoToday, noticeDays + 1));
    const evidence: string[] = [];
    for (let photo = 0; photo < 2; photo++) {
      const params = { villageId: village, purpose: 'points-evidence' } as const;
      const body = new Blob([annotatedPng()], { type: 'image/png' });
      evidence.push((await villager.request(uploadAttachment, { params, body })).data.id);
    }
    const declared = await villager.request(declareOwnPointsEntry, {
      params: { villageId: village },
      body: { ruleCode: 'volunteer.activity', occurredOn: '2026-11-20', note: '参加村道清扫', attachmentIds: evidence },
    });
    ids.declared = declared.data.id;
    await transition(ids.revoked, 'revoke', '核实有误，联系人 13812345678');
    ids.publicized = (await publicized(cadre, own)).id;
    ids.objected = (await publicized(cadre, own)).id;
    const neighbour = await env.villager(householdAt(41));
    await neighbour.request(fileObjection, { params: { villageId: village, entryId: ids.objected }, body: { reason: '那天不在村里' } });
    const { data } = await cadre.request(declarePointsEntry, {
      params: { villageId: village },
      body: { householdId: own, ruleCode: 'volunteer.activity', occurredOn: '2026-11-21' },
    });
    ids.rejected = data.id;
    await transition(ids.rejected, 'reject', '材料不全');
  });

  test('every state, with the notice end, the objection flag, the reason and the evidence count', async () => {
    const items = await all(villager);
    const byId = new Map(items.map((item) => [item.id, item]));
    const today = addDays(demoToday, noticeDays + 1);

    const declared = byId.get(ids.declared);
    assert.equal(declared?.status, 'firstReview', 'a household’s declaration is submitted at once');
    assert.equal(declared.attachmentCount, 2);
    assert.equal(declared.noticeUntil, null);
    assert.equal(declared.reason, null);

    const publicizedOne = byId.get(ids.publicized);
    assert.equal(publicizedOne?.status, 'publicized');
    assert.equal(publicizedOne.noticeUntil, addDays(today, noticeDays - 1), 'the last day of the notice');
    assert.equal(publicizedOne.objected, false);
    assert.equal(byId.get(ids.objected)?.objected, true);

    const rejected = byId.get(ids.rejected);
    assert.equal(rejected?.status, 'rejected');
    assert.equal(rejected.reason, '材料不全');

    assert.equal(byId.get(ids.effective)?.status, 'effective');
    const revoked = byId.get(ids.revoked);
    assert.equal(revoked?.status, 'revoked');
    const why = revoked.reason ?? '';
    assert.ok(why.startsWith('核实有误'));
    assert.ok(!why.includes('13812345678'), 'a phone number in staff’s free text is masked for the household');
  });

  test('only the own household’s entries, newest first; the objector is never named', async () => {
    const items = await all(villager);
    const stored = await env.db.selectFrom('points_entries').select('id').where('household_id', '=', householdAt(40)).execute();
    assert.equal(items.length, stored.length);
    assert.ok(items.every((item) => item.householdId === householdAt(40)));
    assert.deepEqual(
      items.map((item) => item.id),
      stored
        .map((row) => row.id)
        .sort()
        .reverse(),
    );
    const objected = items.find((item) => item.id === ids.objected);
    assert.ok(objected?.objections?.every((one) => one.householdId !== householdAt(41)));
    assert.ok(!JSON.stringify(objected).includes(householdAt(41)), 'who objected stays hidden');
  });

  test('pages walk every row exactly once; total counts them; a bad cursor is a 400', async () => {
    const whole = await villager.request(listOwnPointsEntries, { params: { villageId: village }, query: { limit: 200 } });
    assert.ok(whole.data.total >= 6);
    assert.equal(whole.data.householdId, householdAt(40));
    const first = await villager.request(listOwnPointsEntries, { params: { villageId: village }, query: { limit: 2 } });
    assert.deepEqual(
      first.data.items.map((one) => one.id),
      whole.data.items.slice(0, 2).map((one) => one.id),
    );
    assert.notEqual(first.data.nextCursor, null, 'more than one page');
    // The SDK follows each answer's cursor: with two a page, every row must come exactly once, in the same order.
    const seen: string[] = [];
    for await (const item of villager.paginate(listOwnPointsEntries, { params: { villageId: village }, query: { limit: 2 } }))
      seen.push(item.id);
    assert.deepEqual(
      seen,
      whole.data.items.map((one) => one.id),
    );
    assert.equal(new Set(seen).size, whole.data.total);
    await rejectsWith(
      villager.request(listOwnPointsEntries, { params: { villageId: village }, query: { cursor: 'not-a-cursor' } }),
      400,
      'validation',
    );
  });

  test('the public: 401; staff: 403; another village, or a villager token bound to no household: 403', async () => {
    const list = (client: Client, villageId = village) => client.request(listOwnPointsEntries, { params: { villageId } });
    await rejectsWith(list(env.client()), 401, 'unauthorized');
    await rejectsWith(list(cadre), 403, 'forbidden');
    await rejectsWith(list(villager, otherVillage), 403, 'forbidden');
    const [elsewhere] = await householdsOf(env.db, otherVillage);
    assert.ok(elsewhere);
    const outsider = await env.villager(elsewhere, otherVillage);
    await rejectsWith(list(outsider), 403, 'forbidden');
    assert.ok((await all(outsider, otherVillage)).every((item) => item.householdId === elsewhere));
    const unbound = await env.staff('villager', 'test-villager-unbound');
    await rejectsWith(list(unbound), 403, 'forbidden');
  });
});

test('the answer is private: Cache-Control: private, no-store', async () => {
  const response = await fetch(`${env.server.url}/v1/villages/${village}/points/my-entries`, {
    headers: { Authorization: 'Bearer demo-villager' },
  });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'private, no-store');
});

test('the demo portal viewed as the villager shows the desk as the household’s own', async () => {
  // As portal-demo-roles.test.ts: an (empty) assets folder is enough for the portal to render its widgets.
  const assetsDir = mkdtempSync(join(tmpdir(), 'shanzhi-own-portal-'));
  const portal = await startTestServer({ assetsDir });
  try {
    const response = await fetch(`${portal.url}/?as=villager`);
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.match(page, /<sz-provider [^>]*data-demo-role="villager"/);
    assert.match(page, /本户积分申报/);
    assert.match(page, /<sz-points-desk village="v-qs-01">/);
    assert.doesNotMatch(await (await fetch(`${portal.url}/?as=cadre`)).text(), /本户积分申报/, 'staff see the staff desk');
  } finally {
    await portal.close();
    rmSync(assetsDir, { recursive: true, force: true });
  }
});

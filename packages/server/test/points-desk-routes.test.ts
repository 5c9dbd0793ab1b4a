import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  declareFamilyTies,
  declareOwnPointsEntry,
  findHouseholds,
  listPointsEntries,
  reviewPointsEntries,
  type Client,
} from '@shanzhi/sdk';
import { rejectsWith } from './support/problems.js';
import { householdsOf, otherVillage, useProcessServer, village } from './support/points-process.js';

/*
 * The staff desk's reads: the review queues (listPointsEntries) and the household search (findHouseholds). Staff of
 * the village only; names are registered names; paging walks a queue without repeats or gaps.
 */

const env = useProcessServer('shanzhi-desk-', { gridWorker: 'test-grid-desk', cadre: 'test-cadre-desk' });
const { householdAt } = env;
const { gridWorker: grid, cadre } = env.staffOf;

async function declareOwn(index: number): Promise<string> {
  const villager = await env.villager(householdAt(index));
  const { data } = await villager.request(declareOwnPointsEntry, {
    params: { villageId: village },
    body: { ruleCode: 'volunteer.activity', occurredOn: '2026-11-20', note: '参加村道清扫' },
  });
  return data.id;
}

const queue = (client: Client, query: { status?: 'firstReview' | 'secondReview'; cursor?: string; limit?: number } = {}) =>
  client.request(listPointsEntries, { params: { villageId: village }, query });

async function registered(householdId: string) {
  return env.db.selectFrom('households').select(['number', 'head_name']).where('id', '=', householdId).executeTakeFirstOrThrow();
}

describe('the review queues', () => {
  test('each role gets its own step by default, with the registered name and household number', async () => {
    const entryId = await declareOwn(20);
    const first = await queue(grid);
    assert.equal(first.data.status, 'firstReview');
    assert.ok(first.data.items.every((item) => item.status === 'firstReview'));
    const item = first.data.items.find((one) => one.id === entryId);
    assert.ok(item, 'the new declaration waits in the grid worker’s queue');
    const row = await registered(householdAt(20));
    assert.equal(item.householdName, row.head_name, 'staff see the registered name');
    assert.equal(item.householdNumber, row.number);
    assert.equal(item.recused, false);

    const second = await queue(cadre);
    assert.equal(second.data.status, 'secondReview');
    assert.ok(!second.data.items.some((one) => one.id === entryId), 'not yet the committee’s');
    await grid.request(reviewPointsEntries, { params: { villageId: village }, body: { entryIds: [entryId], action: 'passFirstReview' } });
    assert.ok(
      (await queue(cadre)).data.items.some((one) => one.id === entryId),
      'after the first review it is',
    );
    assert.ok(!(await queue(grid)).data.items.some((one) => one.id === entryId));
    assert.ok(
      (await queue(grid, { status: 'secondReview' })).data.items.some((one) => one.id === entryId),
      'any status on request',
    );
  });

  test('an entry of a household the reviewer declared a family tie with is flagged as recused', async () => {
    const reviewer = await env.staff('gridWorker', 'test-grid-desk-related');
    const entryId = await declareOwn(21);
    await reviewer.request(declareFamilyTies, { params: { villageId: village }, body: { householdIds: [householdAt(21)] } });
    const mine = (await queue(reviewer)).data.items.find((one) => one.id === entryId);
    assert.equal(mine?.recused, true);
    assert.equal((await queue(grid)).data.items.find((one) => one.id === entryId)?.recused, false, 'only for the related reviewer');
  });

  test('pages walk the whole queue in id order without repeats; total counts it', async () => {
    for (const index of [22, 23, 24, 25, 26]) await declareOwn(index);
    const all = await queue(grid, { limit: 200 });
    assert.ok(all.data.total >= 5);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const { data } = await queue(grid, { limit: 2, ...(cursor === undefined ? {} : { cursor }) });
      assert.ok(data.items.length <= 2);
      seen.push(...data.items.map((one) => one.id));
      if (data.nextCursor === null) break;
      cursor = data.nextCursor;
    }
    assert.deepEqual(
      seen,
      all.data.items.map((one) => one.id),
    );
    assert.deepEqual(seen, [...seen].sort());
    assert.equal(seen.length, all.data.total);
    await rejectsWith(queue(grid, { cursor: 'not-a-cursor' }), 400, 'validation');
  });

  test('the public: 401; villagers and mediators: 403; staff of another village: 403', async () => {
    await rejectsWith(queue(env.client()), 401, 'unauthorized');
    await rejectsWith(queue(await env.villager(householdAt(20))), 403, 'forbidden');
    await rejectsWith(queue(await env.staff('mediator', 'test-mediator-desk')), 403, 'forbidden');
    await rejectsWith(queue(await env.staff('cadre', 'test-cadre-elsewhere', otherVillage)), 403, 'forbidden');
    const supervisor = await env.staff('supervisor', 'test-supervisor-desk');
    assert.equal((await queue(supervisor)).data.status, 'publicized', 'the 村务监督委员会 watches the notices by default');
  });
});

test('names leave the server only privately: both reads answer Cache-Control: private, no-store', async () => {
  for (const path of ['/points/entries', '/households?q=1']) {
    const response = await fetch(`${env.server.url}/v1/villages/${village}${path}`, {
      headers: { Authorization: 'Bearer demo-gridWorker' },
    });
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('cache-control'), 'private, no-store', path);
  }
});

describe('finding a household', () => {
  const find = (client: Client, q?: string, villageId = village) =>
    client.request(findHouseholds, { params: { villageId }, query: q === undefined ? {} : { q } });

  test('by its number (an exact number first) or by part of the registered name', async () => {
    const row = await registered(householdAt(30));
    const byNumber = await find(grid, row.number);
    const [top] = byNumber.data.items;
    assert.ok(top);
    assert.equal(top.householdId, householdAt(30));
    assert.equal(top.name, row.head_name, 'staff see the registered name');
    const byName = await find(cadre, row.head_name);
    assert.ok(byName.data.items.some((one) => one.householdId === householdAt(30)));
    assert.ok(byName.data.items.every((one) => one.name.includes(row.head_name)));
    assert.ok(byName.data.items.length <= 20);
  });

  test('a blank search finds nothing, a broad one at most 20 with `more`', async () => {
    assert.deepEqual((await find(grid)).data.items, []);
    assert.deepEqual((await find(grid, '   ')).data.items, []);
    const broad = await find(grid, '0');
    assert.equal(broad.data.items.length, 20);
    assert.equal(broad.data.more, true);
  });

  test('never another village’s households; villagers and the public are refused', async () => {
    const [elsewhere] = await householdsOf(env.db, otherVillage);
    assert.ok(elsewhere);
    const row = await registered(elsewhere);
    assert.ok(!(await find(grid, row.number)).data.items.some((one) => one.householdId === elsewhere));
    await rejectsWith(find(grid, row.number, otherVillage), 403, 'forbidden');
    await rejectsWith(find(await env.villager(householdAt(30)), '1'), 403, 'forbidden');
    await rejectsWith(find(env.client(), '1'), 401, 'unauthorized');
  });
});

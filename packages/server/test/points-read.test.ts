import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { balanceAsOf, maskName, periodOf, type PointsCatalogue, type PointsSettings } from '@shanzhi/rules';
import {
  getHouseholdPoints,
  getLeaderboard,
  getPointsRules,
  listRegions,
  type Client,
  type PageItem,
  type RouteInput,
  type RouteOutput,
} from '@shanzhi/sdk';
import { demoToday, startTestServer, type TestServer } from './harness.js';
import { rejectsWith } from './support/problems.js';

type Row = PageItem<typeof getLeaderboard>;
type Board = RouteOutput<typeof getLeaderboard>;
type BoardQuery = NonNullable<RouteInput<typeof getLeaderboard>['query']>;

const village = 'v-qs-01';
const staffTokens = ['demo-gridWorker', 'demo-cadre', 'demo-supervisor', 'demo-mediator', 'demo-admin'] as const;

let server: TestServer;
let pub: Client;
let cadre: Client;
let villages: { id: string; households: number }[] = [];
const schemes = new Map<string, { catalogue: PointsCatalogue; settings: PointsSettings }>();
/** Full names as the village cadre sees them, by household id (v-qs-01). */
const fullNames = new Map<string, string>();

before(async () => {
  server = await startTestServer();
  pub = server.client();
  cadre = server.client('demo-cadre');
  const tree = await pub.request(listRegions, {});
  villages = tree.data.counties.flatMap((county) =>
    county.towns.flatMap((town) => town.villages.map((one) => ({ id: one.id, households: one.households ?? 0 }))),
  );
  for (const one of villages) {
    const rules = await pub.request(getPointsRules, { params: { villageId: one.id } });
    schemes.set(one.id, { catalogue: rules.data.catalogue, settings: rules.data.settings });
  }
  for (const row of await allRows(pub, village)) {
    const ledger = await cadre.request(getHouseholdPoints, { params: { villageId: village, householdId: row.householdId } });
    fullNames.set(row.householdId, ledger.data.name);
  }
});

after(() => server.close());

async function allRows(client: Client, villageId: string, query: BoardQuery = {}): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of client.paginate(getLeaderboard, { params: { villageId }, query: { limit: 200, ...query } })) rows.push(row);
  return rows;
}

async function board(client: Client, villageId: string, query: BoardQuery = {}): Promise<Board> {
  return (await client.request(getLeaderboard, { params: { villageId }, query })).data;
}

function schemeOf(villageId: string) {
  const found = schemes.get(villageId);
  assert.ok(found, villageId);
  return found;
}

describe('getPointsRules', () => {
  test('anyone — the public, a villager and every staff role — reads the catalogue and settings', async () => {
    for (const token of [undefined, 'demo-villager', ...staffTokens]) {
      const { data } = await server.client(token).request(getPointsRules, { params: { villageId: village } });
      assert.equal(data.villageId, village);
      assert.ok(data.catalogue.rules.length > 10);
      assert.ok(data.catalogue.rules.every((rule) => data.catalogue.categories.some((category) => category.code === rule.category)));
      assert.equal(data.settings.rankingMethod, 'competition');
    }
  });

  test('an unknown village is a 404, titled in zh-CN by default and in English on request', async () => {
    const zh = await rejectsWith(pub.request(getPointsRules, { params: { villageId: 'v-nowhere' } }), 404, 'not-found');
    assert.equal(zh.title, '未找到请求的资源');
    const en = await rejectsWith(
      server.client(undefined, { locale: 'en' }).request(getPointsRules, { params: { villageId: 'v-nowhere' } }),
      404,
      'not-found',
    );
    assert.equal(en.title, 'Not found');
  });
});

describe('getLeaderboard', () => {
  test('anyone reads the board, and every role gets the same public board', async () => {
    const reference = await board(pub, village);
    for (const token of ['demo-villager', ...staffTokens]) {
      const seen = await board(server.client(token), village);
      assert.deepEqual(seen, reference, token);
    }
  });

  test('the default board is the current period of the village (a month) as of today', async () => {
    const settings = schemeOf(village).settings;
    const data = await board(pub, village);
    assert.equal(data.period, periodOf(demoToday, settings.periodKind));
    assert.equal(data.periodKind, 'month');
    assert.equal(data.list, 'all');
    assert.equal(data.category, null);
    assert.equal(data.asOf, demoToday);
    assert.equal(data.items.length, 50);
    assert.equal(data.totalHouseholds, villages.find((one) => one.id === village)?.households);
    assert.deepEqual(await board(pub, village, { period: 'current' }), data);
  });

  test('relative and explicit periods resolve against today; a past period is taken as of its last day', async () => {
    assert.equal((await board(pub, village, { period: 'quarter' })).period, '2026-Q4');
    assert.equal((await board(pub, village, { period: 'quarter' })).periodKind, 'quarter');
    assert.equal((await board(pub, village, { period: 'year' })).period, '2026');
    const all = await board(pub, village, { period: 'all' });
    assert.equal(all.periodKind, 'all');
    assert.ok(
      all.items.every((row) => row.movement === 'new' && row.previousRank === null),
      'the all-time board has no previous period',
    );
    const october = await board(pub, village, { period: '2026-10' });
    assert.equal(october.period, '2026-10');
    assert.equal(october.asOf, '2026-10-31');
    await rejectsWith(pub.request(getLeaderboard, { params: { villageId: village }, query: { period: '2026-13' } }), 400, 'validation');
  });

  test('names are masked on the public board; full names only for households that consented', async () => {
    const rows = await allRows(pub, village);
    const consented = rows.filter((row) => !row.nameMasked);
    const masked = rows.filter((row) => row.nameMasked);
    assert.ok(consented.length > 0 && masked.length > 0, 'the seed has both kinds');
    for (const row of rows) {
      const full = fullNames.get(row.householdId);
      assert.ok(full, row.householdId);
      if (row.nameMasked) {
        assert.equal(row.name, maskName(full));
        assert.notEqual(row.name, full);
        assert.ok(!row.badges.includes('consented'));
      } else {
        assert.equal(row.name, full);
        assert.ok(row.badges.includes('consented'));
      }
    }
    const text = JSON.stringify(rows);
    for (const row of masked)
      assert.ok(!text.includes(`"${fullNames.get(row.householdId) ?? ''}"`), 'no unconsented full name anywhere in the public board');
  });

  test('tied households share a rank (standard competition ranking: 1, 2, 2, 4)', async () => {
    const rows = await allRows(pub, village, { period: 'all' });
    let ties = 0;
    for (const [index, row] of rows.entries()) {
      assert.equal(row.rank, 1 + rows.filter((other) => other.points > row.points).length, row.householdId);
      const next = rows[index + 1];
      if (next) {
        assert.ok(next.points <= row.points, 'best first');
        if (next.points === row.points) {
          ties++;
          assert.equal(next.rank, row.rank);
          assert.ok(next.householdId > row.householdId, 'ties in household-id order');
        }
      }
    }
    assert.ok(ties > 0, 'the seed has ties');
  });

  test('a village configured for dense ranking ranks 1, 2, 2, 3', async () => {
    const dense = villages.find((one) => schemeOf(one.id).settings.rankingMethod === 'dense');
    assert.ok(dense, 'the seed has a dense-ranking village');
    const rows = await allRows(pub, dense.id, { period: 'all' });
    for (const row of rows)
      assert.equal(row.rank, 1 + new Set(rows.filter((other) => other.points > row.points).map((other) => other.points)).size);
  });

  test('stars follow the thresholds and movement compares with the previous period', async () => {
    const { settings } = schemeOf(village);
    const current = await allRows(pub, village, { period: '2026-11' });
    const previous = new Map((await allRows(pub, village, { period: '2026-10' })).map((row) => [row.householdId, row.rank]));
    for (const row of current) {
      assert.equal(row.stars, settings.starThresholds.filter((threshold) => row.points >= threshold).length);
      assert.equal(row.badges.includes(`stars:${String(row.stars)}`), row.stars > 0);
      assert.equal(row.previousRank, previous.get(row.householdId));
      const before = previous.get(row.householdId) ?? 0;
      assert.equal(row.movement, before > row.rank ? 'up' : before < row.rank ? 'down' : 'same');
    }
  });

  test('paging covers every household exactly once, with the default limit of 50 and a cap of 200', async () => {
    const expected = villages.find((one) => one.id === village)?.households ?? 0;
    const seen: string[] = [];
    let pages = 0;
    for await (const page of pub.pages(getLeaderboard, { params: { villageId: village }, query: { limit: 7 } })) {
      pages++;
      assert.ok(page.data.items.length <= 7);
      for (const row of page.data.items) seen.push(row.householdId);
    }
    assert.equal(seen.length, expected);
    assert.equal(new Set(seen).size, expected, 'no household twice');
    assert.equal(pages, Math.ceil(expected / 7));
    const whole = await allRows(pub, village);
    assert.deepEqual(
      seen,
      whole.map((row) => row.householdId),
      'pages concatenate to the whole board',
    );
    const first = await board(pub, village);
    assert.equal(first.items.length, 50);
    assert.ok(first.nextCursor);
    await rejectsWith(pub.request(getLeaderboard, { params: { villageId: village }, query: { limit: 201 } }), 400, 'validation');
    await rejectsWith(
      pub.request(getLeaderboard, { params: { villageId: village }, query: { cursor: 'not-a-cursor' } }),
      400,
      'validation',
    );
  });

  test('the red list honours the top households with a positive total', async () => {
    const { settings } = schemeOf(village);
    const red = await allRows(pub, village, { list: 'red', period: 'all' });
    assert.ok(red.length >= Math.min(settings.redListSize, 1));
    assert.ok(red.every((row) => row.points > 0 && row.badges.includes('red')));
    const cutoff = red[red.length - 1]?.points ?? 0;
    const all = await allRows(pub, village, { period: 'all' });
    assert.deepEqual(
      red.map((row) => row.householdId),
      all.filter((row) => row.points > cutoff || (row.points === cutoff && row.points > 0)).map((row) => row.householdId),
      'everyone tied at the cut-off is on the list',
    );
  });

  test('the black list names only households with deductions, lowest first', async () => {
    const black = await allRows(pub, village, { list: 'black', period: 'all' });
    assert.ok(black.length > 0);
    assert.ok(black.every((row) => row.deductions > 0 && row.badges.includes('black')));
    for (const [index, row] of black.entries()) assert.ok(index === 0 || (black[index - 1]?.points ?? 0) <= row.points);
  });

  test('a village that switched its black list off answers an empty page with blackListEnabled false', async () => {
    const off = villages.find((one) => !schemeOf(one.id).settings.blackListEnabled);
    assert.ok(off, 'the seed has a village without a black list');
    const data = await board(pub, off.id, { list: 'black', period: 'all' });
    assert.deepEqual(data.items, []);
    assert.equal(data.nextCursor, null);
    assert.equal(data.blackListEnabled, false);
    assert.ok(data.totalHouseholds > 0);
    const all = await allRows(pub, off.id, { period: 'all' });
    assert.ok(
      all.some((row) => row.deductions > 0),
      'it has households with deductions',
    );
    assert.ok(
      all.every((row) => !row.badges.includes('black')),
      'and names none of them',
    );
    assert.equal((await board(pub, village, { list: 'black' })).blackListEnabled, true);
  });

  test('a category board counts only that category’s rules, and the categories add up to the whole board', async () => {
    const { catalogue } = schemeOf(village);
    const totals = new Map((await allRows(pub, village, { period: 'all' })).map((row) => [row.householdId, row.points]));
    const sums = new Map<string, number>();
    for (const category of catalogue.categories) {
      const rows = await allRows(pub, village, { period: 'all', category: category.code });
      assert.ok(rows.every((row) => row.householdId.startsWith('h-')));
      const data = await board(pub, village, { period: 'all', category: category.code, limit: 1 });
      assert.equal(data.category, category.code);
      for (const row of rows) sums.set(row.householdId, (sums.get(row.householdId) ?? 0) + row.points);
    }
    assert.deepEqual(sums, totals);
    const unknown = await rejectsWith(
      pub.request(getLeaderboard, { params: { villageId: village }, query: { category: 'nope' } }),
      400,
      'validation',
    );
    assert.equal(unknown.issues[0]?.code, 'points.rule.unknownCategory');
  });

  test('q finds a household by number or by the name as shown; the registered name only for the village’s staff, and still masked', async () => {
    const rows = await allRows(pub, village);
    const target = rows.find((row) => row.nameMasked);
    assert.ok(target);
    const byNumber = await board(pub, village, { q: target.householdNumber });
    assert.deepEqual(
      byNumber.items.map((row) => row.householdId),
      [target.householdId],
    );
    const byShownName = await allRows(pub, village, { q: target.name });
    assert.ok(
      byShownName.some((row) => row.householdId === target.householdId),
      'found by the masked name',
    );
    const full = fullNames.get(target.householdId) ?? '';
    // The public may not search by what it cannot see (points-search-privacy.test.ts); the village's cadre may.
    const publicByName = await pub.request(getLeaderboard, { params: { villageId: village }, query: { q: full } });
    assert.ok(!publicByName.data.items.some((row) => row.householdId === target.householdId), 'the public cannot find it by the raw name');
    const byName = await cadre.request(getLeaderboard, { params: { villageId: village }, query: { q: full } });
    const found = byName.data.items.find((row) => row.householdId === target.householdId);
    assert.ok(found, 'the cadre finds it by the raw name');
    assert.equal(found.name, maskName(full));
    assert.ok(!JSON.stringify(byName.data).includes(full), 'the raw name is not in the answer');
    assert.deepEqual((await board(pub, village, { q: 'no-such-household' })).items, []);
  });

  test('every village’s board follows its own settings (board period, base score, award cap, list sizes)', async () => {
    for (const one of villages) {
      const { settings } = schemeOf(one.id);
      const current = await board(pub, one.id, { limit: 1 });
      assert.equal(current.period, periodOf(demoToday, settings.periodKind), one.id);
      assert.equal(current.totalHouseholds, one.households);
      for (const list of ['all', 'red', 'black'] as const) {
        const rows = await allRows(pub, one.id, { list, period: 'year' });
        if (list === 'all') assert.equal(rows.length, one.households);
        if (list === 'black' && settings.blackListRule === 'bottom') {
          const cutoff = rows[settings.blackListSize - 1]?.points;
          assert.ok(
            rows.slice(settings.blackListSize).every((row) => row.points === cutoff),
            'the bottom N, plus ties at the cut-off',
          );
        }
      }
    }
  });

  test('an unknown village is a 404', async () => {
    await rejectsWith(pub.request(getLeaderboard, { params: { villageId: 'v-nowhere' } }), 404, 'not-found');
  });
});

describe('getHouseholdPoints', () => {
  const own = { villageId: village, householdId: 'h-000001' };

  test('the household reads its own ledger with its villager token', async () => {
    const { data } = await server.client('demo-villager').request(getHouseholdPoints, { params: own });
    assert.equal(data.householdId, 'h-000001');
    assert.equal(data.name, fullNames.get('h-000001'), 'its own name in full');
    assert.equal(data.asOf, demoToday);
    assert.ok(data.entries.length > 0);
    assert.ok(data.entries.every((entry) => entry.householdId === 'h-000001'));
    assert.ok(data.redemptions.every((one) => one.householdId === 'h-000001'));
  });

  test('the balance is the rules’ balance of the ledger it returns', async () => {
    const { settings, catalogue } = schemeOf(village);
    const { data } = await cadre.request(getHouseholdPoints, { params: own });
    const expected = balanceAsOf(data.entries, data.redemptions, demoToday, settings, catalogue, 'h-000001');
    assert.deepEqual(
      { total: data.balance.total, redeemable: data.balance.redeemable, base: data.balance.base },
      { total: expected.total, redeemable: expected.redeemable, base: expected.base },
    );
    const earlier = await cadre.request(getHouseholdPoints, { params: own, query: { asOf: '2026-03-31' } });
    assert.equal(earlier.data.asOf, '2026-03-31');
    assert.equal(
      earlier.data.balance.total,
      balanceAsOf(data.entries, data.redemptions, '2026-03-31', settings, catalogue, 'h-000001').total,
    );
  });

  test('the village’s grid worker, cadre and supervisor read any household of their village', async () => {
    for (const token of ['demo-gridWorker', 'demo-cadre', 'demo-supervisor']) {
      const { data } = await server.client(token).request(getHouseholdPoints, { params: { villageId: village, householdId: 'h-000002' } });
      assert.equal(data.householdId, 'h-000002', token);
      assert.equal(data.name, fullNames.get('h-000002'));
    }
  });

  test('a villager reading another household is refused (403), the public must log in (401)', async () => {
    const denied = await rejectsWith(
      server.client('demo-villager').request(getHouseholdPoints, { params: { villageId: village, householdId: 'h-000002' } }),
      403,
      'forbidden',
    );
    assert.equal(denied.title, '无权执行此操作');
    const en = await rejectsWith(
      server
        .client('demo-villager', { locale: 'en' })
        .request(getHouseholdPoints, { params: { villageId: village, householdId: 'h-000002' } }),
      403,
      'forbidden',
    );
    assert.equal(en.title, 'You are not allowed to do this');
    await rejectsWith(pub.request(getHouseholdPoints, { params: own }), 401, 'unauthorized');
  });

  test('roles outside the route (mediator, admin) and staff of another village are refused', async () => {
    await rejectsWith(server.client('demo-mediator').request(getHouseholdPoints, { params: own }), 403, 'forbidden');
    await rejectsWith(server.client('demo-admin').request(getHouseholdPoints, { params: own }), 403, 'forbidden');
    const other = villages.find((one) => one.id !== village);
    assert.ok(other);
    const [someone] = await allRows(pub, other.id, { limit: 1 });
    assert.ok(someone);
    await rejectsWith(
      cadre.request(getHouseholdPoints, { params: { villageId: other.id, householdId: someone.householdId } }),
      403,
      'forbidden',
    );
    // Not even the existence of a household is told to the wrong village's staff.
    await rejectsWith(cadre.request(getHouseholdPoints, { params: { villageId: other.id, householdId: 'h-999999' } }), 403, 'forbidden');
  });

  test('an unknown household, or one of another village under this village, is a 404', async () => {
    await rejectsWith(cadre.request(getHouseholdPoints, { params: { villageId: village, householdId: 'h-999999' } }), 404, 'not-found');
    const other = villages.find((one) => one.id !== village);
    assert.ok(other);
    const [someone] = await allRows(pub, other.id, { limit: 1 });
    assert.ok(someone);
    await rejectsWith(
      cadre.request(getHouseholdPoints, { params: { villageId: village, householdId: someone.householdId } }),
      404,
      'not-found',
    );
  });
});

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { changeSupermarketGoods, createClient, createSupermarketGoods, ProblemError, redeemGoods, type Client } from '@shanzhi/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/index.js';
import { openDatabase, openPostgres } from '../src/db/index.js';
import type { Started } from '../src/start.js';
import { demoNow, demoToday, startServerInTest } from './harness.js';
import { postgresUnavailable, startPostgresCluster, type PostgresCluster } from './postgres-cluster.js';
import { villageBalances } from './support/supermarket.js';

/*
 * The 爱心超市's one-transaction promise under load, over HTTP against the real server: the balance check and the
 * stock decrement of a redemption happen together, so parallel carts can neither sell stock twice nor spend points
 * twice. Run on SQLite and, where a PostgreSQL can be started, on PostgreSQL (several connections, real concurrency).
 */

const village = 'v-qs-01';
const params = { villageId: village };

interface Outcome {
  readonly ok: number;
  readonly refused: ReadonlyMap<string, number>;
}

/** Runs every call at once; counts the successes and the refusals by status and problem code. */
async function race(calls: readonly (() => Promise<unknown>)[]): Promise<Outcome> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const refused = new Map<string, number>();
  let ok = 0;
  for (const one of settled) {
    if (one.status === 'fulfilled') ok += 1;
    else {
      const code = one.reason instanceof ProblemError ? `${String(one.reason.status)} ${one.reason.code}` : String(one.reason);
      refused.set(code, (refused.get(code) ?? 0) + 1);
    }
  }
  return { ok, refused };
}

/** The same tests on each database; `open` starts the server and gives a handle to read what it stored. */
function concurrencyTests(open: () => Promise<{ db: Kysely<Database>; server: Started; readDb: Kysely<Database> }>) {
  let server: Started;
  let readDb: Kysely<Database>;
  let keeper: Client;

  test('the server starts over the demo county', async () => {
    ({ server, readDb } = await open());
    // What is tested is the outcome of 100 calls racing for 10 items, not their speed: on a loaded CI machine the
    // queue behind the row locks can take longer than the client's default 10 s per call.
    keeper = createClient({ baseUrl: server.url, token: 'demo-storekeeper', retry: { limit: 0 }, timeout: 60_000 });
  });

  test('100 parallel redemptions for the last 10 items: exactly 10 succeed, 90 are out of stock, no balance below zero', async () => {
    const goods = (await keeper.request(createSupermarketGoods, { params, body: { name: '最后十袋大米', pricePoints: 1, stock: 10 } }))
      .data;
    const households = (await villageBalances(readDb, village, demoToday)).filter((one) => one.redeemable >= 10).slice(0, 20);
    assert.ok(households.length >= 10, 'the demo village has enough households with points');
    const before = new Map(households.map((one) => [one.householdId, one.redeemable]));
    const outcome = await race(
      Array.from(
        { length: 100 },
        (_, i) => () =>
          keeper.request(redeemGoods, {
            params,
            body: { householdId: households[i % households.length]?.householdId ?? '', items: [{ goodsId: goods.id, quantity: 1 }] },
          }),
      ),
    );
    assert.equal(outcome.ok, 10);
    assert.deepEqual([...outcome.refused], [['409 supermarket.cart.outOfStock', 90]]);
    const row = await readDb.selectFrom('supermarket_goods').select('stock').where('id', '=', goods.id).executeTakeFirstOrThrow();
    assert.equal(row.stock, 0);
    const after = await villageBalances(readDb, village, demoToday);
    let spent = 0;
    for (const one of after) {
      const had = before.get(one.householdId);
      if (had === undefined) continue;
      assert.ok(one.redeemable >= 0, one.householdId);
      spent += had - one.redeemable;
    }
    assert.equal(spent, 10);
    const moves = await readDb.selectFrom('supermarket_stock_moves').select(['quantity']).where('goods_id', '=', goods.id).execute();
    assert.equal(
      moves.reduce((sum, move) => sum + move.quantity, 0),
      0,
    );
  });

  test('30 parallel carts on one household never spend more than it has: the rest are refused for points', async () => {
    const goods = (await keeper.request(createSupermarketGoods, { params, body: { name: '洗衣液', pricePoints: 1, stock: 1000 } })).data;
    const household = (await villageBalances(readDb, village, demoToday)).find((one) => one.redeemable >= 6 && one.redeemable <= 60);
    assert.ok(household, 'a household with a modest balance');
    const price = Math.max(1, Math.floor(household.redeemable / 4));
    await keeper.request(changeSupermarketGoods, { params: { ...params, goodsId: goods.id }, body: { pricePoints: price } });
    const affordable = Math.floor(household.redeemable / price);
    const outcome = await race(
      Array.from(
        { length: 30 },
        () => () =>
          keeper.request(redeemGoods, {
            params,
            body: { householdId: household.householdId, items: [{ goodsId: goods.id, quantity: 1 }] },
          }),
      ),
    );
    assert.equal(outcome.ok, affordable);
    assert.equal(outcome.refused.size, 1);
    const [[code, count] = ['', 0]] = [...outcome.refused];
    assert.match(code, /^422 points\.redemption\.(insufficient|topUpTooSmall)$/);
    assert.equal(count, 30 - affordable);
    const left = (await villageBalances(readDb, village, demoToday)).find((one) => one.householdId === household.householdId);
    assert.ok(left);
    assert.equal(left.redeemable, household.redeemable - affordable * price);
    assert.ok(left.redeemable >= 0);
  });

  test('the server stops', async () => {
    await server.close();
  });
}

describe('on SQLite', () => {
  concurrencyTests(async () => {
    const db = openDatabase({ filename: ':memory:' });
    const server = await startServerInTest({ db, port: 0, hostname: '127.0.0.1', households: 600, now: demoNow });
    // The server's own handle: SQLite in memory has no second connection to the same data.
    return { db, server, readDb: db };
  });
});

const unavailable = postgresUnavailable();
let cluster: PostgresCluster | undefined;
let pgRead: Kysely<Database> | undefined;
describe('on PostgreSQL', { skip: unavailable, timeout: 120_000 }, () => {
  after(async () => {
    await pgRead?.destroy();
    await cluster?.stop();
  });
  concurrencyTests(async () => {
    cluster = await startPostgresCluster();
    const db = openPostgres(cluster.url);
    const server = await startServerInTest({ db, port: 0, hostname: '127.0.0.1', households: 300, now: demoNow });
    pgRead = openPostgres(cluster.url);
    return { db, server, readDb: pgRead };
  });
});

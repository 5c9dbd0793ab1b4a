import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkRedemption, pointsSettingsSchema, type PointsBalance } from '@shanzhi/rules';
import {
  changeSupermarketGoods,
  createSupermarketGoods,
  getSupermarketReceipt,
  getSupermarketReconciliation,
  getSupermarketShelf,
  listSupermarketDonations,
  recordSupermarketDonation,
  redeemGoods,
  restockSupermarketGoods,
} from '@shanzhi/sdk';
import * as z from 'zod/mini';
import { verifyAuditChain } from '../src/audit/index.js';
import { demoToday } from './harness.js';
import { auditActions } from './support/audit.js';
import { rejectsWith } from './support/problems.js';
import { countRows } from './support/rows.js';
import { village, villageParams as params } from './support/demo-county.js';
import { useFileServer } from './support/scratch.js';
import { villageBalances } from './support/supermarket.js';

// A file database, so the test can look at the rows beside the server (nothing half-written) and verify the audit chain.
const fixture = useFileServer('shanzhi-supermarket-');
const { storekeeper: keeper, cadre, supervisor, villager } = fixture.demo;

async function newGoods(pricePoints: number, stock: number, name = '测试毛巾') {
  return (await keeper.request(createSupermarketGoods, { params, body: { name, pricePoints, stock } })).data;
}

async function stockOf(goodsId: string): Promise<number> {
  const row = await fixture.db.selectFrom('supermarket_goods').select('stock').where('id', '=', goodsId).executeTakeFirstOrThrow();
  return row.stock;
}

async function balanceOf(householdId: string): Promise<PointsBalance> {
  const found = (await villageBalances(fixture.db, village, demoToday)).find((one) => one.householdId === householdId);
  assert.ok(found, `no balance for ${householdId}`);
  return found;
}

/** A household of the village (not the villager token's) with at least `points` to spend. */
async function spender(points: number, not: readonly string[] = []): Promise<PointsBalance> {
  const found = (await villageBalances(fixture.db, village, demoToday)).find(
    (one) => one.redeemable >= points && one.householdId !== 'h-000001' && !not.includes(one.householdId),
  );
  assert.ok(found, `no household with ${String(points)} points`);
  return found;
}

/** The keeper redeems a cart of `items` for the household (with a fresh Idempotency-Key, as the client sends). */
function redeem(householdId: string, ...items: { goodsId: string; quantity: number }[]) {
  return keeper.request(redeemGoods, { params, body: { householdId, items } });
}

/** Rows a refused redemption must not have touched. */
async function writtenRows() {
  return {
    redemptions: await countRows(fixture.db, 'redemptions'),
    receipts: await countRows(fixture.db, 'supermarket_receipts'),
    moves: await countRows(fixture.db, 'supermarket_stock_moves'),
    audit: await countRows(fixture.db, 'audit_log'),
  };
}

describe('the public shelf and thank-you list', () => {
  test('anyone reads the shelf: goods, prices, stock and donors, cacheable, anonymous donors unnamed', async () => {
    const { data } = await fixture.server.client().request(getSupermarketShelf, { params });
    assert.ok(data.items.length >= 8);
    for (const goods of data.items) {
      assert.ok(goods.pricePoints > 0 && goods.stock >= 0 && goods.active, goods.id);
      if (goods.donor?.kind === 'anonymous') assert.equal(goods.donor.displayName, null);
      else if (goods.donor) assert.ok((goods.donor.displayName ?? '').length > 0);
    }
    assert.ok(data.items.some((goods) => goods.donor !== null));
    const raw = await fetch(`${fixture.server.url}/v1/villages/${village}/supermarket/goods`);
    assert.match(raw.headers.get('cache-control') ?? '', /^public, max-age=\d+/);
    const etag = raw.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${fixture.server.url}/v1/villages/${village}/supermarket/goods`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  test('an unknown village has no shelf (404)', async () => {
    await rejectsWith(fixture.server.client().request(getSupermarketShelf, { params: { villageId: 'v-nowhere' } }), 404, 'not-found');
  });

  test('the thank-you list shows each donor as they chose, anonymous ones without a name, and not who recorded it', async () => {
    const { data } = await fixture.server.client().request(listSupermarketDonations, { params, query: { year: '2026' } });
    assert.ok(data.items.length > 0);
    for (const one of data.items) {
      assert.equal((one as Record<string, unknown>).recordedBy, undefined);
      if (one.donor.kind === 'anonymous') assert.equal(one.donor.displayName, null);
    }
    const dates = data.items.map((one) => one.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });
});

describe('the keeper manages the shelf', () => {
  test('new goods, a price and photo change and a restock, each audited; the stock moves with each', async () => {
    const goods = await newGoods(7, 4);
    assert.match(goods.id, /^sg-\d{6}$/);
    assert.deepEqual([goods.stock, goods.pricePoints, goods.donor, goods.photoId], [4, 7, null, null]);
    const changed = await keeper.request(changeSupermarketGoods, {
      params: { ...params, goodsId: goods.id },
      body: { pricePoints: 9, photoId: 'att-5b1c0d2e-photo', reason: '进价上涨' },
    });
    assert.deepEqual([changed.data.pricePoints, changed.data.photoId, changed.data.stock], [9, 'att-5b1c0d2e-photo', 4]);
    const restocked = await cadre.request(restockSupermarketGoods, { params: { ...params, goodsId: goods.id }, body: { quantity: 6 } });
    assert.equal(restocked.status, 201);
    assert.equal(restocked.data.stock, 10);
    assert.equal(await stockOf(goods.id), 10);
    assert.deepEqual(await auditActions(fixture.db, `supermarket-goods:${goods.id}`), [
      'supermarket.goods.create',
      'supermarket.goods.change',
      'supermarket.goods.restock',
    ]);
  });

  test('seeded goods restock again and again after their seeded restocks', async () => {
    const seeded = await fixture.db
      .selectFrom('supermarket_stock_moves')
      .select(['goods_id'])
      .where('village_id', '=', village)
      .where('kind', '=', 'restock')
      .where('ref_id', 'like', 'rs-%')
      .orderBy('goods_id')
      .executeTakeFirstOrThrow();
    const before = await stockOf(seeded.goods_id);
    for (let i = 0; i < 3; i++) {
      const { status } = await keeper.request(restockSupermarketGoods, {
        params: { ...params, goodsId: seeded.goods_id },
        body: { quantity: 1 },
      });
      assert.equal(status, 201);
    }
    assert.equal(await stockOf(seeded.goods_id), before + 3);
  });

  test('a donor must be named as they chose, or be anonymous without a name; a photo id must look like one', async () => {
    const bad = [
      [{ kind: 'anonymous', displayName: '王某' }, 'supermarket.donor.anonymousNamed'],
      [{ kind: 'enterprise' }, 'supermarket.donor.nameRequired'],
    ] as const;
    for (const [donor, code] of bad) {
      const problem = await rejectsWith(
        keeper.request(createSupermarketGoods, { params, body: { name: '香皂', pricePoints: 5, donor } }),
        400,
        'validation',
      );
      assert.deepEqual(
        problem.issues.map((one) => [one.path.join('.'), one.code]),
        [['donor.displayName', code]],
      );
    }
    const photo = await rejectsWith(
      keeper.request(createSupermarketGoods, { params, body: { name: '香皂', pricePoints: 5, photoId: '../../etc/passwd' } }),
      400,
      'validation',
    );
    assert.deepEqual(photo.issues[0]?.path, ['photoId']);
  });

  test('a raw mobile number in a published field is refused (the shelf is public), naming the field', async () => {
    const problem = await rejectsWith(
      keeper.request(createSupermarketGoods, {
        params,
        body: { name: '香皂', pricePoints: 5, donor: { kind: 'xiangxian', displayName: '13812345678' } },
      }),
      422,
      'validation',
    );
    assert.deepEqual(
      problem.issues.map((one) => [one.path.join('.'), one.code]),
      [['donor.displayName', 'identity.publicField.rawPersonalData']],
    );
    assert.ok(!JSON.stringify(problem).includes('13812345678'));
  });

  test('a donation of goods raises their stock and is thanked publicly; money alone is fine too', async () => {
    const goods = await newGoods(5, 0, '食用油');
    const { status, data } = await keeper.request(recordSupermarketDonation, {
      params,
      body: {
        donor: { kind: 'enterprise', displayName: '青山县供销合作社' },
        date: demoToday,
        items: [{ goodsId: goods.id, quantity: 12 }],
        valuePoints: 60,
      },
    });
    assert.equal(status, 201);
    assert.deepEqual(data.items, [{ goodsId: goods.id, name: '食用油', quantity: 12 }]);
    assert.equal(await stockOf(goods.id), 12);
    const cash = await keeper.request(recordSupermarketDonation, {
      params,
      body: { donor: { kind: 'anonymous' }, date: demoToday, cashFen: 50_000 },
    });
    assert.deepEqual([cash.data.donor.displayName, cash.data.cashFen, cash.data.items], [null, 50_000, []]);
    const list = (await fixture.server.client().request(listSupermarketDonations, { params })).data;
    assert.deepEqual(
      list.items.slice(0, 2).map((one) => one.id),
      [cash.data.id, data.id],
    );
    await rejectsWith(
      keeper.request(recordSupermarketDonation, { params, body: { donor: { kind: 'anonymous' }, date: demoToday } }),
      422,
      'supermarket.donation.empty',
    );
    await rejectsWith(
      keeper.request(recordSupermarketDonation, { params, body: { donor: { kind: 'anonymous' }, date: '2026-12-01', cashFen: 100 } }),
      422,
      'supermarket.donation.futureDate',
    );
  });
});

describe('redeeming a cart', () => {
  test('the keeper redeems a cart: one receipt, the balance and each stock go down, audited', async () => {
    const soap = await newGoods(3, 5, '肥皂');
    const towel = await newGoods(4, 5, '毛巾');
    const household = await spender(20);
    const { status, data } = await redeem(household.householdId, { goodsId: soap.id, quantity: 2 }, { goodsId: towel.id, quantity: 1 });
    assert.equal(status, 201);
    assert.match(data.receiptNumber, /^rd-\d+$/);
    assert.equal(data.totalPoints, 10);
    assert.deepEqual(
      data.lines.map((line) => [line.goodsId, line.quantity, line.points]),
      [
        [soap.id, 2, 6],
        [towel.id, 1, 4],
      ],
    );
    assert.equal(data.balanceAfter.redeemable, household.redeemable - 10);
    assert.equal((await balanceOf(household.householdId)).redeemable, household.redeemable - 10);
    assert.deepEqual([await stockOf(soap.id), await stockOf(towel.id)], [3, 4]);
    // The receipt names the household by number and masked name only.
    assert.match(data.householdName, /\*/);
    const head = await fixture.db
      .selectFrom('households')
      .select(['head_name'])
      .where('id', '=', household.householdId)
      .executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(data).includes(head.head_name));
    assert.deepEqual(await auditActions(fixture.db, `redemption:${data.receiptNumber}`), ['supermarket.redemption.create']);

    // The receipt can be shown again: by the keeper, a cadre and the supervisor.
    for (const client of [keeper, cadre, supervisor]) {
      const again = await client.request(getSupermarketReceipt, {
        params: { ...params, householdId: household.householdId, receiptNumber: data.receiptNumber },
      });
      assert.deepEqual(again.data, data);
    }
    // A villager of another household may not read it.
    await rejectsWith(
      villager.request(getSupermarketReceipt, {
        params: { ...params, householdId: household.householdId, receiptNumber: data.receiptNumber },
      }),
      403,
      'forbidden',
    );
  });

  test('the household itself reads its own receipt', async () => {
    const own = await balanceOf('h-000001');
    const candy = await newGoods(1, 3, '糖果');
    assert.ok(own.redeemable >= 1, 'the villager token’s household has points to spend');
    const { data } = await redeem('h-000001', { goodsId: candy.id, quantity: 1 });
    const mine = await villager.request(getSupermarketReceipt, {
      params: { ...params, householdId: 'h-000001', receiptNumber: data.receiptNumber },
    });
    assert.deepEqual(mine.data, data);
  });

  test('the same Idempotency-Key replays the receipt and hands nothing over twice; a create without a key is refused', async () => {
    const goods = await newGoods(2, 5, '洗洁精');
    const household = await spender(10);
    const body = { householdId: household.householdId, items: [{ goodsId: goods.id, quantity: 1 }] };
    const first = await keeper.request(redeemGoods, { params, body }, { idempotencyKey: 'sm-replay-1' });
    const second = await keeper.request(redeemGoods, { params, body }, { idempotencyKey: 'sm-replay-1' });
    assert.equal(second.replayed, true);
    assert.deepEqual(second.data, first.data);
    assert.equal(await stockOf(goods.id), 4);
    const raw = await fetch(`${fixture.server.url}/v1/villages/${village}/supermarket/redemptions`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-storekeeper', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.equal(raw.status, 400);
    assert.equal(((await raw.json()) as { code: string }).code, 'idempotency-key-missing');
    assert.equal(await stockOf(goods.id), 4);
  });

  test('more than the stock: 409 out-of-stock naming the line and what is left, and nothing is written', async () => {
    const goods = await newGoods(1, 2, '牙膏');
    const other = await newGoods(1, 9, '牙刷');
    const household = await spender(10);
    const before = await writtenRows();
    const problem = await rejectsWith(
      redeem(household.householdId, { goodsId: other.id, quantity: 1 }, { goodsId: goods.id, quantity: 3 }),
      409,
      'supermarket.cart.outOfStock',
    );
    assert.deepEqual(
      problem.issues.map((one) => [one.path, one.code]),
      [[['items', 1, 'quantity'], 'supermarket.cart.outOfStock']],
    );
    assert.match(problem.title, /2/);
    assert.deepEqual(await writtenRows(), before);
    assert.deepEqual([await stockOf(goods.id), await stockOf(other.id)], [2, 9]);
    assert.equal((await balanceOf(household.householdId)).redeemable, household.redeemable);
  });

  test('more than the balance: the points rules refuse it precisely (422), and nothing is written', async () => {
    const goods = await newGoods(100_000, 1, '电动车');
    const household = await spender(1);
    const scheme = await fixture.db
      .selectFrom('points_schemes')
      .select(['settings'])
      .where('village_id', '=', village)
      .executeTakeFirstOrThrow();
    const expected = checkRedemption({
      householdId: household.householdId,
      date: demoToday,
      balance: household,
      kind: 'goods',
      items: [{ pricePoints: 100_000, quantity: 1 }],
      settings: z.parse(pointsSettingsSchema, JSON.parse(scheme.settings)),
    });
    assert.ok(!expected.ok);
    const code = expected.issues[0]?.code ?? '';
    assert.match(code, /^points\.redemption\.(insufficient|topUpTooSmall)$/);
    const before = await writtenRows();
    await rejectsWith(redeem(household.householdId, { goodsId: goods.id, quantity: 1 }), 422, code);
    assert.deepEqual(await writtenRows(), before);
    assert.equal(await stockOf(goods.id), 1);
  });

  test('goods the shelf does not hold, or listed twice, are refused by line (422)', async () => {
    const goods = await newGoods(1, 5, '火柴');
    const household = await spender(5);
    const unknown = await rejectsWith(
      redeem(household.householdId, { goodsId: 'sg-999999', quantity: 1 }),
      422,
      'supermarket.cart.unknownGoods',
    );
    assert.deepEqual(unknown.issues[0]?.path, ['items', 0, 'goodsId']);
    // Another village's goods are not on this shelf either.
    const elsewhere = await fixture.db
      .selectFrom('supermarket_goods')
      .select('id')
      .where('village_id', '=', 'v-qs-02')
      .executeTakeFirstOrThrow();
    await rejectsWith(redeem(household.householdId, { goodsId: elsewhere.id, quantity: 1 }), 422, 'supermarket.cart.unknownGoods');
    const twice = await rejectsWith(
      redeem(household.householdId, { goodsId: goods.id, quantity: 1 }, { goodsId: goods.id, quantity: 1 }),
      422,
      'supermarket.cart.duplicateGoods',
    );
    assert.deepEqual(twice.issues[0]?.path, ['items', 1, 'goodsId']);
    await rejectsWith(redeem('h-999999', { goodsId: goods.id, quantity: 1 }), 404, 'not-found');
  });

  test('the keeper acts only in their own village', async () => {
    await rejectsWith(
      keeper.request(createSupermarketGoods, { params: { villageId: 'v-qs-02' }, body: { name: '毛巾', pricePoints: 5 } }),
      403,
      'forbidden',
    );
  });
});

describe('the monthly reconciliation', () => {
  test('the seeded months and this month add up: opening + restocks + donations − redeemed = closing, points match', async () => {
    for (const month of ['2026-06', '2026-09', '2026-11']) {
      const { data } = await supervisor.request(getSupermarketReconciliation, { params: { ...params, month } });
      assert.deepEqual(data.findings, [], month);
      assert.equal(data.balanced, true);
      for (const line of data.lines)
        assert.equal(line.opening + line.restocked + line.donated - line.redeemed, line.recordedClosing, `${month} ${line.goodsId}`);
      assert.equal(data.receiptPoints, data.ledgerPoints);
    }
    const november = (await cadre.request(getSupermarketReconciliation, { params: { ...params, month: '2026-11' } })).data;
    assert.ok(november.redemptions > 0 && november.receiptPoints > 0);
    assert.ok(november.lines.some((line) => line.redeemed > 0 && line.restocked > 0));
  });

  test('stock changed around the API, or a receipt that does not match its charge, is a finding', async () => {
    const goods = await newGoods(2, 6, '酱油');
    const household = await spender(10);
    const { data: receipt } = await redeem(household.householdId, { goodsId: goods.id, quantity: 2 });
    // Someone edits the database directly: two bottles vanish, and the charge of the receipt is lowered.
    await fixture.db.updateTable('supermarket_goods').set({ stock: 2 }).where('id', '=', goods.id).execute();
    await fixture.db.updateTable('redemptions').set({ points: 1 }).where('id', '=', receipt.receiptNumber).execute();
    const { data } = await fixture.server.client('demo-supervisor', { locale: 'en' }).request(getSupermarketReconciliation, {
      params: { ...params, month: '2026-11' },
    });
    assert.equal(data.balanced, false);
    const line = data.lines.find((one) => one.goodsId === goods.id);
    assert.deepEqual([line?.expectedClosing, line?.recordedClosing, line?.balanced], [4, 2, false]);
    assert.deepEqual(
      data.findings.map((one) => [one.code, one.goodsId]),
      [
        ['supermarket.reconcile.stockMismatch', goods.id],
        ['supermarket.reconcile.pointsMismatch', undefined],
      ],
    );
    assert.ok(data.findings.every((one) => one.message.length > 0));
    // Put the rows back for any later reader of this database.
    await fixture.db.updateTable('supermarket_goods').set({ stock: 4 }).where('id', '=', goods.id).execute();
    await fixture.db.updateTable('redemptions').set({ points: 4 }).where('id', '=', receipt.receiptNumber).execute();
  });

  test('the audit chain of everything above verifies', async () => {
    const verified = await verifyAuditChain(fixture.db);
    assert.ok(verified.ok);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cartSchema,
  checkDonation,
  goodsChangeSchema,
  newGoodsSchema,
  priceCart,
  reconcileMonth,
  shownDonor,
  validate,
  validateDonor,
  type ShelfLine,
  type StockMonth,
} from '../src/index.js';

const shelf = new Map<string, ShelfLine>(
  [
    { id: 'sg-1', name: '毛巾', pricePoints: 5, stock: 3, active: true },
    { id: 'sg-2', name: '大米', pricePoints: 30, stock: 1, active: true },
    { id: 'sg-3', name: '旧货', pricePoints: 2, stock: 9, active: false },
  ].map((one) => [one.id, one]),
);

test('a cart is priced line by line: price × quantity, and the total', () => {
  const priced = priceCart(
    [
      { goodsId: 'sg-1', quantity: 2 },
      { goodsId: 'sg-2', quantity: 1 },
    ],
    shelf,
  );
  assert.deepEqual(priced, {
    ok: true,
    value: {
      lines: [
        { goodsId: 'sg-1', name: '毛巾', pricePoints: 5, quantity: 2, points: 10 },
        { goodsId: 'sg-2', name: '大米', pricePoints: 30, quantity: 1, points: 30 },
      ],
      totalPoints: 40,
    },
  });
});

test('every line beyond its stock is named, with what is left; exactly the stock is fine', () => {
  assert.ok(priceCart([{ goodsId: 'sg-1', quantity: 3 }], shelf).ok);
  const over = priceCart(
    [
      { goodsId: 'sg-1', quantity: 4 },
      { goodsId: 'sg-2', quantity: 2 },
    ],
    shelf,
  );
  assert.ok(!over.ok);
  assert.deepEqual(over.issues, [
    { code: 'supermarket.cart.outOfStock', params: { goodsId: 'sg-1', requested: 4, available: 3 }, path: ['items', 0, 'quantity'] },
    { code: 'supermarket.cart.outOfStock', params: { goodsId: 'sg-2', requested: 2, available: 1 }, path: ['items', 1, 'quantity'] },
  ]);
});

test('goods not on the shelf (or taken off it) and goods listed twice are refused before any stock is counted', () => {
  const result = priceCart(
    [
      { goodsId: 'sg-9', quantity: 1 },
      { goodsId: 'sg-3', quantity: 1 },
      { goodsId: 'sg-1', quantity: 99 },
      { goodsId: 'sg-1', quantity: 1 },
    ],
    shelf,
  );
  assert.ok(!result.ok);
  assert.deepEqual(
    result.issues.map((one) => [one.code, one.path]),
    [
      ['supermarket.cart.unknownGoods', ['items', 0, 'goodsId']],
      ['supermarket.cart.unknownGoods', ['items', 1, 'goodsId']],
      ['supermarket.cart.duplicateGoods', ['items', 3, 'goodsId']],
    ],
  );
});

test('the cart schema bounds lines and quantities', () => {
  assert.ok(validate(cartSchema, [{ goodsId: 'sg-1', quantity: 1 }]).ok);
  for (const bad of [[], [{ goodsId: 'sg-1', quantity: 0 }], [{ goodsId: 'sg-1', quantity: 100 }], [{ goodsId: '../x', quantity: 1 }]])
    assert.ok(!validate(cartSchema, bad).ok, JSON.stringify(bad));
  assert.ok(
    !validate(
      cartSchema,
      Array.from({ length: 31 }, (_, i) => ({ goodsId: `sg-${String(i)}`, quantity: 1 })),
    ).ok,
  );
});

test('donors: a named kind needs its chosen name, an anonymous donor has none, and the public copy never shows one', () => {
  assert.equal(validateDonor({ kind: 'xiangxian', displayName: '乡贤 陈志远' }), null);
  assert.equal(validateDonor({ kind: 'anonymous' }), null);
  assert.equal(validateDonor({ kind: 'enterprise' })?.code, 'supermarket.donor.nameRequired');
  assert.deepEqual(validateDonor({ kind: 'anonymous', displayName: '王某' })?.path, ['donor', 'displayName']);
  assert.deepEqual(shownDonor({ kind: 'anonymous', displayName: '王某' }), { kind: 'anonymous', displayName: null });
  assert.deepEqual(shownDonor({ kind: 'enterprise', displayName: '供销社' }), { kind: 'enterprise', displayName: '供销社' });
});

test('goods input: price at least 1, a photo id of safe shape, a null photo only when changing', () => {
  assert.ok(validate(newGoodsSchema, { name: '毛巾', pricePoints: 5, photoId: 'att-1f2e' }).ok);
  assert.ok(!validate(newGoodsSchema, { name: '毛巾', pricePoints: 0 }).ok);
  assert.ok(!validate(newGoodsSchema, { name: '毛巾', pricePoints: 5, photoId: 'a/b' }).ok);
  assert.ok(!validate(newGoodsSchema, { name: '毛巾', pricePoints: 5, photoId: null }).ok);
  assert.ok(validate(goodsChangeSchema, { photoId: null }).ok);
});

test('a donation gives goods or money, is not dated ahead, and lists goods once', () => {
  const donor = { kind: 'anonymous' } as const;
  assert.ok(checkDonation({ donor, date: '2026-11-01', cashFen: 100 }, '2026-11-29').ok);
  const codes = [
    checkDonation({ donor, date: '2026-11-01' }, '2026-11-29'),
    checkDonation({ donor, date: '2026-12-01', cashFen: 1 }, '2026-11-29'),
    checkDonation({ donor: { kind: 'xiangxian' }, date: '2026-11-01', cashFen: 1 }, '2026-11-29'),
    checkDonation(
      {
        donor,
        date: '2026-11-01',
        items: [
          { goodsId: 'sg-1', quantity: 1 },
          { goodsId: 'sg-1', quantity: 2 },
        ],
      },
      '2026-11-29',
    ),
  ].map((one) => (one.ok ? undefined : one.issues[0]?.code));
  assert.deepEqual(codes, [
    'supermarket.donation.empty',
    'supermarket.donation.futureDate',
    'supermarket.donor.nameRequired',
    'supermarket.cart.duplicateGoods',
  ]);
});

test('reconciliation: opening + restocks + donations − redeemed must equal the closing on record, and points must match', () => {
  const month: StockMonth = { goodsId: 'sg-1', name: '毛巾', opening: 10, restocked: 5, donated: 3, redeemed: 8, recordedClosing: 10 };
  const clean = reconcileMonth([month], { receiptPoints: 40, ledgerPoints: 40 });
  assert.deepEqual([clean.balanced, clean.findings, clean.lines[0]?.expectedClosing], [true, [], 10]);
  const off = reconcileMonth([{ ...month, recordedClosing: 7 }], { receiptPoints: 40, ledgerPoints: 35 });
  assert.equal(off.balanced, false);
  assert.deepEqual(
    off.findings.map((one) => [one.code, one.params]),
    [
      ['supermarket.reconcile.stockMismatch', { goodsId: 'sg-1', expected: 10, recorded: 7 }],
      ['supermarket.reconcile.pointsMismatch', { receipts: 40, ledger: 35 }],
    ],
  );
  const negative = reconcileMonth([{ ...month, opening: 0, restocked: 0, donated: 0, recordedClosing: -8 }], {
    receiptPoints: 0,
    ledgerPoints: 0,
  });
  assert.deepEqual(
    negative.findings.map((one) => one.code),
    ['supermarket.reconcile.negativeStock'],
  );
});

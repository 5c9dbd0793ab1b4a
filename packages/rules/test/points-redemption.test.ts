import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  banEndsOn,
  bannedUntil,
  checkRedemption,
  defaultPointsSettings,
  demoPointsCatalogue,
  localizeIssues,
  pointsSettings,
  redemptionBansFrom,
  redemptionSchema,
  validate,
  type LedgerEntry,
  type RedemptionRequest,
  type Result,
  type RedemptionPlan,
} from '../src/index.js';

const settings = defaultPointsSettings;
const rich = { total: 120, redeemable: 120 };

function request(overrides: Partial<RedemptionRequest> = {}): RedemptionRequest {
  return { householdId: 'h1', date: '2026-06-01', balance: rich, kind: 'goods', amountPoints: 30, settings, ...overrides };
}

function codeOf(result: Result<RedemptionPlan>): string | undefined {
  return result.ok ? undefined : result.issues[0]?.code;
}

test('goods within the redeemable balance are exchanged at the village rate (default 1 point = ¥1)', () => {
  const result = checkRedemption(request());
  assert.deepEqual(result, { ok: true, value: { pointsSpent: 30, cashTopUpFen: 0, valueFen: 3000, redeemableAfter: 90 } });
  const dearer = checkRedemption(request({ settings: pointsSettings({ pointValueFen: 50 }) }));
  assert.ok(dearer.ok && dearer.value.valueFen === 1500);
});

test('a basket of items costs the sum of price × quantity', () => {
  const result = checkRedemption(
    request({
      amountPoints: undefined,
      items: [
        { pricePoints: 12, quantity: 2 },
        { pricePoints: 5, quantity: 1 },
      ],
    }),
  );
  assert.ok(result.ok && result.value.pointsSpent === 29);
  assert.equal(codeOf(checkRedemption(request({ amountPoints: undefined, items: [] }))), 'points.redemption.invalidAmount');
  assert.equal(
    codeOf(checkRedemption(request({ amountPoints: undefined, items: [{ pricePoints: 5, quantity: 0 }] }))),
    'points.redemption.invalidAmount',
  );
  assert.equal(codeOf(checkRedemption(request({ amountPoints: 2.5 }))), 'points.redemption.invalidAmount');
  assert.equal(codeOf(checkRedemption(request({ amountPoints: 0 }))), 'points.redemption.invalidAmount');
});

test('points are never paid out in cash', () => {
  const result = checkRedemption(request({ kind: 'cash' }));
  assert.equal(codeOf(result), 'points.redemption.noCashOut');
  assert.ok(!result.ok);
  assert.equal(localizeIssues(result.issues, 'en')[0]?.message, 'Points can only be exchanged for goods, never for cash');
});

test('vouchers must be of the village denominations', () => {
  assert.ok(checkRedemption(request({ kind: 'vouchers', vouchers: [50, 20, 5] })).ok);
  const odd = checkRedemption(request({ kind: 'vouchers', vouchers: [20, 15] }));
  assert.ok(!odd.ok);
  assert.deepEqual(odd.issues[0], {
    code: 'points.redemption.invalidVoucher',
    path: ['vouchers', 1],
    params: { denomination: 15, allowed: '5, 10, 20, 50, 100' },
  });
  assert.equal(codeOf(checkRedemption(request({ kind: 'vouchers', vouchers: [] }))), 'points.redemption.invalidAmount');
});

test('more points than the household has are refused, and the balance never goes negative', () => {
  const result = checkRedemption(request({ balance: { total: 25, redeemable: 25 } }));
  assert.ok(!result.ok);
  assert.deepEqual(result.issues[0], { code: 'points.redemption.insufficient', path: [], params: { needed: 30, available: 25 } });
  const exact = checkRedemption(request({ balance: { total: 30, redeemable: 30 } }));
  assert.ok(exact.ok && exact.value.redeemableAfter === 0);
});

test('the base score cannot be redeemed even when the total would cover the price', () => {
  const based = pointsSettings({ baseScore: 100 });
  const result = checkRedemption(request({ balance: { total: 120, redeemable: 20 }, settings: based }));
  assert.ok(!result.ok);
  assert.deepEqual(result.issues[0], { code: 'points.redemption.baseNotRedeemable', path: [], params: { base: 100, available: 20 } });
  assert.equal(
    codeOf(checkRedemption(request({ balance: { total: 120, redeemable: 20 }, amountPoints: 200, settings: based }))),
    'points.redemption.insufficient',
  );
});

test('a household in debt cannot redeem anything', () => {
  assert.equal(codeOf(checkRedemption(request({ balance: { total: -5, redeemable: -5 }, amountPoints: 1 }))), 'points.redemption.inDebt');
});

test('cash can top up the missing points only where the village allows it, and only for goods', () => {
  const allowing = pointsSettings({ allowCashTopUp: true });
  const short = { total: 20, redeemable: 20 };
  assert.equal(codeOf(checkRedemption(request({ balance: short, cashTopUpFen: 1000 }))), 'points.redemption.insufficient');
  const tooLittle = checkRedemption(request({ balance: short, settings: allowing, cashTopUpFen: 999 }));
  assert.ok(!tooLittle.ok);
  assert.deepEqual(tooLittle.issues[0]?.params, { yuan: '10.00' });
  assert.equal(localizeIssues(tooLittle.issues, 'zh-CN')[0]?.message, '积分不够的部分需补 10.00 元');
  assert.deepEqual(checkRedemption(request({ balance: short, settings: allowing, cashTopUpFen: 1000 })), {
    ok: true,
    value: { pointsSpent: 20, cashTopUpFen: 1000, valueFen: 3000, redeemableAfter: 0 },
  });
  assert.equal(
    codeOf(checkRedemption(request({ balance: short, settings: allowing, kind: 'vouchers', vouchers: [50], cashTopUpFen: 5000 }))),
    'points.redemption.insufficient',
  );
  assert.equal(
    codeOf(checkRedemption(request({ balance: { total: 0, redeemable: 0 }, settings: allowing, cashTopUpFen: 5000 }))),
    'points.redemption.insufficient',
  );
});

test('a penalty bars redemption for the rest of its year and the next year, then lifts', () => {
  const bans = [{ householdId: 'h1', imposedOn: '2026-03-15' }];
  assert.equal(banEndsOn(bans[0]!, settings), '2027-12-31');
  const refused = checkRedemption(request({ bans, date: '2027-12-31' }));
  assert.ok(!refused.ok);
  assert.deepEqual(refused.issues[0], { code: 'points.redemption.banned', path: [], params: { until: '2027-12-31' } });
  assert.ok(checkRedemption(request({ bans, date: '2028-01-01' })).ok);
  assert.ok(checkRedemption(request({ bans, date: '2026-03-14' })).ok, 'a ban starts with the penalty');
  assert.ok(checkRedemption(request({ bans, householdId: 'h2' })).ok, 'a ban binds only its household');
  assert.ok(checkRedemption(request({ bans, settings: pointsSettings({ redemptionBanYears: 0 }) })).ok, 'bans can be switched off');
  assert.equal(
    bannedUntil([...bans, { householdId: 'h1', imposedOn: '2026-08-01' }], 'h1', '2026-09-01', pointsSettings({ redemptionBanYears: 1 })),
    '2026-12-31',
  );
});

test('bans follow from effective entries under rules that carry the penalty clause, and lift when revoked', () => {
  const penalty = (status: 'effective' | 'revoked', revokedOn?: string): LedgerEntry => ({
    id: 'p1',
    householdId: 'h1',
    ruleCode: 'law.criminalPenalty',
    points: -50,
    occurredOn: '2026-02-01',
    status,
    effectiveOn: '2026-03-01',
    revokedOn,
    history: [{ action: 'declare', status: 'declared', actorId: 'c', actorRole: 'cadre', at: '2026-02-02' }],
  });
  const gambling: LedgerEntry = { ...penalty('effective'), id: 'g1', ruleCode: 'law.gambling', points: -20 };
  assert.deepEqual(redemptionBansFrom([penalty('effective'), gambling], demoPointsCatalogue, '2026-06-01'), [
    { householdId: 'h1', imposedOn: '2026-03-01', entryId: 'p1' },
  ]);
  assert.deepEqual(redemptionBansFrom([penalty('revoked', '2026-05-01')], demoPointsCatalogue, '2026-06-01'), []);
});

test('a redemption record needs positive whole points and a real date', () => {
  assert.ok(validate(redemptionSchema, { id: 'r1', householdId: 'h1', date: '2026-06-01', points: 30, kind: 'goods' }).ok);
  const bad = validate(redemptionSchema, { id: 'r1', householdId: 'h1', date: '2026-02-30', points: 0, kind: 'cash' });
  assert.ok(!bad.ok);
  assert.deepEqual(bad.issues.map((found) => found.path[0]).sort(), ['date', 'kind', 'points']);
});

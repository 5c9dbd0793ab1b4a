import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  balanceAsOf,
  balancesAsOf,
  checkRedemption,
  countedPoints,
  defaultPointsSettings,
  demoPointsCatalogue,
  periodOf,
  periodRange,
  periodTotals,
  pointsSettings,
  toLedgerTable,
  totalsList,
  type CalendarDate,
  type EntryStatus,
  type LedgerEntry,
  type PointsCatalogue,
  type PointsSettings,
  type Redemption,
} from '../src/index.js';

let serial = 0;

/** A ledger entry as it stands after its workflow; the history is irrelevant to balances. */
function entry(
  householdId: string,
  ruleCode: string,
  points: number,
  effectiveOn: CalendarDate | undefined,
  extra: { status?: EntryStatus; revokedOn?: CalendarDate; id?: string } = {},
): LedgerEntry {
  serial++;
  const status = extra.status ?? (extra.revokedOn === undefined ? 'effective' : 'revoked');
  return {
    id: extra.id ?? `e${String(serial).padStart(5, '0')}`,
    householdId,
    ruleCode,
    points,
    occurredOn: effectiveOn ?? '2026-01-01',
    status,
    effectiveOn,
    revokedOn: extra.revokedOn,
    history: [{ action: 'declare', status: 'declared', actorId: 'gw', actorRole: 'gridWorker', at: '2026-01-01' }],
  };
}

function redemption(householdId: string, date: CalendarDate, points: number): Redemption {
  serial++;
  return { id: `r${serial}`, householdId, date, points, kind: 'goods' };
}

const catalogue = demoPointsCatalogue;
const settings = defaultPointsSettings;

test('only effective entries count, from their effective date on', () => {
  const ledger = [
    entry('h1', 'honour.county', 15, '2026-03-10'),
    entry('h1', 'honour.village', 5, '2026-03-20'),
    entry('h1', 'honour.city', 20, undefined, { status: 'publicized' }),
    entry('h1', 'honour.city', 20, undefined, { status: 'rejected' }),
  ];
  assert.equal(balanceAsOf(ledger, [], '2026-03-09', settings, catalogue).total, 0);
  assert.equal(balanceAsOf(ledger, [], '2026-03-10', settings, catalogue).total, 15);
  assert.equal(balanceAsOf(ledger, [], '2026-12-31', settings, catalogue).total, 20);
});

test('an entry marked effective but with a later effective date does not count yet', () => {
  const ledger = [entry('h1', 'honour.city', 20, '2026-05-01')];
  assert.equal(balanceAsOf(ledger, [], '2026-04-30', settings, catalogue).earned, 0);
});

test('a revoked entry counts until the day before its revocation and not from that day', () => {
  const ledger = [
    entry('h1', 'honour.city', 20, '2026-03-10', { revokedOn: '2026-04-01' }),
    entry('h1', 'env.strawBurning', -5, '2026-03-15'),
  ];
  assert.equal(balanceAsOf(ledger, [], '2026-03-31', settings, catalogue).total, 15);
  assert.equal(balanceAsOf(ledger, [], '2026-04-01', settings, catalogue).total, -5);
});

test('redemptions are subtracted from the day they happen', () => {
  const ledger = [entry('h1', 'honour.city', 20, '2026-03-10')];
  const spent = [redemption('h1', '2026-03-20', 12)];
  assert.equal(balanceAsOf(ledger, spent, '2026-03-19', settings, catalogue).redeemable, 20);
  const after = balanceAsOf(ledger, spent, '2026-03-20', settings, catalogue);
  assert.deepEqual([after.earned, after.redeemed, after.total, after.redeemable], [20, 12, 8, 8]);
});

test('a rule capped at 12 entries a year counts the first 12 and not the 13th', () => {
  // env.tidyCourtyard: +5, at most 12 entries per cap period (default: a year).
  const ledger = Array.from({ length: 13 }, (_, i) => entry('h1', 'env.tidyCourtyard', 5, addDays('2026-01-05', i * 7)));
  assert.equal(balanceAsOf(ledger, [], '2026-12-31', settings, catalogue).earned, 60);
  // The cap starts again in the next cap period.
  const nextYear = [...ledger, entry('h1', 'env.tidyCourtyard', 5, '2027-01-03')];
  assert.equal(balanceAsOf(nextYear, [], '2027-01-31', settings, catalogue).earned, 65);
});

test('a points cap counts an entry only up to the cap and the rest not at all', () => {
  // env.wasteSorting: +5, at most 30 points per year; volunteer.activity: at most 60.
  const ledger = Array.from({ length: 8 }, (_, i) => entry('h1', 'env.wasteSorting', 5, addDays('2026-02-01', i)));
  assert.equal(balanceAsOf(ledger, [], '2026-12-31', settings, catalogue).earned, 30);
  const big = [entry('h1', 'volunteer.activity', 45, '2026-02-01'), entry('h1', 'volunteer.activity', 45, '2026-02-02')];
  const table = toLedgerTable(big, catalogue);
  assert.deepEqual(
    [...countedPoints(table.columns, table.householdIds.length, { period: 'all', asOf: '2026-12-31', ruleCaps: table.ruleCaps, settings })],
    [45, 15],
  );
});

test('caps take entries in order of effective date, then id, whatever order they are given in', () => {
  const ledger = [
    entry('h1', 'volunteer.activity', 40, '2026-02-03', { id: 'c' }),
    entry('h1', 'volunteer.activity', 40, '2026-02-01', { id: 'b' }),
    entry('h1', 'volunteer.activity', 40, '2026-02-01', { id: 'a' }),
  ];
  const table = toLedgerTable(ledger, catalogue);
  assert.deepEqual(table.entryIds, ['a', 'b', 'c']);
  assert.deepEqual(
    [...countedPoints(table.columns, 1, { period: 'all', asOf: '2026-12-31', ruleCaps: table.ruleCaps, settings })],
    [40, 20, 0],
  );
});

test('the cap period is a setting: monthly caps start again every month', () => {
  const ledger = Array.from({ length: 13 }, (_, i) => entry('h1', 'env.tidyCourtyard', 5, addDays('2026-01-05', i * 7)));
  const monthly = pointsSettings({ capPeriodKind: 'month' });
  assert.equal(balanceAsOf(ledger, [], '2026-12-31', monthly, catalogue).earned, 65);
});

test('a yearly cap on a monthly board: earlier months use up the cap', () => {
  const ledger = [
    entry('h1', 'volunteer.activity', 50, '2026-01-10'),
    entry('h1', 'volunteer.activity', 25, '2026-02-10'),
    entry('h2', 'volunteer.activity', 25, '2026-02-10'),
  ];
  const february = totalsList(periodTotals(ledger, '2026-02', { settings, catalogue, asOf: '2026-02-28' }));
  assert.deepEqual(february, [
    { householdId: 'h1', total: 10, deductions: 0 },
    { householdId: 'h2', total: 25, deductions: 0 },
  ]);
});

test('the default cap applies to rules without their own cap, and each rule keeps its own count', () => {
  const capped = pointsSettings({ defaultRuleCap: { maxEntries: 2 } });
  const ledger = [
    ...Array.from({ length: 3 }, (_, i) => entry('h1', 'honour.village', 5, addDays('2026-01-01', i))),
    ...Array.from({ length: 3 }, (_, i) => entry('h1', 'honour.township', 10, addDays('2026-01-01', i))),
    ...Array.from({ length: 3 }, (_, i) => entry('h1', 'not.in.catalogue', 1, addDays('2026-01-01', i))),
  ];
  assert.equal(balanceAsOf(ledger, [], '2026-12-31', capped, catalogue).earned, 10 + 20 + 2);
});

test('the period award cap limits awards but never deductions', () => {
  const capped = pointsSettings({ periodAwardCap: 40 });
  const ledger = [
    entry('h1', 'honour.provincial', 30, '2026-01-01'),
    entry('h1', 'honour.city', 20, '2026-01-02'),
    entry('h1', 'law.gambling', -20, '2026-01-03'),
    entry('h1', 'honour.county', 15, '2026-01-04'),
  ];
  assert.equal(balanceAsOf(ledger, [], '2026-12-31', capped, catalogue).earned, 40 - 20);
  assert.equal(balanceAsOf(ledger, [], '2027-01-01', capped, catalogue).earned, 20);
  assert.equal(balanceAsOf([...ledger, entry('h1', 'honour.county', 15, '2027-01-01')], [], '2027-01-01', capped, catalogue).earned, 35);
});

test('the base score counts in the total but cannot be redeemed', () => {
  const based = pointsSettings({ baseScore: 100 });
  const ledger = [entry('h1', 'honour.city', 20, '2026-03-10')];
  const balance = balanceAsOf(ledger, [], '2026-12-31', based, catalogue);
  assert.deepEqual([balance.total, balance.base, balance.redeemable, balance.rewardEligible], [120, 100, 20, true]);
  const fresh = balanceAsOf([], [], '2026-12-31', based, catalogue, 'h9');
  assert.deepEqual([fresh.householdId, fresh.total, fresh.base, fresh.redeemable], ['h9', 100, 100, 0]);
});

test('deductions eat into the base score, and a household at zero base gets no rewards', () => {
  const based = pointsSettings({ baseScore: 20 });
  const ledger = [entry('h1', 'law.gambling', -20, '2026-03-10')];
  const balance = balanceAsOf(ledger, [], '2026-12-31', based, catalogue);
  assert.deepEqual([balance.total, balance.base, balance.redeemable, balance.rewardEligible], [0, 0, -20, false]);
  const lenient = balanceAsOf(ledger, [], '2026-12-31', pointsSettings({ baseScore: 20, excludeAtZeroBase: false }), catalogue);
  assert.equal(lenient.rewardEligible, true);
  // Without a base score there is nothing to be "at zero" of.
  assert.equal(balanceAsOf(ledger, [], '2026-12-31', settings, catalogue).rewardEligible, true);
});

test('a yearly reset starts the balance again on 1 January; carry-forward keeps it', () => {
  const ledger = [entry('h1', 'honour.city', 20, '2025-06-01'), entry('h1', 'honour.village', 5, '2026-02-01')];
  const spent = [redemption('h1', '2025-12-01', 10)];
  const reset = pointsSettings({ balanceCarry: 'resetYearly' });
  assert.equal(balanceAsOf(ledger, spent, '2026-03-01', reset, catalogue).total, 5);
  assert.equal(balanceAsOf(ledger, spent, '2025-12-31', reset, catalogue).total, 10);
  assert.equal(balanceAsOf(ledger, spent, '2026-03-01', settings, catalogue).total, 15);
});

test('an entry revoked after its points were spent leaves a debt, and further redemption is refused', () => {
  const ledger = [entry('h1', 'honour.provincial', 30, '2026-03-10', { revokedOn: '2026-05-01' })];
  const spent = [redemption('h1', '2026-04-01', 30)];
  const before = balanceAsOf(ledger, spent, '2026-04-30', settings, catalogue);
  assert.equal(before.redeemable, 0);
  const after = balanceAsOf(ledger, spent, '2026-05-01', settings, catalogue);
  assert.deepEqual([after.total, after.redeemable], [-30, -30]);
  const refused = checkRedemption({ householdId: 'h1', date: '2026-05-02', balance: after, kind: 'goods', amountPoints: 5, settings });
  assert.ok(!refused.ok);
  assert.deepEqual(refused.issues[0], { code: 'points.redemption.inDebt', path: [], params: { debt: 30 } });
  // New awards pay the debt off first.
  const repaid = balanceAsOf(
    [...ledger, entry('h1', 'honour.city', 20, '2026-06-01'), entry('h1', 'honour.county', 15, '2026-06-02')],
    spent,
    '2026-06-30',
    settings,
    catalogue,
  );
  assert.equal(repaid.redeemable, 5);
  assert.ok(checkRedemption({ householdId: 'h1', date: '2026-06-30', balance: repaid, kind: 'goods', amountPoints: 5, settings }).ok);
});

test('balanceAsOf refuses a ledger that mixes households', () => {
  assert.throws(
    () =>
      balanceAsOf(
        [entry('h1', 'honour.city', 20, '2026-03-10'), entry('h2', 'honour.city', 20, '2026-03-10')],
        [],
        '2026-12-31',
        settings,
        catalogue,
      ),
    RangeError,
  );
});

test('balances of many households include listed households without entries', () => {
  const balances = balancesAsOf(
    [entry('h1', 'honour.city', 20, '2026-03-10')],
    [redemption('h3', '2026-01-01', 0)],
    '2026-12-31',
    settings,
    catalogue,
    ['h2'],
  );
  assert.deepEqual([...balances.keys()].sort(), ['h1', 'h2', 'h3']);
  assert.equal(balances.get('h2')?.total, 0);
});

test('period totals count deductions per household and only entries effective in the period', () => {
  const ledger = [
    entry('h1', 'honour.city', 20, '2026-10-31'),
    entry('h1', 'env.strawBurning', -5, '2026-11-01'),
    entry('h1', 'env.dumping', -5, '2026-11-30'),
    entry('h2', 'honour.village', 5, '2026-11-15'),
  ];
  const november = totalsList(periodTotals(ledger, '2026-11', { settings, catalogue, asOf: '2026-12-31', householdIds: ['h3'] }));
  assert.deepEqual(november, [
    { householdId: 'h3', total: 0, deductions: 0 },
    { householdId: 'h1', total: -10, deductions: 2 },
    { householdId: 'h2', total: 5, deductions: 0 },
  ]);
});

// ---- property: the fast columnar implementation agrees with a naive one written from the definition ----

const propertyCatalogue: PointsCatalogue = {
  categories: [{ code: 'c', label: { 'zh-CN': '类' } }],
  rules: [
    { code: 'a', category: 'c', label: { 'zh-CN': '甲' }, points: 5, cap: { maxEntries: 3 }, bansRedemption: false, active: true },
    { code: 'b', category: 'c', label: { 'zh-CN': '乙' }, points: 10, cap: { maxPoints: 25 }, bansRedemption: false, active: true },
    {
      code: 'c',
      category: 'c',
      label: { 'zh-CN': '丙' },
      points: -5,
      cap: { maxEntries: 2, maxPoints: 7 },
      bansRedemption: false,
      active: true,
    },
    { code: 'd', category: 'c', label: { 'zh-CN': '丁' }, points: 3, bansRedemption: false, active: true },
  ],
};

function capPeriodKey(date: CalendarDate, kind: PointsSettings['capPeriodKind']): string {
  const month = Number(date.slice(5, 7));
  return kind === 'year' ? date.slice(0, 4) : kind === 'month' ? date.slice(0, 7) : `${date.slice(0, 4)}/${Math.ceil(month / 3)}`;
}

/** Capped points of every counting entry on `asOf`, straight from the definition (slow, obvious). */
function naiveCounted(
  entries: readonly LedgerEntry[],
  asOf: CalendarDate,
  s: PointsSettings,
  cat: PointsCatalogue,
  scope: (date: CalendarDate) => boolean,
): Map<string, number> {
  const counting = entries
    .filter(
      (e) =>
        (e.status === 'effective' || e.status === 'revoked') &&
        e.effectiveOn !== undefined &&
        e.effectiveOn <= asOf &&
        scope(e.effectiveOn),
    )
    .filter((e) => e.revokedOn === undefined || e.revokedOn > asOf)
    .sort((x, y) =>
      (x.effectiveOn ?? '') < (y.effectiveOn ?? '') ? -1 : (x.effectiveOn ?? '') > (y.effectiveOn ?? '') ? 1 : x.id < y.id ? -1 : 1,
    );
  const perRule = new Map<string, { n: number; used: number }>();
  const awarded = new Map<string, number>();
  const counted = new Map<string, number>();
  for (const e of counting) {
    const period = capPeriodKey(e.effectiveOn ?? '', s.capPeriodKind);
    const cap = cat.rules.find((r) => r.code === e.ruleCode)?.cap ?? s.defaultRuleCap;
    let p = e.points;
    if (cap) {
      const key = `${e.householdId}|${e.ruleCode}|${period}`;
      const state = perRule.get(key) ?? { n: 0, used: 0 };
      perRule.set(key, state);
      state.n++;
      if (cap.maxEntries !== undefined && state.n > cap.maxEntries) p = 0;
      if (cap.maxPoints !== undefined) {
        const room = Math.max(0, cap.maxPoints - state.used);
        p = Math.sign(p) * Math.min(Math.abs(p), room);
        state.used += Math.abs(p);
      }
    }
    if (s.periodAwardCap !== undefined && p > 0) {
      const key = `${e.householdId}|${period}`;
      const before = awarded.get(key) ?? 0;
      p = Math.min(p, Math.max(0, s.periodAwardCap - before));
      awarded.set(key, before + p);
    }
    counted.set(e.id, p);
  }
  return counted;
}

const dayArb = fc.integer({ min: 0, max: 200 }).map((offset) => addDays('2025-10-01', offset));
const entryArb = fc
  .record({
    household: fc.constantFrom('h1', 'h2', 'h3'),
    rule: fc.constantFrom('a', 'b', 'c', 'd', 'x'),
    points: fc.integer({ min: -30, max: 30 }).filter((p) => p !== 0),
    effective: fc.option(dayArb, { nil: undefined }),
    revokedAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  })
  .map((r) => ({
    ...r,
    revokedOn: r.effective !== undefined && r.revokedAfter !== undefined ? addDays(r.effective, r.revokedAfter) : undefined,
  }));
const settingsArb = fc.record({
  capPeriodKind: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
  balanceCarry: fc.constantFrom('carryForward' as const, 'resetYearly' as const),
  baseScore: fc.constantFrom(0, 50),
  defaultRuleCap: fc.option(fc.record({ maxEntries: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }),
  periodAwardCap: fc.option(fc.integer({ min: 5, max: 60 }), { nil: undefined }),
});

function buildLedger(
  raw: readonly { household: string; rule: string; points: number; effective: string | undefined; revokedOn: string | undefined }[],
): LedgerEntry[] {
  return raw.map((r, i) =>
    entry(r.household, r.rule, r.points, r.effective, {
      id: `p${String(i).padStart(3, '0')}`,
      status: r.effective === undefined ? 'publicized' : r.revokedOn === undefined ? 'effective' : 'revoked',
      ...(r.revokedOn === undefined ? {} : { revokedOn: r.revokedOn }),
    }),
  );
}

test('property: balance = base + sum of effective capped entries − redemptions, as a naive reference computes it', () => {
  fc.assert(
    fc.property(
      fc.array(entryArb, { maxLength: 40 }),
      fc.array(fc.record({ household: fc.constantFrom('h1', 'h2', 'h3'), date: dayArb, points: fc.integer({ min: 1, max: 20 }) }), {
        maxLength: 5,
      }),
      dayArb,
      settingsArb,
      (raw, spends, asOf, overrides) => {
        const s = pointsSettings(overrides);
        const ledger = buildLedger(raw);
        const redemptions = spends.map((r, i) => ({
          id: `r${i}`,
          householdId: r.household,
          date: r.date,
          points: r.points,
          kind: 'goods' as const,
        }));
        const scope = (date: CalendarDate) => date <= asOf && (s.balanceCarry === 'carryForward' || date.slice(0, 4) === asOf.slice(0, 4));
        const counted = naiveCounted(ledger, asOf, s, propertyCatalogue, scope);
        const balances = balancesAsOf(ledger, redemptions, asOf, s, propertyCatalogue, ['h1', 'h2', 'h3']);
        for (const household of ['h1', 'h2', 'h3']) {
          const earned = ledger.filter((e) => e.householdId === household).reduce((sum, e) => sum + (counted.get(e.id) ?? 0), 0);
          const redeemed = redemptions.filter((r) => r.householdId === household && scope(r.date)).reduce((sum, r) => sum + r.points, 0);
          const balance = balances.get(household);
          assert.equal(balance?.earned, earned, household);
          assert.equal(balance.redeemed, redeemed);
          assert.equal(balance.total, s.baseScore + earned - redeemed);
          assert.equal(balance.redeemable, earned - redeemed);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('property: period totals agree with the naive reference for every kind of period', () => {
  fc.assert(
    fc.property(
      fc.array(entryArb, { maxLength: 40 }),
      dayArb,
      dayArb,
      fc.constantFrom('month' as const, 'quarter' as const, 'year' as const, 'all' as const),
      settingsArb,
      (raw, asOf, inPeriod, kind, overrides) => {
        const s = pointsSettings(overrides);
        const ledger = buildLedger(raw);
        const period = periodOf(inPeriod, kind);
        const range = periodRange(period);
        const counted = naiveCounted(ledger, asOf, s, propertyCatalogue, () => true);
        const totals = totalsList(
          periodTotals(ledger, period, { settings: s, catalogue: propertyCatalogue, asOf, householdIds: ['h1', 'h2', 'h3'] }),
        );
        for (const row of totals) {
          const mine = ledger.filter(
            (e) =>
              e.householdId === row.householdId &&
              counted.has(e.id) &&
              (range === null || ((e.effectiveOn ?? '') >= range.from && (e.effectiveOn ?? '') <= range.to)),
          );
          assert.equal(
            row.total,
            mine.reduce((sum, e) => sum + (counted.get(e.id) ?? 0), 0),
            `${row.householdId} in ${period}`,
          );
          assert.equal(row.deductions, mine.filter((e) => e.points < 0).length);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('property: columns in any order give the same capped totals as columns in chronological order', () => {
  fc.assert(
    fc.property(fc.array(entryArb, { maxLength: 40 }), settingsArb, fc.integer(), (raw, overrides, seed) => {
      const s = pointsSettings(overrides);
      const table = toLedgerTable(buildLedger(raw), propertyCatalogue);
      const n = table.entryIds.length;
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97) || a - b);
      const pick = (column: Int32Array) => Int32Array.from(order, (i) => column[i] ?? 0);
      // Every entry gets a day of its own, so chronological order is fully determined: caps must pick the
      // same entries whatever order the columns come in.
      const days = Int32Array.from(table.columns.effectiveDay, (_, i) => 20000 + i);
      const sorted = { ...table.columns, effectiveDay: days };
      const shuffled = {
        household: pick(table.columns.household),
        points: pick(table.columns.points),
        effectiveDay: pick(days),
        revokedDay: pick(table.columns.revokedDay),
        rule: pick(table.columns.rule),
      };
      const options = { period: 'all', asOf: '2030-01-01', ruleCaps: table.ruleCaps, settings: s };
      const a = periodTotalsFromColumns(sorted, table.householdIds.length, options);
      const b = periodTotalsFromColumns(shuffled, table.householdIds.length, options);
      assert.deepEqual([...b], [...a]);
    }),
    { numRuns: 200 },
  );
});

function periodTotalsFromColumns(
  columns: Parameters<typeof countedPoints>[0],
  households: number,
  options: Parameters<typeof countedPoints>[2],
): number[] {
  const counted = countedPoints(columns, households, options);
  const sums = new Array<number>(households).fill(0);
  for (let i = 0; i < counted.length; i++) {
    const h = columns.household[i] ?? 0;
    sums[h] = (sums[h] ?? 0) + (counted[i] ?? 0);
  }
  return sums;
}

test('property: a county too large for dense cap state caps exactly like a small village', () => {
  const monthlyCaps = { capPeriodKind: 'month' as const };
  fc.assert(
    fc.property(fc.array(entryArb, { minLength: 1, maxLength: 40 }), settingsArb, (raw, overrides) => {
      const s = pointsSettings({ ...overrides, ...monthlyCaps });
      const table = toLedgerTable(buildLedger(raw), propertyCatalogue);
      const options = { period: 'all', asOf: '2026-12-31', ruleCaps: table.ruleCaps, settings: s };
      const village = countedPoints(table.columns, table.householdIds.length, options);
      // The same households as the last three of 400,000: the (household × rule × month) space no longer fits typed arrays.
      const offset = 400_000 - table.householdIds.length;
      const county = { ...table.columns, household: Int32Array.from(table.columns.household, (h) => h + offset) };
      assert.deepEqual([...countedPoints(county, 400_000, options)], [...village]);
    }),
    { numRuns: 40 },
  );
});

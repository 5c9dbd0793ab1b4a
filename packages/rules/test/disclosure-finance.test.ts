import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { localizeIssues } from '../src/shared/index.js';
import { validate } from '../src/messages/index.js';
import {
  fenToYuanString,
  financeStatementSchema,
  parseYuan,
  plannedVsActual,
  reconcile,
  type FinanceLine,
  type FinanceStatement,
} from '../src/disclosure/index.js';
import { codes } from './support/disclosure.js';

function line(voucher: string, amount: number, classification: string, date = '2024-03-15'): FinanceLine {
  return { date, classification, description: `${classification} ${voucher}`, voucher, amount };
}

function statementOf(openingBalance: number, income: FinanceLine[], expenditure: FinanceLine[]): FinanceStatement {
  const sum = (lines: FinanceLine[]) => lines.reduce((total, one) => total + one.amount, 0);
  return {
    period: { from: '2024-03-01', to: '2024-03-31' },
    openingBalance,
    income,
    expenditure,
    totals: { income: sum(income), expenditure: sum(expenditure) },
    closingBalance: openingBalance + sum(income) - sum(expenditure),
  };
}

const march = statementOf(
  1_000_000,
  [line('J-001', 250_000, 'contractIncome'), line('J-002', 80_050, 'subsidyIncome')],
  [line('J-003', 12_345, 'administrativeExpense'), line('J-004', 300_000, 'publicWorksExpense')],
);

test('a statement whose closing balance is opening plus income minus expenditure reconciles', () => {
  assert.deepEqual(reconcile(march), []);
  assert.equal(march.closingBalance, 1_017_705);
});

test('a closing balance one fen off is reported with the expected balance and the difference in yuan', () => {
  const found = reconcile({ ...march, closingBalance: march.closingBalance + 1 });
  assert.deepEqual(found, [
    {
      code: 'disclosure.finance.unbalanced',
      path: ['closingBalance'],
      params: { expected: '10177.05', stated: '10177.06', difference: '0.01' },
    },
  ]);
  const [message] = localizeIssues(found, 'zh-CN');
  assert.equal(message?.message, '期初余额加收入减支出应为 10177.05 元，但期末余额写的是 10177.06 元，相差 0.01 元');
});

test('lines that do not add up to the printed totals are reported for each side', () => {
  const found = reconcile({ ...march, totals: { income: march.totals.income - 50, expenditure: march.totals.expenditure + 100 } });
  assert.deepEqual(codes(found), ['disclosure.finance.incomeTotalMismatch', 'disclosure.finance.expenditureTotalMismatch']);
  assert.deepEqual(found[0]?.params, { sum: '3300.50', stated: '3300.00', difference: '-0.50' });
});

test('a wrong printed total does not hide a wrong closing balance', () => {
  const found = reconcile({
    ...march,
    totals: { income: march.totals.income + 100, expenditure: march.totals.expenditure },
    closingBalance: march.closingBalance + 100,
  });
  assert.deepEqual(codes(found), ['disclosure.finance.incomeTotalMismatch', 'disclosure.finance.unbalanced']);
});

test('a voucher number used twice, even once as income and once as expenditure, is reported at the second use', () => {
  const statement = statementOf(
    0,
    [line('J-001', 100, 'otherIncome')],
    [line('J-001', 50, 'otherExpense'), line('J-002', 10, 'otherExpense')],
  );
  assert.deepEqual(reconcile(statement), [
    { code: 'disclosure.finance.duplicateVoucher', path: ['expenditure', 0, 'voucher'], params: { voucher: 'J-001' } },
  ]);
});

test('a line dated outside the period is reported; the first and last day of the period are inside', () => {
  const statement = statementOf(
    0,
    [line('A', 1, 'otherIncome', '2024-03-01'), line('B', 1, 'otherIncome', '2024-03-31'), line('C', 1, 'otherIncome', '2024-04-01')],
    [],
  );
  assert.deepEqual(reconcile(statement), [
    {
      code: 'disclosure.finance.dateOutsidePeriod',
      path: ['income', 2, 'date'],
      params: { voucher: 'C', date: '2024-04-01', from: '2024-03-01', to: '2024-03-31' },
    },
  ]);
});

test('a heading that is unknown or of the wrong side is reported', () => {
  const statement = statementOf(0, [line('A', 1, 'administrativeExpense'), line('B', 1, 'lottery')], [line('C', 1, 'subsidyIncome')]);
  assert.deepEqual(codes(reconcile(statement)), [
    'disclosure.finance.expenditureHeadingOnIncome',
    'disclosure.finance.unknownClassification',
    'disclosure.finance.incomeHeadingOnExpenditure',
  ]);
});

test('the schema refuses a zero or fractional line amount', () => {
  for (const amount of [0, -5, 12.5]) {
    const result = validate(financeStatementSchema, { ...march, income: [{ ...line('A', 1, 'otherIncome'), amount }] });
    assert.ok(!result.ok, String(amount));
    assert.deepEqual(result.issues[0]?.path, ['income', 0, 'amount']);
  }
  assert.ok(validate(financeStatementSchema, march).ok);
});

test('planned versus actual lists every budgeted or used heading with its gap, in the order of the heading list', () => {
  const statement: FinanceStatement = {
    ...march,
    budget: [
      { classification: 'publicWorksExpense', planned: 250_000 },
      { classification: 'contractIncome', planned: 250_000 },
      { classification: 'administrativeExpense', planned: 20_000 },
    ],
  };
  assert.deepEqual(plannedVsActual(statement), [
    { classification: 'contractIncome', kind: 'income', planned: 250_000, actual: 250_000, difference: 0, overPlan: false },
    { classification: 'subsidyIncome', kind: 'income', planned: null, actual: 80_050, difference: null, overPlan: true },
    { classification: 'administrativeExpense', kind: 'expenditure', planned: 20_000, actual: 12_345, difference: -7_655, overPlan: false },
    { classification: 'publicWorksExpense', kind: 'expenditure', planned: 250_000, actual: 300_000, difference: 50_000, overPlan: true },
  ]);
  assert.deepEqual(plannedVsActual(march), []);
});

test('fen become an exact yuan string with two decimals', () => {
  assert.equal(fenToYuanString(123_450), '1234.50');
  assert.equal(fenToYuanString(5), '0.05');
  assert.equal(fenToYuanString(-5), '-0.05');
  assert.equal(fenToYuanString(0), '0.00');
  assert.equal(fenToYuanString(-0), '0.00');
  assert.equal(fenToYuanString(Number.MAX_SAFE_INTEGER), '90071992547409.91');
  assert.throws(() => fenToYuanString(1.5), RangeError);
});

test('yuan text is read into fen and malformed amounts are refused', () => {
  assert.deepEqual(parseYuan('1234.5'), { ok: true, value: 123_450 });
  assert.deepEqual(parseYuan(' 0.05 '), { ok: true, value: 5 });
  assert.deepEqual(parseYuan('-0.00'), { ok: true, value: 0 });
  for (const bad of ['1,234.50', '1.234', '¥12', '', '.5', '12.']) {
    const result = parseYuan(bad);
    assert.ok(!result.ok, bad);
    assert.equal(result.issues[0]?.code, 'disclosure.finance.invalidYuan');
  }
});

const lineArb = (kind: 'income' | 'expenditure') =>
  fc.record({
    day: fc.integer({ min: 1, max: 31 }),
    amount: fc.integer({ min: 1, max: 1_000_000_000_000 }),
    classification: fc.constantFrom(
      ...(kind === 'income'
        ? ['operatingIncome', 'subsidyIncome', 'otherIncome']
        : ['administrativeExpense', 'benefitPayout', 'otherExpense']),
    ),
  });

const statementArb = fc
  .record({
    opening: fc.integer({ min: -10_000_000_000_000, max: 10_000_000_000_000 }),
    income: fc.array(lineArb('income'), { maxLength: 30 }),
    expenditure: fc.array(lineArb('expenditure'), { maxLength: 30 }),
  })
  .map(({ opening, income, expenditure }) => {
    let voucher = 0;
    const toLine = (raw: { day: number; amount: number; classification: string }) => {
      voucher += 1;
      return line(`V${String(voucher).padStart(4, '0')}`, raw.amount, raw.classification, `2024-03-${String(raw.day).padStart(2, '0')}`);
    };
    return statementOf(opening, income.map(toLine), expenditure.map(toLine));
  });

test('property: a statement built as closing = opening + Σincome − Σexpenditure always reconciles', () => {
  fc.assert(
    fc.property(statementArb, (statement) => {
      assert.deepEqual(reconcile(statement), []);
    }),
  );
});

test('property: moving any single line amount by one fen always breaks reconciliation', () => {
  const withLine = statementArb.filter((s) => s.income.length + s.expenditure.length > 0);
  fc.assert(
    fc.property(withLine, fc.nat(), fc.constantFrom(1, -1), (statement, pick, delta) => {
      const all = [
        ...statement.income.map((_, i) => ['income', i] as const),
        ...statement.expenditure.map((_, i) => ['expenditure', i] as const),
      ];
      const [kind, index] = all[pick % all.length] ?? ['income', 0];
      const lines = statement[kind].map((one, i) => (i === index ? { ...one, amount: one.amount + delta } : one));
      const changed = { ...statement, [kind]: lines };
      const found = reconcile(changed);
      assert.ok(found.length > 0);
      assert.ok(
        codes(found).includes(kind === 'income' ? 'disclosure.finance.incomeTotalMismatch' : 'disclosure.finance.expenditureTotalMismatch'),
      );
      assert.ok(codes(found).includes('disclosure.finance.unbalanced'));
    }),
  );
});

test('property: every whole number of fen survives the round trip through a yuan string', () => {
  fc.assert(
    fc.property(fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }), (amount) => {
      const text = fenToYuanString(amount);
      assert.match(text, /^-?\d+\.\d{2}$/);
      assert.deepEqual(parseYuan(text), { ok: true, value: amount === 0 ? 0 : amount });
    }),
  );
});

test('property: generated statements pass the schema too', () => {
  fc.assert(
    fc.property(statementArb, (statement) => {
      assert.ok(z.safeParse(financeStatementSchema, statement).success);
    }),
    { numRuns: 50 },
  );
});

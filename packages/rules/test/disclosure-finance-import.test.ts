import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import {
  defaultDisclosureSettings,
  defaultFinanceClassifications,
  disclosureSettingsSchema,
  findChartAccount,
  chartsOfAccounts,
  guessFinanceMapping,
  detectFinanceMapping,
  importFinanceRows,
  mandateAlarms,
  maySignOff,
  nextSignOffState,
  parseBookDate,
  parseBookYuan,
  type FinanceStatement,
  type Meeting,
  type TrailStepRecord,
} from '../src/disclosure/index.js';
import { codes, partyMeeting as party } from './support/disclosure.js';

const period = { from: '2026-11-01', to: '2026-11-30' };
test('yuan from a book cell becomes exact fen, with separators, signs of currency and formula noise', () => {
  assert.equal(parseBookYuan('1234.5'), 123_450);
  assert.equal(parseBookYuan('¥1,234.56'), 123_456);
  assert.equal(parseBookYuan('1，000元'), 100_000);
  assert.equal(parseBookYuan('0.07'), 7);
  // 0.1 + 0.2 in a spreadsheet formula is stored as 0.30000000000000004: read as Excel shows it, 0.3.
  assert.equal(parseBookYuan('0.30000000000000004'), 30);
  // Float arithmetic would make 4.35 * 100 = 434.99999999999994; strings do not.
  assert.equal(parseBookYuan('4.35'), 435);
  assert.equal(parseBookYuan('99999999999.99'), 9_999_999_999_999);
  assert.equal(parseBookYuan('12.345'), null, 'a third decimal is refused, never rounded');
  assert.equal(parseBookYuan('abc'), null);
});

test('dates as books write them', () => {
  assert.equal(parseBookDate('2026-11-05', 2026), '2026-11-05');
  assert.equal(parseBookDate('2026/11/5', 2026), '2026-11-05');
  assert.equal(parseBookDate('2026年11月5日', 2026), '2026-11-05');
  assert.equal(parseBookDate('20261105', 2026), '2026-11-05');
  assert.equal(parseBookDate('11.05', 2026), '2026-11-05');
  assert.equal(parseBookDate('46331', 2026), '2026-11-05', 'an Excel serial');
  assert.equal(parseBookDate('2026-02-30', 2026), null);
  assert.equal(parseBookDate('下周', 2026), null);
});

test('the header suggests the mapping', () => {
  assert.deepEqual(guessFinanceMapping(['日期', '凭证号', '摘要', '会计科目', '收入（元）', '支出（元）', '余额']), {
    date: '日期',
    voucher: '凭证号',
    description: '摘要',
    account: '会计科目',
    income: '收入（元）',
    expense: '支出（元）',
    balance: '余额',
  });
  assert.equal(guessFinanceMapping(['Date', 'Voucher', 'Amount']).amount, 'Amount');
  assert.deepEqual(detectFinanceMapping([['某村收支明细'], ['日期', '凭证号', '摘要', '科目', '金额']]), {
    date: '日期',
    voucher: '凭证号',
    description: '摘要',
    account: '科目',
    amount: '金额',
  });
  assert.deepEqual(detectFinanceMapping([['日期', '金额']]), {}, 'a header without the required columns is not one');
});

test('the chart follows the 2023 system, with the 2004 one as a village setting', () => {
  const in2023 = findChartAccount('公益支出', '2023');
  assert.ok(in2023.found && in2023.account.classification === 'publicWorksExpense');
  // 发包及上交收入 was folded into 经营收入 and 投资收益 by the 2023 system.
  assert.deepEqual(findChartAccount('发包及上交收入', '2023'), { found: false, inOtherChart: '2004' });
  const in2004 = findChartAccount('511 发包及上交收入', '2004');
  assert.ok(in2004.found && in2004.account.classification === 'contractIncome');
  const sub = findChartAccount('54101', '2004');
  assert.ok(sub.found && sub.account.classification === 'administrativeExpense');
  const named = findChartAccount('管理费用-办公费', '2023');
  assert.ok(named.found && named.account.classification === 'administrativeExpense');
  assert.deepEqual(findChartAccount('税金及附加', '2004'), { found: false, inOtherChart: '2023' });
  assert.deepEqual(findChartAccount('招待费', '2023'), { found: false });
  // Every account of both charts is a heading the rules' reconciliation knows.
  for (const chart of Object.values(chartsOfAccounts))
    for (const one of chart) assert.ok(defaultFinanceClassifications.some((c) => c.code === one.classification && c.kind === one.kind));
  assert.equal(z.parse(disclosureSettingsSchema, {}).accountingSystem, '2023');
});

const header = ['日期', '凭证号', '摘要', '科目', '收入', '支出', '余额'];
const mapping = guessFinanceMapping(header);
const options = { period, openingBalance: 1_000_000, system: '2023' as const };

test('a file reads into a statement in fen that reconciles, below a title row, with its 合计 row checked', () => {
  const rows = [
    ['青山村2026年11月财务收支明细', '', '', '', '', '', ''],
    header,
    ['2026-11-05', '记-001', '村级组织运转经费补助', '补助收入', '5000.00', '', '15000.00'],
    ['', '', '', '', '', '', ''],
    ['2026-11-12', '记-002', '办公用品', '管理费用', '', '200', '14800.00'],
    ['', '', '本月合计', '', '5000', '200.00', ''],
  ];
  const result = importFinanceRows(rows, mapping, options);
  assert.deepEqual(result.issues, []);
  assert.equal(result.headerLine, 2);
  assert.deepEqual(result.statement?.totals, { income: 500_000, expenditure: 20_000 });
  assert.equal(result.statement.closingBalance, 1_480_000);
  assert.equal(result.statement.expenditure[0]?.classification, 'administrativeExpense');
});

test('bad lines are reported at their line and column, and no statement is returned', () => {
  const rows = [
    header,
    ['2026-11-05', '记-001', '补助', '补助收入', '5000.001', '', ''],
    ['2026-13-01', '记-002', '办公用品', '管理费用', '', '200', ''],
    ['2026-11-07', '记-003', '', '发包及上交收入', '100', '', ''],
    ['2026-11-08', '记-004', '修路', '招待费', '', '100', ''],
    ['2026-11-09', '记-005', '两笔', '管理费用', '1', '1', ''],
    ['2026-11-10', '记-006', '付张三 13812345678 劳务费', '管理费用', '', '100', ''],
  ];
  const result = importFinanceRows(rows, mapping, options);
  assert.equal(result.statement, null);
  assert.deepEqual(
    result.issues.map((one) => [one.code, ...one.path]),
    [
      ['finance.import.invalidAmount', 'rows', 2, '收入'],
      ['finance.import.invalidDate', 'rows', 3, '日期'],
      ['finance.import.emptyCell', 'rows', 4, '摘要'],
      ['finance.import.accountInOtherChart', 'rows', 4, '科目'],
      ['finance.import.unknownAccount', 'rows', 5, '科目'],
      ['finance.import.twoAmounts', 'rows', 6, '收入'],
      ['identity.publicField.rawPersonalData', 'rows', 7, '摘要'],
    ],
  );
});

test('reconciliation findings point at the file: a wrong 合计 and a wrong last 余额', () => {
  const rows = [
    header,
    ['2026-11-05', '记-001', '补助', '补助收入', '5000', '', '15000'],
    ['2026-11-12', '记-002', '办公用品', '管理费用', '', '200', '14900'],
    ['合计', '', '', '', '5000', '300', ''],
  ];
  const result = importFinanceRows(rows, mapping, options);
  assert.deepEqual(
    result.issues.map((one) => [one.code, ...one.path]),
    [
      ['disclosure.finance.expenditureTotalMismatch', 'rows', 4, '支出'],
      ['disclosure.finance.unbalanced', 'rows', 3, '余额'],
    ],
  );
  const duplicate = importFinanceRows(
    [header, ['2026-11-05', '记-1', '补助', '补助收入', '1', '', ''], ['2026-11-06', '记-1', '又一笔', '其他收入', '1', '', '']],
    mapping,
    options,
  );
  assert.deepEqual(duplicate.issues[0]?.path, ['rows', 3, '凭证号']);
});

test('a missing or unknown column is a mapping issue, and too many rows are refused', () => {
  const missing = importFinanceRows([header], { date: '日期', voucher: '凭证号', description: '摘要', account: 'X' }, options);
  assert.deepEqual(
    missing.issues.map((one) => [one.code, ...one.path]),
    [
      ['finance.import.columnRequired', 'mapping', 'amount'],
      ['finance.import.columnNotFound', 'mapping', 'account'],
    ],
  );
  const many = Array.from({ length: 5001 }, (_, i) => ['2026-11-05', `记-${String(i)}`, '补助', '补助收入', '1', '', '']);
  assert.equal(importFinanceRows([header, ...many], mapping, options).issues[0]?.code, 'finance.import.tooManyRows');
});

const villagers: Meeting = {
  kind: 'villagersMeeting',
  basis: 'adults',
  eligible: 300,
  present: 200,
  votes: { for: 150, against: 30, abstain: 20 },
};
const toResolution: TrailStepRecord[] = [
  { step: 'proposal', date: '2026-10-01' },
  { step: 'consultation', date: '2026-10-03' },
  { step: 'review', date: '2026-10-08', meeting: party },
  { step: 'resolution', date: '2026-10-12', meeting: villagers },
];
const disclosed: TrailStepRecord[] = [...toResolution, { step: 'resolutionDisclosure', date: '2026-10-14' }];

function spending(lines: FinanceStatement['expenditure']): FinanceStatement {
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  return {
    period,
    openingBalance: 10_000_000,
    income: [],
    expenditure: lines,
    totals: { income: 0, expenditure: total },
    closingBalance: 10_000_000 - total,
  };
}
const line = (voucher: string, amount: number, extra: object = {}) => ({
  date: '2026-11-10',
  classification: 'publicWorksExpense',
  description: '道路硬化',
  voucher,
  amount,
  ...extra,
});

test('★ money without mandate: large or Art 24 spending needs a valid trail through the resolution’s disclosure', () => {
  const statement = spending([
    line('1', 4_000_000),
    line('2', 6_000_000),
    line('3', 6_000_000, { decisionId: 'd-ok' }),
    line('4', 6_000_000, { decisionId: 'd-undisclosed' }),
    line('5', 100_000, { matter: 'landCompensationUse', decisionId: 'd-missing' }),
    line('6', 6_000_000, { decisionId: 'd-bad' }),
    line('7', 6_000_000, { decisionId: 'd-none' }),
  ]);
  const bad: TrailStepRecord[] = disclosed.map((step) => (step.step === 'review' ? { ...step, meeting: { ...party, present: 10 } } : step));
  const decisions = [
    { id: 'd-ok', trail: { steps: disclosed } },
    { id: 'd-undisclosed', trail: { steps: toResolution } },
    { id: 'd-bad', trail: { steps: bad } },
    { id: 'd-none' },
  ];
  const alarms = mandateAlarms(statement, decisions, defaultDisclosureSettings);
  assert.deepEqual(
    alarms.map((one) => [one.line.voucher, one.reasons.join('+'), one.trail]),
    [
      ['2', 'overThreshold', 'none'],
      ['4', 'overThreshold', 'inProgress'],
      ['5', 'art24Matter', 'unknown'],
      ['6', 'overThreshold', 'invalid'],
      ['7', 'overThreshold', 'noTrail'],
    ],
  );
  assert.ok(codes(alarms[3]?.issues ?? []).includes('disclosure.trail.meetingInvalid'), 'the trail’s own findings come along');
  // The threshold is the village's.
  assert.equal(mandateAlarms(statement, decisions, { ...defaultDisclosureSettings, mandateThresholdFen: 10_000_000 }).length, 1);
});

test('民主理财: objections must be answered before resubmitting; only signed-off statements are published where required', () => {
  assert.equal(nextSignOffState('draft', 'submit', true), 'submitted');
  assert.equal(nextSignOffState('submitted', 'object', true), 'objected');
  assert.equal(nextSignOffState('objected', 'submit', true), null);
  assert.equal(nextSignOffState('objected', 'answer', true), 'answered');
  assert.equal(nextSignOffState('answered', 'submit', true), 'submitted');
  assert.equal(nextSignOffState('submitted', 'signOff', true), 'signedOff');
  assert.equal(nextSignOffState('draft', 'publish', true), null);
  assert.equal(nextSignOffState('draft', 'publish', false), 'published');
  assert.equal(nextSignOffState('signedOff', 'import', true), null, 'a signed-off statement is not replaced');
  const panel = { ...defaultDisclosureSettings, financeSignOff: 'panel' as const, financeSignOffPanel: ['s-1'] };
  assert.ok(maySignOff(panel, { role: 'cadre', staffId: 's-1' }));
  assert.ok(!maySignOff(panel, { role: 'supervisor', staffId: 's-2' }));
  assert.ok(maySignOff({ ...defaultDisclosureSettings, financeSignOff: 'supervisor' }, { role: 'supervisor', staffId: 's-2' }));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  complianceAsOf,
  correctItem,
  defaultDisclosureCategories,
  defaultDisclosureSettings,
  disclosureSettingsSchema,
  richTextFromPlain,
  type Decision,
  type DisclosureCategory,
  type DisclosureItem,
  type Obligation,
} from '../src/disclosure/index.js';
import * as z from 'zod/mini';

function posted(id: string, category: string, from: string, to: string, published: string, decisionId?: string): DisclosureItem {
  return {
    id,
    category,
    ...(decisionId === undefined ? {} : { decisionId }),
    versions: [
      {
        version: 1,
        title: id,
        body: richTextFromPlain(id),
        period: { from, to },
        notice: { published, until: published },
        attachments: [],
      },
    ],
  };
}

const categories: DisclosureCategory[] = defaultDisclosureCategories.filter((c) => ['finance', 'village', 'resolutions'].includes(c.code));

const items: DisclosureItem[] = [
  posted('fin-01', 'finance', '2024-01-01', '2024-01-31', '2024-02-08'),
  posted('fin-02', 'finance', '2024-02-01', '2024-02-29', '2024-03-10'),
  posted('fin-03', 'finance', '2024-03-01', '2024-03-31', '2024-04-11'),
  posted('village-q1', 'village', '2024-01-01', '2024-03-31', '2024-04-09'),
  posted('decision-d1', 'resolutions', '2024-05-01', '2024-05-01', '2024-05-06', 'd1'),
  // Scheduled for next week: not on the board yet on the day checked.
  posted('fin-04', 'finance', '2024-04-01', '2024-04-30', '2024-05-25'),
];

const decisions: Decision[] = [
  { id: 'd1', title: '村道硬化工程', decidedOn: '2024-05-01' },
  { id: 'd2', title: '鱼塘发包方案', decidedOn: '2024-05-14' },
  { id: 'd3', title: '宅基地使用方案', decidedOn: '2024-05-15' },
  { id: 'd4', title: '还没开会', decidedOn: '2024-05-25' },
];

const report = complianceAsOf(items, decisions, defaultDisclosureSettings, '2024-05-20', { categories });

function find(predicate: (o: Obligation) => boolean): Obligation {
  const found = report.obligations.find(predicate);
  assert.ok(found, 'obligation exists');
  return found;
}

const monthOf = (category: string, from: string) => find((o) => o.category === category && o.period.from === from);

test('finance is due monthly by default, ten days after each month ends', () => {
  const finance = report.obligations.filter((o) => o.category === 'finance');
  assert.deepEqual(
    finance.map((o) => [o.period.from, o.period.to, o.dueDate, o.cadence]),
    [
      ['2024-01-01', '2024-01-31', '2024-02-10', 'monthly'],
      ['2024-02-01', '2024-02-29', '2024-03-10', 'monthly'],
      ['2024-03-01', '2024-03-31', '2024-04-10', 'monthly'],
      ['2024-04-01', '2024-04-30', '2024-05-10', 'monthly'],
      ['2024-05-01', '2024-05-31', '2024-06-10', 'monthly'],
    ],
  );
});

test('a disclosure posted on its due date is on time, one day later is late', () => {
  assert.deepEqual(
    {
      status: monthOf('finance', '2024-02-01').status,
      itemId: monthOf('finance', '2024-02-01').itemId,
      daysLate: monthOf('finance', '2024-02-01').daysLate,
    },
    { status: 'met', itemId: 'fin-02', daysLate: 0 },
  );
  const march = monthOf('finance', '2024-03-01');
  assert.equal(march.status, 'late');
  assert.equal(march.daysLate, 1);
  assert.equal(march.disclosedOn, '2024-04-11');
});

test('a period past its due date with nothing on the board is overdue, counting the days; one scheduled for later does not count', () => {
  const april = monthOf('finance', '2024-04-01');
  assert.equal(april.status, 'overdue');
  assert.equal(april.daysLate, 10);
  assert.equal(april.itemId, null);
  assert.equal(monthOf('finance', '2024-05-01').status, 'upcoming');
});

test('general village affairs are due quarterly', () => {
  const village = report.obligations.filter((o) => o.category === 'village');
  assert.deepEqual(
    village.map((o) => [o.period.from, o.dueDate, o.status, o.itemId]),
    [
      ['2024-01-01', '2024-04-10', 'met', 'village-q1'],
      ['2024-04-01', '2024-07-10', 'upcoming', null],
    ],
  );
});

test('each decision must be disclosed within five days; a decision due today is still upcoming, a future one is not listed', () => {
  const byDecision = (id: string) => find((o) => o.decisionId === id);
  assert.deepEqual([byDecision('d1').status, byDecision('d1').dueDate, byDecision('d1').itemId], ['met', '2024-05-06', 'decision-d1']);
  assert.deepEqual([byDecision('d2').status, byDecision('d2').daysLate], ['overdue', 1]);
  assert.deepEqual([byDecision('d3').status, byDecision('d3').dueDate], ['upcoming', '2024-05-20']);
  assert.equal(
    report.obligations.some((o) => o.decisionId === 'd4'),
    false,
  );
  assert.equal(byDecision('d1').category, 'resolutions');
});

test('the summary counts each status and is not on schedule when anything is late or overdue', () => {
  assert.deepEqual(report.summary, { total: 10, met: 4, late: 1, overdue: 2, upcoming: 3, onSchedule: false });
  assert.equal(report.from, '2024-01-01');
  const dueDates = report.obligations.map((o) => o.dueDate);
  assert.deepEqual(dueDates, [...dueDates].sort());
});

test('with monthly finance switched off, finance is quarterly and three monthly statements together cover the quarter', () => {
  const settings = z.parse(disclosureSettingsSchema, { financeMonthly: false });
  const quarterly = complianceAsOf(items, [], settings, '2024-05-20', { categories });
  const q1 = quarterly.obligations.find((o) => o.category === 'finance' && o.period.from === '2024-01-01');
  assert.ok(q1);
  assert.equal(q1.cadence, 'quarterly');
  assert.equal(q1.period.to, '2024-03-31');
  // The March statement went up on 04-11, completing Q1 a day after its 04-10 deadline.
  assert.deepEqual([q1.status, q1.disclosedOn, q1.itemId, q1.itemIds], ['late', '2024-04-11', 'fin-03', ['fin-01', 'fin-02', 'fin-03']]);
});

test('the grace days and the major-matter limit are settings', () => {
  const settings = z.parse(disclosureSettingsSchema, { financeGraceDays: 15, majorMatterDays: 0 });
  const custom = complianceAsOf(items, decisions, settings, '2024-05-20', { categories });
  const march = custom.obligations.find((o) => o.category === 'finance' && o.period.from === '2024-03-01');
  assert.deepEqual([march?.dueDate, march?.status], ['2024-04-15', 'met']);
  const d1 = custom.obligations.find((o) => o.decisionId === 'd1');
  assert.deepEqual([d1?.dueDate, d1?.status, d1?.daysLate], ['2024-05-01', 'late', 5]);
});

test('a correction that fixes the period meets the duty from the day of the correction', () => {
  const wrong = posted('fin-04b', 'finance', '2024-03-01', '2024-03-31', '2024-05-08');
  const fixed = correctItem(
    wrong,
    { period: { from: '2024-04-01', to: '2024-04-30' } },
    { at: '2024-05-12', by: '王会计', reason: '期间填错' },
  );
  assert.ok(fixed.ok);
  const result = complianceAsOf([fixed.value], [], defaultDisclosureSettings, '2024-05-20', { categories, from: '2024-04-01' });
  const april = result.obligations.find((o) => o.category === 'finance' && o.period.from === '2024-04-01');
  assert.deepEqual([april?.status, april?.disclosedOn, april?.daysLate], ['late', '2024-05-12', 2]);
  // Before the correction the record showed March, so April was then overdue.
  const before = complianceAsOf([fixed.value], [], defaultDisclosureSettings, '2024-05-11', { categories, from: '2024-04-01' });
  assert.equal(before.obligations.find((o) => o.category === 'finance' && o.period.from === '2024-04-01')?.status, 'overdue');
});

test('annual categories are due once a year after the year ends', () => {
  const powerList = defaultDisclosureCategories.filter((c) => c.frequency === 'annual');
  const result = complianceAsOf(
    [posted('list-2023', 'powerList', '2023-01-01', '2023-12-31', '2023-03-01')],
    [],
    defaultDisclosureSettings,
    '2024-02-01',
    { categories: powerList, from: '2023-01-01' },
  );
  assert.deepEqual(
    result.obligations.map((o) => [o.period.from, o.period.to, o.dueDate, o.status]),
    [
      ['2023-01-01', '2023-12-31', '2024-01-10', 'met'],
      ['2024-01-01', '2024-12-31', '2025-01-10', 'upcoming'],
    ],
  );
});

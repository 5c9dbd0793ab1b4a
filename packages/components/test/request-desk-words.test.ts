import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requestDeskMessages } from '../src/request-desk/messages.js';

// A step past its due day by less than a working day (a weekend or holiday came between) is overdue: it is said so,
// never as "逾期 0 个工作日" (found by trying the request desk as its staff).
test('an overdue step says how many working days late, and never "0 working days"', () => {
  const zh = requestDeskMessages['zh-CN'];
  const en = requestDeskMessages.en;
  assert.equal(zh.overdue(0, '2026/12/04'), '已逾期（应在 2026/12/04 前办）');
  assert.equal(zh.overdue(2, '2026/12/04'), '逾期 2 个工作日（应在 2026/12/04 前办）');
  assert.equal(en.overdue(0, '2026/12/04'), 'Overdue (due 2026/12/04)');
  assert.equal(en.overdue(1, '2026/12/04'), 'Overdue by 1 working day (due 2026/12/04)');
});

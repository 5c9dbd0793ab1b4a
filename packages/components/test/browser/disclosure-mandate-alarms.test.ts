import { assert, expect, fixture } from '@open-wc/testing';
import type { RouteOutput, getDisclosureCompliance } from '@shanzhi/sdk';
import { html, render } from 'lit';
import { detailMessages } from '../../src/disclosure/detail-messages.js';
import { renderCompliance } from '../../src/disclosure/parts.js';
import { Localizer } from '../../src/internal/localize.js';

type Compliance = RouteOutput<typeof getDisclosureCompliance>;

const report: Compliance = {
  villageId: 'v-qs-01',
  asOf: '2026-12-04',
  from: '2026-01-01',
  obligations: [],
  summary: { total: 0, met: 0, late: 0, overdue: 0, upcoming: 0, onSchedule: true },
  mandateAlarms: [
    {
      itemId: 'dsc-01-0099',
      period: { from: '2026-11-01', to: '2026-11-30' },
      index: 0,
      voucher: '记-901',
      date: '2026-11-12',
      description: '村道硬化工程款',
      classification: 'publicWorksExpense',
      amount: 6_000_000,
      reasons: ['overThreshold'],
      trail: 'none',
      issues: [{ path: ['expenditure', 0, 'amount'], code: 'finance.alarm.overThreshold', message: '支出 60000.00 元，超过 50000.00 元' }],
    },
  ],
};

describe('★ money without mandate on the compliance view', () => {
  it('lists each flagged expense with why, and a button opens its statement', async () => {
    const opened: string[] = [];
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(
      renderCompliance(report, [], new Localizer(detailMessages, () => 'zh-CN'), 'zh-CN', (id) => opened.push(id)),
      host,
    );
    const section = host.querySelector('[part~="mandate-alarms"]')!;
    assert.include(section.querySelector('h3')!.textContent, '1 笔支出缺少有效的决策程序');
    const alarm = section.querySelector('[part~="mandate-alarm"]')!;
    for (const words of ['村道硬化工程款', '60,000.00', '记-901', '超过 50000.00 元']) assert.include(alarm.textContent, words);
    const button = alarm.querySelector('button')!;
    button.click();
    assert.deepEqual(opened, ['dsc-01-0099']);
    await expect(host).to.be.accessible();
  });

  it('says it at the top beside "on schedule" (which speaks of timeliness only), with a button that moves to the list', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(
      renderCompliance(report, [], new Localizer(detailMessages, () => 'zh-CN'), 'zh-CN', () => undefined),
      host,
    );
    const summary = host.querySelector('[part~="compliance-mandate"]')!;
    assert.include(summary.textContent, '另有 1 笔已公开的支出缺少有效的决策程序');
    assert.isBelow(
      [...host.querySelectorAll('p, table, section')].indexOf(summary),
      [...host.querySelectorAll('p, table, section')].indexOf(host.querySelector('[part~="mandate-alarms"]')!),
      'the summary comes before the list',
    );
    summary.querySelector('button')!.click();
    assert.equal(document.activeElement, host.querySelector('#sz-mandate-title'));
    await expect(host).to.be.accessible();
  });

  it('says nothing when no published spending lacks a mandate', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(
      renderCompliance({ ...report, mandateAlarms: [] }, [], new Localizer(detailMessages, () => 'zh-CN'), 'zh-CN', () => undefined),
      host,
    );
    assert.isNull(host.querySelector('[part~="mandate-alarms"]'));
    assert.isNull(host.querySelector('[part~="compliance-mandate"]'));
  });
});

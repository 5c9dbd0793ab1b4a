import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { importFinanceStatement, listFinanceStatements, signOffFinanceStatement } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/finance-desk/define.js';
import type { SzFinanceDesk } from '../../src/finance-desk/sz-finance-desk.js';
import { FakeFinanceClient, lineProblem, settings } from '../fixtures/finance-desk-client.js';
import { choose } from '../fixtures/attachment-client.js';
import { mountListing, part, partButtons } from '../fixtures/mount.js';
import { describeDataWidget, type EmptyState } from '../fixtures/shared-states.js';

/** The widget with nothing to show. */
const empty: EmptyState<FakeFinanceClient> = {
  client: () => new FakeFinanceClient({ settings, items: [] }),
  when: 'no month was imported',
  says: '还没有导入任何月份的财务收支',
};

const months = (el: SzFinanceDesk) => partButtons(el, 'month');
const widget = { tag: 'sz-finance-desk', defaults: { village: 'v-test-01' } };
const mount = mountListing<SzFinanceDesk, FakeFinanceClient>(widget, () => new FakeFinanceClient(), 'month', 'the months');

describeDataWidget('<sz-finance-desk>', { mount, route: listFinanceStatements.id, empty }, () => {
  it('lists the months with their state, totals in yuan and the ★ alarms, and passes axe', async () => {
    const el = await mount();
    assert.equal(part(el, 'title')?.textContent, '民主理财');
    assert.include(months(el)[0]?.textContent, '2026年11月');
    assert.include(months(el)[0]?.textContent, '草稿');
    assert.include(months(el)[0]?.textContent, '¥5,000.00');
    assert.include(part(el, 'alarm')?.textContent, '1 笔');
    assert.include(part(el, 'summary')?.textContent, '1 个月待审核');
    await expect(el).to.be.accessible();
  });

  it('for the supervisor, puts the months awaiting sign-off first and offers no import', async () => {
    const el = await mount(new FakeFinanceClient(), { view: 'supervisor' });
    assert.include(months(el)[0]?.textContent, '2026年10月');
    assert.isNull(part(el, 'import'));
  });

  it('imports a file: the bad line is shown at its line, the corrected file imports, the mapping is kept', async () => {
    const client = new FakeFinanceClient();
    client.failNext(importFinanceStatement.id, lineProblem());
    const el = await mount(client);
    part(el, 'import')?.click();
    await waitUntil(() => part(el, 'import-form'), 'the import form', { timeout: 5000 });
    const form = part(el, 'import-form') as HTMLFormElement;
    const csv = '日期,凭证号,摘要,科目,收入,支出\n2026-11-05,记-001,补助,补助收入,5000,\n';
    choose(form.querySelector<HTMLInputElement>('input[type="file"]'), new File([csv], '十一月.csv', { type: 'text/csv' }));
    await waitUntil(() => part(el, 'chosen'), 'the chosen file', { timeout: 5000 });
    await waitUntil(
      () => form.querySelector<HTMLInputElement>('#fd-voucher')?.value === '凭证号',
      'the columns suggested from the header',
      { timeout: 5000 },
    );
    form.requestSubmit();
    await waitUntil(() => part(el, 'file-problems'), 'the problems at their lines', { timeout: 5000 });
    assert.equal(part(el, 'file-problems')?.querySelector('[data-line]')?.getAttribute('data-line'), '4');
    assert.include(part(el, 'file-problems')?.textContent, '第 4 行 · 支出');
    assert.equal(el.shadowRoot?.activeElement, part(el, 'file-problems'), 'focus moves to the problems');
    await expect(el).to.be.accessible();
    const [first] = client.callsOf(importFinanceStatement.id);
    assert.equal(first?.input.query?.voucher, '凭证号');
    assert.isString(first?.idempotencyKey);

    // The corrected file: a new attempt, the columns as they were.
    choose(form.querySelector<HTMLInputElement>('input[type="file"]'), new File([csv], '十一月-改.csv', { type: 'text/csv' }));
    const changed = oneEvent(el, 'sz-finance-desk-change');
    form.requestSubmit();
    assert.deepEqual((await changed).detail, { month: client.callsOf(importFinanceStatement.id)[1]?.input.params?.month, state: 'draft' });
    await waitUntil(() => part(el, 'history'), 'the imported month', { timeout: 5000 });
    assert.notEqual(client.callsOf(importFinanceStatement.id)[1]?.idempotencyKey, first?.idempotencyKey);
    assert.include(localStorage.getItem('sz-finance-mapping:v-test-01') ?? '', '凭证号');
    assert.include(part(el, 'alarms')?.textContent, '记-003');
  });

  it('for the supervisor: an objection needs reasons; signing off sends the decision', async () => {
    const client = new FakeFinanceClient();
    const el = await mount(client, { view: 'supervisor' });
    months(el)[0]?.click();
    await waitUntil(() => part(el, 'sign-form'), 'the sign-off form', { timeout: 5000 });
    const form = part(el, 'sign-form') as HTMLFormElement;
    const [signOff, object] = [...form.querySelectorAll('button')];
    object?.click();
    await waitUntil(() => form.querySelector('[aria-invalid="true"]'), 'the reason is required', { timeout: 5000 });
    assert.lengthOf(client.callsOf(signOffFinanceStatement.id), 0);
    signOff?.click();
    // The month has an open ★ alarm: the sign-off waits for the confirmation naming it (finance-desk-lines.test.ts).
    await waitUntil(() => part(el, 'confirm-sign-off'), 'the confirmation of the alarm', { timeout: 5000 });
    part(el, 'confirm-sign-off')?.click();
    await waitUntil(() => client.callsOf(signOffFinanceStatement.id).length === 1, 'the sign-off', { timeout: 5000 });
    assert.deepEqual(client.callsOf(signOffFinanceStatement.id)[0]?.input.body, { decision: 'signOff' });
    await waitUntil(() => part(el, 'history')?.textContent.includes('王秀英'), 'the history with the signer', { timeout: 5000 });
  });

  it('is operated by keyboard: Tab reaches the import button, Enter opens the form, Escape closes it', async () => {
    const el = await mount();
    part(el, 'elder-controls')?.querySelector('button')?.focus();
    await sendKeys({ press: 'Tab' });
    assert.equal(el.shadowRoot?.activeElement, part(el, 'import'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'import-form'), 'the import form', { timeout: 5000 });
    part(el, 'import-form')?.querySelector('input')?.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !part(el, 'import-form'), 'closed', { timeout: 5000 });
    assert.equal(el.shadowRoot?.activeElement, part(el, 'import'), 'focus back on the button');
  });

  it('speaks English', async () => {
    const el = await mount(new FakeFinanceClient(), { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Finance sign-off');
    assert.include(months(el)[0]?.textContent, 'November 2026');
    assert.equal(part(el, 'list')?.getAttribute('aria-label'), '2 months');
  });

  it('in 长辈版 marks the host for the larger sizes and passes axe', async () => {
    const el = await mount(new FakeFinanceClient(), { elder: '' });
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    await expect(el).to.be.accessible();
  });
});

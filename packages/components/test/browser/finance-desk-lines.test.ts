import { assert, expect } from '@open-wc/testing';
import { getFinanceStatement, importFinanceStatement, ProblemError, signOffFinanceStatement } from '@shanzhi/sdk';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/finance-desk/define.js';
import type { SzFinanceDesk } from '../../src/finance-desk/sz-finance-desk.js';
import { FakeFinanceClient, type FinanceRecord } from '../fixtures/finance-desk-client.js';
import type { RecordedInput } from '../fixtures/fake-client.js';
import { choose } from '../fixtures/attachment-client.js';
import { mountFor, part } from '../fixtures/mount.js';
import { freshDeviceForEach } from '../fixtures/device.js';
import type { Mapping } from '../../src/finance-desk/mapping.js';

/**
 * What the 民主理财 sign-off is about: the month's lines as imported, the ★ at the lines without a mandate, a
 * confirmation naming them before a supervisor signs off, and a remembered column mapping that fits the next file.
 */
const months = (el: SzFinanceDesk) => [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="month"]') ?? [])];
const widget = { tag: 'sz-finance-desk', defaults: { village: 'v-test-01' } };
const mount = mountFor<SzFinanceDesk, FakeFinanceClient>(widget, () => new FakeFinanceClient(), {
  when: (el) => months(el).length > 0,
  what: 'the months',
});

/** A month without any alarm: signing it off needs no confirmation. */
class CleanMonthClient extends FakeFinanceClient {
  protected override answer(routeId: string, input: RecordedInput): unknown {
    const answer = super.answer(routeId, input);
    return routeId === getFinanceStatement.id ? { ...(answer as FinanceRecord), alarms: [] } : answer;
  }
}

async function openMonth(el: SzFinanceDesk, index: number): Promise<HTMLTableElement> {
  months(el)[index]?.click();
  await waitUntil(() => part(el, 'lines')?.querySelector('tbody.expenditure'), 'the lines', { timeout: 5000 });
  return part(el, 'lines') as HTMLTableElement;
}

const cells = (row: Element | null | undefined) => [...(row?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent.trim());

describe('<sz-finance-desk> lines and sign-off', () => {
  freshDeviceForEach();

  it('shows the cadre every line as imported — date, voucher, summary, account, amount — with the ★ at the alarmed one', async () => {
    const el = await mount();
    const table = await openMonth(el, 0);
    assert.include(table.caption?.textContent ?? '', '收支明细');
    assert.deepEqual(
      [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
      ['日期', '凭证号', '摘要', '科目', '金额（元）'],
    );
    const income = table.querySelectorAll('tbody.income tr:not(.group):not(.total)');
    assert.lengthOf(income, 1);
    const [date, voucher, summary, , amount] = cells(income[0]);
    assert.include(date, '11');
    assert.equal(voucher, '记-001');
    assert.equal(summary, '运转经费补助');
    assert.equal(amount, '¥5,000.00');
    const spent = table.querySelector('tbody.expenditure tr:not(.group):not(.total)');
    assert.equal(cells(spent)[1], '记-003');
    assert.include(cells(spent)[2], '村道修补');
    assert.equal(cells(spent)[4], '¥60,000.00');
    assert.isTrue(spent?.matches('[part~="alarm-line"]'), 'the alarm is marked at its line');
    assert.include(spent.textContent, '★');
    assert.include(spent.querySelector('.visually-hidden')?.textContent, '缺少有效决策');
    assert.equal(table.querySelector('tbody.expenditure tr.total td.amount')?.textContent.trim(), '¥60,000.00');
    await expect(el).to.be.accessible();
  });

  it('shows the supervisor the lines, and names the open alarms before a sign-off goes', async () => {
    const client = new FakeFinanceClient();
    const el = await mount(client, { view: 'supervisor' });
    const table = await openMonth(el, 0);
    assert.include(table.textContent, '记-001');
    assert.include(table.textContent, '记-003');

    part(el, 'sign-off')?.click();
    await waitUntil(() => part(el, 'confirm'), 'the confirmation', { timeout: 5000 });
    assert.lengthOf(client.callsOf(signOffFinanceStatement.id), 0, 'nothing is signed before the confirmation');
    const confirm = part(el, 'confirm');
    assert.include(confirm?.textContent, '1 笔缺少有效决策的支出');
    assert.include(confirm?.textContent, '记-003 · 村道修补 · ¥60,000.00');
    assert.equal(el.shadowRoot?.activeElement, confirm, 'focus moves to the confirmation');
    await expect(el).to.be.accessible();

    // Going back sends nothing and leaves the buttons as they were.
    part(el, 'confirm-back')?.click();
    await waitUntil(() => part(el, 'sign-off'), 'the buttons again', { timeout: 5000 });
    assert.lengthOf(client.callsOf(signOffFinanceStatement.id), 0);

    part(el, 'sign-off')?.click();
    await waitUntil(() => part(el, 'confirm-sign-off'), 'the confirmation again', { timeout: 5000 });
    part(el, 'confirm-sign-off')?.click();
    await waitUntil(() => client.callsOf(signOffFinanceStatement.id).length === 1, 'the sign-off', { timeout: 5000 });
    assert.deepEqual(client.callsOf(signOffFinanceStatement.id)[0]?.input.body, { decision: 'signOff' });
  });

  it('signs off a month without alarms at once', async () => {
    const client = new CleanMonthClient();
    const el = await mount(client, { view: 'supervisor' });
    await openMonth(el, 0);
    assert.isNull(part(el, 'alarm-line'));
    part(el, 'sign-off')?.click();
    await waitUntil(() => client.callsOf(signOffFinanceStatement.id).length === 1, 'the sign-off', { timeout: 5000 });
    assert.isNull(part(el, 'confirm'));
  });
});

/** The server's refusal of a column not in the header: its privacy filter puts '…' for the typed column name. */
function columnNotFound(field: string): ProblemError {
  const issue = { path: ['mapping', field], code: 'finance.import.columnNotFound', message: '表头里找不到“…”这一列' };
  return new ProblemError(
    { type: 'urn:x', title: issue.message, status: 422, code: issue.code, requestId: 'req-col', issues: [issue] },
    importFinanceStatement.id,
    'req-col',
  );
}

describe('<sz-finance-desk> remembered column mapping', () => {
  freshDeviceForEach();

  async function importForm(client: FakeFinanceClient): Promise<{ el: SzFinanceDesk; form: HTMLFormElement }> {
    const el = await mount(client);
    part(el, 'import')?.click();
    await waitUntil(() => part(el, 'import-form'), 'the import form', { timeout: 5000 });
    return { el, form: part(el, 'import-form') as HTMLFormElement };
  }
  const field = (form: HTMLFormElement, name: string) => form.querySelector<HTMLInputElement>(`#fd-${name}`);

  it('drops optional columns the new file lacks and re-reads the header where the remembered columns do not fit', async () => {
    // December's file had 事项 and 决策编号, and its voucher column was called 凭证字号.
    localStorage.setItem(
      'sz-finance-mapping:v-test-01',
      JSON.stringify({
        date: '日期',
        voucher: '凭证字号',
        description: '摘要',
        account: '科目',
        income: '收入',
        expense: '支出',
        matter: '事项',
        decision: '决策编号',
      }),
    );
    const client = new FakeFinanceClient();
    const { form } = await importForm(client);
    const csv = '日期,凭证号,摘要,科目,收入,支出\n2026-11-05,记-001,补助,补助收入,5000,\n';
    choose(form.querySelector<HTMLInputElement>('input[type="file"]'), new File([csv], '一月.csv', { type: 'text/csv' }));
    await waitUntil(() => field(form, 'voucher')?.value === '凭证号', 'the voucher column from the new header', { timeout: 5000 });
    assert.equal(field(form, 'matter')?.value, '', '事项 is not in the file');
    assert.equal(field(form, 'decision')?.value, '', '决策编号 is not in the file');
    assert.equal(field(form, 'expense')?.value, '支出');
    form.requestSubmit();
    await waitUntil(() => client.callsOf(importFinanceStatement.id).length === 1, 'the import', { timeout: 5000 });
    const query = client.callsOf(importFinanceStatement.id)[0]?.input.query ?? {};
    assert.deepEqual(
      { ...query },
      { date: '日期', voucher: '凭证号', description: '摘要', account: '科目', income: '收入', expense: '支出' },
      'only the columns the file has',
    );
  });

  it('keeps the remembered optional columns when the new file has them', async () => {
    localStorage.setItem('sz-finance-mapping:v-test-01', JSON.stringify({ voucher: '凭证字号', decision: '决议号' }));
    const { form } = await importForm(new FakeFinanceClient());
    const csv = '日期,凭证字号,摘要,科目,收入,支出,决议号\n2026-11-05,记-001,补助,补助收入,5000,,\n';
    choose(form.querySelector<HTMLInputElement>('input[type="file"]'), new File([csv], '一月.csv', { type: 'text/csv' }));
    await waitUntil(() => field(form, 'date')?.value === '日期', 'the rest from the header', { timeout: 5000 });
    assert.equal(field(form, 'voucher')?.value, '凭证字号');
    assert.equal(field(form, 'decision')?.value, '决议号');
  });

  /** Imports an .xlsx (the browser cannot read its header) with `remembered` columns; the server misses `field`'s. */
  async function importXlsx(remembered: Mapping, field: string): Promise<{ el: SzFinanceDesk; client: FakeFinanceClient }> {
    localStorage.setItem('sz-finance-mapping:v-test-01', JSON.stringify(remembered));
    const client = new FakeFinanceClient();
    client.failNext(importFinanceStatement.id, columnNotFound(field));
    const { el, form } = await importForm(client);
    choose(form.querySelector<HTMLInputElement>('input[type="file"]'), new File(['x'], '一月.xlsx'));
    await waitUntil(() => part(el, 'chosen'), 'the chosen file', { timeout: 5000 });
    form.requestSubmit();
    return { el, client };
  }

  it('sends an .xlsx again without the remembered columns its header lacks', async () => {
    const { el, client } = await importXlsx(
      { date: '日期', voucher: '凭证号', description: '摘要', account: '科目', amount: '金额', decision: '决策编号' },
      'decision',
    );
    await waitUntil(() => part(el, 'history'), 'the imported month', { timeout: 5000 });
    const [first, second] = client.callsOf(importFinanceStatement.id);
    assert.equal(first?.input.query?.decision, '决策编号');
    assert.deepEqual(
      { ...second?.input.query },
      { date: '日期', voucher: '凭证号', description: '摘要', account: '科目', amount: '金额' },
      'the same columns without 决策编号',
    );
    assert.notEqual(second?.idempotencyKey, first?.idempotencyKey);
    assert.notInclude(localStorage.getItem('sz-finance-mapping:v-test-01') ?? '', '决策编号', 'what was used is remembered');
  });

  it('lets the server read an .xlsx header itself when a needed remembered column is not in it', async () => {
    const { client } = await importXlsx(
      { date: '日期', voucher: '凭证字号', description: '摘要', account: '科目', amount: '金额' },
      'voucher',
    );
    await waitUntil(() => client.callsOf(importFinanceStatement.id).length === 2, 'sent again', { timeout: 5000 });
    assert.deepEqual({ ...client.callsOf(importFinanceStatement.id)[1]?.input.query }, {}, 'no columns: the header decides');
  });

  it('names the column in a "not in the header" refusal, which the server sends with a … for typed text', async () => {
    const client = new FakeFinanceClient();
    client.failNext(importFinanceStatement.id, columnNotFound('voucher'));
    const { el, form } = await importForm(client);
    const voucher = field(form, 'voucher');
    voucher!.value = '凭证字';
    voucher!.dispatchEvent(new Event('input'));
    // A CSV (read ahead) is not sent again: the refusal stands and names the column.
    choose(form.querySelector<HTMLInputElement>('input[type="file"]'), new File(['x'], '一月.csv', { type: 'text/csv' }));
    await waitUntil(() => part(el, 'chosen'), 'the chosen file', { timeout: 5000 });
    form.requestSubmit();
    await waitUntil(() => form.querySelector('#fd-voucher-error'), 'the column problem', { timeout: 5000 });
    assert.equal(form.querySelector('#fd-voucher-error')?.textContent.trim(), '表头里找不到“凭证字”这一列');
    assert.notInclude(form.textContent, '“…”');
  });
});

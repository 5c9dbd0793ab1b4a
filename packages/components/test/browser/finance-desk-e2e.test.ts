import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/disclosure/define.js';
import '../../src/finance-desk/define.js';
import type { SzDisclosureBoard } from '../../src/disclosure/sz-disclosure-board.js';
import type { SzFinanceDesk } from '../../src/finance-desk/sz-finance-desk.js';
import type { SzEventDetails } from '../../src/internal/events.js';
import { part, text } from '../fixtures/disclosure-mount.js';
import { demoToken, demoVillage, mountLive, useReferenceServer } from '../fixtures/e2e.js';
import { fill } from '../fixtures/form-controls.js';

function chooseFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** A month the seeded county has no statement for, so the test owns it. */
const month = '2026-08';
const header = '日期,凭证号,摘要,科目,收入,支出,余额';
const csv = (expense: string) =>
  [
    header,
    '2026-08-05,记-001,村级组织运转经费补助,补助收入,5000.00,,15000.00',
    `2026-08-12,记-002,办公用品,管理费用,,${expense},14800.00`,
    '',
  ].join('\n');

async function desk(role: 'cadre' | 'supervisor'): Promise<SzFinanceDesk> {
  const el = await mountLive<SzFinanceDesk>('sz-finance-desk', { village: demoVillage, view: role });
  el.getToken = () => demoToken(role) ?? `demo-${role}`;
  await waitUntil(() => part(el, 'summary'), 'the desk', { timeout: 15_000 });
  return el;
}

const monthButton = (el: SzFinanceDesk) => el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-opener="${month}"]`);

describe('民主理财 end to end: a file with a wrong line, corrected, submitted, signed off, published with its history', function () {
  useReferenceServer(this, 90_000);

  it('imports, shows the wrong line, imports the corrected file, and the sign-off reaches the public item', async () => {
    // 1. The cadre imports the month: the wrong amount on line 3 is shown at its line; nothing is stored.
    const cadre = await desk('cadre');
    part(cadre, 'import')?.click();
    await waitUntil(() => part(cadre, 'import-form'), 'the import form', { timeout: 10_000 });
    const form = part(cadre, 'import-form') as HTMLFormElement;
    fill(form.querySelector<HTMLInputElement>('#fd-month'), month);
    fill(form.querySelector<HTMLInputElement>('#fd-opening'), '10000');
    const fileInput = () => form.querySelector<HTMLInputElement>('input[type="file"]')!;
    chooseFile(fileInput(), new File([csv('2OO.00')], '八月收支.csv', { type: 'text/csv' }));
    await waitUntil(() => form.querySelector<HTMLInputElement>('#fd-expense')?.value === '支出', 'the columns from the header', {
      timeout: 5000,
    });
    form.requestSubmit();
    await waitUntil(() => part(cadre, 'file-problems'), 'the problem at its line', { timeout: 10_000 });
    assert.equal(part(cadre, 'file-problems')?.querySelector('[data-line]')?.getAttribute('data-line'), '3');
    assert.include(text(part(cadre, 'file-problems')), '第 3 行 · 支出');
    await expect(cadre).to.be.accessible();

    // 2. The corrected file imports; the month is a draft with its history.
    chooseFile(fileInput(), new File([csv('200.00')], '八月收支-改.csv', { type: 'text/csv' }));
    const imported = oneEvent(cadre, 'sz-finance-desk-change');
    form.requestSubmit();
    assert.deepEqual(((await imported) as CustomEvent<SzEventDetails['sz-finance-desk-change']>).detail, { month, state: 'draft' });
    await waitUntil(() => part(cadre, 'submit'), 'the imported month', { timeout: 10_000 });

    // 3. Submitted for sign-off.
    const submitted = oneEvent(cadre, 'sz-finance-desk-change');
    (part(cadre, 'submit') as HTMLButtonElement).click();
    assert.equal(((await submitted) as CustomEvent<SzEventDetails['sz-finance-desk-change']>).detail.state, 'submitted');
    cadre.remove();

    // 4. The supervisor finds it first in the list and signs off.
    const supervisor = await desk('supervisor');
    await waitUntil(() => monthButton(supervisor), 'the month', { timeout: 10_000 });
    assert.include(text(monthButton(supervisor)), '待民主理财审核');
    monthButton(supervisor)!.click();
    await waitUntil(() => part(supervisor, 'sign-form'), 'the sign-off form', { timeout: 10_000 });
    // The lines the supervisor signs off, as the server's month view carries them: both, with voucher and summary.
    await waitUntil(() => text(part(supervisor, 'lines')).includes('记-002'), 'the lines of the month', { timeout: 10_000 });
    assert.include(text(part(supervisor, 'lines')), '记-001');
    assert.include(text(part(supervisor, 'lines')), '办公用品');
    const signed = oneEvent(supervisor, 'sz-finance-desk-change');
    part(supervisor, 'sign-form')?.querySelector<HTMLButtonElement>('button.primary')?.click();
    assert.equal(((await signed) as CustomEvent<SzEventDetails['sz-finance-desk-change']>).detail.state, 'signedOff');
    await expect(supervisor).to.be.accessible();
    supervisor.remove();

    // 5. The cadre publishes it.
    const publisher = await desk('cadre');
    await waitUntil(() => monthButton(publisher), 'the month', { timeout: 10_000 });
    monthButton(publisher)!.click();
    await waitUntil(() => part(publisher, 'publish'), 'the publish button', { timeout: 10_000 });
    fill(publisher.shadowRoot!.querySelector<HTMLInputElement>('#fd-publishOn'), '2026-11-29');
    const published = oneEvent(publisher, 'sz-finance-desk-change');
    (part(publisher, 'publish') as HTMLButtonElement).click();
    const detail = ((await published) as CustomEvent<SzEventDetails['sz-finance-desk-change']>).detail;
    assert.equal(detail.state, 'published');
    assert.isString(detail.itemId);
    publisher.remove();

    // 6. On the public board the item carries its 民主理财 history, with the signer.
    const board = await mountLive<SzDisclosureBoard>('sz-disclosure-board', { village: demoVillage });
    board.item = detail.itemId ?? '';
    await waitUntil(() => part(board, 'signoffs'), 'the sign-off history on the board', { timeout: 15_000 });
    const history = text(part(board, 'signoffs'));
    assert.include(history, '提交审核');
    assert.include(history, '审核签署');
    await expect(board).to.be.accessible();
  });
});

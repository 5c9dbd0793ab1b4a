import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/disclosure/define.js';
import type { SzDisclosureBoard } from '../../src/disclosure/sz-disclosure-board.js';
import type { SzEventDetails } from '../../src/internal/events.js';
import { listItems, openItem, part, text } from '../fixtures/disclosure-mount.js';
import { demoToken, demoVillage, liveMount, useReferenceServer } from '../fixtures/e2e.js';

describe('<sz-disclosure-board> against the reference server', function () {
  useReferenceServer(this);

  const mount = liveMount<SzDisclosureBoard>('sz-disclosure-board', { village: demoVillage }, (el) => listItems(el).length > 0);

  it('lists the village disclosures with categories from the server, and filters', async () => {
    const el = await mount();
    assert.isAbove(listItems(el).length, 10);
    const options = [...el.shadowRoot!.querySelectorAll('select[name="category"] option')].map((option) => option.textContent);
    assert.include(options, '财务');
    await expect(el).to.be.accessible();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="category"]')!;
    select.value = 'finance';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => listItems(el).every((item) => text(item).includes('财务')) && listItems(el).length > 0, 'finance only', {
      timeout: 10_000,
    });
  });

  it('opens a finance statement that reconciles, a corrected item with three versions, a decision trail and a relief list', async () => {
    const el = await mount();
    await openItem(el, 'dsc-01-0035');
    await waitUntil(() => part(el, 'finance-table') !== null, 'finance table');
    assert.isNotNull(part(el, 'reconciles'));
    assert.match(text(part(el, 'finance-table')), /\d{1,3}(,\d{3})*\.\d{2}/);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => listItems(el).length > 0, 'list again');

    el.item = 'dsc-01-0002';
    await waitUntil(() => part(el, 'history') !== null, 'history', { timeout: 10_000 });
    assert.lengthOf(part(el, 'history')!.querySelectorAll('[part~="version"]'), 3);
    await expect(el).to.be.accessible();

    el.item = 'dsc-01-0038';
    await waitUntil(() => part(el, 'trail') !== null, 'trail', { timeout: 10_000 });
    // 一听 (the seed records it) and the six steps of 四议两公开.
    const steps = [...part(el, 'trail')!.querySelectorAll('[part~="trail-step"]')];
    assert.lengthOf(steps, 7);
    assert.include(steps[0]!.textContent, '一听');
    assert.isAbove(part(el, 'trail')!.querySelectorAll('[part~="meeting-valid"]').length, 0);
    await expect(el).to.be.accessible();

    el.item = 'dsc-01-0024';
    await waitUntil(() => part(el, 'relief') !== null, 'relief', { timeout: 10_000 });
    const names = [...part(el, 'relief')!.querySelectorAll('tbody td:first-child')].map((cell) => cell.textContent);
    assert.isAbove(names.length, 0);
    assert.isTrue(
      names.every((name) => name.includes('*')),
      'names are masked',
    );
    assert.notMatch(el.shadowRoot!.textContent, /\d{11,}/, 'no phone or ID numbers');
    await expect(el).to.be.accessible();
  });

  it('shows the compliance report', async () => {
    const el = await mount();
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')[1]!.click();
    await waitUntil(() => part(el, 'compliance-table') !== null, 'compliance', { timeout: 10_000 });
    assert.isAbove(part(el, 'compliance-table')!.querySelectorAll('tbody tr').length, 10);
    await expect(el).to.be.accessible();
  });

  it('sends a villager question and shows the receipt', async () => {
    const token = demoToken('villager') ?? 'demo-villager';
    const el = await mount();
    el.getToken = () => token;
    await openItem(el, 'dsc-01-0035');
    const form = part(el, 'query-form') as HTMLFormElement;
    const textarea = form.querySelector('textarea')!;
    textarea.value = '十月份的误工补贴发给了哪些人？';
    textarea.dispatchEvent(new Event('input'));
    const submitted = oneEvent(el, 'sz-query-submitted');
    form.requestSubmit();
    const event = (await submitted) as CustomEvent<SzEventDetails['sz-query-submitted']>;
    assert.equal(event.detail.disclosureId, 'dsc-01-0035');
    await waitUntil(() => part(el, 'receipt') !== null, 'receipt');
    assert.include(text(part(el, 'receipt')), event.detail.queryId);
  });
});

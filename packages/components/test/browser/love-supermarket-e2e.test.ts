import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/love-supermarket/define.js';
import type { SzEventDetails } from '../../src/internal/events.js';
import type { SzLoveSupermarket } from '../../src/love-supermarket/sz-love-supermarket.js';
import { demoVillage, mountAs, mountLive, useReferenceServer } from '../fixtures/e2e.js';
import { part, visibleText } from '../fixtures/mount.js';

/** Soap: cheap enough for any seeded household with points, so the test does not depend on one balance. */
const soap = 'sg-000004';
const stockOf = (el: SzLoveSupermarket, goodsId: string): number => {
  const text = visibleText(el.shadowRoot?.querySelector(`[part~="goods-item"][data-goods="${goodsId}"] .stock`));
  return Number(/\d+/.exec(text)?.[0] ?? Number.NaN);
};
const shelfReady = {
  when: (el: SzLoveSupermarket) => el.shadowRoot?.querySelector(`[data-goods="${soap}"]`) != null,
  what: 'the seeded shelf',
};

describe('<sz-love-supermarket> against the reference server', function () {
  useReferenceServer(this);

  it('shows the seeded shelf with donors and the thank-you list to anyone', async () => {
    const el = await mountLive<SzLoveSupermarket>('sz-love-supermarket', { village: demoVillage }, shelfReady);
    assert.include(visibleText(part(el, 'goods')), '乡贤捐赠：在外乡贤 周建华');
    assert.isAbove(part(el, 'donations')?.querySelectorAll('li').length ?? 0, 0);
    assert.isNull(part(el, 'desk'));
    await expect(el).to.be.accessible();
  });

  it('lets the storekeeper redeem a cart for a seeded household, and the stock on the shelf goes down', async () => {
    const ready = {
      when: (desk: SzLoveSupermarket) => shelfReady.when(desk) && desk.shadowRoot?.querySelector('#sm-number'),
      what: 'the desk and the shelf',
    };
    const { el } = await mountAs('storekeeper', 'sz-love-supermarket', { mode: 'desk' }, ready);
    const before = stockOf(el, soap);
    assert.isAbove(before, 1);

    el.shadowRoot?.querySelector<HTMLInputElement>('#sm-number')?.focus();
    await sendKeys({ type: '101201-00049' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'household'), 'the household', { timeout: 10_000 });
    assert.match(visibleText(part(el, 'household')), /\*/u, 'the name is masked');

    el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-goods="${soap}"] [part~="add"]`)?.click();
    await el.updateComplete;
    const redeemed = oneEvent(el, 'sz-redeemed');
    part(el, 'redeem')?.click();
    const { detail } = (await redeemed) as CustomEvent<SzEventDetails['sz-redeemed']>;
    assert.equal(detail.householdId, 'h-000049');
    assert.equal(detail.villageId, demoVillage);
    await waitUntil(() => part(el, 'receipt'), 'the receipt');
    const receipt = visibleText(part(el, 'receipt'));
    assert.include(receipt, detail.receiptNumber);
    assert.include(receipt, '101201-00049');
    assert.include(receipt, '肥皂');
    assert.isNull(part(el, 'household'), 'the desk is clear');
    await waitUntil(() => stockOf(el, soap) === before - 1, 'the shelf shows one soap less', { timeout: 10_000 });
    await expect(el).to.be.accessible();
  });
});

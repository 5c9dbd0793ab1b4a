import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/points-notice/define.js';
import type { SzPointsNotice } from '../../src/points-notice/sz-points-notice.js';
import { demoToken, demoVillage, mountLive, useReferenceServer } from '../fixtures/e2e.js';
import { part, visibleText } from '../fixtures/mount.js';
import { reasonField, typeReason } from '../fixtures/points-notice-client.js';

const noticesOf = (el: SzPointsNotice) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="notice"]') ?? [])];
const loaded = { when: (el: SzPointsNotice) => noticesOf(el).length > 0, what: 'the seeded notices' };

describe('<sz-points-notice> against the reference server', function () {
  useReferenceServer(this);

  it('shows the seeded 公示 board with masked names and explains how to object to a viewer who is not signed in', async () => {
    const el = await mountLive<SzPointsNotice>('sz-points-notice', { village: demoVillage }, loaded);
    const texts = noticesOf(el).map((one) => visibleText(one));
    assert.isTrue(
      texts.some((text) => /[\u4e00-\u9fff]\*/.test(text)),
      'masked names such as 赵*荣',
    );
    assert.isTrue(
      texts.every((text) => /还剩 \d+ 天|今天是最后一天/.test(text)),
      'each says how long the notice runs',
    );
    assert.isNull(part(el, 'object'));
    assert.include(part(el, 'help')?.textContent, '本村村民在公示期内可以对公示的积分提出异议');
    await expect(el).to.be.accessible();
  });

  it('a villager objects to a seeded entry under notice and finds it in "my objections"', async () => {
    const token = demoToken('villager');
    assert.isDefined(token, 'the server issued a villager token');
    const el = await mountLive<SzPointsNotice>('sz-points-notice', { village: demoVillage }, loaded);
    el.getToken = () => token;
    await waitUntil(() => part(el, 'object'), 'the object buttons for a signed-in villager');
    // An entry nobody objected to yet (the last on the first page: other suites' tests take the first ones).
    const open = noticesOf(el).filter((one) => one.querySelector('[part~="object"]') && !one.querySelector('[part~="objected"]'));
    const target = open.at(-1);
    assert.isDefined(target, 'an entry under notice without an objection');
    const entryId = target.dataset.entry ?? '';
    target.querySelector<HTMLButtonElement>('[part~="object"]')?.click();
    const field = await reasonField(el);
    typeReason(field, '这件事是村里组织的集体活动，不是这一户单独做的');
    const filed = oneEvent(el, 'sz-objection-filed');
    part(el, 'submit')?.click();
    const { detail } = (await filed) as CustomEvent<{ objectionId: string; entryId: string }>;
    assert.equal(detail.entryId, entryId);
    await waitUntil(() => part(el, 'receipt'), 'the receipt', { timeout: 10_000 });
    assert.equal(part(el, 'objection-id')?.textContent, detail.objectionId);
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="receipt"] .primary')?.click();
    await waitUntil(
      () => el.shadowRoot?.querySelector(`[data-objection="${CSS.escape(detail.objectionId)}"]`),
      'the new objection in my objections',
      { timeout: 10_000 },
    );
    const mine = visibleText(el.shadowRoot?.querySelector(`[data-objection="${CSS.escape(detail.objectionId)}"]`));
    assert.include(mine, '等待答复');
    assert.include(mine, '这件事是村里组织的集体活动');
    await expect(el).to.be.accessible();
    // Back on the board, the entry says an objection is being handled.
    part(el, 'view-switch')?.click();
    await waitUntil(
      () => el.shadowRoot?.querySelector(`[data-entry="${CSS.escape(entryId)}"] [part~="objected"]`),
      'the marker on the entry',
      { timeout: 10_000 },
    );
  });
});

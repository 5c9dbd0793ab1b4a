import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/points-desk/define.js';
import type { SzEventDetails } from '../../src/internal/events.js';
import type { SzPointsDesk } from '../../src/points-desk/sz-points-desk.js';
import { mountAs, useReferenceServer } from '../fixtures/e2e.js';
import { part, visibleText } from '../fixtures/mount.js';

describe('<sz-points-desk> for a villager, against the reference server', function () {
  useReferenceServer(this, 60_000);

  it('declares for the own household and follows the declaration in the household’s list', async () => {
    const ready = {
      when: (desk: SzPointsDesk) => part(desk, 'villager-declare') && part(desk, 'own-entries') !== null,
      what: "the household's view",
    };
    const { el } = await mountAs('villager', 'sz-points-desk', {}, ready);
    assert.isNull(part(el, 'staff-only'));
    assert.isNull(part(el, 'queue'), 'a villager gets no review queue');

    const select = el.shadowRoot?.querySelector<HTMLSelectElement>('#villager-ruleCode');
    const rule = [...(select?.options ?? [])].find((one) => one.value !== '');
    assert.isDefined(rule, "the village's catalogue offers a rule");
    if (select) {
      select.value = rule.value;
      select.dispatchEvent(new Event('change'));
    }
    const note = el.shadowRoot?.querySelector<HTMLTextAreaElement>('#villager-note');
    if (note) {
      note.value = '端到端测试：帮邻居搬运稻谷';
      note.dispatchEvent(new Event('input'));
    }
    await el.updateComplete;
    const declared = oneEvent(el, 'sz-points-desk-declare');
    part(el, 'villager-submit')?.click();
    const { detail } = (await declared) as CustomEvent<SzEventDetails['sz-points-desk-declare']>;
    assert.match(detail.entryId, /^pe-/);
    await waitUntil(() => visibleText(part(el, 'villager-receipt')).includes(detail.entryId), 'the receipt', { timeout: 10_000 });

    // The household's declaration is submitted for review at once: it heads the list, waiting for the first review.
    await waitUntil(
      () => el.shadowRoot?.querySelector<HTMLElement>('[part~="own-entry"]')?.dataset.entry === detail.entryId,
      'the declaration at the top of the list',
      { timeout: 10_000 },
    );
    const mine = visibleText(el.shadowRoot?.querySelector(`[data-entry="${detail.entryId}"]`));
    assert.include(mine, '等待网格员初审');
    assert.include(mine, '端到端测试：帮邻居搬运稻谷');
    assert.include(mine, visibleText(rule).replace(/（.*$/u, ''), "the rule's label");
    await expect(el).to.be.accessible();
  });
});

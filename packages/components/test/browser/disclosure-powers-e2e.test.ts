import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/disclosure/define.js';
import type { SzDisclosureBoard } from '../../src/disclosure/sz-disclosure-board.js';
import { part, text } from '../fixtures/disclosure-mount.js';
import { demoVillage, liveMount, useReferenceServer } from '../fixtures/e2e.js';

describe('<sz-disclosure-board view="powers"> against the reference server', function () {
  useReferenceServer(this);

  const mount = liveMount<SzDisclosureBoard>('sz-disclosure-board', { village: demoVillage, view: 'powers' }, (el) =>
    el.shadowRoot?.querySelector('[data-power="homestead"]'),
  );

  it('opens the seeded village’s 宅基地 power and reads its steps in order, the drawing matching the list', async () => {
    const el = await mount();
    const codes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-power]')].map((button) => button.dataset.power);
    assert.includeMembers(codes, ['majorMatters', 'homestead', 'minimumLiving', 'smallProject', 'sealUse']);
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-power="homestead"]')!.click();
    await waitUntil(() => part(el, 'flowchart') !== null, 'the flowchart', { timeout: 10_000 });
    assert.include(text(el.shadowRoot!.querySelector('.power-facts')), '中华人民共和国土地管理法 第六十二条');
    const steps = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="flow-step"]')];
    assert.deepEqual(
      steps.map((step) => text(step.querySelector('.step-name'))),
      [
        '提出书面申请',
        '村民小组会议讨论',
        '村民小组范围内公示',
        '村级组织审查',
        '报送乡镇人民政府',
        '乡镇人民政府审核批准',
        '在村公布审批结果',
      ],
    );
    // 王家坞村 (v-qs-01) posts its homestead notices for seven days instead of the county's five.
    assert.include(text(steps[2]), '7个自然日');
    assert.include(text(steps[2]), '村务监督委员会');
    assert.deepEqual(
      [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg g.node')].map((node) => node.dataset.step),
      steps.map((step) => step.dataset.step),
    );
    await expect(el).to.be.accessible();
  });
});

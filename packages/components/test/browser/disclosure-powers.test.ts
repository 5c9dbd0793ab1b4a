import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { SzDisclosureBoard } from '../../src/disclosure/sz-disclosure-board.js';
import { mountBoard, part, text } from '../fixtures/disclosure-mount.js';
import { problem } from '../fixtures/disclosure-client.js';
import { PowersFakeClient, homestead, makePowerList } from '../fixtures/powers-client.js';

async function openPowers(attrs: Record<string, string> = {}, client = new PowersFakeClient()) {
  const mounted = await mountBoard({ client, attrs: { view: 'powers', ...attrs }, waitForItems: false });
  await waitUntil(() => part(mounted.el, 'power-list') !== null, 'the power list', { timeout: 5000 });
  return mounted;
}

function powerButton(el: SzDisclosureBoard, code: string): HTMLButtonElement {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-power="${code}"]`);
  if (!button) throw new Error(`no power ${code}`);
  return button;
}

async function openPower(el: SzDisclosureBoard, code: string): Promise<HTMLElement> {
  powerButton(el, code).click();
  await waitUntil(() => part(el, 'power-detail') !== null, `power ${code} opens`, { timeout: 5000 });
  return part(el, 'power-detail')!;
}

const listed = (el: SzDisclosureBoard) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="flow-step"]')];
const drawn = (el: SzDisclosureBoard) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg g.node')];

describe('<sz-disclosure-board view="powers"> (小微权力清单)', () => {
  it('lists the village’s powers with category, post and number of steps, reading only when the view is shown', async () => {
    const client = new PowersFakeClient();
    const { el } = await mountBoard({ client });
    assert.lengthOf(client.callsOf('listVillagePowers'), 0, 'nothing is read for the items view');
    const viewButtons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')];
    assert.deepEqual(
      viewButtons.map((button) => button.textContent.trim()),
      ['公开内容', '公开是否按时', '小微权力清单'],
    );
    viewButtons[2]!.click();
    await waitUntil(() => part(el, 'power-list') !== null, 'the power list', { timeout: 5000 });
    assert.equal(el.view, 'powers');
    assert.equal(viewButtons[2]!.getAttribute('aria-pressed'), 'true');
    assert.lengthOf(client.callsOf('listVillagePowers'), 1);
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="power"]')].map((row) => text(row));
    assert.lengthOf(rows, 2);
    assert.include(rows[0], '农村宅基地申请审查');
    assert.include(rows[0], '宅基地审批');
    assert.include(rows[0], '责任岗位：村委会主任');
    assert.include(rows[0], '7 个步骤');
    assert.include(text(el.shadowRoot!.querySelector('.powers [role="status"]')), '共 2 项权力');
    await expect(el).to.be.accessible();
  });

  it('opens a power: basis, post, and a flowchart whose drawing follows the list step by step', async () => {
    const { el } = await openPowers();
    const detail = await openPower(el, 'homestead');
    assert.equal(el.shadowRoot!.activeElement?.id, 'power-title', 'focus moves to the power’s name');
    const facts = text(detail.querySelector('.power-facts'));
    assert.include(facts, '村委会主任');
    assert.include(facts, '中华人民共和国土地管理法 第六十二条');
    assert.include(facts, '本村调整');
    const steps = listed(el);
    assert.deepEqual(
      steps.map((step) => step.dataset.step),
      homestead.steps.map((step) => step.code),
    );
    assert.deepEqual(
      drawn(el).map((node) => node.dataset.step),
      homestead.steps.map((step) => step.code),
      'the drawing has the list’s steps in the list’s order',
    );
    assert.equal(el.shadowRoot!.querySelector('ol.flow-steps')?.tagName, 'OL', 'an ordered list is the structure');
    assert.equal(el.shadowRoot!.querySelector('[part~="flowchart-drawing"] svg')?.getAttribute('aria-hidden'), 'true');
    assert.include(text(steps[0]), '即办');
    assert.include(text(steps[2]), '5个自然日');
    assert.include(text(steps[2]), '承诺时限');
    assert.include(text(steps[2]), '监督（村务监督委员会）：');
    assert.include(text(steps[5]), '乡镇人民政府');
    // The drawing marks the supervised steps (two) and draws an arrow between each pair of steps.
    assert.lengthOf(el.shadowRoot!.querySelectorAll('svg .mark'), 2);
    assert.lengthOf(el.shadowRoot!.querySelectorAll('svg .arrow'), homestead.steps.length - 1);
    assert.isNull(el.shadowRoot!.querySelector('svg [style]'), 'no style strings');
    await expect(el).to.be.accessible();
  });

  it('is keyboard operable: Enter opens a power, Escape goes back to its button', async () => {
    const { el } = await openPowers();
    powerButton(el, 'sealUse').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'power-detail') !== null, 'opened by keyboard', { timeout: 5000 });
    assert.equal(el.shadowRoot!.activeElement?.id, 'power-title');
    assert.lengthOf(listed(el), 3);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => part(el, 'power-list') !== null, 'back to the list', { timeout: 5000 });
    await waitUntil(
      () => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[data-power="sealUse"]'),
      'focus returns to the power’s button',
    );
    await openPower(el, 'homestead');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.power .back')!.click();
    await waitUntil(
      () => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[data-power="homestead"]'),
      'the back button returns too',
    );
  });

  it('speaks English', async () => {
    const { el } = await openPowers({ locale: 'en' });
    assert.include(text(part(el, 'power-list')), 'Homestead application review');
    assert.include(text(part(el, 'power-list')), 'Post: Village committee director');
    await openPower(el, 'homestead');
    assert.include(text(listed(el)[2]), '5 calendar days');
    assert.include(text(listed(el)[2]), 'Supervised by Village affairs supervision committee:');
    assert.include(text(el.shadowRoot!.querySelector('svg')), 'Posted within the village group');
    await expect(el).to.be.accessible();
  });

  it('in 长辈版 the list reflows under the drawing with larger type, and stays accessible', async () => {
    const { el } = await openPowers({ elder: '' });
    await openPower(el, 'homestead');
    const list = el.shadowRoot!.querySelector<HTMLElement>('ol.flow-steps')!;
    const fontSize = Number.parseFloat(getComputedStyle(list).fontSize);
    assert.isAtLeast(fontSize, 18, '长辈版 type');
    el.style.display = 'block';
    el.style.width = '360px';
    await el.updateComplete;
    const drawing = el.shadowRoot!.querySelector<HTMLElement>('[part~="flowchart-drawing"]')!;
    assert.isAtLeast(list.getBoundingClientRect().top, drawing.getBoundingClientRect().bottom - 1, 'the list wraps below the drawing');
    assert.isAtMost(list.scrollWidth, list.clientWidth + 1, 'no sideways scrolling');
    await expect(el).to.be.accessible();
  });

  it('prints the drawing and every step', async () => {
    const { el } = await openPowers();
    await openPower(el, 'homestead');
    await emulateMedia({ media: 'print' });
    try {
      assert.equal(getComputedStyle(el.shadowRoot!.querySelector('.power .back')!).display, 'none');
      assert.notEqual(getComputedStyle(el.shadowRoot!.querySelector('[part~="flowchart-drawing"]')!).display, 'none');
      assert.lengthOf(listed(el), 7);
      assert.equal(getComputedStyle(listed(el)[0]!).breakInside, 'avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('shows the empty state, and an error with a working retry', async () => {
    const empty = new PowersFakeClient();
    empty.powerList = makePowerList([]);
    const { el } = await mountBoard({ client: empty, attrs: { view: 'powers' }, waitForItems: false });
    await waitUntil(() => part(el, 'empty') !== null, 'empty state', { timeout: 5000 });
    assert.include(text(part(el, 'empty')), '本村尚未公布小微权力清单');
    el.closest('sz-provider')?.remove();

    const failing = new PowersFakeClient();
    failing.failNext('listVillagePowers', problem(500, '服务器出错了', 'req-500', 'listVillagePowers'));
    const second = await mountBoard({ client: failing, attrs: { view: 'powers' }, waitForItems: false });
    await waitUntil(() => part(second.el, 'retry') !== null, 'the error state', { timeout: 5000 });
    assert.include(text(part(second.el, 'error')), 'req-500');
    part(second.el, 'retry')!.click();
    await waitUntil(() => part(second.el, 'power-list') !== null, 'the retry loads the list', { timeout: 5000 });
    await expect(second.el).to.be.accessible();
  });
});

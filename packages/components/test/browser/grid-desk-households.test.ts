import { assert, expect, oneEvent } from '@open-wc/testing';
import { fileGridReport, getGrid } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/grid-desk/define.js';
import type { SzGridDesk } from '../../src/grid-desk/sz-grid-desk.js';
import { freshDeviceForEach } from '../fixtures/device.js';
import { problem, serverRefusal } from '../fixtures/fake-client.js';
import { choose, typeInto } from '../fixtures/form-controls.js';
import { FakeGridDeskClient } from '../fixtures/grid-desk-client.js';
import { mountInProvider, part, visibleText } from '../fixtures/mount.js';
import { waitUntil } from '../fixtures/wait.js';

const widget = { tag: 'sz-grid-desk', defaults: { village: 'v-test-01' } };
const rows = (el: SzGridDesk) => el.shadowRoot?.querySelectorAll('[part~="report"]').length ?? 0;
const picker = (el: SzGridDesk) => part(el, 'household-picker');
const box = (el: SzGridDesk, id: string) => el.shadowRoot?.querySelector<HTMLInputElement>(`[data-household="${id}"]`) ?? null;
const boxes = (el: SzGridDesk) => [...(picker(el)?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];

async function mount(client = new FakeGridDeskClient()): Promise<SzGridDesk> {
  const { el } = await mountInProvider<SzGridDesk, FakeGridDeskClient>(
    client,
    widget,
    {},
    { when: (one) => rows(one) > 0, what: 'the reports' },
  );
  return el;
}

/** Opens the report view and waits for the grid's households in its picker. */
async function households(el: SzGridDesk): Promise<void> {
  el.shadowRoot?.querySelector<HTMLElement>('#tab-report')?.click();
  await waitUntil(() => boxes(el).length > 0, 'the grid’s households');
}

async function fill(el: SzGridDesk): Promise<void> {
  choose(el, '#gd-report-category', 'environment');
  await el.updateComplete;
  await typeInto(el, '#gd-report-place-text', '三组村口桥头');
  await typeInto(el, '#gd-report-text', '桥头堆了一车建筑垃圾。');
}

/** Types `text` into the emptied search field, as a user who selects what is there and types over it. */
async function search(el: SzGridDesk, text: string): Promise<void> {
  const field = el.shadowRoot?.querySelector<HTMLInputElement>('#gd-report-hh-search');
  if (field) {
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await typeInto(el, '#gd-report-hh-search', text);
}

/** What the phone keeps (every value of localStorage). */
const stored = () => Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '');

function tick(el: SzGridDesk, id: string): void {
  box(el, id)?.click();
}

describe('<sz-grid-desk> report form: the households concerned', () => {
  freshDeviceForEach();

  it('lists only the report grid’s households, by masked name and village group, with 48 px targets, and passes axe', async () => {
    const client = new FakeGridDeskClient();
    const el = await mount(client);
    await households(el);
    const text = visibleText(picker(el));
    assert.include(text, '张*明');
    assert.include(text, '欧阳*英');
    assert.include(text, '第三村民小组');
    assert.notInclude(el.shadowRoot?.innerHTML, '张小明', 'the full name is never drawn');
    assert.notInclude(text, '赵', 'another grid’s household is not offered');
    assert.deepEqual(
      client.callsOf(getGrid.id).map((call) => call.input.params?.gridId),
      ['g-01'],
    );
    for (const label of picker(el)?.querySelectorAll<HTMLElement>('label.check') ?? [])
      assert.isAtLeast(label.getBoundingClientRect().height, 47.5, 'a thumb-sized row');
    await expect(el).to.be.accessible();
  });

  it('finds by masked name or group, never by the hidden characters; the chosen stay listed', async () => {
    const el = await mount();
    await households(el);
    tick(el, 'h-000102');
    await el.updateComplete;
    await search(el, '欧阳');
    await waitUntil(() => boxes(el).length === 2, 'the match and the chosen one');
    assert.isNotNull(box(el, 'h-000103'));
    assert.isTrue(box(el, 'h-000102')?.checked, 'the chosen household stays in view');
    await search(el, '第三');
    await waitUntil(() => box(el, 'h-000104') !== null && box(el, 'h-000103') === null, 'found by group');
    await search(el, '小明');
    await waitUntil(() => boxes(el).length === 1, 'a hidden character finds nothing');
    assert.include(visibleText(picker(el)), '找到 0 户');
  });

  it('is operated by keyboard: Tab from the search reaches the boxes, Space chooses; the report sends their ids and shows them', async () => {
    const client = new FakeGridDeskClient();
    const el = await mount(client);
    await households(el);
    await fill(el);
    el.shadowRoot?.querySelector<HTMLInputElement>('#gd-report-hh-search')?.focus();
    await sendKeys({ press: 'Tab' });
    assert.equal(el.shadowRoot?.activeElement, box(el, 'h-000101'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => box(el, 'h-000101')?.checked === true && box(el, 'h-000103')?.checked === true, 'two chosen');
    assert.include(visibleText(picker(el)), '已选 2 户');
    const filed = oneEvent(el, 'sz-grid-desk-report');
    part(el, 'report-form')?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const { detail } = (await filed) as CustomEvent<{ readonly reportId: string }>;
    assert.deepEqual(client.callsOf(fileGridReport.id)[0]?.input.body?.householdIds, ['h-000101', 'h-000103']);
    // Shown on the report afterwards: its panel names the households concerned.
    el.shadowRoot?.querySelector<HTMLElement>('#tab-reports')?.click();
    await waitUntil(() => el.shadowRoot?.querySelector(`[data-opener="${detail.reportId}"]`), 'the filed report listed');
    el.shadowRoot?.querySelector<HTMLElement>(`[data-opener="${detail.reportId}"]`)?.click();
    await waitUntil(() => part(el, 'panel')?.querySelector('.facts'), 'the opened report');
    assert.include(visibleText(part(el, 'panel')), '涉及农户');
    assert.include(visibleText(part(el, 'panel')), '张小明、欧阳秀英');
  });

  it('keeps the chosen households in the phone’s draft like the other fields', async () => {
    const el = await mount();
    await households(el);
    await typeInto(el, '#gd-report-text', '桥头堆了一车建筑垃圾。');
    tick(el, 'h-000104');
    await waitUntil(() => stored().some((value) => value.includes('h-000104')), 'the draft on the phone');
    assert.isFalse(
      stored().some((value) => value.includes('李红')),
      'ids only: no name is written to the phone',
    );
    el.remove();
    const again = await mount();
    await households(again);
    await waitUntil(() => box(again, 'h-000104')?.checked === true, 'the household back in the form');
    assert.isFalse(box(again, 'h-000101')?.checked);
  });

  it('shows loading, then the error with a retry, and the empty words for a grid without households', async () => {
    const client = new FakeGridDeskClient();
    client.failNext(getGrid.id, problem(503, '服务暂时不可用', 'req-503', getGrid.id));
    const el = await mount(client);
    el.shadowRoot?.querySelector<HTMLElement>('#tab-report')?.click();
    await waitUntil(() => picker(el)?.querySelector('[part~="retry"]'), 'the error with a retry');
    assert.include(visibleText(picker(el)), '本网格的农户没有载入');
    assert.include(visibleText(picker(el)), 'req-503');
    await expect(el).to.be.accessible();
    picker(el)?.querySelector<HTMLButtonElement>('[part~="retry"]')?.click();
    await waitUntil(() => boxes(el).length === 4, 'read again');
  });

  it('puts the server’s word on a household outside the grid in the picker, keeping the choice', async () => {
    const client = new FakeGridDeskClient();
    client.failNext(
      fileGridReport.id,
      serverRefusal(fileGridReport.id, 422, 'validation', '请求内容有误', [
        { path: ['householdIds', 0], code: 'grid.household.outsideGrid', message: '这户不在本网格' },
      ]),
    );
    const el = await mount(client);
    await households(el);
    await fill(el);
    tick(el, 'h-000102');
    await el.updateComplete;
    part(el, 'report-form')?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => visibleText(picker(el)).includes('这户不在本网格'), 'the issue at the picker');
    assert.isTrue(box(el, 'h-000102')?.checked);
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const { el } = await mountInProvider<SzGridDesk, FakeGridDeskClient>(
      new FakeGridDeskClient(),
      widget,
      { attrs: { locale: 'en' } },
      { when: (one) => rows(one) > 0, what: 'the reports' },
    );
    await households(el);
    assert.include(visibleText(picker(el)), 'Households concerned');
    assert.include(visibleText(picker(el)), '4 found');
  });
});

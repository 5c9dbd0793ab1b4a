import { assert, expect } from '@open-wc/testing';
import * as sdk from '@shanzhi/sdk';
import type { RouteOutput } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import type { SzDisclosureEditor } from '../../src/disclosure-editor/sz-disclosure-editor.js';
import { freshDeviceForEach } from '../fixtures/device.js';
import { FakeEditorClient, mountEditor, publishedItem, sampleDraft } from '../fixtures/disclosure-editor-client.js';
import { part, visibleText } from '../fixtures/mount.js';
import { waitUntil } from '../fixtures/wait.js';

type Item = RouteOutput<typeof sdk.getDisclosure>;

/** What the supervisory committee may call: the reads the server admits it to (staffRead, publicRead). */
const reads = new Set<string>(
  [sdk.getDisclosureCompliance, sdk.listDisclosureDrafts, sdk.listDisclosures, sdk.getDisclosureDraft, sdk.getDisclosure].map(
    (route) => route.id,
  ),
);
/** The writes the server keeps for the cadres (the draft routes' `writers`, and the upload behind attachments). */
const writes = [
  sdk.createDisclosureDraft,
  sdk.updateDisclosureDraft,
  sdk.publishDisclosureDraft,
  sdk.discardDisclosureDraft,
  sdk.uploadAttachment,
];

/** A published item corrected once: the committee reads both versions. */
const corrected: Item = {
  ...publishedItem,
  versions: [
    ...publishedItem.versions,
    {
      ...publishedItem.versions[0]!,
      version: 2,
      title: '三季度村务公开（更正）',
      correction: { at: '2026-10-20', by: '王会计', reason: '会议次数写错了' },
    },
  ],
};

const supervisor = { view: 'supervisor' };

function mountSupervisor(client = new FakeEditorClient({ published: [corrected] }), attrs: Record<string, string> = {}) {
  return mountEditor(client, { ...supervisor, ...attrs });
}

function buttons(el: SzDisclosureEditor): HTMLButtonElement[] {
  return [...(el.shadowRoot?.querySelectorAll('button') ?? [])];
}

/** Every control the keyboard can reach in the widget's shadow root, in DOM order. */
function tabbables(el: SzDisclosureEditor): HTMLElement[] {
  const selector =
    'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, a[href], [tabindex]:not([tabindex="-1"])';
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])].filter((one) => one.tabIndex >= 0);
}

/** A focusable control that a sighted keyboard user could not see: no box, or hidden by style. */
function hiddenButFocusable(el: SzDisclosureEditor): HTMLElement[] {
  return tabbables(el).filter((one) => {
    const style = getComputedStyle(one);
    return one.getClientRects().length === 0 || style.visibility === 'hidden' || style.display === 'none';
  });
}

/** Tabs from the first control until focus leaves the widget; the controls it stopped on, in order. */
async function tabWalk(el: SzDisclosureEditor): Promise<HTMLElement[]> {
  const all = tabbables(el);
  all[0]?.focus();
  const visited: HTMLElement[] = [];
  for (let guard = 0; guard < all.length + 2; guard += 1) {
    const active = el.shadowRoot?.activeElement as HTMLElement | null;
    if (!active || document.activeElement !== el) break;
    visited.push(active);
    await sendKeys({ press: 'Tab' });
  }
  return visited;
}

async function openRow(el: SzDisclosureEditor, selector: string): Promise<void> {
  el.shadowRoot?.querySelector<HTMLButtonElement>(`${selector} button`)?.click();
  await waitUntil(() => part(el, 'preview')?.querySelector('[part~="detail"]'), 'the preview', { timeout: 5000 });
}

function assertNoWrites(client: FakeEditorClient): void {
  for (const route of writes) assert.lengthOf(client.callsOf(route.id), 0, `no ${route.id} in the supervisor's view`);
  const others = client.calls.filter((call) => !reads.has(call.routeId)).map((call) => call.routeId);
  assert.deepEqual(others, [], 'only reads are sent');
}

describe('<sz-disclosure-editor view="supervisor">', () => {
  freshDeviceForEach();

  it('says in one line that the committee reads here and why, offers no new draft, draft-it, edit or correct, and passes axe', async () => {
    const el = await mountSupervisor();
    // The statute in its words: Art 30 (the villagers committee publishes), Art 32 (the committee supervises).
    assert.match(visibleText(part(el, 'read-only')), /第三十条.*第三十二条.*监督/);
    assert.isNull(part(el, 'new-draft'), 'no new-draft button');
    assert.include(visibleText(part(el, 'due')), '已逾期', 'the Art 30 schedule is shown');
    assert.isNull(part(el, 'due')?.querySelector('button') ?? null, 'nothing to draft from the due list');
    const words = buttons(el).map((one) => one.textContent.trim());
    for (const refused of ['新建草稿', '起草', '编辑', '更正']) assert.notInclude(words, refused);
    assert.equal(el.shadowRoot?.querySelector('[data-draft="dd-1"] button')?.getAttribute('aria-label'), '阅看草稿：十二月道路养护安排');
    assert.include(el.shadowRoot?.querySelector('[data-item="dsc-01-0001"] button')?.getAttribute('aria-label') ?? '', '阅看各版本');
    await expect(el).to.be.accessible();
  });

  it('the cadre view (the default) still offers the writes', async () => {
    const el = await mountEditor();
    assert.isNotNull(part(el, 'new-draft'));
    assert.isNull(part(el, 'read-only'));
  });

  it('reads a draft as the board will show it, with its findings, and offers no field, save, publish, discard or upload', async () => {
    const finding = { path: ['version', 'title'], code: 'disclosure.title.vague', message: '标题太笼统' };
    const draft = { ...sampleDraft(), findings: [finding] } as RouteOutput<typeof sdk.getDisclosureDraft>;
    const client = new FakeEditorClient({ drafts: [draft], published: [corrected] });
    const el = await mountSupervisor(client);
    await openRow(el, '[data-draft="dd-1"]');
    const form = part(el, 'form');
    assert.include(visibleText(form), '阅看公开草稿');
    assert.include(visibleText(part(el, 'preview')), '本村将于下月组织道路养护');
    assert.include(visibleText(part(el, 'findings')), '标题太笼统');
    assert.lengthOf(form?.querySelectorAll('input, select, textarea, form') ?? [], 0, 'nothing to type into, nothing to upload');
    const words = [...(form?.querySelectorAll('button') ?? [])].map((one) => one.textContent.trim());
    for (const refused of ['保存', '发布', '删除草稿', '放弃', '转到'])
      assert.isFalse(
        words.some((one) => one.startsWith(refused)),
        refused,
      );
    assert.include(words, '返回列表');
    await waitUntil(() => el.shadowRoot?.activeElement === el.shadowRoot?.querySelector('#form-title'), 'focus on the heading');
    await expect(el).to.be.accessible();
    assertNoWrites(client);
  });

  it('reads a published item with its versions, and passes axe', async () => {
    const client = new FakeEditorClient({ published: [corrected] });
    const el = await mountSupervisor(client);
    await openRow(el, '[data-item="dsc-01-0001"]');
    assert.include(visibleText(part(el, 'form')), '阅看已公开的事项');
    const preview = visibleText(part(el, 'preview'));
    assert.include(preview, '三季度村务公开（更正）');
    assert.include(preview, '会议次数写错了', 'the correction note of version 2');
    assert.lengthOf(client.callsOf(sdk.getDisclosure.id), 1);
    await expect(el).to.be.accessible();
    assertNoWrites(client);
  });

  it('is operated by keyboard: Tab reaches every remaining control in order, none hidden; Enter reads; Back gives focus to the line', async () => {
    const client = new FakeEditorClient({ published: [corrected] });
    const el = await mountSupervisor(client);
    assert.deepEqual(hiddenButFocusable(el), [], 'no hidden-but-focusable control on the desk');
    const expected = tabbables(el);
    assert.isAtLeast(expected.length, 3, 'the 长辈版 controls and the two read buttons');
    assert.deepEqual(await tabWalk(el), expected, 'Tab visits every control once, in order');

    el.shadowRoot?.querySelector<HTMLButtonElement>('[data-draft="dd-1"] button')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'preview')?.querySelector('[part~="detail"]'), 'the draft read', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot?.activeElement?.id === 'form-title', 'focus on the heading');
    assert.deepEqual(hiddenButFocusable(el), [], 'no hidden-but-focusable control in the reading');
    assert.deepEqual(await tabWalk(el), tabbables(el), 'Tab visits every control of the reading');
    const back = [...(part(el, 'form')?.querySelectorAll('button') ?? [])].find((one) => one.textContent.includes('返回列表'));
    back?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot?.activeElement === part(el, 'read-only'), 'focus back on the desk');
    assertNoWrites(client);
  });

  it('speaks English with the same words (key parity)', async () => {
    const el = await mountSupervisor(undefined, { locale: 'en' });
    const line = visibleText(part(el, 'read-only'));
    assert.include(line, 'Art 30');
    assert.include(line, 'Art 32');
    assert.include(el.shadowRoot?.querySelector('[data-draft="dd-1"] button')?.getAttribute('aria-label') ?? '', 'Read draft');
    await openRow(el, '[data-item="dsc-01-0001"]');
    assert.include(visibleText(part(el, 'form')), 'Read a published item');
  });

  it('sends no write even when the form is driven directly (defence in depth)', async () => {
    const client = new FakeEditorClient({ published: [corrected] });
    const el = await mountSupervisor(client);
    await openRow(el, '[data-draft="dd-1"]');
    const form = (el as unknown as { form: { value?: { save(): Promise<void> } } }).form.value;
    await form?.save();
    assertNoWrites(client);
  });
});

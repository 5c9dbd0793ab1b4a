import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import {
  createDisclosureDraft,
  getDisclosureCompliance,
  type getDisclosureDraft,
  ProblemError,
  publishDisclosureDraft,
  updateDisclosureDraft,
  type RouteOutput,
} from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import type { SzDisclosureEditor } from '../../src/disclosure-editor/sz-disclosure-editor.js';
import {
  clickButton,
  compliance,
  control,
  deskLoaded,
  FakeEditorClient,
  mountEditor,
  publishedItem,
  sampleDraft,
  typeInto,
} from '../fixtures/disclosure-editor-client.js';
import { part, visibleText } from '../fixtures/mount.js';
import { describeDataWidget, type EmptyState } from '../fixtures/shared-states.js';

/** The widget with nothing to show. */
const empty: EmptyState<FakeEditorClient> = {
  client: () => new FakeEditorClient({ drafts: [], published: [], compliance: emptyCompliance }),
  when: 'nothing is due, drafted or published',
  says: '目前没有到期',
};

type Draft = RouteOutput<typeof getDisclosureDraft>;

const emptyCompliance = { ...compliance, obligations: [], summary: { ...compliance.summary, total: 0, overdue: 0, met: 0 } };

/** The form is open and drawn (its chunk loaded). */
const formOpen = (el: SzDisclosureEditor) => control(el, '#draft-title') !== null;

async function openNew(el: SzDisclosureEditor): Promise<void> {
  part(el, 'new-draft')?.click();
  await waitUntil(() => formOpen(el), 'the draft form', { timeout: 5000 });
}

async function openDraft(el: SzDisclosureEditor, draftId = 'dd-1'): Promise<void> {
  el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-draft="${draftId}"] button`)?.click();
  await waitUntil(() => formOpen(el) && control(el, '#draft-title')?.value !== '', 'the draft in the form', { timeout: 5000 });
}

function save(el: SzDisclosureEditor): void {
  control(el, '[part~="form"] button[type="submit"]')?.click();
}

describeDataWidget('<sz-disclosure-editor>', { mount: mountEditor, route: getDisclosureCompliance.id, empty }, () => {
  it('lists what is due (overdue first, with days late), the drafts and the published items, and passes axe', async () => {
    const el = await mountEditor();
    const due = visibleText(part(el, 'due'));
    assert.include(due, '财务公开');
    assert.include(due, '已逾期');
    assert.include(due, '逾期 19 天');
    assert.notInclude(due, '村务公开', 'an obligation met on time is not "due"');
    assert.include(visibleText(part(el, 'drafts')), '十二月道路养护安排');
    assert.include(visibleText(part(el, 'published')), '三季度村务公开');
    assert.equal(part(el, 'title')?.textContent, '公开编辑');
    await expect(el).to.be.accessible();
  });

  it('drafts a due item: the form starts with its category and period, saves with an Idempotency-Key, shows the findings', async () => {
    const client = new FakeEditorClient({ drafts: [] });
    const el = await mountEditor(client);
    part(el, 'due')?.querySelector('button')?.click();
    await waitUntil(() => formOpen(el), 'the draft form', { timeout: 5000 });
    assert.equal(control(el, '#draft-category')?.value, 'finance');
    assert.equal(control(el, '#draft-from')?.value, '2026-10-01');
    assert.equal(control(el, '#draft-to')?.value, '2026-10-31');
    assert.equal(control(el, '#draft-published')?.value, '2026-11-29', "the server's today");
    await typeInto(el, '#draft-title', '十月财务收支公开');
    await typeInto(el, 'textarea', '十月收入五万元，支出两万元。');
    const saved = oneEvent(el, 'sz-disclosure-editor-save');
    save(el);
    assert.deepEqual((await saved).detail, { draftId: 'dd-new-2', revision: 1 });
    const [create] = client.callsOf(createDisclosureDraft.id);
    assert.isString(create?.idempotencyKey);
    const body = create?.input.body as { category: string; version: { title: string; body: unknown[] } };
    assert.equal(body.category, 'finance');
    assert.equal(body.version.title, '十月财务收支公开');
    assert.deepEqual(body.version.body, [{ type: 'paragraph', children: [{ type: 'text', text: '十月收入五万元，支出两万元。' }] }]);
    await waitUntil(() => part(el, 'findings'), 'the findings', { timeout: 5000 });
    assert.include(visibleText(part(el, 'findings')), '可以发布');
    await expect(el).to.be.accessible();
  });

  it('the block editor produces only the allow-listed blocks: heading, list, table', async () => {
    const client = new FakeEditorClient({ drafts: [] });
    const el = await mountEditor(client);
    await openNew(el);
    await typeInto(el, '#draft-title', '公益岗位安排');
    clickButton(el, '添加小标题');
    await el.updateComplete;
    await sendKeys({ type: '岗位' });
    clickButton(el, '添加编号列表');
    await el.updateComplete;
    await sendKeys({ type: '保洁' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: '护林' });
    clickButton(el, '添加表格');
    await el.updateComplete;
    await sendKeys({ type: '岗位 | 人数' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: '保洁 | 3' });
    save(el);
    await waitUntil(() => client.callsOf(createDisclosureDraft.id).length === 1, 'the create', { timeout: 5000 });
    const body = (client.callsOf(createDisclosureDraft.id)[0]?.input.body as { version: { body: unknown[] } }).version.body;
    const text = (value: string) => [{ type: 'text', text: value }];
    assert.deepEqual(body, [
      { type: 'heading', level: 2, children: text('岗位') },
      { type: 'list', ordered: true, items: [{ children: text('保洁') }, { children: text('护林') }] },
      {
        type: 'table',
        header: [{ children: text('岗位') }, { children: text('人数') }],
        rows: [[{ children: text('保洁') }, { children: text('3') }]],
      },
    ]);
  });

  it('shows a refusal next to its field (a raw phone number in the title) and keeps what was typed', async () => {
    const client = new FakeEditorClient({ drafts: [] });
    const el = await mountEditor(client);
    await openNew(el);
    await typeInto(el, '#draft-title', '联系电话 13812345678');
    client.failNext(
      createDisclosureDraft.id,
      new ProblemError(
        {
          type: 'urn:shanzhi:problem:validation',
          title: '提交的内容未通过校验',
          status: 422,
          code: 'validation',
          requestId: 'req-422',
          issues: [{ path: ['version', 'title'], code: 'identity.publicField.rawPersonalData', message: '公开内容里不能写完整的手机号码' }],
        },
        createDisclosureDraft.id,
        'req-422',
      ),
    );
    save(el);
    await waitUntil(() => el.shadowRoot?.querySelector('#draft-title-error'), 'the title problem', { timeout: 5000 });
    assert.include(el.shadowRoot?.querySelector('#draft-title-error')?.textContent, '不能写完整的手机号码');
    assert.equal(control(el, '#draft-title')?.getAttribute('aria-invalid'), 'true');
    assert.equal(control(el, '#draft-title')?.value, '联系电话 13812345678', 'the form keeps what was typed');
    assert.equal(el.shadowRoot?.activeElement, control(el, '#draft-title'), 'focus goes to the field');
  });

  it('an update carries the revision; a stale one says someone else saved and offers to reload', async () => {
    const client = new FakeEditorClient();
    const el = await mountEditor(client);
    await openDraft(el);
    // Someone else saved meanwhile.
    const stored = client.drafts[0];
    if (stored) client.drafts.splice(0, 1, { ...stored, revision: 2 });
    await typeInto(el, '#draft-title', '（改）');
    save(el);
    await waitUntil(() => part(el, 'form-problem'), 'the conflict', { timeout: 5000 });
    assert.equal((client.callsOf(updateDisclosureDraft.id)[0]?.input.body as { revision: number }).revision, 1);
    assert.include(visibleText(part(el, 'form-problem')), '别人在您之后保存过');
    clickButton(el, '重新载入', '[part~="form-problem"]');
    await waitUntil(() => el.shadowRoot?.textContent.includes('第 2 次保存'), 'the reloaded draft', { timeout: 5000 });
  });

  it('previews with the board’s own detail views, then publishes after a confirmation', async () => {
    const client = new FakeEditorClient();
    const el = await mountEditor(client);
    await openDraft(el);
    clickButton(el, '预览');
    await waitUntil(() => part(el, 'preview')?.querySelector('[part~="detail"]'), 'the preview', { timeout: 5000 });
    const preview = part(el, 'preview');
    assert.equal(preview?.querySelector('#detail-title')?.textContent, '十二月道路养护安排');
    assert.include(visibleText(preview), '本村将于下月组织道路养护。');
    await expect(el).to.be.accessible();
    clickButton(el, '发布', '.actions');
    await waitUntil(() => part(el, 'confirm'), 'the confirmation', { timeout: 5000 });
    assert.equal(client.callsOf(publishDisclosureDraft.id).length, 0, 'nothing is published before the confirmation');
    assert.equal(el.shadowRoot?.activeElement?.textContent.trim(), '取消', 'focus on the safe choice');
    const published = oneEvent(el, 'sz-disclosure-editor-publish');
    clickButton(el, '确定发布', '[part~="confirm"]');
    assert.deepEqual((await published).detail, { itemId: 'dsc-01-0099', version: 1 });
    assert.equal((client.callsOf(publishDisclosureDraft.id)[0]?.input.body as { revision: number }).revision, 1);
    await waitUntil(() => deskLoaded(el) && !formOpen(el), 'back to the lists', { timeout: 5000 });
  });

  it('publish waits for a saved draft without findings', async () => {
    const finding = { path: ['version', 'notice', 'published'], code: 'field.tooSmall', message: '不能早于 2026-11-29' };
    const el = await mountEditor(new FakeEditorClient({ drafts: [sampleDraft({ findings: [finding] })] }));
    await openDraft(el);
    const publish = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('.actions button') ?? [])].find(
      (one) => one.textContent.trim() === '发布',
    );
    assert.isTrue(publish?.disabled);
    assert.include(visibleText(part(el, 'findings')), '不能早于 2026-11-29');
    clickButton(el, '去修改', '[part~="findings"]');
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot?.activeElement === control(el, '#draft-published'), 'focus on the field', { timeout: 5000 });
  });

  it('corrects a published item: the reason is required, the preview shows the new version in the history', async () => {
    const client = new FakeEditorClient({ drafts: [] });
    const el = await mountEditor(client);
    clickButton(el, '更正', '[part~="published"]');
    await waitUntil(() => control(el, '#draft-reason'), 'the correction form', { timeout: 5000 });
    assert.equal(control(el, '#draft-title')?.value, '三季度村务公开');
    assert.isTrue(control(el, '#draft-category')?.disabled, 'a correction keeps the category');
    save(el);
    await el.updateComplete;
    assert.equal(control(el, '#draft-reason')?.getAttribute('aria-invalid'), 'true');
    assert.equal(client.callsOf(createDisclosureDraft.id).length, 0);
    await typeInto(el, '#draft-reason', '会议次数写错了');
    save(el);
    await waitUntil(() => client.callsOf(createDisclosureDraft.id).length === 1, 'the create', { timeout: 5000 });
    const body = client.callsOf(createDisclosureDraft.id)[0]?.input.body as { correctsId: string; correctionReason: string };
    assert.equal(body.correctsId, 'dsc-01-0001');
    assert.equal(body.correctionReason, '会议次数写错了');
    clickButton(el, '预览');
    await waitUntil(() => part(el, 'preview')?.querySelector('[part~="detail"]'), 'the preview', { timeout: 5000 });
    assert.include(visibleText(part(el, 'preview')), '会议次数写错了');
  });

  it('is operated by keyboard: Tab from the 长辈版 switch reaches the new-draft button, Enter opens the form with focus in the title', async () => {
    const el = await mountEditor();
    const switches = part(el, 'elder-controls')?.querySelectorAll('button') ?? [];
    switches[switches.length - 1]?.focus();
    await sendKeys({ press: 'Tab' });
    assert.equal(el.shadowRoot?.activeElement, part(el, 'new-draft'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => formOpen(el), 'the form', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot?.activeElement === control(el, '#draft-title'), 'focus in the title', { timeout: 5000 });
  });

  it('speaks English', async () => {
    const el = await mountEditor(new FakeEditorClient(), { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Disclosure editor');
    assert.include(visibleText(part(el, 'due')), 'Overdue');
    await openNew(el);
    assert.include(el.shadowRoot?.querySelector('label[for="draft-title"]')?.textContent, 'Title');
  });

  it('shows the 民主理财 sign-off state when the draft carries one', async () => {
    const draft = { ...sampleDraft(), financeSignOff: { status: '已审核' } } as Draft;
    const el = await mountEditor(new FakeEditorClient({ drafts: [draft] }));
    await openDraft(el);
    assert.include(visibleText(part(el, 'sign-off')), '已审核');
  });

  it('shows a published finance item’s 民主理财 history (its last step) when correcting it', async () => {
    const signOffs = [
      { action: 'submit', at: '2026-11-20T02:00:00.000Z', by: '王会计', role: 'cadre' },
      { action: 'signOff', at: '2026-11-21T02:00:00.000Z', by: '李监督', role: 'supervisor' },
    ];
    const el = await mountEditor(new FakeEditorClient({ drafts: [], published: [{ ...publishedItem, signOffs } as typeof publishedItem] }));
    clickButton(el, '更正', '[part~="published"]');
    await waitUntil(() => part(el, 'sign-off'), 'the sign-off state', { timeout: 5000 });
    assert.include(visibleText(part(el, 'sign-off')), '已签字同意');
  });
});

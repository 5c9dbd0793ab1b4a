import { assert, expect, oneEvent } from '@open-wc/testing';
import { addServiceRequestNote, advanceServiceRequest, answerRequestFollowUp, listServiceRequests, NetworkError } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/request-desk/define.js';
import type { SzRequestDesk } from '../../src/request-desk/sz-request-desk.js';
import { mountListing, part, partButtons, visibleText } from '../fixtures/mount.js';
import { FakeRequestDeskClient, orderBadRating, orderDispatch, proxyOverdue, refusal } from '../fixtures/request-desk-client.js';
import { assertSays } from '../fixtures/says.js';
import { describeDataWidget, type EmptyState, itSaysWhoMayUseItWhenRefused } from '../fixtures/shared-states.js';
import { waitUntil } from '../fixtures/wait.js';
import { openPanel } from '../fixtures/desk-panel.js';
import { fill } from '../fixtures/form-controls.js';

/** The widget with nothing to show. */
const empty: EmptyState<FakeRequestDeskClient> = {
  client: () => new FakeRequestDeskClient([]),
  when: 'no request matches',
  says: '没有符合条件的事项',
};

const rows = (el: SzRequestDesk) => partButtons(el, 'request');
const widget = { tag: 'sz-request-desk', defaults: { village: 'v-qs-01' } };
const mount = mountListing<SzRequestDesk, FakeRequestDeskClient>(widget, () => new FakeRequestDeskClient(), 'request', 'the requests');

const open = (el: SzRequestDesk, id: string) => openPanel(el, id, '[part~="steps"]');

/** Mounts the desk with `client`, opens the request `id` and gives its form `name` (the next step's or the note's). */
async function openForm(client: FakeRequestDeskClient, id: string, name: 'advance-form' | 'note-form') {
  const el = await mount(client);
  await open(el, id);
  return { el, form: part(el, name) as HTMLFormElement };
}

describeDataWidget('<sz-request-desk>', { mount, route: listServiceRequests.id, empty }, () => {
  it('lists requests with the next step, its owner and the deadline in words, no phone, and passes axe', async () => {
    const el = await mount();
    assertSays(rows(el)[0], '逾期 2 个工作日', '下一步：上报/转办（村干部或网格员）', '张三明');
    assertSays(rows(el)[1], '还剩 2 个工作日');
    assertSays(rows(el)[2], '评价 1 分', '差评待回复');
    assertSays(part(el, 'summary'), '共 3 件，其中逾期 1 件，待监督委员会回复的差评 1 件');
    assert.notMatch(el.shadowRoot!.textContent, /1[3-9]\d{9}/, 'no phone in the list');
    await waitUntil(() => part(el, 'ratings')?.querySelector('table'), 'the published ratings');
    assertSays(part(el, 'ratings'), '12 次评价，平均 4.3 分，满意率 83.3%', '评价不足 5 次，暂不公开');
    await expect(el).to.be.accessible();
  });

  it('filters by kind, state, follow-up, mine and overdue through the route’s query', async () => {
    const client = new FakeRequestDeskClient();
    const el = await mount(client);
    const kind = el.shadowRoot!.querySelector<HTMLSelectElement>('#rd-kind')!;
    kind.value = 'order';
    kind.dispatchEvent(new Event('change'));
    await waitUntil(() => rows(el).length === 2, 'the 点单 only');
    assert.deepEqual(client.callsOf(listServiceRequests.id).at(-1)?.input.query, { kind: 'order' });
    const followUp = el.shadowRoot!.querySelector<HTMLSelectElement>('#rd-followUp')!;
    followUp.value = 'open';
    followUp.dispatchEvent(new Event('change'));
    await waitUntil(() => rows(el).length === 1, 'the bad rating waiting');
    const [mine, overdue] = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="filters"] input[type="checkbox"]')];
    mine?.click();
    overdue?.click();
    await waitUntil(() => part(el, 'empty'), 'nothing matches');
    assert.deepEqual(client.callsOf(listServiceRequests.id).at(-1)?.input.query, {
      kind: 'order',
      followUp: 'open',
      mine: true,
      overdue: true,
    });
    await expect(el).to.be.accessible();
  });

  itSaysWhoMayUseItWhenRefused(mount, listServiceRequests.id);

  it('opens a request with its steps, the number to call back, and completes the next step with one Idempotency-Key per attempt', async () => {
    const client = new FakeRequestDeskClient();
    const el = await mount(client);
    const opened = oneEvent(el, 'sz-request-desk-open');
    await open(el, proxyOverdue.id);
    assert.deepEqual((await opened).detail, { requestId: proxyOverdue.id });
    assert.equal(visibleText(part(el, 'contact')), '13912345678');
    const steps = [...part(el, 'steps')!.querySelectorAll('li')].map((li) => visibleText(li));
    assert.include(steps[1], '受理 · 2026/11/23');
    assert.include(steps[1], '李村干');
    assert.include(steps[1], '材料齐全。');
    assert.include(steps[2], '应在');
    assert.include(steps[2], '负责：村干部或网格员 · 3 个工作日');
    await expect(el).to.be.accessible();
    const form = part(el, 'advance-form') as HTMLFormElement;
    assert.include(visibleText(form), '办理下一步：上报/转办');
    fill(form.querySelector('textarea'), '已报镇社保所。');
    client.failNext(advanceServiceRequest.id, new NetworkError(advanceServiceRequest.id, 'req-net', new TypeError('Failed to fetch')));
    form.requestSubmit();
    await waitUntil(() => part(el, 'form-problem'), 'the failure');
    assert.equal(form.querySelector('textarea')?.value, '已报镇社保所。', 'what was typed stays');
    const advanced = oneEvent(el, 'sz-request-desk-advance');
    form.requestSubmit();
    assert.deepEqual((await advanced).detail, { requestId: proxyOverdue.id, step: 'report' });
    const [first, second] = client.callsOf(advanceServiceRequest.id);
    assert.ok(first?.idempotencyKey);
    assert.equal(first.idempotencyKey, second?.idempotencyKey, 'the retry reuses the key');
    assert.deepEqual(second?.input.body, { step: 'report', note: '已报镇社保所。' });
    await waitUntil(() => visibleText(part(el, 'advance-form')).includes('办理下一步：办理'), 'the next step offered');
    assert.include(visibleText(rows(el)[0]), '下一步：办理');
    assert.equal(part(el, 'advance-form')?.querySelector('textarea')?.value, '', 'the form is emptied after the step');
    await expect(el).to.be.accessible();
  });

  const refusals = [
    {
      what: 'a step out of order (409)',
      status: 409,
      code: 'requests.step.outOfOrder',
      title: '还不能办理“上报/转办”：下一步应是“受理”，各步不能跳过',
    },
    { what: '"not the owner" (403)', status: 403, code: 'requests.step.notOwner', title: '“上报/转办”不由你办理：请由这一步的负责人办理' },
  ];
  for (const refused of refusals) {
    it(`shows ${refused.what} next to the form, keeping the note`, async () => {
      const client = new FakeRequestDeskClient();
      client.failNext(advanceServiceRequest.id, refusal(refused.status, refused.code, refused.title, advanceServiceRequest.id));
      const { el, form } = await openForm(client, proxyOverdue.id, 'advance-form');
      fill(form.querySelector('textarea'), '已报镇里。');
      form.requestSubmit();
      await waitUntil(() => form.querySelector('[part~="form-problem"]'), 'the refusal by the form');
      assert.include(visibleText(form.querySelector('[part~="form-problem"]')), refused.title);
      assert.equal(form.querySelector('textarea')?.value, '已报镇里。');
      await waitUntil(() => el.shadowRoot?.activeElement === form.querySelector('[part~="form-problem"]'), 'focus on the refusal');
      await expect(el).to.be.accessible();
    });
  }

  it('派单 names who does the work: asked for before sending, then sent as the assignee', async () => {
    const client = new FakeRequestDeskClient();
    const { el, form } = await openForm(client, orderDispatch.id, 'advance-form');
    form.requestSubmit();
    await waitUntil(() => el.shadowRoot?.querySelector('#rd-assignee-error'), 'who is asked for');
    assert.lengthOf(client.callsOf(advanceServiceRequest.id), 0);
    const select = form.querySelector('select')!;
    select.value = 'u-cadre-2';
    select.dispatchEvent(new Event('change'));
    form.requestSubmit();
    await waitUntil(() => client.callsOf(advanceServiceRequest.id).length === 1, 'the step sent');
    assert.deepEqual(client.callsOf(advanceServiceRequest.id)[0]?.input.body, { step: 'dispatch', assignee: 'u-cadre-2' });
    assert.include(visibleText(part(el, 'notes')), '已到现场看过。');
    assert.include(visibleText(part(el, 'notes')), '附件 1 个');
  });

  it('adds a note without moving the request on', async () => {
    const client = new FakeRequestDeskClient();
    const { el, form } = await openForm(client, proxyOverdue.id, 'note-form');
    form.requestSubmit();
    await waitUntil(() => form.querySelector('[aria-invalid="true"]'), 'the empty note refused');
    fill(form.querySelector('textarea'), '已电话联系申请人。');
    const noted = oneEvent(el, 'sz-request-desk-note');
    form.requestSubmit();
    assert.deepEqual((await noted).detail, { requestId: proxyOverdue.id });
    assert.deepEqual(client.callsOf(addServiceRequestNote.id)[0]?.input.body, { text: '已电话联系申请人。' });
    await waitUntil(() => part(el, 'notes'), 'the note listed');
    assert.include(visibleText(part(el, 'notes')), '已电话联系申请人。');
  });

  it('the supervisory committee answers a bad rating; staff see it waiting without the form', async () => {
    const staff = await mount(new FakeRequestDeskClient());
    await open(staff, orderBadRating.id);
    assert.include(visibleText(part(staff, 'follow-up')), '待回复');
    assert.isNull(part(staff, 'follow-up-form'));
    assert.isNull(part(staff, 'advance-form'), 'nothing left to do on a closed request');
    staff.remove();

    const client = new FakeRequestDeskClient();
    const el = await mount(client, { view: 'supervisor' });
    await open(el, orderBadRating.id);
    assert.include(visibleText(part(el, 'panel')), '修了一半就走了。');
    const form = part(el, 'follow-up-form') as HTMLFormElement;
    fill(form.querySelector('textarea'), '已核实，安排王干部重新修补，三日内完成。');
    const answered = oneEvent(el, 'sz-request-desk-follow-up');
    form.requestSubmit();
    assert.deepEqual((await answered).detail, { requestId: orderBadRating.id });
    assert.deepEqual(client.callsOf(answerRequestFollowUp.id)[0]?.input.body, { answer: '已核实，安排王干部重新修补，三日内完成。' });
    await waitUntil(() => visibleText(part(el, 'follow-up')).includes('孙监督'), 'the answer shown');
    assert.include(visibleText(rows(el)[2]), '差评已回复');
    await expect(el).to.be.accessible();
  });

  it('is operated by keyboard: Tab reaches the requests, Enter opens one, Escape closes it', async () => {
    const el = await mount();
    rows(el)[0]?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'steps'), 'the panel');
    await waitUntil(() => el.shadowRoot?.activeElement === part(el, 'panel'), 'focus in the panel');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => part(el, 'panel') === null, 'closed');
    assert.equal(el.shadowRoot?.activeElement, rows(el)[0], 'focus back on the request');
    await sendKeys({ press: 'Tab' });
    assert.equal(el.shadowRoot?.activeElement, rows(el)[1]);
  });

  it('speaks English', async () => {
    const el = await mount(new FakeRequestDeskClient(), { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Request desk');
    assert.include(visibleText(rows(el)[0]), 'Overdue by 2 working days');
    assert.include(visibleText(rows(el)[0]), 'a cadre or a grid worker');
    await open(el, proxyOverdue.id);
    assert.include(visibleText(part(el, 'advance-form')), 'Next step: 上报/转办');
  });
});

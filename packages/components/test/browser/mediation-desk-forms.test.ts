/**
 * The mediation desk's step forms offer what the server accepts (acceptance walk, session 8, items 7 and 9): the
 * assignment offers exactly the case's candidates by name (人民调解法 Art 19), and the session notes are offered only
 * for a session whose day has come, with the date following the session chosen.
 */
import { assert } from '@open-wc/testing';
import { assignMediators, recordMediationSession } from '@shanzhi/sdk';
import { Localizer } from '../../src/internal/localize.js';
import { caseFile } from '../../src/mediation-desk/case-file.js';
import '../../src/mediation-desk/define.js';
import { panelMessages } from '../../src/mediation-desk/panel-messages.js';
import type { SzMediationDesk } from '../../src/mediation-desk/sz-mediation-desk.js';
import { openPanel } from '../fixtures/desk-panel.js';
import { fill } from '../fixtures/form-controls.js';
import { agreed, FakeMediationDeskClient, fresh, sampleDesks, today, working, type Desk } from '../fixtures/mediation-desk-client.js';
import { q } from '../fixtures/mediation-mount.js';
import { mountListing, visibleText } from '../fixtures/mount.js';
import { waitUntil } from '../fixtures/wait.js';

const widget = { tag: 'sz-mediation-desk', defaults: {} };
const mount = mountListing<SzMediationDesk, FakeMediationDeskClient>(widget, () => new FakeMediationDeskClient(), 'case', 'the queue');

async function step(el: SzMediationDesk, id: string): Promise<HTMLFormElement> {
  q<HTMLButtonElement>(el, `[data-step="${id}"]`)?.click();
  await waitUntil(() => q(el, `[data-form="${id}"]`), `the ${id} form`);
  return q<HTMLFormElement>(el, `[data-form="${id}"]`)!;
}

const boxes = (form: HTMLFormElement, field: string) => [
  ...form.querySelectorAll<HTMLInputElement>(`[data-field="${field}"] input[type="checkbox"]`),
];

/** The sample desks, with `change` applied to the case `caseNumber`. */
function desksWith(caseNumber: string, change: (one: Desk) => Desk): Desk[] {
  return sampleDesks().map((one) => (one.status.caseNumber === caseNumber ? change(one) : one));
}

const pending = (id: string, on: string): Desk['sessions'][number] => ({
  id,
  on,
  place: '村委会调解室',
  scheduledOn: '2026-11-20',
  notified: [],
});

/** The case in mediation with one more planned session on `on`, its notes form open. */
async function notesFormWith(on: string): Promise<readonly [SzMediationDesk, HTMLFormElement, FakeMediationDeskClient]> {
  const client = new FakeMediationDeskClient(desksWith(working, (one) => ({ ...one, sessions: [...one.sessions, pending('s3', on)] })));
  const el = await mount(client);
  await openPanel(el, working, '[part~="steps"]');
  return [el, await step(el, 'recordMediationSession'), client];
}

describe('<sz-mediation-desk> step forms offer what the server accepts', () => {
  it("offers exactly the case's candidates by name, never an id the queue knows from other cases (Art 19)", async () => {
    // Another case of the queue is held by a township mediator the server would refuse on this village's case.
    const client = new FakeMediationDeskClient(
      desksWith(agreed, (one) => ({ ...one, mediators: [...one.mediators, { id: 't-town-s01', name: '' }] })),
    );
    const el = await mount(client);
    await openPanel(el, fresh, '[part~="steps"]');
    (await step(el, 'acceptMediationCase')).requestSubmit();
    await waitUntil(() => q(el, '[data-step="assignMediators"]'), 'the assignment step');
    const form = await step(el, 'assignMediators');
    const offered = boxes(form, 'mediatorIds');
    assert.deepEqual(
      offered.map((box) => box.value),
      ['v-test-s08', 'v-test-s09'],
      'the candidates, nothing else',
    );
    assert.equal(visibleText(offered[0]?.closest('label') ?? null), '马睿', 'by name, without a staff number');
    assert.notInclude(visibleText(form), 't-town-s01');
    assert.include(visibleText(form.querySelector('[data-field="mediatorIds"]')), '第十九条');
    offered[0]?.click();
    form.requestSubmit();
    await waitUntil(() => client.callsOf(assignMediators.id).length === 1, 'the assignment sent');
    assert.deepEqual(client.callsOf(assignMediators.id)[0]?.input.body, { on: today, mediatorIds: ['v-test-s08'] });
  });

  it('does not keep a mediator on the case whom the server would no longer accept ticked', async () => {
    const client = new FakeMediationDeskClient(
      desksWith(working, (one) => ({ ...one, mediators: [...one.mediators, { id: 'g-grid-s03', name: '网格员' }] })),
    );
    const el = await mount(client);
    await openPanel(el, working, '[part~="steps"]');
    const form = await step(el, 'assignMediators');
    assert.deepEqual(
      boxes(form, 'mediatorIds')
        .filter((box) => box.checked)
        .map((box) => box.value),
      ['v-test-s08'],
    );
    form.requestSubmit();
    await waitUntil(() => client.callsOf(assignMediators.id).length === 1, 'the assignment sent');
    assert.deepEqual(client.callsOf(assignMediators.id)[0]?.input.body, { on: today, mediatorIds: ['v-test-s08'] });
  });

  it('offers notes only for a session whose day has come, and says why a later one is not there (不能提前记录笔录)', async () => {
    const [el, form] = await notesFormWith('2026-12-08');
    const options = [...form.querySelectorAll<HTMLOptionElement>('#md-sessionId option')].map((one) => one.value);
    assert.deepEqual(options, ['s2'], 'the session of 12-08 (after today, 11-29) is not offered');
    assert.include(visibleText(form), '当天或之后才能记录笔录');
    assert.include(visibleText(q(el, '[data-session="s3"]')), '当天或之后才能记录笔录', 'the session list says it too');
  });

  it('sends the day of the session chosen, not the first one pre-filled', async () => {
    const [, form, client] = await notesFormWith('2026-11-29');
    assert.equal(form.querySelector<HTMLSelectElement>('#md-sessionId')?.value, 's2');
    assert.include(visibleText(form.querySelector('#md-heldOn-hint')), '2026/11/27', 'the date said is the session chosen');
    fill(form.querySelector('#md-sessionId'), 's3');
    await waitUntil(() => visibleText(form.querySelector('#md-heldOn-hint')).includes('2026/11/29'), 'the date follows the session');
    fill(form.querySelector('#md-notes'), '双方到场，同意搬走柴火。');
    form.requestSubmit();
    await waitUntil(() => client.callsOf(recordMediationSession.id).length === 1, 'the notes sent');
    const [call] = client.callsOf(recordMediationSession.id);
    assert.equal(call?.input.params?.sessionId, 's3');
    assert.equal(call?.input.body?.heldOn, '2026-11-29');
  });

  it('sends a later day the mediator typed (a session held late)', async () => {
    const client = new FakeMediationDeskClient();
    const el = await mount(client);
    await openPanel(el, working, '[part~="steps"]');
    const form = await step(el, 'recordMediationSession');
    fill(form.querySelector('#md-heldOn'), '2026-11-28');
    fill(form.querySelector('#md-notes'), '改期到次日举行。');
    form.requestSubmit();
    await waitUntil(() => client.callsOf(recordMediationSession.id).length === 1, 'the notes sent');
    assert.equal(client.callsOf(recordMediationSession.id)[0]?.input.body?.heldOn, '2026-11-28');
  });

  it('lists in the 办理经过 the sessions, the agreement, each signature, the 司法确认 reminder and the 回访, by day (Art 27)', () => {
    const t = new Localizer(panelMessages, () => 'zh-CN');
    const base = sampleDesks().find((one) => one.status.caseNumber === agreed)!;
    const desk: Desk = {
      ...base,
      status: {
        ...base.status,
        history: [
          { type: 'submit', on: '2026-10-28' },
          { type: 'accept', on: '2026-11-01' },
          { type: 'assign', on: '2026-11-01' },
          { type: 'start', on: '2026-11-05' },
          { type: 'conclude', on: '2026-11-10' },
        ],
      },
      sessions: [{ ...pending('s1', '2026-11-05'), scheduledOn: '2026-11-02', heldOn: '2026-11-05', notes: '笔录' }],
      agreement: { ...base.agreement!, draftedOn: '2026-11-08' },
      judicialReminderOn: '2026-11-12',
      followUps: [{ id: 'f1', on: '2026-11-20', performance: 'fulfilled', note: '已搬走' }],
    };
    const lines = caseFile(desk, t).map((one) => `${one.on} ${one.word}`);
    assert.deepEqual(lines, [
      '2026-10-28 申请',
      '2026-11-01 受理',
      '2026-11-01 指派调解员',
      '2026-11-02 安排调解：2026/11/05  · 村委会调解室',
      '2026-11-05 开始调解',
      '2026-11-05 调解并记录笔录：2026/11/05  · 村委会调解室',
      '2026-11-08 起草调解协议书',
      '2026-11-10 签名：申请人 赵巧荣',
      '2026-11-10 签名：被申请人1 王家坞村股份经济合作社',
      '2026-11-10 签名：人民调解员',
      '2026-11-10 签名：人民调解委员会（印章）',
      '2026-11-10 结案',
      '2026-11-12 提醒当事人申请司法确认',
      '2026-11-20 回访：已经履行',
    ]);
  });
});
